"""The ledger's progress report as Markdown (for pasting into a briefing or a chat)."""

from __future__ import annotations

from mingjing.ledger.report import LedgerReport
from mingjing.ledger.store import local_time


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _counts(title: str, rows: dict[str, dict[str, int]], statuses) -> list[str]:
    lines = [
        f"## {title}",
        "",
        "| | " + " | ".join(statuses) + " | 合计 |",
        "|---" * (len(statuses) + 2) + "|",
    ]
    for name, counts in rows.items():
        lines.append(
            f"| {_cell(name)} | "
            + " | ".join(str(counts.get(s, 0)) for s in statuses)
            + f" | {sum(counts.values())} |"
        )
    return lines + [""]


def render_report_markdown(report: LedgerReport) -> str:
    statuses = report.statuses
    lines = [
        f"# 整改台账进展（截至 {report.as_of.isoformat()}）",
        "",
        f"共 {report.total} 项："
        + "，".join(f"{s} {report.by_status.get(s, 0)}" for s in statuses)
        + f"。完成率 {report.closed_share:.0%}，逾期 {len(report.overdue)} 项，未写完成时限 {report.no_limit} 项。",
        "",
    ]
    lines += _counts("按责任人", report.by_person, statuses)
    lines += _counts("按方面", report.by_aspect, statuses)
    lines += [f"## 逾期未完成（{len(report.overdue)} 项）", ""]
    if report.overdue:
        lines += ["| 编号 | 责任人 | 整改措施 | 完成日期 | 逾期天数 | 状态 |", "|---|---|---|---|---|---|"]
        lines += [
            f"| {i.id} | {_cell(i.owner)} | {_cell(i.measure)} | {i.due} | "
            f"{i.days_overdue(report.as_of)} | {i.status} |"
            for i in report.overdue
        ]
    else:
        lines.append("无。")
    lines += ["", f"## 近 {report.recent_days} 天完成（{len(report.recently_closed)} 项）", ""]
    if report.recently_closed:
        lines += ["| 编号 | 责任人 | 整改措施 | 完成时间 |", "|---|---|---|---|"]
        lines += [
            f"| {i.id} | {_cell(i.owner)} | {_cell(i.measure)} | {local_time(i.closed)} |"
            for i in report.recently_closed
        ]
    else:
        lines.append("无。")
    return "\n".join(lines) + "\n"
