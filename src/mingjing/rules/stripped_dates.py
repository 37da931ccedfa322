"""A date whose 年 and 月 a copy lost (T343, round r28, real pages): 于2019425日反馈了巡察意见,
2021915日听取和审议. Some sites drop the characters 年 and 月 (a page's markup held them apart) and leave
the year, month and day run together before 日. A run of five to eight digits that begins with a year
(19xx, 20xx) and ends on 日, with no 年 or 月 in it, is read as such a date; the fix is offered only where
one reading of month and day is a real date (2019425日 → 2019年4月25日; 2021112日 is 1月12日 or 11月2日,
no fix).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_RUN = re.compile(r"(?<![0-9０-９.\-/:：A-Za-z])((?:19|20)\d\d)(\d{1,4})日")


def readings(year: int, rest: str) -> list[tuple[int, int]]:
    """Every (month, day) the digits after the year can be read as, a real date of that year."""
    out = []
    for cut in (1, 2):
        if cut >= len(rest) or len(rest) - cut > 2:
            continue
        month, day = int(rest[:cut]), int(rest[cut:])
        if rest[cut] == "0" and len(rest) - cut == 1:
            continue
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            out.append((month, day))
    return out


def stripped_dates(text: str) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, fix or None) of every year, month and day run together before 日."""
    for m in _RUN.finditer(text):
        year, rest = int(m.group(1)), m.group(2)
        if len(rest) < 2:
            continue
        found = readings(year, rest)
        if not found:
            continue
        fix = f"{year}年{found[0][0]}月{found[0][1]}日" if len(found) == 1 else None
        yield m.start(), m.end(), fix


@code_rule(
    "T343",
    "date-lost-year-month",
    "typo",
    "warning",
    "“{match}”像是丢了“年”“月”的日期{hint}",
    "有的网页把日期里的“年”“月”两个字弄丢了，年、月、日的数字连成一串（2019425日）。以年份开头、"
    "直接接“日”的一串数字，中间没有“年”“月”的，提示补上；只有一种读法是真实日期时才给出改法。",
    bad=[
        variant("按照县委要求，", "按照县委要求，区委巡察组于[2019425日]反馈了意见，"),
        variant("按照县委要求，", "按照县委要求，[2021112日]召开了推进会，"),
    ],
    good=[
        variant("按照县委要求，", "按照县委要求，2019年4月25日反馈了意见，工号2019425的同志参会，"),
    ],
)
def date_lost_year_month(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, fix in stripped_dates(ctx.text):
        if fix:
            yield rule.finding(ctx.text, start, end, (fix,), hint=f"，应为“{fix}”")
        else:
            yield rule.finding(ctx.text, start, end, (), hint="，请补上“年”“月”")
