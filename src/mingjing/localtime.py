"""The unit's local time: every time shown to people (pages, reports, ledger exports) goes through
here. Stored time stamps stay UTC ISO 8601; they are shown in the unit's zone, Asia/Shanghai unless
`timezone` in the settings file (or MINGJING_TIMEZONE) names another IANA zone."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Shanghai"


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from mingjing.errors import InputError

        raise InputError(f"时区“{name}”无效，应为 Asia/Shanghai 这样的名称") from None


def unit_zone() -> ZoneInfo:
    return _zone(os.environ.get("MINGJING_TIMEZONE") or DEFAULT_ZONE)


def local_time(stamp: str | datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored time stamp (UTC ISO text or datetime) in the unit's local time, to the minute.
    A stamp without a zone is taken as UTC, as every mingjing store writes them."""
    if not stamp:
        return ""
    try:
        moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(unit_zone()).strftime(fmt)


def now_local() -> datetime:
    return datetime.now(unit_zone())


def today() -> date:
    """Today's date in the unit (the server's clock may be set to UTC)."""
    return now_local().date()
