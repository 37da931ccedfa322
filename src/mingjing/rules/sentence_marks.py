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
from mingjing.rules.heading_endings import P129_LINE
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
        variant("（二）在政治素质方面。一是", "（二）在政治素质方面，\n一是"),  # P129's
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
            if P129_LINE.match(text, text.rfind("\n", 0, end - 1) + 1, end):
                continue  # a labelled heading on its own line: P129 tells that comma
            yield rule.finding(text, end - 1, end, ("。",))


def _label_kind(text: str, at: int) -> str | None:
    """The kind of the point label opening text at `at`: 'shi' (一是), 'paren' ((一)), 'dun' (一、),
    'digit' (1.), 'di' (第一), None when no label opens there."""
    m = _OPENS_HEADING.match(text, at)
    if m is None:
        return None
    label = m.group().strip(" \t\u3000")
    if label.startswith("第"):
        return "di"
    if label[0] in "（(":
        return "paren"
    if label[0].isdigit():
        return "digit"
    return "shi" if label.endswith("是") else "dun"


_INLINE_KINDS = {
    "shi": re.compile(r"[一二三四五六七八九十]+是"),
    "paren": re.compile(r"[（(][一二三四五六七八九十\d]+[)）]"),
    "digit": re.compile(r"(?<![\d.])\d{1,2}[、.．](?!\d)"),
    "di": re.compile(r"第[一二三四五六七八九十]+[、，,]"),
    "dun": re.compile(r"(?<![一二三四五六七八九十第])[一二三四五六七八九十]+、"),
}


def _last_label_kind(text: str, start: int, end: int) -> str | None:
    """The kind of the last point label in text[start:end] (the series a final mark closes)."""
    last: tuple[int, str | None] = (-1, _label_kind(text, start))
    for kind, pattern in _INLINE_KINDS.items():
        for m in pattern.finditer(text, start, end):
            if m.start() > last[0]:
                last = (m.start(), kind)
    return last[1]


@code_rule(
    "P158",
    "paragraph-ends-on-semicolon",
    "punctuation",
    "warning",
    "段落以“{match}”结尾，下一段另起一部分：一组分项的最后一项后应为“。”",
    "分项之间用分号，最后一项后面用句号。一段以分号结尾、下一段却换了另一种序号另起一部分"
    "（这一段是“一是……”，下一段是“（三）”），这一组分项已经说完，段末的分号应为句号。"
    "下一段接着同一种序号（一是……；换行二是……）时不提示，标题行的分号另由 P129 提示。",
    bad=[
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深；二是研讨发言多引用文件原文[；]",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深；\n二是研讨发言多引用文件原文。",
        ),
    ],
)
def paragraph_ends_on_semicolon(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    paragraphs = ctx.outline.document.paragraphs
    for p, nxt in zip(paragraphs, paragraphs[1:], strict=False):
        if p.in_table or nxt.in_table:
            continue
        end = p.end
        while end > p.start and text[end - 1] in _SPACE:
            end -= 1
        if end <= p.start or text[end - 1] not in "；;":
            continue
        if not any(c in "，。；,;" for c in text[p.start : end - 1]):
            continue  # a heading closed by a semicolon (P129's case), not the last point of a text
        following = _label_kind(text, nxt.start)
        if following is None:
            continue
        if _last_label_kind(text, p.start, end) == following:
            continue  # the next paragraph goes on with the series this one ends in
        yield rule.finding(text, end - 1, end, ("。",))
