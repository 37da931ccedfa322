"""Another period's five-year plan drawn up as this year's work (R155, round r17, docs/review-copy-traces.md; and
R189, round r23, this year named as another year of a plan period):
`在谋划全市“十四五”工业发展规划时` in a 2025年度 material, which drafts the “十五五” plans.

A five-year plan is drawn up in the two years before its first and revised in its first two (public facts:
“十四五” covers 2021–2025, its plans were drafted from 2019 to 2022; “十五五” covers 2026–2030); a material of a
later year that still drafts it was copied from an older one. Only drafting is read (编制, 谋划, 起草, 制定 …
the plan): a plan carried out, reviewed or closed (“十四五”规划收官, 谋划…规划中期评估) is any year's work. The
material's year is its title's 年度, else its framework's; unknown, nothing is said.

R189 (round r23): this year named as another year of a plan period, `现结合今年是“十二五”收官之年的实际` in a 2016年度
material (2016 opens “十三五”). A year named by its place in a period (开局 its first, 收官 or 决胜 its last, 承上启下
its third; 关键, 攻坚 any of its five) after 今年是 must be the material's year or the next (the meeting is often held
early in the next year); the year's own place is offered where it opens or closes a period. The period that holds
the material's year named by the wrong place in it is F224's (a formulation of the plan's phase), not a copy, unless
the place named is last year's (round r24: `今年是“十三五”开局之年` in a 2017年度 material was true in last year's)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.campaign_years import LOOKS_BACK
from mingjing.rules.copy_traces import material_year, sentence_span
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# each plan → its first year (public facts)
_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}
_DRAFTED_BEFORE = 2  # drafted from two years before its first year …
_REVISED_AFTER = 1  # … to its second year (the sectors' special plans come late)
_DRAFTING = Prefiltered(
    re.compile(
        r"(?:编制|谋划|起草|制定|研究制定|研究编制|启动编制|修编)(?:全[省市县区]|本[地区市县]|我[省市县区局]|[^，。；：\n“]{0,8}?)"
        r"(?P<plan>“(?:十[一二三四五六]五)”|十[一二三四五六]五)(?:时期|期间)?[^，。；：\n]{0,16}?规划"
        # the plan under way, reviewed or closed (谋划…“十四五”…规划中期评估时): any year's work
        r"(?![^，。；：\n]{0,4}?(?:中期|评估|实施|执行|调整|总结|收官|确定|明确|目标|项目|任务|落实|完成))"
    )
)
_AT = "一是学得不够深。"


def _due(year: int) -> str | None:
    """The plan a material of `year` drafts: the one whose first year is one or two years ahead."""
    return next((p for p, first in _PLANS.items() if 1 <= first - year <= _DRAFTED_BEFORE), None)


@code_rule(
    "R155",
    "plan-of-another-period",
    "residue",
    "warning",
    "“{match}”规划是{first}年起实施的，{year}年谋划编制的应是{due}规划，疑似沿用往年材料后未改",
    "五年规划在开始实施前一两年编制（“十四五”规划2019—2022年编制，2025年起谋划“十五五”）；"
    "材料的年度已过了某个规划的编制期，还写着编制它，多半是照搬往年的材料。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            _AT, "一是学得不够深。在谋划全县“[十四五]”交通发展规划时，对新业态研判不足。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            _AT, "一是学得不够深。编制[十三五]综合交通规划时，征求意见不充分。"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国2020年度").replace(
            _AT, "一是学得不够深。在谋划全县“十四五”交通发展规划时，对新业态研判不足。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            _AT, "一是学得不够深。“十四五”规划确定的项目有1个滞后，谋划“十五五”交通发展规划起步晚。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            _AT, "一是学得不够深。对此前编制“十四五”交通规划的经验总结不够。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2023年度").replace(
            _AT, "一是学得不够深。在谋划全县“十四五”交通发展规划中期评估时，对新业态研判不足。"
        ),
    ],
)
def plan_of_another_period(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    matches = list(_DRAFTING.finditer(text, ctx.outline.title_end))
    if not matches:
        return
    year = material_year(ctx)
    if year is None:
        return
    due = _due(year)
    for m in matches:
        plan = m.group("plan").strip("“”")
        first = _PLANS[plan]
        if year <= first + _REVISED_AFTER:
            continue  # drafted in its time (or an early study of a later one)
        if LOOKS_BACK.search(text, *sentence_span(text, m.start())):
            continue
        start = m.start("plan") + (text[m.start("plan")] == "“")
        yield rule.finding(
            text,
            start,
            start + len(plan),
            [due] if due else [],
            first=first,
            year=year,
            due=f"“{due}”" if due else "以后时期的",
        )


# ---- R189: this year named as another year of a plan period (round r23) ---------------------------------

# a year of a period named by its place in it (开局 its first, 收官 its last) → how far into the period
_PHASES = {
    "开局": 0,
    "起步": 0,
    "开篇": 0,
    "开好局": 0,
    "谋篇布局": 0,
    "承上启下": 2,
    "收官": 4,
    "决胜": 4,
    "完成": 4,
    "圆满收官": 4,
    "冲刺": 4,
    "攻坚": None,
    "关键": None,
    "推进": None,
    "实施": None,
    "深化": None,
    "中期": None,
}
THIS_YEAR_AS = Prefiltered(
    re.compile(
        r"(?:今年|本年度|本年|这一年|今年度)(?:是|为|正值|正逢|恰逢|适逢|作为)[^，。；：\n“]{0,4}?"
        r"“?(?P<plan>十[一二三四五六]五)”?(?:规划)?(?:的|时期的?)?"
        r"(?P<phase>" + "|".join(sorted(_PHASES, key=len, reverse=True)) + r")(?:之年|年|的一年)"
    )
)


def _phase_of(year: int) -> tuple[str, str] | None:
    """The plan period and its place a year is named by when it opens or closes one (2016 → 十三五, 开局)."""
    for plan, first in _PLANS.items():
        if year == first:
            return plan, "开局"
        if year == first + 4:
            return plan, "收官"
    return None


@code_rule(
    "R189",
    "plan-year-of-another-year",
    "residue",
    "error",
    "{match}：这是{when}年的说法，本材料是{year}年度，疑似沿用往年材料后未改",
    "五年规划的年份是公开的事实：“十一五”2006—2010年，“十二五”2011—2015年，“十三五”2016—2020年，"
    "“十四五”2021—2025年，“十五五”2026—2030年。材料说“今年是某某开局（收官）之年”，却与材料的年度对不上，"
    "多半是照搬往年的材料。会议常在次年初召开，说下一年的也不算错。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2016年度").replace(
            _AT, "一是学得不够深。今年是[“十二五”收官之年]，我对规划任务的收尾跟踪不够。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2021年度").replace(
            _AT, "一是学得不够深。今年是[十三五开局之年]，我谋划全局不够。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2017年度").replace(
            _AT, "一是学得不够深。今年是[“十三五”开局之年]，我对规划任务的分解跟踪不够。"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国2016年度").replace(
            _AT, "一是学得不够深。今年是“十三五”开局之年，我谋划全局不够。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            _AT, "一是学得不够深。今年是“十四五”收官之年，也是为“十五五”开局打基础之年。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2020年度").replace(
            _AT, "一是学得不够深。今年是“十四五”开局之年的前一年，2015年是“十二五”收官之年。"
        ),
    ],
)
def plan_year_of_another_year(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    matches = list(THIS_YEAR_AS.finditer(text, ctx.outline.title_end))
    if not matches:
        return
    year = material_year(ctx)
    if year is None:
        return
    for m in matches:
        first = _PLANS[m.group("plan")]
        step = _PHASES[m.group("phase")]
        # the meeting of a year's material is often held early the next year: that year is right too
        named = range(first, first + 5) if step is None else range(first + step, first + step + 1)
        if any(y in named for y in (year, year + 1)):
            continue
        if first <= year < first + 5 and (step is None or first + step != year - 1):
            # the right period named by the wrong place in it: F224's (“十四五”开局之年 in 2025), unless the place is
            # last year's, which the material says of this year because it was copied from last year's (round r24:
            # `今年是“十三五”开局之年` in a 2017年度 material)
            continue
        start = m.start("plan") - (text[m.start("plan") - 1] == "“")
        end = m.end()
        phase = _phase_of(year) if step in (0, 4) else None
        # the year's own place written as the material wrote the wrong one (“十四五”规划开局之年 → …规划收官之年)
        right = (
            text[start : m.start("plan")]
            + phase[0]
            + text[m.end("plan") : m.start("phase")]
            + phase[1]
            + text[m.end("phase") : end]
            if phase
            else None
        )
        yield rule.finding(
            text,
            start,
            end,
            [right] if right else [],
            when=f"{first + step}" if step is not None else f"{first}—{first + 4}",
            year=year,
        )
