"""A rectification deadline or a plan's year that lies before the meeting itself (R123, round r11,
docs/review-copy-traces.md): a measure copied from last year's material keeps last year's dates
(`2023年6月前完成` in a 2023年度 material, whose meeting is held early in 2024). The meeting's time
follows from the material's own lines: the date line under the title or in the signature, else the
framework's campaign (a 专题 meeting is held when its campaign is), else the 年度 the title or the
pack names (a 年度 meeting is held after that year). Unknown: nothing is said. And last year's meeting named,
in a 年度 material, with a year two or more years back (R128): last year's 上年度 paragraph copied."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import DATE_LINE, year_of
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# the earliest month a 专题 meeting of a campaign was held (public facts: 第一批主题教育 专题民主生活会
# from August 2023, 第二批 from December 2023, 党纪学习教育 专题组织生活会 from June 2024, 中央八项规定精神
# 学习教育 from June 2025, 党史学习教育 专题组织生活会 from October 2021, 不忘初心、牢记使命 第一批 from July 2019)
_HELD: dict[str, tuple[int, int]] = {
    "zhuti-2023": (2023, 8),
    "zhuti-2023-b2": (2023, 12),
    "zzshh-2023": (2023, 12),
    "dangji-2024": (2024, 6),
    "bxgd-2025": (2025, 6),
    "dangshi-2021": (2021, 10),
    "buwang-2019": (2019, 7),
}
# the latest month such a meeting was held (either batch of 主题教育: until February 2024)
_HELD_LAST: dict[str, tuple[int, int]] = {
    "zhuti-2023": (2024, 2),
    "zhuti-2023-b2": (2024, 2),
    "zzshh-2023": (2024, 2),
    "dangji-2024": (2024, 10),
    "bxgd-2025": (2025, 10),
    "dangshi-2021": (2022, 2),
    "buwang-2019": (2020, 2),
}
# a 年度 meeting is held by the end of the first quarter of the next year at the latest
_ANNUAL_LAST_MONTH = 3
# … and in the December of its year at the earliest: a date line before that is a slip of its own, no meeting date
_ANNUAL_FIRST_MONTH = 12
_ANNUAL = re.compile(r"(20\d{2})\s*年度")
_CN_MONTH = {c: k + 1 for k, c in enumerate("一二三四五六七八九")} | {"十": 10, "十一": 11, "十二": 12}
# a year written as a deadline or a plan's span: the year, a month or a part of the year, and what
# makes it a deadline (前, 底, 内 …)
_WHEN = re.compile(
    r"(?P<year>20\d{2})\s*年(?!度?(?:民主生活会|组织生活会|以来|起))"
    r"(?:(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?:\s*\d{1,2}\s*日)?)?"
    r"(?P<part>上半年|下半年|年中|年底|年内|全年|[一二三四1-4]季度|第[一二三四]季度|汛期前|汛期|汛前|春节前|春季学期|秋季学期|春季|夏季|秋季|冬季|暑期|暑假|寒假|度)?"
    r"(?P<mark>底前|底以前|底之前|末前|前|以前|之前|底|末|内|中)?"
)
_PART_END = {
    "上半年": 6,
    "年中": 6,
    "下半年": 12,
    "年底": 12,
    "年内": 12,
    "全年": 12,
    "汛前": 5,
    "汛期前": 5,
    "汛期": 9,
    "春节前": 1,
    "春季学期": 7,
    "秋季学期": 12,
    "春季": 5,
    "夏季": 8,
    "秋季": 11,
    "冬季": 12,
    "暑期": 8,
    "暑假": 8,
    "寒假": 2,
    "度": 12,
}
_QUARTER = re.compile(r"第?([一二三四1-4])季度")
_BEFORE = re.compile(r"(?:力争|确保|争取|计划|预计|于|到|至)$")
_CAMPAIGN = re.compile(r"主题教育|学习教育|专题")
_AFTER = re.compile(r"(?:至少|力争|完成|实现|达到|全面|要|前完成|底前|再)")
_PLAN_AHEAD = re.compile(r"(?:至少|力争|争取|要|计划|预计)")
_PLAN = re.compile(r"(?:制定|制订|拟定|编制|出台)$")
_PLAN_NOUN = re.compile(r"^[\u4e00-\u9fff]{0,10}(?:计划|方案|要点|清单|安排)")
_PAST = re.compile(r"已|了|以来|曾|过去|去年|上年|原定|原计划|期间|回顾")
_CLAUSE_END = "，。；！？\n"
_CUTOFF = re.compile(r"截至(?:到)?$")


def _end_month(m: re.Match[str]) -> int:
    month = m.group("month")
    if month:
        return int(month) if month.isdigit() else _CN_MONTH[month]
    part = m.group("part") or ""
    q = _QUARTER.fullmatch(part)
    if q:
        return 3 * ("一二三四".find(q.group(1)) + 1 if q.group(1) in "一二三四" else int(q.group(1)))
    if part:
        return _PART_END[part]
    return 6 if m.group("mark") == "中" else 12


def meeting_time(ctx: ReviewContext) -> tuple[int, int] | None:
    """(year, month) of the meeting at the earliest, from the material's own lines; None: unknown."""
    window = meeting_window(ctx)
    return window[0] if window else None


def meeting_window(ctx: ReviewContext) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The earliest and the latest (year, month) the meeting may have been held; None: unknown."""
    from mingjing.rules.copy_traces import own_lines

    o = ctx.outline
    text = ctx.text
    annual = _ANNUAL.search(" ".join(own_lines(ctx)[:3]))
    fw = ctx.framework
    year = int(annual.group(1)) if annual else None
    after = [p for p in o.document.paragraphs if p.start >= o.title_end]
    # a title without its 年度 (个人对照检查材料) leaves the year to the meeting the body names (r23: a 2025年度
    # 组织生活会 signed 2024年12月20日 has its date wrong, not its facts of 2025年9月)
    stated = year if year is not None else fw.year if fw is not None and "年度" in fw.name else None
    for p in after[:2] + after[-2:]:
        d = DATE_LINE.match(text[p.start : p.end])
        if d and (stated is None or year_of(d.group("year")) >= stated):
            month = d.group("month")
            dated = year_of(d.group("year")), (int(month) if month.isdigit() else _CN_MONTH.get(month, 12))
            if stated is not None and not _CAMPAIGN.search(o.title) and dated < (stated, _ANNUAL_FIRST_MONTH):
                continue  # 2024年1月8日 under a 2024年度 title: a year's meeting reviews a year ended, the date is wrong (r22)
            return dated, dated
    if fw is not None and fw.id in _HELD:
        return _HELD[fw.id], _HELD_LAST[fw.id]
    if year is not None and not _CAMPAIGN.search(o.title):
        return (year + 1, 1), (year + 1, _ANNUAL_LAST_MONTH)
    if fw is not None and fw.year is not None and "年度" in fw.name:
        return (fw.year + 1, 1), (fw.year + 1, _ANNUAL_LAST_MONTH)
    return None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, start) for c in _CLAUSE_END) + 1
    ends = [k for c in _CLAUSE_END if (k := text.find(c, end)) >= 0]
    return a, min(ends) if ends else len(text)


def _whole_year_plan(text: str, m: re.Match[str]) -> bool:
    """A plan for a whole year (2023年至少…, 制定2023年度…计划): never made in that year's last month,
    where a meeting held in December may still set a deadline (2023年12月底前)."""
    if m.group("month") or m.group("mark") or m.group("part") not in (None, "全年", "度"):
        return False
    return m.group("part") == "度" or bool(_PLAN_AHEAD.match(text, m.end()))


def _forward(text: str, m: re.Match[str]) -> bool:
    """The year is a deadline or a plan's span: 2024年6月底前, 力争2024年汛期, 2024年至少…, 制定2024年度…计划."""
    if m.group("part") == "度":
        return bool(_PLAN.search(text, max(0, m.start() - 4), m.start())) and bool(
            _PLAN_NOUN.match(text[m.end() : m.end() + 14])
        )
    if m.group("mark") and m.group("mark") != "中":
        return True
    if m.group("part") or m.group("month"):
        return bool(_BEFORE.search(text, max(0, m.start() - 2), m.start()))
    return bool(_AFTER.match(text, m.end())) or bool(_BEFORE.search(text, max(0, m.start() - 2), m.start()))


@code_rule(
    "R123",
    "deadline-before-meeting",
    "residue",
    "warning",
    "整改时限或计划年份“{match}”早于本次会议（{held}），疑似沿用往年材料后未改",
    "整改措施是会后要做的事：年度民主生活会、组织生活会在该年度结束后召开，专题会议在学习教育期间召开；"
    "时限或计划的年份早于会议本身，多半是照抄了往年的材料。",
    bad=[
        variant("2024年3月底前修订", "[2023年3月底前]修订"),
        variant("2024年到偏远村组调研不少于10次", "制定[2023年度]调研计划，到偏远村组调研不少于10次")
        + "\n王建国\n2024年1月",
        variant("每月至少上门协调2次", "力争[2023年汛期前]每月至少上门协调2次"),
    ],
    good=[
        # a figure's cutoff, no deadline (round r28)
        GOOD.replace(
            "（五）严守廉洁自律。", "（五）严守廉洁自律。对截至2023年11月底排查出的廉政风险点逐项整改，"
        ),
        GOOD,
        variant("2024年3月底前修订", "2023年已修订、2024年3月底前再次修订"),
        variant("2024年到偏远村组调研不少于10次", "制定2024年度调研计划，到偏远村组调研不少于10次"),
        variant("2024年3月底前修订", "2023年底前修订") + "\n王建国\n2023年12月",
    ],
)
def deadline_before_meeting(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    held = meeting_time(ctx)
    if held is None:
        return
    text = ctx.text
    found = [
        m
        for start, end in ctx.answer_spans("measures")
        for m in _WHEN.finditer(text, start, end)
        if _forward(text, m)
        and not _PAST.search(text, *_clause(text, m.start(), m.end()))
        # a figure's cutoff (数据截至2025年11月底: round r28), no deadline
        and not _CUTOFF.search(text, max(0, m.start() - 3), m.start())
    ]
    said = f"{held[0]}年{held[1]}月以后" if held[1] > 1 else f"{held[0]}年初"
    for m in found:
        when = (int(m.group("year")), _end_month(m))
        if when > held or (when == held and not _whole_year_plan(text, m)):
            continue
        to = held[0] if (held[0], when[1]) > held else held[0] + 1
        yield rule.finding(text, m.start(), m.end(), (str(to) + m.group()[4:],), held=f"会议应在{said}召开")


# ---- R128: last year's meeting named with a year that is not last year -----------------------------

_YEAR_MEETING = re.compile(
    r"(?P<year>20\d{2})\s*年度(?:的)?(?:党员领导干部|领导班子|班子|基层党组织|党组|党委|党支部|支部)?"
    r"(?:专题)?(?:民主生活会|组织生活会)"
)
_LAST_ONE = re.compile(r"上年度|上一年度|去年|上次|上一次")


@code_rule(
    "R128",
    "last-meeting-year",
    "residue",
    "warning",
    "“{match}”说的是上一次会议，而本材料是{year}年度的，上一次应是{last}年度：疑似照抄了往年材料的整改情况",
    "年度民主生活会、组织生活会材料回顾的“上年度”会议，年份应比本材料的年度早一年；早两年以上，多半是把去年材料里的整改情况原样抄了过来。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，对照上年度[2023年度民主生活会]查摆的问题逐项整改，"
        ),
    ],
    good=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，对照上年度2024年度民主生活会查摆的问题逐项整改，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，对照2023年度民主生活会以来查摆的问题逐项整改，"
        ),
    ],
)
def last_meeting_year(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    title = ctx.outline.title
    annual = _ANNUAL.search(title)
    if annual is None or _CAMPAIGN.search(title):
        return  # a 专题 meeting has no 上年度 of its own
    year = int(annual.group(1))
    text = ctx.text
    for m in _YEAR_MEETING.finditer(text, ctx.outline.title_end):
        named = int(m.group("year"))
        if named >= year - 1:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        ends = [k for c in "。；\n" if (k := text.find(c, m.end())) >= 0]
        if _LAST_ONE.search(text, start, min(ends) if ends else len(text)):
            fixed = str(year - 1) + m.group()[4:]
            yield rule.finding(text, m.start(), m.end(), (fixed,), year=year, last=year - 1)


# ---- R129: a fact dated after the meeting ----------------------------------------------------------

# a month in the problems part: something that happened (2024年5月, 2024年5月份, 2024年5月12日)
_DATED_FACT = re.compile(
    r"(?P<year>20\d{2})\s*年\s*(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!底前|前|以前|之前|起)"
)
# a month of slack after the latest meeting date (a fact of the meeting's own month, written late)
_SLACK = 1


@code_rule(
    "R129",
    "fact-after-meeting",
    "residue",
    "warning",
    "查摆的问题中“{match}”晚于本次会议（{held}）：会前的材料写不出会后的事，疑似年份写错或照搬了别的年度的材料",
    "查摆问题、剖析原因写的是会前发生的事；事例的年月晚于会议召开的时间，多半是年份写错，或把别的年度材料里的事例拼了进来。",
    bad=[
        variant("2023年7月网民反映", "[2024年5月]网民反映"),
    ],
    good=[
        GOOD,
        variant("2023年7月网民反映", "2024年1月网民反映"),
        variant("2023年7月网民反映", "2023年11月网民反映"),
        # a 2023年度 meeting is held from December 2023: a date line of 2023年2月 is a slip of its own, no
        # meeting date that would put 2023年7月 after the meeting (r22)
        GOOD.replace("2023年度主题教育专题民主生活会", "2023年度民主生活会") + "\n2023年2月10日",
    ],
)
def fact_after_meeting(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    window = meeting_window(ctx)
    if window is None:
        return
    held = window[1]
    latest = held[0] * 12 + held[1] - 1 + _SLACK
    said = f"{held[0]}年{held[1]}月以前"
    text = ctx.text
    for kind in ("problems", "causes"):
        for s in ctx.sections(kind):
            for m in _DATED_FACT.finditer(text, s.start, s.end):
                month = m.group("month")
                when = int(m.group("year")) * 12 + (int(month) if month.isdigit() else _CN_MONTH[month]) - 1
                if when <= latest:
                    continue
                a, b = _clause(text, m.start(), m.end())
                if re.search(r"计划|预计|力争|将|要|拟|前完成|底前", text[a:b]):
                    continue  # a plan named among the problems
                yield rule.finding(text, m.start(), m.end(), held=f"会议约在{said}召开")
