"""A range of numbers written with a hyphen or a half-width tilde (P149): `2019年9-10月`, `1-2次`,
`3~5天`, `9月-10月`, `15-20起`, `2024-2025学年` — GB/T 15834-2011 marks a range with the dash (一字线 —) for times and places and the swung dash
(浪纹线 ～) for amounts.

Only two numbers, the first smaller than the second, joined by -, －, ~ or ‐ and followed at once by a
unit of time or a measure word (年, 学年, 月, 日, 次, 人, 个, 起, 例, 公里, 课时, %, …; the measure
words widened in r18 after `日均接处警15-20起` and `2024-2025学年` were missed) are a range; dates (2023-05-04), codes
(GB/T 15834-2011, 239658/2023-46395), phone numbers and model numbers stay quiet: they are not followed
by a unit, or a digit, letter, slash or dot stands before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_TIME_UNITS = "年月日时点周天"
_YEARS = ("学年", "赛季")
_RANGE = re.compile(
    r"(?P<a>\d(?<![A-Za-z0-9_\-－~./:·]\d)\d{0,3})(?P<mark>[-－~‐])(?P<b>\d{1,4})"
    r"(?P<unit>学年度?|学期|赛季|年度?|季度|月份?|日|时|点|周|天|个|名|人次|人|岁|次|项|条|件|篇|场|期|批|户|家|所"
    r"|元|万|千|亿|倍|小时|分钟|课时|学时|%|％|起|宗|例|台|辆|套|艘|架|座|栋|处|间|亩|公顷|平方米|立方米|公里|千米|米"
    r"|吨|公斤|千克|斤|升|轮|届|组|支|位|份|张|本|册|株|棵|头|只|笔|单|趟|节|层|级|分)"
)


# the same with the unit said on both sides: 9月-10月, 2023年-2024年, 5日-8日
_DATED_RANGE = re.compile(
    r"(?P<a>\d(?<![A-Za-z0-9_\-－~./:·]\d)\d{0,3})(?P<unit>[年月日])(?P<mark>[-－~‐])(?P<b>\d{1,4})(?P=unit)"
)


# a range of percentages or of amounts with the sign said on both sides: 20%-30%, 1.5‰-2‰ (r24)
_SIGNED_RANGE = re.compile(
    r"(?<![A-Za-z0-9_\-－~./:·])(?P<a>\d{1,4}(?:\.\d{1,3})?)(?P<unit>[%％‰])(?P<mark>[-－~‐])"
    r"(?P<b>\d{1,4}(?:\.\d{1,3})?)(?P=unit)"
)


def number_ranges(text: str) -> Iterator[tuple[int, str]]:
    """(offset of the joining mark, the mark that should stand there) of every range written with a
    hyphen or a half-width tilde."""
    for m in _RANGE.finditer(text):
        if int(m.group("a")) < int(m.group("b")):
            yield m.start("mark"), "—" if _time_span(text, m) else "～"
    for m in _DATED_RANGE.finditer(text):
        if int(m.group("a")) < int(m.group("b")):
            yield m.start("mark"), "—"
    if "%" in text or "％" in text or "‰" in text:
        for m in _SIGNED_RANGE.finditer(text):
            if float(m.group("a")) < float(m.group("b")):
                yield m.start("mark"), "～"


def _time_span(text: str, m: re.Match[str]) -> bool:
    """Whether a range with a unit of time spans from one time to another (2023-2025年, 9-10月, 8-9点:
    the dash) rather than measures a length of time (3-5年, 3-5天, 2-3周: an amount, the swung dash)."""
    unit = m.group("unit")
    if unit.startswith(_YEARS):  # 2024-2025学年, 2023-2024赛季: two years of a calendar
        return len(m.group("a")) == 4
    if unit == "季度":  # 1-3季度: quarters of a calendar
        return True
    unit = unit[0]
    if unit not in _TIME_UNITS:
        return False
    if unit in "天周":  # 第3-5周 counts weeks of a calendar
        return text[max(0, m.start() - 1) : m.start()] == "第"
    if unit == "年":  # a year of the calendar has four figures; 3-5年 is a length
        return len(m.group("a")) == 4
    return True


def dated_ranges(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, mends) of every range with its unit said on both sides (9月-10月): the span runs from
    the first unit over the mark, so that 9—10月 (the unit said once) can be offered beside 9月—10月."""
    for m in _DATED_RANGE.finditer(text):
        if int(m.group("a")) < int(m.group("b")):
            unit = m.group("unit")
            yield m.start("unit"), m.end("mark"), (f"{unit}—", "—", f"{unit}至")


@code_rule(
    "P149",
    "hyphen-in-range",
    "punctuation",
    "warning",
    "数值范围不用“{match}”连接：时间、地点的起止用一字线“—”，数量的范围用浪纹线“～”，这里应为“{suggestion}”",
    "GB/T 15834-2011：标示时间、地域的起止用一字线（2023—2025年、9—10月），标示数值范围用浪纹线"
    "（1～2次、3～5天）；连接号“-”和半角“~”是西文写法。日期（2023-05-04）、文号、电话号码、型号不提示。",
    bad=[
        variant("2024年9月底前完成征地", "2024年8[-]9月完成征地"),
        variant("每月至少上门协调2次", "每月上门协调1[~]2次"),
        variant("2024年9月底前完成征地", "2024年8[月-]9月完成征地"),
        variant("2024年9月底前完成征地", "2024年9月底前用3[-]5天完成征地"),
        variant("每月至少上门协调2次", "每月调处纠纷8[-]12起"),
        variant("2024年9月底前完成征地", "2024[-]2025学年完成征地"),
        variant("每月至少上门协调2次", "每月至少上门协调2次，运费上涨20%[-]30%"),
    ],
    good=[
        GOOD,
        variant(
            "2024年9月底前完成征地", "2024年8—9月完成征地，每月上门1～2次，文件编号2024-0912，上涨20%～30%"
        ),
    ],
)
def hyphen_in_range(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "-" not in text and "~" not in text and "－" not in text and "‐" not in text:
        return
    dated = {end - 1: (start, end, mends) for start, end, mends in dated_ranges(text)}
    for at, mark in number_ranges(text):
        if at in dated:
            start, end, mends = dated.pop(at)
            yield rule.finding(text, start, end, mends)
            continue
        # 至 is what a writer who avoids the marks puts (12月20日至22日): offered after the mark
        yield rule.finding(text, at, at + 1, (mark, "至"))
