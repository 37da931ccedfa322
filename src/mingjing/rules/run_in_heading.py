"""A point's heading word run into its text with no mark (P141): `1、形式主义在具体工作中，还存在…`
reads as one sentence whose subject is 形式主义, but the words after the locative phrase (还存在…的
现象) have a subject of their own: the heading word (the 四风 names, a part's name) needs a colon or
full stop after it. Only a heading word at the start of a numbered line, followed at once by a fronted
在…中/上 phrase and a comma, is reported."""

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
