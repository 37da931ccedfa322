"""A figure that a scan or a copy from PDF broke (T162): 1,2亿元 for 1.2亿元, 98. 6% for 98.6%, 20 24年
for 2024年.

A comma between figures groups thousands, and a thousands group has exactly three digits: 1,2亿元 or
3,45万元 cannot be grouping, so the comma stands for the point a scan misread (or a European
keyboard typed). A figure split by a space right after its point (98. 6%, 1. 5万元) is a line of a
PDF joined again, and so is a space among the digits before 年 or % where no thousands group of three
digits follows it (20 24年, 9 6.5%; 1 000人 is a group). They are read only where an amount follows (万, 亿, 元, %, a unit of measure), so
that lists such as 1,2号楼 and numbered lines (1. 2023年) stay silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# what follows an amount with a fraction: 万元, 亿元, %, 倍, units of measure
_AMOUNT = (
    r"(?=[万亿千百]|元|%|％|‰|倍|个百分点|米|千米|公里|平方|立方|吨|亩|公顷|小时|千瓦|度|[kKMmG][VWm]|kg)"
)
_COMMA = re.compile(r"(?<![\d,.，])(\d{1,3}),(\d{1,2})(?![\d,])" + _AMOUNT)
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])(\d+)\.[ \u00a0\u3000]+(\d{1,2})(?![\d.])" + _AMOUNT)
# a space inside the digits of a figure (20 24年, 9 6.5%): no thousands group (that has three digits)
_SPLIT = re.compile(r"(?<=[\u4e00-\u9fff，：、（])(\d{1,3})[ \u00a0](\d{1,2}(?:\.\d+)?)(?![\d.])(?=%|％|年)")


# what every match of the three holds (a digit, then a comma and a digit, a point and a space, or a space
# and a digit): one quick scan, where the patterns, opening with a lookbehind, try every place
_HINT = re.compile(r"\d(?:,\d|\.[ \u00a0\u3000]|[ \u00a0]\d)")


def broken_points(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the figure as meant) of every figure whose decimal point is a comma or spaced."""
    if _HINT.search(text) is None:
        return
    for pattern in (_COMMA, _SPACED):
        for m in pattern.finditer(text):
            yield m.start(), m.end(), f"{m.group(1)}.{m.group(2)}"
    for m in _SPLIT.finditer(text):
        yield m.start(), m.end(), m.group(1) + m.group(2)


@code_rule(
    "T162",
    "broken-decimal-point",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：数字被拆坏了（小数点识别成逗号，或从PDF复制时数字中混入空格）",
    "千分位的逗号后面必须正好三位数字，“1,2亿元”“3,45万元”不可能是分组，多半是扫描识别或外文键盘把"
    "小数点打成了逗号；“98. 6%”“20 24年”是PDF换行拼回时在数字中留下的空格。只在后面跟着金额、"
    "百分比、年份或计量单位时提示，“1,2号楼”这类列举、“1. ”开头的编号和三位一组的“1 000”不提示。",
    bad=[
        variant("征求意见建议23条", "征求意见建议23条，涉及资金1,5亿元"),
        variant("征求意见建议23条", "征求意见建议23条，办结率98. 6%"),
        variant("2023年7月网民", "20 23年7月网民"),
    ],
    good=[
        variant("征求意见建议23条", "征求意见建议23条，涉及资金1,500万元、1.5亿元，1,2号楼，办结率98.6%"),
    ],
)
def broken_decimal_point(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, meant in broken_points(ctx.text):
        yield rule.finding(ctx.text, start, end, (meant,))
