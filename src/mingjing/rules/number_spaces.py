"""Spaces around a number against the document's own habit (P139): a material that writes its figures
close to the words (全年调研21次) once writes `启动了 12 个项目`, a space left from a PDF or a web page.
Whether figures take spaces is a house style (many Word materials space every figure, and that is not
flagged): only a document whose figures are nearly all written close, with one or two spaced on both
sides, is reported."""

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

_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
_SPACES = " \u3000\u00a0"
_SPACED = re.compile("[ \u3000\u00a0]\\d")
_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")
MIN_CLOSE = 3  # figures written close: enough to be the document's habit
CLOSE_PER_SPACED = 5  # at least five close for each one spaced
MAX_SPACED = 2


@code_rule(
    "P139",
    "spaced-figure",
    "punctuation",
    "warning",
    "数字“{number}”前后多了空格：全文其他数字都紧挨着文字写",
    "数字和汉字之间是否空一格是文稿的统一格式；全文的数字都紧挨文字、只有一两处前后各有空格时，"
    "多是从网页或PDF复制时留下的，应删去。全文都空格的不提示。",
    bad=[
        variant("全年到基层调研21次，", "全年到基层调研[ 21 ]次，"),
    ],
    good=[
        GOOD,
        variant(
            "全县“智慧交通”平台建设滞后计划2个月，",
            "全县“智慧交通”平台建设滞后计划 2 个月，启动了 12 个项目，完成 3 项，",
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查。\n第 1 页 共 2 页"),  # a page footer
    ],
)
def spaced_figure(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if _SPACED.search(text) is None:
        return  # no figure after a space: nothing to count
    close = 0
    spaced: list[tuple[int, int, str]] = []
    for m in _FIGURE.finditer(text):
        start, end = m.span()
        left, right = start, end
        while left > 0 and text[left - 1] in _SPACES:
            left -= 1
        while right < len(text) and text[right] in _SPACES:
            right += 1
        if not (left > 0 and _chinese(text[left - 1]) and right < len(text) and _chinese(text[right])):
            continue  # a figure between Chinese characters only
        if left < start and right > end:
            if _in_sentence(text, left, right):
                spaced.append((left, right, m.group()))
        elif left == start and right == end:
            close += 1
    if not spaced or len(spaced) > MAX_SPACED or close < max(MIN_CLOSE, CLOSE_PER_SPACED * len(spaced)):
        return
    for left, right, number in spaced:
        yield rule.finding(text, left, right, (number,), number=number)


def _in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the line holding text[start:end] is running text (it has a comma or a full stop): a page
    footer (第 1 页 共 2 页) or a page's counters (阅读 3560 分享) are not, and are residue to delete."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _CLAUSE_MARK.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


def _chinese(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"
