"""A point's heading word run into its text with no mark (P141): `1、形式主义在具体工作中，还存在…`
reads as one sentence whose subject is 形式主义, but the words after the locative phrase (还存在…的
现象) have a subject of their own: the heading word (the 四风 names, a part's name) needs a colon or
full stop after it. Only a heading word at the start of a numbered line, followed at once by a fronted
在…中/上 phrase and a comma, is reported.

P215 (r25): a run-in heading closed by ； (`（二）在政治素质方面；作为…`) where the document's other run-in headings of
the same label kind close by 。 (or ：): the semicolon parts clauses of a sentence and closes no heading. r28: an
aspect's heading in the packs' long wording, quotes and 、 in it, closing on 方面 (`（三）在带头贯彻落实党中央决策部署方面；`)
is read too, and is a sister of the others."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.numerals import parse_chinese_number
from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_LABEL = r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d)|[①-⑳])"
_HEADING_WORD = r"(?:形式主义|官僚主义|享乐主义|奢靡之风|存在的?问题|问题表现|主要表现|原因分析|整改措施)"
_RUN_IN = re.compile(
    r"(?m)^[ \t\u3000]*"
    + _LABEL
    + r"[ \t\u3000]*(?P<word>"
    + _HEADING_WORD
    + r")(?=在[^，,。；;：:\n]{1,10}[中上里][，,])"
)


@code_rule(
    "P141",
    "heading-word-run-in",
    "punctuation",
    "warning",
    "小标题“{match}”后面缺少标点，和正文连成了一句：应加“：”或“。”",
    "“1、形式主义在具体工作中，还存在……的现象”里，“形式主义”是这一条的小标题，后面的“在……中，还存在……”"
    "另有主语，两者之间要用冒号或句号隔开，否则读成“形式主义……还存在……”一句。"
    "只在编号行开头的小标题词（四风名称、部分名称）后面紧跟“在……中/上，”时提示。",
    bad=[
        variant("一是学得不够深。比如，", "\n1、[形式主义]在具体工作中，还存在重形式轻内容的现象。比如，"),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。比如，", "\n1、形式主义：在具体工作中，还存在重形式轻内容的现象。比如，"),
        variant("一是学得不够深。比如，", "\n1、形式主义在一些工作中依然存在。比如，"),
    ],
)
def heading_word_run_in(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _RUN_IN.finditer(text):
        yield rule.finding(text, m.start("word"), m.end("word"), (m.group("word") + "：",))


# r25: a run-in heading (label, a short title, its mark, the text on the same line): （二）在政治素质方面；作为…
_RUN_IN_TITLE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<label>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.．、](?!\d))"
    r"[ \t\u3000]*(?:[^\n。；;，,：:、！？!?“”《》（）()]{2,16}"
    # r28: an aspect's heading of the packs' long wording, quotes and 、 in it (（一）在带头深刻领悟“两个确立”的决定性意义方面),
    # told by its closing 方面: no sentence of a point ends there before its own text
    r"|[^\n。；;，,：:！？!?（）()]{2,40}?方面)(?P<mark>[。；;：:])(?=[ \t\u3000]*[^\s])"
    # the next item's label after the mark: one line listing short items (（一）加强学习；（二）深入基层；), no heading
    r"(?![ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、](?!\d)))"
)
MIN_SISTERS = 2  # run-in headings of the same label kind closed by one mark: the document's habit


def _label_kind(label: str) -> str:
    if label[0] in "（(":
        return "paren"
    return "digit" if label[0].isdigit() else "han"


def run_in_headings_closed_by_semicolon(text: str) -> Iterator[tuple[int, str]]:
    """(offset, the sisters' mark) of each run-in heading closed by ；where at least two run-in headings of its
    series (its label kind, counting on) are closed by one mark, 。 or ：, and none other by ；."""
    if "；" not in text and ";" not in text:
        return
    # the run-in headings of one series: a label of each kind that does not count on (back at 一, or lower than the
    # last) opens a new series
    series: list[list[tuple[int, str]]] = []
    current: dict[str, list[tuple[int, str]]] = {}
    last: dict[str, int] = {}
    for m in _RUN_IN_TITLE.finditer(text):
        kind = _label_kind(m.group("label"))
        digits = m.group("label").strip("（()）、.． \t\u3000")
        value = int(digits) if digits.isdigit() else (parse_chinese_number(digits) or 0)
        if kind not in current or value <= last[kind]:
            current[kind] = []
            series.append(current[kind])
        last[kind] = value
        current[kind].append((m.start("mark"), m.group("mark")))
    for marks in series:
        odd = [at for at, mark in marks if mark in "；;"]
        others = Counter("。" if mark == "。" else "：" for _at, mark in marks if mark not in "；;")
        if len(odd) != 1 or not others:
            continue
        ((mark, count),) = others.most_common(1)
        if count >= MIN_SISTERS and count == sum(others.values()):
            yield odd[0], mark


@code_rule(
    "P215",
    "run-in-heading-closed-by-semicolon",
    "punctuation",
    "warning",
    "小标题后面用了“{match}”，同级的其他小标题都用“{suggestion}”隔开正文：应为“{suggestion}”",
    "“（二）在政治素质方面；作为……”里，“在政治素质方面”是接排在正文前的小标题，小标题末尾用句号（或冒号）与正文隔开，"
    "分号表示句内并列分句之间的停顿，不用来结束标题（GB/T 15834-2011）。只在同级的其他接排小标题（至少两个）都用同一种"
    "标点、只有这一个用分号时提示；单独成行的标题末尾的分号由 P129 提示。",
    bad=[
        variant(
            "一是学得不够深。比如，",
            "\n（一）在理论学习方面。我学得不够深。\n（二）在联系群众方面[；]我下村不多。\n（三）在廉洁自律方面。我要求不严。\n比如，",
        ),
        # r28: the packs' long aspect headings, quotes and 、 in them
        variant(
            "一是学得不够深。比如，",
            "\n（一）在带头深刻领悟“两个确立”的决定性意义方面。我学得不够深。"
            "\n（二）在带头贯彻落实党中央决策部署、推动高质量发展方面[；]我下村不多。"
            "\n（三）在带头落实全面从严治党政治责任方面。我要求不严。\n比如，",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，",
            "\n（一）在理论学习方面。我学得不够深。\n（二）在联系群众方面。我下村不多。\n（三）在廉洁自律方面。我要求不严。\n比如，",
        ),
        variant(
            "一是学得不够深。比如，",
            "\n（一）加强学习；（二）深入基层；（三）严于律己；\n（一）在理论学习方面。我学得不够深。\n比如，",
        ),
    ],
)
def run_in_heading_closed_by_semicolon(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at, mark in run_in_headings_closed_by_semicolon(text):
        yield rule.finding(text, at, at + 1, (mark,))
