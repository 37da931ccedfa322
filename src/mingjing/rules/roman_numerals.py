"""Latin capitals standing for Roman numerals in a level or class (P152): `全省I级响应启动后` — a
response level, a class or a grade is numbered with the Roman numerals of the character set (Ⅰ级, Ⅱ类,
Ⅲ期), not with the letters I, V and X.

Only I, II, III and IV between Chinese characters (or after a Chinese character) and right before
级, 类 or 期 are such numerals; masks (X级) and model names (V型) stay quiet.
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

# (the lookbehind after the first I, the rest tried in the same order: III, II, IV, I)
_LATIN_ROMAN = re.compile(r"(I(?<=[\u4e00-\u9fff“（]I)(?:II|I|V)?)(?=[级类期])")
_ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ"}


@code_rule(
    "P152",
    "latin-letters-for-roman-numeral",
    "punctuation",
    "warning",
    "“{match}”是拉丁字母，表示等级、类别的罗马数字应为“{suggestion}”",
    "应急响应级别、类别、期数用罗马数字（Ⅰ级、Ⅱ类、Ⅲ期）时，要用罗马数字字符，不用拉丁字母 I、V、X 拼写；"
    "拉丁字母在宋体里和“1”“l”难以分辨。只在汉字后面、“级/类/期”前面的 I、II、III、IV 提示。",
    bad=[variant("我两天后才安排核查。", "我两天后才安排核查，全省[I]级响应启动后仍未到岗。")],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，全省Ⅰ级响应启动后，V型车道和X级路段都已封闭。"),
    ],
)
def latin_letters_for_roman_numeral(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "I" not in text:
        return
    for m in _LATIN_ROMAN.finditer(text):
        yield rule.finding(text, m.start(), m.end(), (_ROMAN[m.group()],))
