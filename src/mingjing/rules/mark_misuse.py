"""Marks standing where another belongs (P186–P188).

- P186: a bracket pair of two widths (`（全年计划12项，完成7项)`, `(含2家)）`): an opening bracket whose
  first closing bracket on the same line, with no other opening between, is of the other width. Only
  the odd half is flagged; P103 reads pairs of half-width brackets.
- P187: 书名号 around what is no title (GB/T 15834-2011 4.15): a numbered abbreviation (`《三会一课》`,
  `《两学一做》`, `《四个意识》`: two runs each opened by a Chinese numeral, or a numeral with 个) or a
  slogan named as a 理念/口号 (`《绿水青山就是金山银山》理念`); they take quotation marks.
- P188: 首先、 其次、 再次、 最后、 opening a point inside a paragraph: these ordinal adverbs take a
  comma; the 顿号 belongs to 一、 二、 (P159 reads 第一、).
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

_BRACKETS = re.compile(r"[（）()\n]")
_OTHER = {"（": ")", "(": "）"}
_FIT = {"（": "）", "(": ")"}
_TITLED = re.compile(r"《([^《》\n]{2,16})》")
_NUM = "一二三四五六七八九十两"
_NUMBERED = re.compile(rf"^(?:[{_NUM}][\u4e00-\u9fff]{{1,3}}[{_NUM}][\u4e00-\u9fff]{{1,3}}|[{_NUM}]个[\u4e00-\u9fff]{{2,4}})$")
_NAMED_AS = ("理念", "口号", "标语")
_ORDINAL_ADVERB = re.compile(r"(首先|其次|再次|最后)、")
_POINT_START = frozenset("。；：！？\n")


def mixed_bracket_pairs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, the fitting bracket) of every closing bracket of the other width than its opening."""
    opening: tuple[int, str] | None = None
    for m in _BRACKETS.finditer(text):
        mark = m.group()
        if mark == "\n":
            opening = None
        elif mark in _FIT:
            opening = (m.start(), mark)
        elif opening is not None:
            if mark == _OTHER[opening[1]]:
                yield m.start(), _FIT[opening[1]]
            opening = None


@code_rule(
    "P186",
    "bracket-pair-of-two-widths",
    "punctuation",
    "warning",
    "括号前后半不一致：前半是“{opening}”，后半却是“{match}”，应为“{suggestion}”",
    "一对括号的前后两半要用同一种形式；中文行文用全角括号“（）”。前半全角、后半半角（或反过来），"
    "是输入法中途切换了状态。",
    bad=[variant("征求意见建议23条", "征求意见建议23条（其中书面意见9条[)]")],
    good=[GOOD, variant("征求意见建议23条", "征求意见建议23条（其中书面意见9条）")],
)
def bracket_pair_of_two_widths(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if ")" not in text and "(" not in text:
        return
    for at, fit in mixed_bracket_pairs(text):
        yield rule.finding(text, at, at + 1, (fit,), opening="（" if fit == "）" else "(")


def untitled_in_title_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the name in quotation marks) of every numbered abbreviation or slogan in 书名号."""
    for m in _TITLED.finditer(text):
        inner = m.group(1)
        if _NUMBERED.match(inner) or text.startswith(_NAMED_AS, m.end()):
            yield m.start(), m.end(), f"“{inner}”"


@code_rule(
    "P187",
    "abbreviation-in-title-marks",
    "punctuation",
    "warning",
    "“{match}”不是书名，书名号只标书籍、文件、报刊、文章等的名称，这里应用引号：“{suggestion}”",
    "GB/T 15834-2011：书名号标示书名、篇名、报刊名、文件名等。“三会一课”“两学一做”“四个意识”这类数字"
    "缩略语，以及称作“理念”“口号”的提法，不是作品或文件的名称，应加引号，不用书名号。",
    bad=[
        variant("通过座谈会、个别访谈", "落实[《三会一课》]制度，通过座谈会、个别访谈"),
        variant("通过座谈会、个别访谈", "践行[《人民至上》]理念，通过座谈会、个别访谈"),
    ],
    good=[
        GOOD,
        variant("通过座谈会、个别访谈", "落实“三会一课”制度，学习《三国志》和《十九大报告辅导读本》，通过座谈会、个别访谈"),
    ],
)
def abbreviation_in_title_marks(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "《" not in text:
        return
    for start, end, quoted in untitled_in_title_marks(text):
        yield rule.finding(text, start, end, (quoted,))


@code_rule(
    "P188",
    "ordinal-adverb-with-dunhao",
    "punctuation",
    "warning",
    "“{match}”后不用顿号，应为“{suggestion}”",
    "“首先、其次、再次、最后”是表示次序的词语，后面停顿用逗号；顿号用在“一、二、”这类序号之后。",
    bad=[variant("一是学得不够深。", "一是学得不够深。[首先、]")],
    good=[GOOD, variant("一是学得不够深。", "一是学得不够深。首先，")],
)
def ordinal_adverb_with_dunhao(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _ORDINAL_ADVERB.finditer(text):
        at = m.start()
        if at and text[at - 1] not in _POINT_START:
            continue
        yield rule.finding(text, at, m.end(), (m.group(1) + "，",))
