"""The ledger's progress report: counts by status, 责任人 and aspect, overdue items, recently closed."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from mingjing.ledger.store import CLOSED, STATUSES, Ledger, LedgerItem
from mingjing.localtime import today as local_today
from mingjing.localtime import unit_zone

RECENT_DAYS = 30
NO_ASPECT = "（未对应方面）"


@dataclass
class LedgerReport:
    as_of: date
    total: int
    by_status: dict[str, int]
    by_person: dict[str, dict[str, int]]  # 责任人 → status → count
    by_aspect: dict[
        str, dict[str, int]
    ]  # aspect → status → count (an item counts for each aspect it answers)
    overdue: list[LedgerItem]
    recently_closed: list[LedgerItem]
    no_limit: int  # items without a due date that are not long-term
    recent_days: int = RECENT_DAYS
    imports: int = 0
    statuses: tuple[str, ...] = field(default=STATUSES)

    @property
    def closed_share(self) -> float:
        return self.by_status.get(CLOSED, 0) / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {
            "as_of": self.as_of.isoformat(),
            "total": self.total,
            "by_status": self.by_status,
            "by_person": self.by_person,
            "by_aspect": self.by_aspect,
            "overdue": [i.to_dict() for i in self.overdue],
            "recently_closed": [i.to_dict() for i in self.recently_closed],
            "no_limit": self.no_limit,
            "recent_days": self.recent_days,
            "imports": self.imports,
        }


def _counts() -> dict[str, int]:
    return dict.fromkeys(STATUSES, 0)


def build_report(
    items: list[LedgerItem], as_of: date | None = None, recent_days: int = RECENT_DAYS, imports: int = 0
) -> LedgerReport:
    """The report of these items on the day `as_of` (default today)."""
    as_of = as_of or local_today()
    by_status = _counts()
    by_person: dict[str, dict[str, int]] = {}
    by_aspect: dict[str, dict[str, int]] = {}
    for item in items:
        by_status[item.status] = by_status.get(item.status, 0) + 1
        person = by_person.setdefault(item.owner or "（未填）", _counts())
        person[item.status] = person.get(item.status, 0) + 1
        for aspect in item.aspects or [NO_ASPECT]:
            row = by_aspect.setdefault(aspect, _counts())
            row[item.status] = row.get(item.status, 0) + 1
    since = as_of - timedelta(days=recent_days)
    recent = [
        i
        for i in items
        if i.status == CLOSED
        and i.closed
        and since <= datetime.fromisoformat(i.closed).astimezone(unit_zone()).date() <= as_of
    ]
    overdue = sorted((i for i in items if i.is_overdue(as_of)), key=lambda i: (i.due, i.id))
    return LedgerReport(
        as_of,
        len(items),
        by_status,
        by_person,
        by_aspect,
        overdue,
        sorted(recent, key=lambda i: i.closed or "", reverse=True),
        sum(1 for i in items if i.due is None and i.status in ("未开始", "进行中")),
        recent_days,
        imports,
    )


def ledger_report(
    ledger: Ledger,
    as_of: date | None = None,
    *,
    person: str | None = None,
    year: int | None = None,
    import_ids: Collection[int] | None = None,
) -> LedgerReport:
    """The report of a whole ledger (or one person's / one year's items, or those of some imported
    materials — a team's, in the web app): the web app calls this."""
    imports = len(ledger.imports()) if import_ids is None else len(set(import_ids))
    return build_report(ledger.items(person=person, year=year, import_ids=import_ids), as_of, imports=imports)
