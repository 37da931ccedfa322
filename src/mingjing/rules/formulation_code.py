"""Formulations that depend on the year: studying a Party congress's spirit after the next one was
held (党的十九大精神 in a material for 2022年度 or later, when 党的二十大 was held in October 2022)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.sample import GOOD

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
