"""The ledger in the terminal (Rich): item list, one item's history, progress report, recurring problems."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from mingjing.ledger.report import LedgerReport
from mingjing.ledger.store import Change, LedgerItem, local_time

STATUS_STYLES = {"未开始": "yellow", "进行中": "cyan", "已完成": "green", "长期坚持": "magenta"}


def shorten(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def due_text(item: LedgerItem) -> str:
    return item.due.isoformat() if item.due else ("长期" if item.limit_kind == "long-term" else "—")


def items_table(items: list[LedgerItem], title: str = "整改台账") -> Table:
    table = Table(title=f"{title}（{len(items)} 项）", show_lines=False)
    for name, kw in (
        ("编号", {"justify": "right"}),
        ("责任人", {"max_width": 8}),
        ("方面", {"max_width": 12}),
        ("整改措施", {"ratio": 1}),
        ("时限", {"max_width": 12}),
        ("完成日期", {"min_width": 10}),
        ("状态", {"min_width": 8}),
    ):
        table.add_column(name, overflow="fold", **kw)
    for item in items:
        table.add_row(
            str(item.id),
            item.owner or "—",
            "、".join(item.aspects) or "—",
            shorten(item.measure, 30),
            item.time_limit or "—",
            due_text(item),
            Text(item.status, style=STATUS_STYLES.get(item.status, "")),
        )
    return table


def change_line(change: Change) -> str:
    if change.field == "created":
        return f"创建（{change.new}）"
    old = change.old if change.old not in (None, "") else "（空）"
    new = change.new if change.new not in (None, "") else "（空）"
    if change.field == "evidence":
        return f"添加佐证材料：{new}"
    if change.kind == "conflict":
        return f"{change.field_name}：表格中填写“{new}”，与导出后的修改冲突，未采用（台账保留“{old}”）"
    return f"{change.field_name}：{old} → {new}"


def history_table(item: LedgerItem, changes: list[Change], evidence: list | None = None) -> Group:
    head = Text(
        f"#{item.id} {shorten(item.measure, 70)}\n责任人：{item.owner or '—'}  状态：{item.status}  "
        f"时限：{item.time_limit or '—'}  完成日期：{due_text(item)}"
    )
    table = Table(title=f"修改记录（{len(changes)} 条）")
    for name in ("时间", "修改人", "来源", "修改内容"):
        table.add_column(name, overflow="fold")
    for c in changes:
        table.add_row(
            local_time(c.at),
            c.by or "—",
            c.via or "—",
            change_line(c),
            style="red" if c.kind == "conflict" else None,
        )
    files = [Text(f"佐证材料：{e.name}（{e.size} 字节，保存为 {e.stored}）") for e in evidence or []]
    return Group(head, table, *files)


def _count_table(title: str, rows: dict[str, dict[str, int]], statuses: tuple[str, ...]) -> Table:
    table = Table(title=title)
    table.add_column("")
    for s in statuses:
        table.add_column(s, justify="right")
    table.add_column("合计", justify="right")
    for name, counts in rows.items():
        table.add_row(name, *(str(counts.get(s, 0)) for s in statuses), str(sum(counts.values())))
    return table


def report_renderable(report: LedgerReport) -> Group:
    statuses = report.statuses
    summary = "，".join(f"{s} {report.by_status.get(s, 0)}" for s in statuses)
    parts: list = [
        Text(
            f"整改台账进展（截至 {report.as_of.isoformat()}）：共 {report.total} 项，{summary}；"
            f"完成率 {report.closed_share:.0%}，逾期 {len(report.overdue)} 项，"
            f"未写完成时限 {report.no_limit} 项",
            style="bold",
        )
    ]
    parts.append(_count_table("按责任人", report.by_person, statuses))
    parts.append(_count_table("按方面", report.by_aspect, statuses))
    overdue = Table(title=f"逾期未完成（{len(report.overdue)} 项）")
    for name in ("编号", "责任人", "整改措施", "完成日期", "逾期天数", "状态"):
        overdue.add_column(name, overflow="fold")
    for item in report.overdue:
        overdue.add_row(
            str(item.id),
            item.owner,
            shorten(item.measure, 40),
            due_text(item),
            str(item.days_overdue(report.as_of)),
            item.status,
        )
    parts.append(overdue)
    closed = Table(title=f"近 {report.recent_days} 天完成（{len(report.recently_closed)} 项）")
    for name in ("编号", "责任人", "整改措施", "完成时间"):
        closed.add_column(name, overflow="fold")
    for item in report.recently_closed:
        closed.add_row(str(item.id), item.owner, shorten(item.measure, 40), local_time(item.closed))
    parts.append(closed)
    return Group(*parts)


def recurrence_table(recurrences, earlier: int, later: int) -> Table:
    table = Table(title=f"{earlier} 年与 {later} 年重复查摆的问题（{len(recurrences)} 条）", show_lines=True)
    for name in ("责任人", f"{earlier} 年", f"{later} 年", "相似度", f"{earlier} 年的整改"):
        table.add_column(name, overflow="fold")
    for r in recurrences:
        done = "\n".join(f"#{i.id} {i.status}" for i in r.measures) or "—"
        table.add_row(
            r.person,
            f"{r.earlier.statement}\n[{r.earlier.aspect or '—'}]",
            f"{r.later.statement}\n[{r.later.aspect or '—'}]",
            f"{r.score:.0%}",
            done,
        )
    return table
