"""A review for the terminal: ruff-like lines (file:line:col code message), the excerpt with the
span marked, the suggestion, and a summary with the verdict."""

from __future__ import annotations

import unicodedata

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mingjing.model import Document, Report

VERDICTS = {"pass": ("通过", "green"), "revise": ("需修改", "yellow"), "reject": ("退回重写", "red")}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def line_col(text: str, offset: int, document: Document | None = None) -> tuple[int, int]:
    """1-based line and column of an offset: in the source file as the user's editor shows it when
    the document is given (blank lines count; Word paragraphs), else in `text`."""
    if document is not None:
        return document.position(offset)
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _snippet(text: str, start: int, end: int, room: int) -> tuple[str, int, int]:
    """The line around [start, end) clipped to `room` display columns: (snippet, column of the
    span in it, display width of the span)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    span_end = min(end, line_end)
    span = text[start:span_end]
    while span and width(span) > room - 4:
        span = span[:-1]
    budget = max(0, room - width(span) - 2) // 2
    lo = start
    while lo > line_start and width(text[lo - 1 : start]) <= budget:
        lo -= 1
    hi = start + len(span)
    while hi < line_end and width(text[start + len(span) : hi + 1]) <= budget:
        hi += 1
    before = ("…" if lo > line_start else "") + text[lo:start]
    after = text[start + len(span) : hi] + ("…" if hi < line_end or len(span) < span_end - start else "")
    return before + span + after, width(before), max(1, width(span))


def render_report(console: Console, report: Report, name: str) -> None:
    from mingjing.render.finding_groups import group_findings

    text = report.document.text
    for group in group_findings(report.findings):
        f = group.first
        line, col = line_col(text, f.start, report.document)
        head = Text.assemble(
            (f"{name}:{line}:{col}: ", "bold"), (f.code, SEVERITY_STYLE[f.severity]), f" {f.message}"
        )
        console.print(head, soft_wrap=True)
        snippet, offset, span_width = _snippet(text, f.start, f.end, max(20, console.width - 10))
        gutter = f"{line:>5} │ "
        console.print(Text(gutter, style="dim") + Text(snippet))
        console.print(
            Text(" " * 6 + "│ ", style="dim")
            + Text(" " * offset + "^" * span_width, style=SEVERITY_STYLE[f.severity])
        )
        if f.suggestions:
            shown = "、".join(f"“{s}”" if s else "（删除）" for s in f.suggestions[:3])
            console.print(Text(f"      建议改为：{shown}", style="green"))
        if group.collapsed:
            numbers = list(dict.fromkeys(line_col(text, g.start)[0] for g in group.findings))
            lines = "、".join(map(str, numbers[:12]))
            more = "…" if len(numbers) > 12 else ""
            console.print(Text(f"      {group.note()}（行 {lines}{more}；JSON 中列出每一处）", style="bold"))
    counts = report.stats["by_severity"]
    label, style = VERDICTS[report.verdict]
    fw = report.outline.framework
    console.print(
        Text.assemble(
            (f"{name}：", "bold"),
            ("结论 ", ""),
            (f"{label}", f"bold {style}"),
            f"（{report.verdict}），得分 {report.score}；",
            f"错误 {counts['error']}，警告 {counts['warning']}，提示 {counts['info']}；",
            f"框架：{fw.name if fw else '未识别'}",
            _kind_and_share(report),
        ),
        soft_wrap=True,
    )  # one line, also in a pipe (rich would break it at 80 columns)


def _kind_and_share(report: Report) -> str:
    kind, share = report.outline.kind, report.stats.get("problems_causes_share")
    out = f"；类别：{kind.who}" if kind and kind.who else ""
    out += f"；问题+原因 占 {share:.0%}" if share is not None else ""
    pending = report.stats.get("aspects_pending")
    return out + (f"；框架另有 {pending} 个方面待核实，未检查覆盖" if pending else "")


def summary_table(
    rows: list[tuple[str, Report | None, str | None]], pairs: list | None = None, clusters: list | None = None
) -> Table:
    """One line per file; with the batch's pairs, its 雷同 group (cluster of materials sharing text:
    its number, size and the share of this file's own text found in the others) or else the
    colleague it is most similar to (the share of its own text found there)."""
    from mingjing.similarity.batch import percent

    closest: dict[str, tuple[float, str]] = {}
    for pair in pairs or []:
        for me, other in ((pair.a, pair.b), (pair.b, pair.a)):
            mine = pair.share_of(me)
            if mine > closest.get(me, (-1.0, ""))[0]:
                closest[me] = (mine, other)
    grouped = {
        m.name: (k, len(c.members), m.share) for k, c in enumerate(clusters or [], 1) for m in c.members
    }
    table = Table(title="审阅汇总", show_lines=False)
    for col in ("文件", "框架", "结论", "得分", "错误", "警告", "提示") + (
        ("雷同 / 最相似",) if pairs else ()
    ):
        table.add_column(col)
    for name, report, error in rows:
        if report is None:
            table.add_row(
                name,
                "—",
                Text("无法读取", style="red"),
                "—",
                "—",
                "—",
                Text(error or "", style="dim"),
                *(("—",) if pairs else ()),
            )
            continue
        c = report.stats["by_severity"]
        label, style = VERDICTS[report.verdict]
        fw = report.outline.framework
        cells: list[str | Text] = [
            name,
            fw.id if fw else "未识别",
            Text(label, style=style),
            str(report.score),
            str(c["error"]),
            str(c["warning"]),
            str(c["info"]),
        ]
        if pairs:
            if name in grouped:
                k, size, share = grouped[name]
                cells.append(
                    Text(
                        f"雷同第{k}组（{size}份）{percent(share)}",
                        style="bold red" if share >= 0.5 else "yellow",
                    )
                )
            else:
                score, other = closest.get(name, (0.0, ""))
                cells.append(
                    Text(
                        f"{percent(score)} {other.rsplit('/', 1)[-1]}" if other else "—",
                        style="yellow" if score >= 0.2 else "",
                    )
                )
        table.add_row(*cells)
    return table
