"""The rule table (`mingjing rules`): code, category, severity, what, why and examples, from the rules themselves."""

from __future__ import annotations

import re

from rich.table import Table
from rich.text import Text

from mingjing.rules.base import Rule

CATEGORY_NAMES = {
    "structure": "结构",
    "coverage": "覆盖",
    "correspondence": "对应",
    "specificity": "具体性",
    "residue": "残留痕迹",
    "typo": "错别字",
    "formulation": "提法",
    "punctuation": "标点",
    "similarity": "雷同",
    "criticism": "相互批评",
}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}
# readable stand-ins for the fields a rule's message is filled with; any other field reads 〈…〉
STAND_INS = {
    "match": "…",
    "suggestion": "…",
    "aspect": "〈方面〉",
    "part": "〈部分〉",
    "framework": "〈框架〉",
    "who": "〈类别〉",
    "first": "〈前一处〉",
    "year": "〈年度〉",
    "name": "〈姓名〉",
    "count": "〈数目〉",
    "n": "〈数目〉",
    "share": "〈比例〉",
    "source": "〈来源〉",
    "member": "〈成员〉",
    "receiver": "〈被批评人〉",
    "giver": "〈提意见人〉",
    "others": "〈其他人〉",
    "other": "〈他人〉",
    "words": "〈词语〉",
    "reason": "〈原因〉",
    "problem": "〈问题〉",
    "item": "〈条目〉",
    "expected": "〈应为〉",
    "current": "〈当前〉",
    "required": "〈要求〉",
    "voice": "〈口吻〉",
    "text": "…",
    "phrases": "〈用语〉",
    "mark": "〈标点〉",
    "opener": "〈开头〉",
    "context": "…",
    "total": "〈总数〉",
    "own": "〈本人〉",
    "signed": "〈署名〉",
    "where": "〈位置〉",
    "listed": "〈所列〉",
    "value": "〈取值〉",
    "chars": "〈字数〉",
    "names": "〈名单〉",
    "before": "〈前一部分〉",
    "what": "材料缺少标题（或标题没写明是什么材料）",
}
_FIELD = re.compile(r"\{(\w+)(?:[!:][^{}]*)?\}")


def readable_message(template: str) -> str:
    """A rule's message with its fields ({part}, {aspect} …) shown as readable stand-ins, never raw."""
    return _FIELD.sub(lambda m: STAND_INS.get(m.group(1), "〈…〉"), template)


def example_line(raw: str) -> str:
    """The line of an example that holds the marked span (code rules' examples are whole materials)."""
    for line in raw.split("\n"):
        if "[" in line:
            close = line.index("]") if "]" in line else len(line)  # a span may run into the next line
            return line if len(line) <= 60 else "…" + line[max(0, line.index("[") - 20) : close + 20] + "…"
    first = raw.split("\n", 1)[0]
    return first if len(first) <= 60 else first[:58] + "…"


def rules_as_dicts(rules: list[Rule]) -> list[dict[str, object]]:
    return [
        {
            "code": r.code,
            "rule": r.rule,
            "category": r.category,
            "severity": r.severity,
            "engine": r.engine,
            "message": readable_message(r.message),
            "message_template": r.message,
            "why": r.why,
            "bad": [example_line(e.raw) for e in r.examples if e.kind == "bad"],
            "good": [example_line(e.raw) for e in r.examples if e.kind == "good"],
        }
        for r in rules
    ]


def rules_table(rules: list[Rule]) -> Table:
    table = Table(title=f"审阅规则（{len(rules)} 条）", show_lines=True)
    for col in ("代码", "类别", "级别", "规则", "说明与原因", "例句（[ ] 为问题所在）"):
        table.add_column(col)
    for r in rules:
        bad = next((e for e in r.examples if e.kind == "bad"), None)
        good = next((e for e in r.examples if e.kind == "good"), None)
        examples = Text()
        if bad:
            examples.append("✗ " + example_line(bad.raw), style="red")
        if good and r.engine != "code":
            examples.append("\n✓ " + example_line(good.raw), style="green")
        table.add_row(
            r.code,
            CATEGORY_NAMES[r.category],
            SEVERITY_NAMES[r.severity],
            r.rule,
            Text(readable_message(r.message)) + Text("\n" + r.why, style="dim"),
            examples,
        )
    return table


def rules_summary(rules: list[Rule]) -> str:
    """One line under the table: how many rules, per category (the README's count comes from it)."""
    counts: dict[str, int] = {}
    for r in rules:
        counts[r.category] = counts.get(r.category, 0) + 1
    parts = "，".join(f"{name} {counts[c]}" for c, name in CATEGORY_NAMES.items() if c in counts)
    return f"共 {len(rules)} 条规则：{parts}"
