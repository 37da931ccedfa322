"""Paragraph breaks in the wrong place: a break inside a word (P119: 深 / 刻领会, kept from the line ends
of a PDF or web page) and a body paragraph that stops without its closing mark (P120: …发现以下几个
主要问题 with no ：or 。 before the next paragraph). Headings, numbered lines, point lines (一是…) and
the last paragraph (a truncated copy) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.parse.labels import match_label
from mingjing.read.rejoin import WORD_TAIL
from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stray_space import word_across

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_CJK = re.compile(r"[\u4e00-\u9fff]")
_POINT = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|首先|其次|再次|最后)")
_REACH = 4
_CAPTION = 8  # a line this short without any mark is a caption or subheading (汇报会现场)
_MARKS = re.compile(r"[，。、；：！？,.;:!?“”]")
_LEAD_IN = re.compile(r"如下|以下|下列|几个(?:方面|问题)|(?:主要|突出|存在的)问题$|具体表现为$|表现在$")


def _broken_word(before: str, after: str) -> str | None:
    """The dictionary word that runs from the end of `before` into the start of `after`, or None."""
    hit = word_across(before[-_REACH:], after[:_REACH])
    return hit[1] if hit is not None else None


def _pairs(ctx: ReviewContext) -> Iterator[tuple[int, int, str, str]]:
    """Neighbouring body paragraphs: (end of the first, start of the second, their texts)."""
    text = ctx.text
    paragraphs = [p for p in ctx.outline.document.paragraphs if p.end > p.start and not p.in_table]
    for a, b in zip(paragraphs, paragraphs[1:], strict=False):
        yield a.end, b.start, text[a.start : a.end].rstrip(), text[b.start : b.end].lstrip()
    for p in paragraphs:  # a word's tail the reader joined back to its line (`…政治热情退` / `化。`)
        offsets = [offset for offset, _ in p.pieces or ()]
        for before, at, after in zip(offsets, offsets[1:], [*offsets[2:], p.end - p.start], strict=False):
            tail = text[p.start + at : p.start + after]
            if WORD_TAIL.match(tail):
                yield p.start + at, p.start + at, text[p.start + before : p.start + at], tail


@code_rule(
    "P119",
    "break-inside-word",
    "punctuation",
    "warning",
    "“{broken}”被分段断开了，应连成“{suggestion}”",
    "从PDF或网页复制时，原来的行尾会变成段落，把一个词断在两段（“深 / 刻领会”“贯 / 彻”）。"
    "只在前一段不以标点结尾、两边的字连起来是一个词时提示。",
    bad=[variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对原著领会不[深\n刻]。")],
    good=[
        GOOD,
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文。\n支部学习现场\n会上，大家逐条对照检视。"
        ),
    ],
)
def break_inside_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for end, start, first, second in _pairs(ctx):
        if not first or not second or not _CJK.match(first[-1]) or not _CJK.match(second[0]):
            continue
        if len(first) <= 4 or (match_label(first) is not None and len(first) < 20):
            continue  # a heading line, not a sentence cut in two
        if len(first) <= _CAPTION and not _MARKS.search(first):
            continue  # 汇报会现场 / 会上，…: a caption or subheading line without a mark, not a wrapped line
        word = _broken_word(first, second)
        if word is None:
            continue
        cut = next(k for k in range(1, len(word)) if first.endswith(word[:k]) and second.startswith(word[k:]))
        s = text.rfind(first[-1], 0, end)
        broken = word[:cut] + "／" + word[cut:]
        yield rule.finding(text, s - cut + 1, start + len(word) - cut, (word,), broken=broken)


_FINAL = "。！？；：…”’）)》!?;:"


@code_rule(
    "P120",
    "paragraph-without-final-mark",
    "punctuation",
    "warning",
    "这一段没有以标点结束：“{match}”后应加“{mark}”",
    "正文段落（不是标题、编号行或“一是……”的要点行）要以句号、冒号等结束；"
    "引出下文的“……如下”“以下几个问题”后用冒号。只在下一段是编号行或要点行时提示"
    "（接着写的下一行多是PDF的换行）；最后一段不提示（可能是截取的片段）。",
    bad=[
        variant(
            "通过座谈会、个别访谈征求意见建议23条，与班子成员谈心谈话12人次。",
            "通过座谈会、个别访谈征求意见建议23条，与班子成员谈心谈话12人次，[发现以下几个主要问题]",
        )
    ],
    good=[GOOD],
)
def paragraph_without_final_mark(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for end, _start, first, second in _pairs(ctx):
        if not first or first[-1] in _FINAL or not _CJK.match(first[-1]):
            continue
        if match_label(second) is None and not _POINT.match(second):
            continue  # the sentence goes on in the next line (a PDF line end): P119's, or no error
        if ((match_label(first) is not None or _POINT.match(first)) and "。" not in first) or len(first) < 20:
            continue  # headings, numbered and point lines often stand without a mark
        if "，" not in first and "," not in first and "。" not in first:
            continue  # a title or a name line, not a sentence
        last = max(first.rfind(m) for m in "，,。；;")
        tail = first[last + 1 :]
        if not _LEAD_IN.search(tail):
            continue  # only a lead-in to the list below is sure to want its mark (：)
        mark = "："
        s = len(text[:end].rstrip()) - len(tail)
        yield rule.finding(text, s, s + len(tail), (tail + mark,), mark=mark)


_CUT_OFF = re.compile(
    r"[，,、](?:对于|关于|通过|按照|根据|围绕|由于|对|在|把|将|和|与|及|从|向|为|被|让|使|给|并|而|但|或|同|跟)$"
)


@code_rule(
    "T114",
    "sentence-cut-off",
    "typo",
    "warning",
    "这句话没有写完：段落停在“{match}”上，后面缺了内容",
    "改稿时删掉半句、或复制时只复制了一部分，段落停在介词、连词上（“……抓得不够经常，对”），"
    "读者不知道后面要说什么。只在下一段是标题、编号行或要点行时提示（接着写的下一行多是PDF的换行）；"
    "最后一段不提示（可能是截取的片段）。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文[，对]",
        )
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对标对表找差距。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，和\n原著原文结合不够。"),
    ],
)
def sentence_cut_off(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for end, _start, first, second in _pairs(ctx):
        hit = _CUT_OFF.search(first)
        if hit is None or len(first) < 20 or not ("，" in first or "," in first):
            continue
        if match_label(second) is None and not _POINT.match(second):
            continue  # the sentence may go on in the next line (a PDF line end)
        stop = len(text[:end].rstrip())
        yield rule.finding(text, stop - len(hit.group()), stop)
