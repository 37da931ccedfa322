"""The rule list as Markdown (`mingjing rules --format md`, kept in docs/rules.md): every rule with
its code, category, severity, name, what it checks and why, a bad and a good example, and when it
runs. Generated from the rules themselves, so the document cannot drift from the code."""

from __future__ import annotations

import re

from mingjing.render.rules_table import CATEGORY_NAMES, SEVERITY_NAMES, example_line
from mingjing.rules.base import Rule

# engine → when the rule runs (every rule is on unless --select/--ignore or mingjing.toml leave it out)
RUNS = {
    "batch": "审阅多份材料（同一批相互比对）或给出 --corpus 模板库时",
    "criticism": "mingjing criticism（相互批评意见，逐条）",
    "criticism-team": "mingjing criticism（相互批评意见，全班子）",
}
REVIEW = "审阅每份材料时（mingjing review、网页）"
FIELD = re.compile(r"\{[a-z_]+\}")


def _code(text: str) -> str:
    """Text as an inline code span (a longer fence when the text holds backquotes)."""
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown(rules: list[Rule]) -> str:
    lines = [
        "# 审阅规则",
        "",
        (
            "<!-- 由 `mingjing rules --format md > docs/rules.md` 生成，请勿手改；"
            "tests/test_docs_rules.py 检查它与命令的输出一致。 -->"
        ),
        "",
        (
            f"共 {len(rules)} 条。每条规则默认开启；用 `--select`、`--ignore`（或 mingjing.toml 的 select、ignore）"
            "可以只选或去掉一部分：代码前缀（如 `T1`）、规则名或类别名。说明中的“…”是运行时填入的内容"
            "（问题原文、建议、数目等）；例句中 [ ] 标出问题所在。"
        ),
        "",
        "| 代码 | 类别 | 级别 | 规则名 | 默认 | 何时运行 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rules:
        lines.append(
            f"| [{r.code}](#{r.code.lower()}) | {CATEGORY_NAMES[r.category]} "
            f"| {SEVERITY_NAMES[r.severity]} "
            f"| {r.rule} | 开 | {_cell(RUNS.get(r.engine, REVIEW))} |"
        )
    for r in rules:
        lines += [
            "",
            f"## {r.code}",
            "",
            (
                f"- 规则名：`{r.rule}`；类别：{CATEGORY_NAMES[r.category]}（{r.category}）；"
                f"级别：{SEVERITY_NAMES[r.severity]}；引擎：{r.engine}；默认开启"
            ),
            f"- 运行于：{RUNS.get(r.engine, REVIEW)}",
            f"- 检查什么：{FIELD.sub('…', r.message)}",
            f"- 为什么：{r.why.strip()}",
        ]
        for kind, title in (("bad", "错误示例"), ("good", "正确示例")):
            example = next((e for e in r.examples if e.kind == kind), None)
            if example is not None:
                lines += _example(title, example.raw)
    return "\n".join(lines) + "\n"


def _example(title: str, raw: str) -> list[str]:
    """One line when the example is one line or marks its span with [ ]; a whole material (code
    rules, similarity, criticism lists) folded under its first line otherwise."""
    raw = raw.strip()
    if "\n" not in raw or "[" in raw:
        return [f"- {title}：{_code(example_line(raw) if '[' in raw else raw)}"]
    fence = "````" if "```" in raw else "```"
    body = [f"  {line}" if line else "" for line in raw.split("\n")]
    summary = "  <details><summary>" + _cell(example_line(raw)) + "</summary>"
    return [
        f"- {title}（整段，{len(raw)} 字）：",
        "",
        summary,
        "",
        f"  {fence}text",
        *body,
        f"  {fence}",
        "",
        "  </details>",
        "",
    ]
