"""The rule table (`mingjing rules`): code, category, severity, what, why and examples, from the rules themselves."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from mingjing.rules.base import Rule

CATEGORY_NAMES = {"structure": "结构", "coverage": "覆盖", "correspondence": "对应", "specificity": "具体性",
                  "residue": "残留痕迹", "typo": "错别字", "formulation": "提法", "punctuation": "标点",
                  "similarity": "雷同", "criticism": "相互批评"}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


def example_line(raw: str) -> str:
    """The line of an example that holds the marked span (code rules' examples are whole materials)."""
    for line in raw.split("\n"):
        if "[" in line:
            return line if len(line) <= 60 else "…" + line[max(0, line.index("[") - 20):line.index("]") + 20] + "…"
    first = raw.split("\n", 1)[0]
    return first if len(first) <= 60 else first[:58] + "…"


def rules_as_dicts(rules: list[Rule]) -> list[dict]:
    return [{"code": r.code, "rule": r.rule, "category": r.category, "severity": r.severity,
             "engine": r.engine, "message": r.message, "why": r.why,
             "bad": [example_line(e.raw) for e in r.examples if e.kind == "bad"],
             "good": [example_line(e.raw) for e in r.examples if e.kind == "good"]} for r in rules]


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
        table.add_row(r.code, CATEGORY_NAMES[r.category], SEVERITY_NAMES[r.severity], r.rule,
                      Text(r.message.replace("{match}", "…").replace("{suggestion}", "…")) + Text("\n" + r.why, style="dim"),
                      examples)
    return table
