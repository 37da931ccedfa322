"""A state of things dated before the material's year (R137, round r13, docs/review-copy-traces.md):
`截至2023年10月底，支部党员大会只开了2次` in a 2024 党纪学习教育 material, `2024年全场粮食总产…` opening
a sentence of a 2025年度 material (the own unit's whole figure of the year before). 截至 dates the state the
material reports as its own; a date in an earlier year is last year's material's, kept when the rest was
rewritten. The material's year is the title's 年度, else the one year of a campaign the title names (党纪学习教育), else its framework's; a
sentence that also names a year of the material's or later compares two states (比2022年底减少) and
stays quiet, as does the report on last year's rectification (上年度查摆的问题…截至…已整改)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.campaign_years import _CAMPAIGNS
from mingjing.rules.copy_traces import _TITLE_OWN_YEAR, material_year
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_AS_OF = Prefiltered(
    re.compile(
        r"截[至止](?:到)?\s*(?P<year>20\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
        r"(?:底|末|份|中旬|上旬|下旬)?"
    )
)
# the own unit's whole figure of a year, opening a sentence: 2024年全场粮食总产…, 2023年全县…
_YEAR_FIGURE = Prefiltered(
    re.compile(
        r"(?:^|(?<=[，。；：\n]))(?:[一二三四五六七八九十]是)?(?P<year>20\d{2})\s*年"
        r"(?P<whole>[全本我][场县镇乡市区村局院校厂矿行所站]|全系统|全公司|全集团)"
    )
)
_YEAR = re.compile(r"(20\d{2})\s*年")
_SENTENCE_END = "。！？；\n"
# last year's rectification reported: the date may close last year
# (not `没有整改到位`: a violation still open is today's state; round r14)
_RECTIFIED = re.compile(
    r"已整改|整改完成|完成整改|整改落实|整改情况|整改进展|整改了|上年度|上一年度|上次|以来|累计"
)
# the sentence says the year is last year, or reports the year's figure against the year before it
# (2023年全市破案率同比上升: a report of that year, no state of this one)
_LAST_YEAR = re.compile(r"去年|上年|同比|相比|比上|较上|对比")


def own_year(ctx: ReviewContext) -> int | None:
    """The material's year: a year its title names, else the one year of the campaign its title names
    (党纪学习教育: 2024), else its framework's."""
    title = ctx.outline.title
    if _TITLE_OWN_YEAR.search(title):
        return material_year(ctx)
    for campaign in sorted(_CAMPAIGNS, key=len, reverse=True):
        if campaign in title:
            years = _CAMPAIGNS[campaign][1]
            return years[0] if len(years) == 1 else material_year(ctx)
    return material_year(ctx)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    ends = [k for k in (text.find(c, end) for c in _SENTENCE_END) if k >= 0]
    return lo, min(ends, default=len(text))


def _this_year(text: str, m: re.Match[str], year: int, start: int | None = None) -> str:
    """The matched span from `start` with its year put as the material's (the likely fix: the date was
    last year's material's)."""
    lo = m.start() if start is None else start
    return text[lo : m.start("year")] + str(year) + text[m.end("year") : m.end()]


@code_rule(
    "R137",
    "status-date-of-another-year",
    "residue",
    "warning",
    "“{match}”早于本材料的年度（{year}年）：交代本单位现状的数据应是本年度的，疑似沿用往年材料的数据",
    "“截至××年××月底”交代的是写材料时的现状，年度材料里“××年全县（全场）……”开头的是本年度的数据；"
    "年份落在材料年度之前，多半是照搬了上一年材料的数据，只改了别处。同一句里另有本年度的日期"
    "（两个时点对比）、说明是去年或同比，或是在报告上年度问题的整改，不提示。",
    bad=[
        variant(
            "一是对行业舆情不敏感。",
            "一是对行业舆情不敏感。[截至2022年9月底]，全县还有3条班线没有接入监控平台。",
        ),
        variant(
            "一是对行业舆情不敏感。",
            "一是对行业舆情不敏感。[2022年全县]班线客运量下降了一成，我没有研究应对办法。",
        ),
    ],
    good=[
        variant(
            "一是对行业舆情不敏感。",
            "一是对行业舆情不敏感。截至2023年9月底，全县还有3条班线没有接入监控平台。",
        ),
        variant(
            "一是对行业舆情不敏感。",
            "一是对行业舆情不敏感。2022年全县班线客运量比上年下降了一成，2023年又下降了5%。",
        ),
        variant(
            "一是对行业舆情不敏感。",
            "一是对行业舆情不敏感。截至2022年底全县有5条班线没有接入监控平台，到2023年9月底仍有3条。",
        ),
        variant(
            "一是对行业舆情不敏感。",
            "一是对行业舆情不敏感。上年度查摆的问题，截至2022年底已整改4项。",
        ),
    ],
)
def status_date_of_another_year(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    year = None
    for m in _AS_OF.finditer(text, ctx.outline.title_end):
        year = year or own_year(ctx)
        if year is None:
            return
        if int(m.group("year")) >= year:
            continue
        lo, hi = _sentence(text, m.start(), m.end())
        sentence = text[lo:hi]
        if _RECTIFIED.search(sentence) or any(int(y) >= year for y in _YEAR.findall(sentence)):
            continue
        yield rule.finding(text, m.start(), m.end(), (_this_year(text, m, year),), year=year)
    if not _TITLE_OWN_YEAR.search(ctx.outline.title):
        return  # a 年度 material reviews its year: last year's figure is none of its own state
    for m in _YEAR_FIGURE.finditer(text, ctx.outline.title_end):
        year = year or own_year(ctx)
        if year is None or int(m.group("year")) != year - 1:
            continue
        lo, hi = _sentence(text, m.start(), m.end())
        sentence = text[lo:hi]
        if _RECTIFIED.search(sentence) or _LAST_YEAR.search(sentence):
            continue
        if any(int(y) >= year for y in _YEAR.findall(sentence)):
            continue
        yield rule.finding(
            text, m.start("year"), m.end(), (_this_year(text, m, year, m.start("year")),), year=year
        )
