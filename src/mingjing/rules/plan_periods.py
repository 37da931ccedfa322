"""Another period's five-year plan drawn up as this year's work (R155, round r17, docs/review-copy-traces.md):
`在谋划全市“十四五”工业发展规划时` in a 2025年度 material, which drafts the “十五五” plans.

A five-year plan is drawn up in the two years before its first and revised in its first two (public facts:
“十四五” covers 2021–2025, its plans were drafted from 2019 to 2022; “十五五” covers 2026–2030); a material of a
later year that still drafts it was copied from an older one. Only drafting is read (编制, 谋划, 起草, 制定 …
the plan): a plan carried out, reviewed or closed (“十四五”规划收官, 谋划…规划中期评估) is any year's work. The
material's year is its title's 年度, else its framework's; unknown, nothing is said."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.campaign_years import _LOOKS_BACK
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
        if _LOOKS_BACK.search(text, *sentence_span(text, m.start())):
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
