"""Dated facts of plans, congresses and plenums written against the record (F224, F225; round r18).

F224 reads a five-year plan's phase (开局/收官之年, since r19 also 第一年/最后一年/首年, after 是, 为 or 作为) against the
year the text names (今年 is the material's year or the next; last year's place said of 今年 is R189's, a copy's
leftover, since round r24:
a 2024年度 material is written early in 2025): “十四五” runs 2021–2025, so `2025年是“十四五”规划开局之年` or
`今年是“十四五”开局之年` in a 2025 material says a wrong fact. It was R118's (residue) until r18; a wrong fact
about a plan is a formulation error whatever its cause, and one finding is given.

F225 reads which plenum adopted a document and the year a congress met (public facts): 十九届五中全会 (2020-10)
the “十四五” proposals, 十九届六中全会 (2021-11) the third historical resolution, 二十届二中全会 (2023-02) the
reform of Party and State bodies, 二十届三中全会 (2024-07) the decision on further deepening reform, 二十届四中全会
(2025-10) the “十五五” proposals; 十八大 2012, 十九大 2017, 二十大 2022. A plenum named with 通过/审议通过/作出
and, within the clause, a document another plenum adopted is reported; a plenum and a document merely listed
(学习三中全会精神和“十五五”规划建议) say nothing of who adopted what and stay quiet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.copy_traces import material_year
from mingjing.rules.plan_periods import THIS_YEAR_AS
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# five-year plans and their first and last years
PLANS = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
_PLAN_PHASE = re.compile(
    r"(今年|明年|20\d{2}\s*年)(?:既|也|将|正|更|又)?(?:是|为|作为)[“\"]?(十三五|十四五|十五五)[”\"]?(?:规划)?(?:实施)?(?:的)?"
    r"(开局之年|收官之年|开局年|收官年|起步之年|谋篇之年|开篇之年|收尾之年|第一年|最后一年|首年|末年)"
)
# a document's key words → the plenum that adopted it (public facts)
_ADOPTED = (
    (re.compile(r"十五五"), "二十届四中全会"),
    (re.compile(r"十四五"), "十九届五中全会"),
    (re.compile(r"十三五"), "十八届五中全会"),
    (re.compile(r"进一步全面深化改革"), "二十届三中全会"),
    (re.compile(r"全面深化改革若干重大问题"), "十八届三中全会"),
    (re.compile(r"全面推进依法治国"), "十八届四中全会"),
    (re.compile(r"历史决议|百年奋斗重大成就和历史经验|第三个历史"), "十九届六中全会"),
    (re.compile(r"党和国家机构改革方案"), "二十届二中全会"),
    (re.compile(r"坚持和完善中国特色社会主义制度"), "十九届四中全会"),
)
# the phases that name a plan's last year; every other phase names its first
_LAST_PHASES = ("收官", "收尾", "最后", "末年")
_OPPOSITE = {
    "开局之年": "收官之年",
    "收官之年": "开局之年",
    "开局年": "收官年",
    "收官年": "开局年",
    "起步之年": "收官之年",
    "谋篇之年": "收官之年",
    "开篇之年": "收官之年",
    "收尾之年": "开局之年",
    "第一年": "最后一年",
    "最后一年": "第一年",
    "首年": "末年",
    "末年": "首年",
}
_PLENUM = re.compile(
    r"(?P<plenum>(?:十八|十九|二十)届[一二三四五六七]中全会)(?:上)?(?:审议通过|通过|作出|审议|制定)(?:了)?的?"
    r"(?P<doc>[^，。；：！？\n]{2,40})"
)
# the plenums that adopted a five-year plan's proposals, and the plan
_PLAN_OF = {"二十届四中全会": "十五五", "十九届五中全会": "十四五", "十八届五中全会": "十三五"}
_PLAN_KEY = re.compile(r"十[三四五]五")
_CONGRESSES = {"十八大": 2012, "十九大": 2017, "二十大": 2022}
_CONGRESS_YEAR = re.compile(
    r"(?:党的)?(?P<c>十八大|十九大|二十大)(?:于|在)(?P<y>20\d{2})\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:胜利)?召开"
    r"|(?P<y2>20\d{2})\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:胜利)?召开的(?:党的)?(?P<c2>十八大|十九大|二十大)"
)
_AT = "一是学得不够深。"


@code_rule(
    "F224",
    "plan-phase-wrong",
    "formulation",
    "warning",
    "“{match}”不合史实：{reason}",
    "“十三五”“十四五”“十五五”规划的开局之年和收官之年是固定的（2016/2020、2021/2025、2026/2030年）；"
    "写某年是某规划的开局或收官之年，须与年份相符。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            _AT, "一是学得不够深。[今年是“十四五”规划开局之年]，"
        ),
        GOOD.replace(_AT, "一是学得不够深。[2021年是“十四五”收官之年]，"),
        GOOD.replace(_AT, "一是学得不够深。[2024年是“十四五”规划实施的最后一年]，"),
    ],
    good=[
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            _AT, "一是学得不够深。今年是“十四五”规划收官之年，"
        ),
        GOOD.replace(_AT, "一是学得不够深。2021年是“十四五”开局之年，2026年是“十五五”开局之年，"),
    ],
)
def plan_phase_wrong(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    year = material_year(ctx)
    for m in _PLAN_PHASE.finditer(text):
        first, last = PLANS[m.group(2)]
        phase_year = last if m.group(3).startswith(_LAST_PHASES) else first
        named = m.group(1)
        if named in ("今年", "明年"):
            if year is None:
                continue
            said = year + (named == "明年")
            allowed = {said, said + 1}
        else:
            said = int(named[:4])
            allowed = {said}
        if phase_year in allowed:
            continue
        if named == "今年" and year is not None and phase_year == year - 1 and _said_by_r189(text, m.start()):
            continue  # last year's saying left in a copy: R189's (residue), round r24
        phase = m.group(3)
        closing = phase.startswith(_LAST_PHASES)
        fits = said == (first if closing else last)
        fix = text[m.start() : m.start(3)] + _OPPOSITE.get(phase, "开局之年" if closing else "收官之年")
        where = f"（本材料为{year}年度）" if named in ("今年", "明年") else ""
        yield rule.finding(
            text,
            m.start(),
            m.end(),
            (fix,) if fits else (),
            reason=f"“{m.group(2)}”规划的{'收官' if phase.startswith(_LAST_PHASES) else '开局'}之年是{phase_year}年{where}",
        )


def _said_by_r189(text: str, at: int) -> bool:
    """R189 reads `今年是…` at `at` too (its phases and wordings are narrower than F224's)."""
    return THIS_YEAR_AS.regex.match(text, at) is not None


@code_rule(
    "F225",
    "plenum-or-congress-fact-wrong",
    "formulation",
    "warning",
    "“{match}”与史实不符：{reason}",
    "重要文件由哪次全会通过、党的代表大会哪年召开是确定的史实：“十四五”规划建议是十九届五中全会通过的，"
    "“十五五”规划建议是二十届四中全会（2025年10月）通过的，进一步全面深化改革的决定是二十届三中全会"
    "（2024年7月）通过的；党的二十大2022年10月召开。",
    bad=[
        GOOD.replace(_AT, "一是学得不够深。对[二十届三中全会]审议通过的“十五五”规划建议学得不深，"),
        GOOD.replace(_AT, "一是学得不够深。对[二十届四中全会]通过的进一步全面深化改革的决定学得不深，"),
        GOOD.replace(_AT, "一是学得不够深。党的二十大于[2021]年10月胜利召开，"),
    ],
    good=[
        GOOD,
        GOOD.replace(_AT, "一是学得不够深。对二十届四中全会审议通过的“十五五”规划建议学得不深，"),
        GOOD.replace(_AT, "一是学得不够深。对二十届三中全会精神和“十五五”规划建议学得不深，"),
        GOOD.replace(_AT, "一是学得不够深。党的二十大于2022年10月胜利召开，"),
    ],
)
def plenum_or_congress_fact_wrong(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _PLENUM.finditer(text):
        doc = m.group("doc")
        # the first document named in the clause decides (…的决定和“十五五”规划 is two things; read the first)
        hits = sorted((k.search(doc).start(), right) for k, right in _ADOPTED if k.search(doc))  # type: ignore[union-attr]
        if not hits:
            continue
        right = hits[0][1]
        plenum = m.group("plenum")
        if right == plenum:
            continue
        plan = _PLAN_KEY.search(doc)
        own = _PLAN_OF.get(plenum)
        if plan and own and plan.start() == hits[0][0]:
            # a plenum that adopted a plan named with another plan (二十届四中全会审议通过的“十四五”规划建议):
            # either is the slip; the whole is reported, the plan put right first (a plan's number is one
            # character off, the plenum's name is the clause's subject)
            end = m.start("doc") + plan.end()
            said = text[m.start("plenum") : end]
            fixes = (said[: len(said) - 3] + own, right + said[len(plenum) :])
            yield rule.finding(
                text, m.start("plenum"), end, fixes, reason=f"党的{plenum}通过的是“{own}”规划建议"
            )
            continue
        if right != plenum:
            yield rule.finding(
                text,
                m.start("plenum"),
                m.end("plenum"),
                (right,),
                reason=f"该文件是党的{right}通过的",
            )
    for m in _CONGRESS_YEAR.finditer(text):
        c = m.group("c") or m.group("c2")
        y = m.group("y") or m.group("y2")
        at = "y" if m.group("y") else "y2"
        if int(y) != _CONGRESSES[c]:
            yield rule.finding(
                text,
                m.start(at),
                m.end(at),
                (str(_CONGRESSES[c]),),
                reason=f"党的{c}于{_CONGRESSES[c]}年召开",
            )
