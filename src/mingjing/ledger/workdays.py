"""Official working days (工作日): the State Council's holiday calendar with its make-up working days
(调休上班日), from the chinese-calendar package (data shipped in the package, nothing fetched);
outside the years that package covers, Monday to Friday. Every count says which rule it used."""

from __future__ import annotations

from datetime import date, timedelta

OFFICIAL = "official"
WEEKDAYS = "weekdays"


def covered_years() -> tuple[int, int] | None:
    """First and last year of the holiday calendar, None when the package is missing."""
    try:
        from chinese_calendar import constants
    except ImportError:
        return None
    years = [d.year for d in constants.holidays] + [d.year for d in constants.workdays]
    return min(years), max(years)


def is_working_day(day: date) -> bool | None:
    """True/False by the official calendar; None when the calendar does not cover that day."""
    try:
        import chinese_calendar
    except ImportError:
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def add_working_days(day: date, n: int) -> tuple[date, str]:
    """n working days after `day`, and the rule used (OFFICIAL, or WEEKDAYS when any day of the
    count lies outside the official calendar)."""
    basis = OFFICIAL
    while n > 0:
        day += timedelta(days=1)
        official = is_working_day(day)
        if official is None:
            basis = WEEKDAYS
            official = day.weekday() < 5
        if official:
            n -= 1
    return day, basis


def describe(basis: str) -> str:
    """What the ledger says about a due date counted in working days."""
    if basis == OFFICIAL:
        return "工作日按国务院节假日安排计算，含调休上班日"
    years = covered_years()
    known = f"节假日安排只收录 {years[0]}–{years[1]} 年" if years else "未安装节假日安排数据"
    return f"工作日按周一至周五计算，{known}"
