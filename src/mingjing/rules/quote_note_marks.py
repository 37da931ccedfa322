"""Where the end mark stands around a quotation or a note (P190, P191; GB/T 15834-2011 4.1, 4.9).

- P190: a whole sentence quoted after a colon (`群众反映：“…，…”`) keeps its own end mark inside the closing
  quotation mark (`……太麻烦。”`); written outside (`……太麻烦”。`) the quotation reads as a phrase of the
  sentence, which it is not. Only a quotation of a clause or more is read: it holds a comma or semicolon,
  or runs to 12 characters; a short slogan after a colon (`目标是：“三年见成效”。`) stays quiet, and a
  quotation already closed by its own mark is P174's (`！”。`).
- P191: a note in brackets after the full stop of the sentence it glosses, with the sentence going on after
  it (`走访居民316户。（其中独居老人42户）共征集`): a note on a word stands right after the word, before
  the full stop (句内括号); a note on the whole sentence after the full stop carries its own end mark
  inside (句外括号). Serial labels `（2）`, `（三）` that open the next point stay quiet.
- P193: the reverse of P190: a short phrase quoted as a part of the sentence (the object of 做到, 实现,
  坚持: `做到“应办尽办。”`), with the sentence's full stop inside the closing quotation mark. The quotation
  follows a Chinese character (no colon), holds no mark of its own and runs to 12 characters; after a verb
  of saying (说, 问, 表示, 指出…) it may be a whole sentence quoted and stays quiet, and so does one that
  的 or 等 follows (P169's) or a mark (P174's `。”。`).
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

_HAN = "\u4e00-\u9fff"
_QUOTED_AFTER_COLON = re.compile(r"(?<=[：:])“(?P<body>[^“”\n]{6,200}?)(?P<end>”。)")
_END_MARKS = "。！？…"
# a phrase quoted as the object of a verb, closed by the sentence's full stop inside the quotation mark
_PART_CLOSED_INSIDE = re.compile(
    rf"(?<=[{_HAN}])“(?P<body>[{_HAN}0-9A-Za-z%％·]{{2,12}})(?P<end>。”)(?![的等。！？，；：、”’）])"
)
# the verbs of saying after which a quotation may be a whole sentence even with no colon (他说“我来办。”)
_SAYING = re.compile(
    r"(?:说|道|问|讲|答|喊|称|叹|言|曰|表示|指出|强调|提出|认为|坦言|直言|写道|反映|感慨|感叹|回答|提醒|叮嘱|嘱咐)$"
)
_NOTE_AFTER_STOP = re.compile(
    rf"(?P<stop>。)（(?![一二三四五六七八九十0-9０-９]{{1,2}}）)(?P<note>[^（）()\n。！？]{{2,40}})）(?=[{_HAN}])"
)


def whole_quotes_closed_outside(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mend) of each `”。` closing a whole sentence quoted after a colon."""
    if "：“" not in text and ":“" not in text:
        return
    for m in _QUOTED_AFTER_COLON.finditer(text):
        body = m.group("body")
        if body[-1] in _END_MARKS:
            continue
        if "，" not in body and "；" not in body and len(body) < 12:
            continue
        yield m.start("end"), m.end("end"), "。”"


@code_rule(
    "P190",
    "whole-quote-stop-outside",
    "punctuation",
    "warning",
    "冒号后引用的是完整的一句话，句末点号应放在引号之内：“{match}”应为“{suggestion}”",
    "GB/T 15834-2011：引文完整并且独立使用（“某某说：”“群众反映：”之后引的整句话），句末点号放在引号之内"
    "（……太麻烦。”）；引文只作句子的一个成分时，点号才放在引号之外。冒号后较短的口号、提法不提示。",
    bad=[
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，有群众反映：“车是天天超载，就是没人来管[”。]",
        )
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，有群众反映：“车是天天超载，就是没人来管。”"),
        variant("我两天后才安排核查。", "我两天后才安排核查，目标是：“三天见成效”。"),
    ],
)
def whole_quote_stop_outside(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, mend in whole_quotes_closed_outside(text):
        yield rule.finding(text, start, end, (mend,))


def notes_after_stop(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mend) of each `。（note）` whose sentence goes on after the note."""
    if "。（" not in text:
        return
    for m in _NOTE_AFTER_STOP.finditer(text):
        if _DRAFT_NOTE.search(m.group("note")):
            continue  # r21: a note to the draft's writer (（此处补充典型案例）) is a leftover to delete (R106)
        yield m.start(), m.end(), f"（{m.group('note')}）。"


# r25: a note on the draft itself (（此段可删）, （本段酌情选用）) is such a leftover too
_DRAFT_NOTE = re.compile(
    r"此处|这里|补充|填写|填入|待|略|请|举例|列举|插入|注明|写明|完善|可删|删除|删去|此段|本段|酌情"
)


@code_rule(
    "P191",
    "note-after-full-stop",
    "punctuation",
    "warning",
    "括号里的注释放在了句号之后、后面又接着正文：“{match}”应为“{suggestion}”，或把注释紧贴在所注的词语后面",
    "GB/T 15834-2011 4.9：注释句子里某些词语的括号（句内括号）紧跟在被注释的词语之后、句末点号之前；"
    "注释整个句子的括号（句外括号）放在句末点号之后，括号内自带句末点号。句号后面的括注不带点号、又直接接着下一句，"
    "两种用法都不合。（2）（三）这类序号不提示；给起草人的批注（此处补充事例、此段可删）是要删去的残留，由 R106 提示。",
    bad=[
        variant(
            "通过座谈会、个别访谈征求意见建议23条，",
            "通过座谈会、个别访谈征求意见建议23条[。（其中书面意见9条）]",
        )
    ],
    good=[
        GOOD,
        variant(
            "通过座谈会、个别访谈征求意见建议23条，",
            "通过座谈会、个别访谈征求意见建议23条（其中书面意见9条），",
        ),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。（2）学得不够实。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。（此段可删）学得不够实。"),
    ],
)
def note_after_full_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, mend in notes_after_stop(text):
        yield rule.finding(text, start, end, (mend,))


def parts_closed_inside(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mend) of each `。”` closing a short quoted phrase that is part of its sentence."""
    if "。”" not in text:
        return
    for m in _PART_CLOSED_INSIDE.finditer(text):
        if _SAYING.search(text, max(0, m.start() - 4), m.start()):
            continue
        yield m.start("end"), m.end("end"), "”。"


@code_rule(
    "P193",
    "quoted-part-stop-inside",
    "punctuation",
    "warning",
    "引号里的词语只是句子的一个成分，句末点号应放在引号之外：“{match}”应为“{suggestion}”",
    "GB/T 15834-2011：引文只作句子的一个成分（做到“应办尽办”、实现“零投诉”），句末点号放在引号之外；"
    "只有完整引用一句话并独立使用（“某某说：”之后），句末点号才放在引号之内。“说、问、表示、指出”等"
    "之后的引语、引号里本身带标点的引语不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，没有做到“应办尽办[。”]"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有实现“零投诉[。”]群众仍有意见。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，没有做到“应办尽办”。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。他说“这件事我来办。”我们都记下了。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，群众反映：“车天天超载。”"),
    ],
)
def quoted_part_stop_inside(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, mend in parts_closed_inside(text):
        yield rule.finding(text, start, end, (mend,))
