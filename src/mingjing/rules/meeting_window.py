"""When this meeting can have been held, read once from the title (round r16, docs/review-copy-traces.md):
the signature's date and the campaign's batch are read against it (R122, R133).

A 年度 meeting reviews its year: it is held from the year's last quarter to the spring after (a 2024年度
material signed in January 2024 is dated a year early, copied from the year before). A campaign's 专题
meeting is held after the campaign's launch (public facts, `rules/year_facts.py`: 主题教育 April 2023, its
second batch from September 2023 to January 2024; 党纪学习教育 April 2024 …). A 主题教育 material signed
from October 2023 on, or written by a unit of a town, a street, a village or a community, belongs to
the second batch.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mingjing.rules.copy_traces import _DIGIT_CHARS, DATE_LINE, material_year, own_lines, year_of
from mingjing.rules.year_facts import _LAUNCH, _OWN_CAMPAIGN

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SECOND_BATCH = (2023, 9)
_SECOND_BATCH_SIGNED = (2023, 10)  # the first batch's meetings were over by the end of September 2023
_ANNUAL = re.compile(r"(20\d{2})\s*年度")
_MEETING = re.compile(r"民主生活会|组织生活会")
_SPECIAL = re.compile(r"专题|主题教育|学习教育")
_ANNUAL_EARLIEST_MONTH = 10
_GRASSROOTS = re.compile(
    r"[\u4e00-\u9fff]{2}(?:镇|乡|街道|村|社区)(?:党|两委|村委|居委|委|支部|班子|人民政府|政府|[\s\u3000]|$)"
)
# a unit of a county or a city's district (云溪区人民法院, 沙河县城市管理局, 县教育局): the 2023 主题教育's second
# batch held its units (the first batch's were the central and provincial ones); 自治区, 开发区, 高新区, 新区, 园区,
# 城区, 社区 are no such level
_COUNTY_UNIT = re.compile(
    r"(?:^|(?:中共)?[\u4e00-\u9fff]{2}(?<!自治)(?<!开发)(?<!高新)(?<!保税)(?<!示范)(?<![新园城社景校厂矿片辖]))"
    r"(?:县|区)(?![域间级])[\u4e00-\u9fff]{0,14}?"
    r"(?:局|委员会|委|办公室|中心|人民法院|人民检察院|法院|检察院|政府|医院|学校|中学|小学|站|馆|所|党组|党委|支部)"
)
_NUMERALS = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def month_of(written: str) -> int | None:
    """6, 06, ６ or 六, 十二 → the month."""
    digits = "".join(_DIGIT_CHARS.get(c, c) for c in written)
    if digits.isdigit():
        return int(digits)
    if written == "十":
        return 10
    if written.startswith("十"):
        return 10 + _NUMERALS.get(written[1:], 0)
    return _NUMERALS.get(written)


def signed(ctx: ReviewContext) -> list[tuple[int, int, int, int]]:
    """The date lines of the signature (the last two lines) as (start, end, year, month)."""
    o = ctx.outline
    text = ctx.text
    after = [p for p in o.document.paragraphs if p.start >= o.title_end]
    dates = []
    for p in after[-2:]:
        m = DATE_LINE.match(text[p.start : p.end])
        month = month_of(m.group("month")) if m else None
        if m and month:
            dates.append((p.start, p.end, year_of(m.group("year")), month))
    return dates


def earliest(ctx: ReviewContext) -> tuple[int, int] | None:
    """The earliest (year, month) this meeting can have been held, or None where the title does not tell."""
    title = ctx.outline.title
    campaign = _OWN_CAMPAIGN.search(title)
    if campaign:
        if campaign.group() == "主题教育" and second_batch_titled(ctx):
            return _SECOND_BATCH
        launches = _LAUNCH[campaign.group()]
        year = material_year(ctx)
        return next(iter(launches.values())) if len(set(launches.values())) == 1 else launches.get(year or 0)
    annual = _ANNUAL.search(title)
    if annual and _MEETING.search(title) and not _SPECIAL.search(title):
        return int(annual.group(1)), _ANNUAL_EARLIEST_MONTH
    if not _ANY_YEAR.search(title) and not _SPECIAL.search(title):
        return _opening_annual(ctx)
    return None


# a title naming no year (个人对照检查材料) leaves the meeting to the opening's notice: 按照…关于召开2025年度…组织
# 生活会…的通知要求 (round r18)
_ANY_YEAR = re.compile(r"20\d{2}|[〇零一二][〇零一二三四五六七八九]{3}")
_OPENING_ANNUAL = re.compile(
    r"(?:召开|开好|组织召开)(20\d{2})\s*年度[^。；，\n]{0,16}?(?:民主生活会|组织生活会)"
)


def _opening_annual(ctx: ReviewContext) -> tuple[int, int] | None:
    o = ctx.outline
    after = [p for p in o.document.paragraphs if p.start >= o.title_end][:3]
    for p in after:
        m = _OPENING_ANNUAL.search(ctx.text, p.start, p.end)
        if m and not _SPECIAL.search(m.group()):
            year = int(m.group(1))
            fw = ctx.framework
            if fw is not None and fw.year is not None and fw.year != year:
                return None
            return year, _ANNUAL_EARLIEST_MONTH
    return None


def second_batch_titled(ctx: ReviewContext) -> bool:
    fw = ctx.framework
    return "第二批" in ctx.outline.title or (fw is not None and fw.id.endswith("-b2"))


def second_batch(ctx: ReviewContext) -> bool:
    """Whether this 主题教育 material is the second batch's: its title or framework says so, it is signed
    after the first batch's meetings, or a grassroots, county or district unit writes it."""
    if second_batch_titled(ctx):
        return True
    if "主题教育" not in ctx.outline.title:
        return False
    dates = [(year, month) for _, _, year, month in signed(ctx)]
    if any(date >= _SECOND_BATCH_SIGNED for date in dates):
        return True
    lines = own_lines(ctx)
    if any(_GRASSROOTS.search(line) for line in lines):
        return True
    # a county's unit signing before October 2023 held the first batch's meeting as an exception: not read
    return not dates and any(_COUNTY_UNIT.search(line.strip()) for line in lines)
