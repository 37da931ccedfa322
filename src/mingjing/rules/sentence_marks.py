"""Punctuation by the sentence. Marks that are each right somewhere but wrong where they stand —
one separator of another kind in a series of points (一是…；二是…，三是…；), a paragraph that ends on
a comma before the next heading. The 顿号 and comma of a list are in list_marks.py.

Each rule was measured on all clean text before it was enabled (docs/review-real-errors.md)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.point_numbers import point_series
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

KINDS = {"；": "；", ";": "；", "。": "。", "，": "，", ",": "，"}
_SPACE = " \t\u3000"
MIN_OTHERS = 2  # the series' own separator seen at least twice: a habit, not a chance


def _separator(text: str, at: int) -> int | None:
    """The offset of the mark right before the point label at `at` (spaces skipped), None when the
    label opens a line (a paragraph break is no separator)."""
    k = at - 1
    while k >= 0 and text[k] in _SPACE:
        k -= 1
    if k < 0 or text[k] == "\n" or text[k] not in KINDS:
        return None
    return k


@code_rule(
    "P132",
    "series-separator",
    "punctuation",
    "warning",
    "“{match}”与同一组要点的分隔不一致：其余各点之间都用“{suggestion}”",
    "“一是……；二是……；三是……”这样写在一段里的要点，点与点之间用同一种标点。其余各点都用分号（或句号）、"
    "只有一处是逗号时，多是漏改或手误，读者会把两点读成一点。",
    bad=[
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深；二是读得不多，有畏难情绪[，]三是悟得不够透；四是用得不够活。比如，",
        ),
        variant("一是学得不够深。比如，", "一是学得不够深；二是读得不多[，]三是悟得不够透。比如，"),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深，二是读得不多，三是悟得不够透；四是用得不够活。比如，",
        ),
    ],
)
def series_separator(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for series in point_series(ctx, after_comma=True):
        marks = [k for at, _ in series[1:] if (k := _separator(text, at)) is not None]
        kinds = Counter(KINDS[text[k]] for k in marks)
        if kinds["，"] != 1 or len(kinds) != 2:
            continue
        ((other, count),) = [(kind, n) for kind, n in kinds.items() if kind != "，"]
        k = next(k for k in marks if KINDS[text[k]] == "，")
        if count < MIN_OTHERS and not (other == "；" and KINDS[text[marks[0]]] == "；" and k == marks[-1]):
            continue  # once is a habit only when the series opened with it and the comma comes last
        yield rule.finding(text, k, k + 1, (other,))


# the next paragraph opens a part, an item or a point: 二、 （二） 2. 二是 第二
_OPENS_HEADING = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[、，,])"
)


@code_rule(
    "P133",
    "paragraph-ends-on-comma",
    "punctuation",
    "warning",
    "段落以“{match}”结尾，下一段另起一部分：这里应为“。”",
    "段末用逗号，话没有说完，下一段却另起一个部分或条目，多是删改时丢了后半句或漏改标点。"
    "只看下一段以“二、”“（二）”“2.”“二是”等序号开头的段落，换行断开的长句不提示。",
    bad=[
        variant(
            "我更多依靠指挥部协调，亲自上门做工作只有1次。",
            "我更多依靠指挥部协调，亲自上门做工作只有1次[，]",
        ),
    ],
    good=[
        GOOD,
        variant("全年到基层调研21次，其中", "全年到基层调研21次，\n其中"),
    ],
)
def paragraph_ends_on_comma(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    paragraphs = ctx.outline.document.paragraphs
    for p, nxt in zip(paragraphs, paragraphs[1:], strict=False):
        if p.in_table or nxt.in_table:
            continue  # a table's cells are no paragraphs of running text
        end = p.end
        while end > p.start and text[end - 1] in _SPACE:
            end -= 1
        if end > p.start and text[end - 1] in "，," and _OPENS_HEADING.match(text, nxt.start):
            yield rule.finding(text, end - 1, end, ("。",))
