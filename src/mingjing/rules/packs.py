"""Load data rule packs (packs/*.yaml, format in packs/README.md); stop with file and line on errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mingjing.errors import PackError
from mingjing.model import Finding
from mingjing.rules.base import Check, Rule, RuleExample, validate_rule_fields
from mingjing.rules.engines import Engine, Existence, Formula, Hit, Pattern, Substitution
from mingjing.yamlnodes import compose, fail, mapping, scalar, sequence, strings

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

PACKS_DIR = Path(__file__).parent / "packs"
WHAT = "规则包"
ENGINES = ("existence", "substitution", "pattern", "formula")
_COMMON = {"code", "rule", "engine", "severity", "message", "why", "examples"}
_ENGINE_KEYS = {
    "existence": {"tokens", "patterns", "suggestion", "exceptions"},
    "substitution": {"swap", "exceptions"},
    "pattern": {"pattern", "replace", "exceptions", "one_per_list"},
    "formula": {"name", "parts", "canonical", "min_parts", "separators"},
}


def _regex(path: Path, node: Any, name: str, value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise fail(path, node, f"{name} 中的正则表达式有误：{value}（{exc}）", WHAT) from None
    return value


def _regexes(path: Path, node: Any, name: str) -> list[str]:
    return [_regex(path, node, name, v) for v in strings(path, node, name, WHAT)]


def _engine(path: Path, node: Any, engine: str, fields: dict[str, Any]) -> Engine:
    import yaml

    exceptions = _regexes(path, fields.get("exceptions"), "exceptions") if "exceptions" in fields else []
    if engine == "existence":
        tokens = list(strings(path, fields.get("tokens"), "tokens", WHAT))
        patterns = _regexes(path, fields.get("patterns"), "patterns")
        if not tokens and not patterns:
            raise fail(path, node, "existence 规则需要 tokens 或 patterns", WHAT)
        suggestion = (
            scalar(path, fields["suggestion"], "suggestion", optional=True, what=WHAT, keep_empty=True)
            if "suggestion" in fields
            else None
        )
        if "suggestion" in fields and suggestion is None:
            suggestion = ""
        return Existence(tokens, patterns, suggestion, exceptions)
    if engine == "substitution":
        swap_node = fields.get("swap")
        swap = {}
        for key, value in mapping(path, swap_node, what=WHAT).items():
            right = scalar(path, value, f"swap[{key}]", what=WHAT)
            if key == right:
                raise fail(path, value, f"swap 中“{key}”替换为自身", WHAT)
            swap[key] = right
        if not swap:
            raise fail(path, node, "substitution 规则需要非空的 swap", WHAT)
        return Substitution(swap, exceptions)
    if engine == "pattern":
        pattern = _regex(
            path,
            fields.get("pattern"),
            "pattern",
            scalar(path, fields.get("pattern"), "pattern", what=WHAT, keep_empty=True),
        )
        node_r = fields.get("replace")
        replace: str | tuple[str, ...] | None
        if "replace" not in fields:
            replace = None
        elif isinstance(node_r, yaml.SequenceNode):  # alternatives, the likeliest first (删去其一)
            replace = tuple(scalar(path, n, "replace", what=WHAT, keep_empty=True) for n in node_r.value)
        else:
            replace = scalar(path, node_r, "replace", optional=True, what=WHAT, keep_empty=True)
        joined = scalar(path, fields.get("one_per_list"), "one_per_list", optional=True, what=WHAT)
        if joined not in (None, "true", "false"):
            raise fail(path, fields.get("one_per_list"), "one_per_list 应为 true 或 false", WHAT)
        return Pattern(pattern, replace, exceptions, one_per_list=joined == "true")
    parts = list(strings(path, fields.get("parts"), "parts", WHAT))
    if len(parts) < 2:
        raise fail(path, node, "formula 规则的 parts 至少两项", WHAT)
    min_text = scalar(path, fields.get("min_parts"), "min_parts", optional=True, what=WHAT)
    if min_text is not None and (not min_text.isdigit() or not 2 <= int(min_text) <= len(parts)):
        raise fail(path, fields.get("min_parts"), "min_parts 应为 2 到 parts 项数之间的整数", WHAT)
    return Formula(
        parts,
        scalar(path, fields.get("canonical"), "canonical", optional=True, what=WHAT),
        int(min_text) if min_text else None,
        scalar(path, fields.get("separators"), "separators", optional=True, what=WHAT) or "、和与及",
    )


def _examples(path: Path, node: Any) -> list[RuleExample]:
    out: list[RuleExample] = []
    for entry in sequence(path, node, "examples", WHAT):
        fields = mapping(path, entry, {"bad", "good", "fix"}, WHAT)
        if ("bad" in fields) == ("good" in fields):
            raise fail(path, entry, "每条例句只能有 bad 或 good 之一", WHAT)
        if "bad" in fields:
            raw = scalar(path, fields["bad"], "bad", what=WHAT)
            if not re.search(r"\[.+?\]", raw):
                raise fail(path, fields["bad"], "bad 例句要用 [ ] 标出错误位置", WHAT)
            fix = scalar(path, fields["fix"], "fix", what=WHAT) if "fix" in fields else None
            out.append(RuleExample("bad", raw, fix))
        else:
            if "fix" in fields:
                raise fail(path, entry, "fix 只能跟在 bad 例句后", WHAT)
            out.append(RuleExample("good", scalar(path, fields["good"], "good", what=WHAT)))
    if not any(e.kind == "bad" for e in out) or not any(e.kind == "good" for e in out):
        raise fail(path, node, "每条规则至少要有一个 bad 和一个 good 例句，否则不加载", WHAT)
    return out


def _data_check(engine: Engine, category: str) -> Check:
    def check(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
        text = ctx.text
        hits = ctx.data_hits(rule)
        if getattr(engine, "one_per_list", False):
            yield from _list_findings(rule, text, hits)
        else:
            for hit in hits:
                yield rule.finding(text, hit.start, hit.end, hit.suggestions)
        if category == "residue":  # page furniture is read apart from the body: look there too
            anchor = ctx.heading_anchor()
            for extra in ctx.outline.document.extras:
                for hit in engine.find(extra.text):
                    found = rule.finding(extra.text, hit.start, hit.end)
                    found.start, found.end = anchor
                    found.excerpt = extra.text[hit.start : hit.end]
                    found.message = f"{EXTRA_NAMES.get(extra.kind, extra.kind)}中：{found.message}"
                    yield found

    return check


_LIST_BREAK = re.compile(r"[，,。；;：:！!？?\n]")


def _list_findings(rule: Rule, text: str, hits: list[Hit]) -> Iterator[Finding]:
    """One finding per list: hits whose gap holds no clause or sentence mark are one list's; the finding
    stands at the first and names every hit in `passages`."""
    group: list[Hit] = []
    for hit in [*sorted(hits, key=lambda h: h.start), None]:
        if hit is not None and group and not _LIST_BREAK.search(text, group[-1].end, hit.start):
            group.append(hit)
            continue
        if group:
            found = rule.finding(text, group[0].start, group[0].end, group[0].suggestions)
            if len(group) > 1:
                found.passages = [{"start": h.start, "end": h.end} for h in group]
            yield found
        group = [hit] if hit is not None else []


EXTRA_NAMES = {
    "header": "页眉",
    "footer": "页脚",
    "footnote": "脚注",
    "endnote": "尾注",
    "comment": "批注",
    "textbox": "文本框",
    "watermark": "水印",
}


def load_rule_pack(path: Path) -> list[Rule]:
    try:
        return _pack_rules(path, compose(path, WHAT, fast=True))
    except PackError:  # complain with the nodes of the pure Python composer, as always
        return _pack_rules(path, compose(path, WHAT))


def _pack_rules(path: Path, root: Any) -> list[Rule]:
    top = mapping(path, root, {"category", "source", "rules"}, WHAT)
    if "category" not in top or "rules" not in top:
        raise fail(path, root, "规则包需要 category 和 rules", WHAT)
    category = scalar(path, top["category"], "category", what=WHAT)
    rules = []
    for node in sequence(path, top["rules"], "rules", WHAT):
        probe = mapping(path, node, what=WHAT)
        engine = scalar(path, probe.get("engine"), "engine", what=WHAT)
        if engine not in ENGINES:
            raise fail(path, probe.get("engine"), f"engine 应为 {'、'.join(ENGINES)} 之一", WHAT)
        fields = mapping(path, node, _COMMON | _ENGINE_KEYS[engine], WHAT)
        for key in ("code", "rule", "severity", "message", "why", "examples"):
            if key not in fields:
                raise fail(path, node, f"规则缺少字段 {key}", WHAT)
        code = scalar(path, fields["code"], "code", what=WHAT)
        slug = scalar(path, fields["rule"], "rule", what=WHAT)
        severity = scalar(path, fields["severity"], "severity", what=WHAT)
        problem = validate_rule_fields(code, slug, category, severity)
        if problem:
            raise fail(path, node, problem, WHAT)
        matcher = _engine(path, node, engine, fields)
        rules.append(
            Rule(
                code=code,
                rule=slug,
                category=category,
                severity=severity,
                message=scalar(path, fields["message"], "message", what=WHAT),
                why=scalar(path, fields["why"], "why", what=WHAT),
                engine=engine,
                examples=_examples(path, fields["examples"]),
                origin=str(path),
                check=_data_check(matcher, category),
                matcher=matcher,
            )
        )
    return rules


@lru_cache(maxsize=1)
def builtin_data_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for path in sorted(PACKS_DIR.glob("*.yaml")):
        rules.extend(load_rule_pack(path))
    return tuple(rules)


__all__ = ["EXTRA_NAMES", "Finding", "PackError", "builtin_data_rules", "load_rule_pack"]
