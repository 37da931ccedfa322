"""Criticism review for the terminal: one line per finding (file:line:col code message), then the
giver × receiver matrix and the team findings."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from mingjing.criticism.model import TeamReview
from mingjing.render.review_text import SEVERITY_STYLE, line_col


def matrix_table(team: TeamReview) -> Table:
    """Rows are givers, columns receivers; a cell is the number of criticisms (and of findings)."""
    table = Table(
        title="相互批评矩阵", caption="行：提意见的人；列：被批评的人；格中为条数，括号内为有问题的条数"
    )
    table.add_column("提意见 \\ 被批评")
    for m in team.members:
        table.add_column(m, justify="center")
    cells = team.matrix()
    for g in team.members:
        row = []
        for r in team.members:
            if g == r:
                row.append("—")
                continue
            cs = cells.get((g, r), [])
            bad = sum(1 for c in cs if c.findings)
            row.append("0" if not cs else f"{len(cs)}" + (f"（{bad}）" if bad else ""))
        table.add_row(g, *row)
    return table


def render_team_text(team: TeamReview) -> Group:
    lines: list = []
    for lst, c in team.criticisms():
        text = lst.document.text
        for f in c.findings:
            line, col = line_col(text, f.start)
            lines.append(
                Text.assemble(
                    (f"{lst.path}:{line}:{col}: ", "bold"),
                    (f.code, SEVERITY_STYLE[f.severity]),
                    f" {f.message}",
                )
            )
            lines.append(
                Text(
                    f"    {c.giver or '（未署名）'} → {c.receiver}：{c.text[:60]}{'…' if len(c.text) > 60 else ''}",
                    style="dim",
                )
            )
    for _member, f in team.team_findings:
        lines.append(Text.assemble(("班子：", "bold"), (f.code, SEVERITY_STYLE[f.severity]), f" {f.message}"))
    total = sum(1 for _ in team.criticisms())
    flagged = sum(1 for _, c in team.criticisms() if c.findings)
    unknown = [lst.path for lst in team.lists if lst.form != "team" and not lst.giver]
    summary = [
        Text(
            f"共 {len(team.lists)} 份文件、{len(team.members)} 人、{total} 条批评意见；"
            f"{flagged} 条有问题，班子层面 {len(team.team_findings)} 项"
        )
    ]
    for path in unknown:
        summary.append(
            Text(
                f"提示：{path} 看不出是谁提的意见（可在文末写“批评人：姓名”，或把姓名放进文件名）",
                style="yellow",
            )
        )
    for lst in team.lists:
        if not lst.criticisms:
            summary.append(
                Text(
                    f"警告：{lst.path} 中没有找到批评意见（应有“对XX同志的批评意见”等小标题）", style="yellow"
                )
            )
    return Group(*lines, matrix_table(team), *summary)
