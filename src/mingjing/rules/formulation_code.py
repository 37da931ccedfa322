"""Formulations that depend on the year: studying a Party congress's spirit after the next one was
held (党的十九大精神 in a material for 2022年度 or later, when 党的二十大 was held in October 2022)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# (congress, year after which materials should name the next one, the next one)
CONGRESSES = (("十八大", 2017, "十九大"), ("十九大", 2022, "二十大"))
_STUDY = r"(?:学习贯彻|学习宣传贯彻|贯彻落实|学习领会|深入学习|学习|贯彻)"


@code_rule(
    "F201",
    "outdated-congress",
    "formulation",
    "warning",
    "“{match}”已经过时：{year}年度的材料应学习贯彻党的{current}精神",
    "党的二十大（2022年10月）之后，学习贯彻的是党的二十大精神；照搬往年材料时常常忘了改。",
    bad=[
        GOOD.replace(
            "按照县委要求，我认真学习《习近平著作选读》", "按照县委要求，我认真[学习贯彻党的十九大精神]"
        )
    ],
    good=[
        GOOD.replace(
            "按照县委要求，我认真学习《习近平著作选读》", "按照县委要求，我认真学习贯彻党的二十大精神"
        ),
        GOOD + "\n党的十九大以来，我县交通事业取得长足发展。",
    ],
)
def outdated_congress(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw = ctx.framework
    if fw is None or fw.year is None:
        return
    for old, since, current in CONGRESSES:
        if fw.year < since:
            continue
        for m in re.finditer(
            _STUDY + r"(?:党的)?" + old + r"(?:和" + old[:2] + r"届历次全会)?精神", ctx.text
        ):
            yield rule.finding(
                ctx.text,
                m.start(),
                m.end(),
                (m.group().replace(old, current),),
                year=fw.year,
                current=current,
            )


# a congress whose number reads like a later one's with two characters swapped (十二大 for 二十大)
SWAPPED_CONGRESSES = (("十二大", "二十大", 2022),)


@code_rule(
    "F202",
    "swapped-congress-number",
    "formulation",
    "error",
    "“{match}”疑为“{suggestion}”：{year}年度的材料学习的是党的{current}报告和精神，党的{old}是1982年召开的",
    "“二十大”打成“十二大”是两个字颠倒，意思差了四十年；在党的二十大之后的材料里，学习“十二大报告”“十二大精神”几乎都是笔误。",
    bad=[
        GOOD.replace(
            "按照县委要求，我认真学习《习近平著作选读》", "按照县委要求，我认真学习了党的[十二大]报告"
        )
    ],
    good=[
        GOOD.replace(
            "按照县委要求，我认真学习《习近平著作选读》", "按照县委要求，我认真学习了党的二十大报告"
        ),
        GOOD + "\n党的十二大提出建设有中国特色的社会主义，我在党史学习中做了笔记。",
    ],
)
def swapped_congress_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw = ctx.framework
    if fw is None or fw.year is None:
        return
    for old, current, since in SWAPPED_CONGRESSES:
        if fw.year < since:
            continue
        for m in re.finditer(
            r"(?<=党的)" + old + r"(?=(?:报告|精神|和二十届|胜利召开|以来党中央))", ctx.text
        ):
            yield rule.finding(
                ctx.text, m.start(), m.end(), (current,), year=fw.year, current=current, old=old
            )


# Wordings the Party changed at a congress (round r24): (the old wording, the current one, the first year
# whose materials must write the current one, the congress that changed it). 打铁还需自身硬 was said at the
# Standing Committee's press meeting of 2012-11-15; the report to the 19th congress (2017-10-18) writes
# 打铁必须自身硬, as every document since. The principal contradiction was restated by the same report.
UPDATED_WORDINGS = (
    ("打铁还需自身硬", "打铁必须自身硬", 2018, "党的十九大"),
    (
        "人民日益增长的物质文化需要同落后的社会生产之间的矛盾",
        "人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾",
        2018,
        "党的十九大",
    ),
)
_YEAR = re.compile(r"(20\d{2})\s*年")
# a material that names the 19th congress or a later one, or the Thought, was written after the change
_AFTER_19TH = re.compile(r"十九大|二十大|十九届|二十届|新时代中国特色社会主义思想")
# the sentence cites the old wording as said then (2012年…提出“打铁还需自身硬”), or tells of the change
_CITED = re.compile(r"十八大|十八届|2012年|转化|转变|已经从")
_SENTENCE_END = "。！？；\n"


def _written_after(ctx: ReviewContext, since: int) -> int | None:
    """The material's year when it is `since` or later (the year its title names, its framework's year,
    else the latest year its text writes), or `since` itself when it names the 19th congress or a later
    one; None when nothing shows it was written after the change."""
    years = [int(y) for y in _YEAR.findall(ctx.outline.title)]
    fw = ctx.framework
    if not years and fw is not None and fw.year is not None:
        years = [fw.year]
    if not years:
        years = [int(y) for y in _YEAR.findall(ctx.text)]
    year = max(years, default=0)
    if year >= since:
        return year
    if (not years or year == since - 1) and _AFTER_19TH.search(ctx.text):
        return since  # 2017年度 (its meeting held after the congress of October 2017), or no year at all
    return None


@code_rule(
    "F232",
    "wording-changed-since",
    "formulation",
    "warning",
    "“{match}”是旧的说法：{congress}以来的规范表述为“{suggestion}”",
    "有些提法在党的代表大会上改了措辞，此后的文件都用新的说法：“打铁还需自身硬”在党的十九大报告中改为"
    "“打铁必须自身硬”，社会主要矛盾也在党的十九大改了表述。材料的年度（标题、框架或正文写的年份）在改动之后，"
    "仍写旧的说法，多半是照搬了老材料；引述当年原话（写明党的十八大、2012年）或讲主要矛盾转化的句子不提示。",
    bad=[
        variant("一是学得不够深。", "一是[打铁还需自身硬]的认识不够深。"),
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料", "班子以案促改专题民主生活会对照检查材料"
        )
        .replace("比如，2023年", "比如，2025年")
        .replace("一是学得不够深。", "一是[打铁还需自身硬]的认识不够深。"),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。", "一是打铁必须自身硬的认识不够深。"),
        variant("一是学得不够深。", "一是对党的十八大后提出的“打铁还需自身硬”认识不够深。"),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2016年度")
        .replace("2023", "2016")
        .replace("一是学得不够深。", "一是打铁还需自身硬的认识不够深。"),
    ],
)
def wording_changed_since(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for old, current, since, congress in UPDATED_WORDINGS:
        at = text.find(old)
        if at < 0:
            continue
        if _written_after(ctx, since) is None:
            continue
        while at >= 0:
            lo = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
            hi = min((k for k in (text.find(c, at) for c in _SENTENCE_END) if k >= 0), default=len(text))
            if not _CITED.search(text, lo, hi):
                yield rule.finding(text, at, at + len(old), (current,), congress=congress)
            at = text.find(old, at + len(old))
