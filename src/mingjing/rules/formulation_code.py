"""Formulations that depend on the year: studying a Party congress's spirit after the next one was
held (党的十九大精神 in a material for 2022年度 or later, when 党的二十大 was held in October 2022)."""

from __future__ import annotations

import re

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD

# (congress, year after which materials should name the next one, the next one)
CONGRESSES = (("十八大", 2017, "十九大"), ("十九大", 2022, "二十大"))
_STUDY = r"(?:学习贯彻|学习宣传贯彻|贯彻落实|学习领会|深入学习|学习|贯彻)"


@code_rule("F201", "outdated-congress", "formulation", "warning",
           "“{match}”已经过时：{year}年度的材料应学习贯彻党的{current}精神",
           "党的二十大（2022年10月）之后，学习贯彻的是党的二十大精神；照搬往年材料时常常忘了改。",
           bad=[GOOD.replace("按照县委要求，我认真学习《习近平著作选读》", "按照县委要求，我认真[学习贯彻党的十九大精神]")],
           good=[GOOD.replace("按照县委要求，我认真学习《习近平著作选读》", "按照县委要求，我认真学习贯彻党的二十大精神"),
                 GOOD + "\n党的十九大以来，我县交通事业取得长足发展。"])
def outdated_congress(ctx, rule):
    fw = ctx.framework
    if fw is None or fw.year is None:
        return
    for old, since, current in CONGRESSES:
        if fw.year < since:
            continue
        for m in re.finditer(_STUDY + r"(?:党的)?" + old + r"(?:和" + old[:2] + r"届历次全会)?精神", ctx.text):
            yield rule.finding(ctx.text, m.start(), m.end(), (m.group().replace(old, current),), year=fw.year,
                               current=current)
