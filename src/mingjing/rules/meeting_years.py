"""A 年度 meeting named with the wrong year (R134, round r12, docs/review-copy-traces.md): this meeting
called by another year (`以此次2024年度民主生活会为契机` in a 2025年度 material), or last year's
meeting, in the part or paragraph that reports on last year's rectification (its heading says
`2024年度民主生活会整改落实情况` or `上年度问题整改情况`), or in that heading itself
(`一、2023年度民主生活会查摆问题整改落实情况`, round r19), named with a year two or more years back
(`2023年度民主生活会召开后…` in a 2025年度 material). R128 reads the same slip when the sentence itself
says 上年度; this rule reads the part's heading and the paragraph around it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import material_year
from mingjing.rules.deadlines import _LAST_ONE, _YEAR_MEETING
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_THIS_YEAR_MEETING = re.compile(
    # the closing that names the material itself (以上是我2021年度民主生活会的发言提纲, round r27) as 这次 does
    # the closing's subject may be the unit's team by its short name (以上是管理所领导班子2016年度…, round r28)
    r"(?:此次|本次|这次|(?:^|。)以上(?:是|为|就是)(?:我|本人|我们|[\u4e00-\u9fff]{0,10}?(?:领导班子|班子|党支部|支部|"
    r"党委|党组|党总支|支委会))?的?)(?P<year>20\d{2})\s*年度(?:的)?(?:党员领导干部|领导班子|班子|基层党组织|党组|党委|党支部|支部)?"
    r"(?:专题)?(?:民主生活会|组织生活会)",
    re.M,
)
# another year's meeting whose requirements are followed as this one's (对照2024年度民主生活会确定的“四个带头”要求 in a
# 2025 material, round r28): a meeting's aspects are its year's own; its rectification (整改, 问题) is followed rightly
_FOLLOWED_MEETING = Prefiltered(
    re.compile(
        r"(?:对照|围绕|按照|紧扣|聚焦|落实)(?P<year>20\d{2})\s*年度(?:的)?(?:党员领导干部|领导班子|班子)?(?:专题)?"
        r"(?:民主生活会|组织生活会)(?:确定|明确|规定|提出|部署)的(?P<what>(?:(?!整改|问题|措施|任务|清单|事项)"
        r"[^，。；\n]){0,16}?)(?:要求|主题|方面|重点)"
    )
)
_COUNTED_ASPECTS = re.compile(r"“?([一二三四五六七八九十])个(带头|方面)”?")
_ANNUAL = re.compile(r"(20\d{2})\s*年度")
_TITLE_YEAR = re.compile(r"20\d{2}\s*年")
_CAMPAIGN_TITLE = re.compile(r"主题教育|学习教育|专题")
_HEADING_MAX = 40
# the heading of the part on last year's rectification: 整改落实情况, 整改情况, 整改措施落实, 整改清单
_RECTIFIED = re.compile(r"整改")
# an older meeting named besides last year's: 2022年度民主生活会查摆的1个问题也已销号, 此外, 更早
_BESIDE = re.compile(r"也|此外|另外|另有|更早|之前|此前")


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "。；\n") + 1


def _own_heading(text: str, start: int, end: int) -> str:
    """The line holding the meeting when it is a heading (short, no full stop), else ""; the part that
    reports on the rectification names last year's meeting in its own heading (一、2023年度民主生活会查摆问题
    整改落实情况 in a 2025年度 material: round r19)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line if len(line) <= _HEADING_MAX and "。" not in line else ""


def _context(text: str, at: int) -> tuple[str, str]:
    """The paragraph before `at`, and the heading line over it (a short line without a full stop)."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    k = line_start - 1
    while k > 0:
        prev_start = text.rfind("\n", 0, k) + 1
        line = text[prev_start:k].strip()
        if line:
            heading = line if len(line) <= _HEADING_MAX and "。" not in line else ""
            return before, heading
        k = prev_start - 1
    return before, ""


@code_rule(
    "R134",
    "meeting-year-named",
    "residue",
    "warning",
    "“{match}”与本材料的年度（{year}年度）不符：{what}，疑似照搬往年材料后年份未改",
    "年度材料说“此次××年度民主生活会”，年份应是材料的年度；回顾上年度整改的部分，说的应是上一年度的会，"
    "早两年以上多半是把往年材料的整改情况原样抄了过来。",
    bad=[
        # the team's closing; another year's meeting followed as this one's (round r28)
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度")
        + "\n以上是交通运输局领导班子[2024年度民主生活会]对照检查，请同志们批评指正。",
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，对照[2024年度民主生活会确定的“四个带头”]要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "（一）强化理论学习。", "（一）强化理论学习。以此次[2024年度民主生活会]为契机，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，",
            "关于上年度问题整改情况。在[2023年度民主生活会]上，我查摆了4个问题。按照县委要求，",
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "一、存在的问题",
            "一、[2023年度民主生活会]查摆问题整改落实情况\n查摆的4个问题已整改3个。\n二、存在的问题",
        ),
        # the closing names another year's meeting as this material (r27, residue27)
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度")
        + "\n以上是我[2024年度民主生活会]的对照检查材料，请同志们批评指正。",
    ],
    good=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，对照2024年度民主生活会确定的整改措施逐项落实，"
        ),
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度")
        + "\n以上是我2025年度民主生活会的对照检查材料，请同志们批评指正。",
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "一、存在的问题",
            "一、2024年度民主生活会查摆问题整改落实情况\n查摆的4个问题已整改3个。\n二、存在的问题",
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "（一）强化理论学习。", "（一）强化理论学习。以此次2025年度民主生活会为契机，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，",
            "关于上年度问题整改情况。在2024年度民主生活会上，我查摆了4个问题。按照县委要求，",
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，对照2023年度民主生活会以来查摆的问题逐项整改，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "一、存在的问题",
            "一、2024年度民主生活会查摆问题整改落实情况\n2023年度民主生活会查摆的1个问题也已销号。\n二、存在的问题",
        ),
    ],
)
def meeting_year_named(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    title = ctx.outline.title
    if _TITLE_YEAR.search(title) is None:
        return  # the year guessed from the framework alone is no ground to correct the writer's own
    year = material_year(ctx)
    if year is None:
        return
    text = ctx.text
    body = ctx.outline.title_end
    for m in _THIS_YEAR_MEETING.finditer(text, body):
        named = int(m.group("year"))
        if named != year:
            fixed = str(year) + m.group()[m.start("year") - m.start() + 4 :]
            yield rule.finding(
                text,
                m.start("year"),
                m.end(),
                (fixed,),
                year=year,
                what="这次会议的年度写成了别的年份",
            )
    yield from _followed_meeting(ctx, rule, year)
    if _ANNUAL.search(title) is None or _CAMPAIGN_TITLE.search(title):
        return  # a 专题 meeting has no 上年度 of its own
    last = f"{year - 1}年度"
    for m in _YEAR_MEETING.finditer(text, body):
        named = int(m.group("year"))
        if named >= year - 1 or text.startswith("以来", m.end()):
            continue
        start = _sentence_start(text, m.start())
        end = min((k for c in "。；\n" if (k := text.find(c, m.end())) >= 0), default=len(text))
        if _LAST_ONE.search(text, start, end):
            continue  # R128's: the sentence itself says 上年度
        paragraph, heading = _context(text, m.start())
        own_line = _own_heading(text, m.start(), m.end())
        if (
            not own_line
            and re.search(last + r"[^\n]{0,8}?(?:民主生活会|组织生活会)", heading)
            and _BESIDE.search(text, start, end)
        ):
            continue  # under a heading naming last year's meeting, an older one named besides it (也, 此外)
        if not (
            any(_LAST_ONE.search(s) or (last in s and "整改" in s) for s in (paragraph, heading))
            or _RECTIFIED.search(own_line)
        ):
            continue
        yield rule.finding(
            text,
            m.start(),
            m.end(),
            (last + m.group()[6:],),
            year=year,
            what=f"回顾的上一次会议应是{last}的",
        )


def _followed_meeting(ctx: ReviewContext, rule: Rule, year: int) -> Iterator[Finding]:
    """对照2024年度民主生活会确定的“四个带头”要求 in a 2025 material: the year, and the count of aspects as the
    text's other count of them says it (围绕“五个带头”的要求) when it says one only (round r28)."""
    text = ctx.text
    for m in _FOLLOWED_MEETING.finditer(text, ctx.outline.title_end):
        if int(m.group("year")) == year:
            continue
        fixed = str(year) + text[m.end("year") : m.end("what")]
        count = _COUNTED_ASPECTS.search(m.group("what"))
        if count:
            others = {
                c.group(1)
                for c in _COUNTED_ASPECTS.finditer(text)
                if c.group(2) == count.group(2) and not m.start() <= c.start() < m.end()
            }
            if len(others) == 1 and count.group(1) not in others:
                fixed = fixed.replace(count.group(1) + "个", others.pop() + "个", 1)
        yield rule.finding(
            text, m.start("year"), m.end("what"), (fixed,), year=year, what="对照的应是本次会议的要求"
        )
