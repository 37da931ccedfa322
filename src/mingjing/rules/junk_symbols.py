"""Symbols that have no business inside a sentence (R114): `损害了幸福市☢对外形象`, `做好群众工作▲，`,
an emoji, a private-use character, a box-drawing piece, or a lone `□`/`〓` standing for a character a
conversion lost. They are traces of pasting from a web page, a chat or another encoding.

A symbol is told by its Unicode class (other symbols, private use, box drawing), not by a list; the
symbols that belong to ordinary text are left alone: letterlike ones (℃, №), circled and bracketed
numbers (①, ㈠), units (㎡), °, ©, ® and ○ (a zero in 二○二三). A list marker at the start of a line
(●、■、◆、★ before a heading or a point) is fine and is not reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# ranges of "other symbols" ordinary Chinese text uses
_ALLOWED = (
    (0x2100, 0x214F),  # letterlike: ℃ № ℡ ™
    (0x2460, 0x24FF),  # enclosed alphanumerics: ① ⑴ ⒈
    (0x3200, 0x33FF),  # enclosed CJK and CJK compatibility: ㈠ ㊣ ㎡ ㎏
)
_ALLOWED_CHARS = frozenset("°©®○◯〇\u00a6")
_LOST = frozenset("□〓")  # a character a conversion could not show
_SPACE = " \t\u3000"
# candidates are found by one regex over the text: everything outside the ordinary planes of Chinese
# text (CJK, ASCII, Latin-1, general punctuation, CJK punctuation, full-width forms) is looked at
_CANDIDATE = re.compile(
    r"[^\u0000-\u00a8\u00aa-\u00ad\u00af-\u2000\u2010-\u206f\u3000-\u303f\u3040-\u9fff\uff00-\uffef]"
)


def junk(c: str) -> bool:
    """Whether a character is a symbol ordinary text does not hold."""
    if c in _ALLOWED_CHARS:
        return False
    if c in _LOST:
        return True
    o = ord(c)
    if any(lo <= o <= hi for lo, hi in _ALLOWED):
        return False
    if 0x2500 <= o <= 0x257F:  # box drawing
        return True
    return unicodedata.category(c) in ("So", "Co") or c == "\ufe0f"


def _at_line_start(text: str, at: int) -> bool:
    """Whether only spaces and other symbols stand before `at` on its line (a list marker)."""
    k = at - 1
    while k >= 0 and text[k] != "\n" and (text[k] in _SPACE or junk(text[k])):
        k -= 1
    return k < 0 or text[k] == "\n"


def junk_symbols(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of junk symbols inside a line's text."""
    for m in _CANDIDATE.finditer(text):
        at = m.start()
        if not junk(text[at]) or (at > 0 and junk(text[at - 1])):
            continue
        end = at + 1
        while end < len(text) and junk(text[end]):
            end += 1
        if not _at_line_start(text, at):
            yield at, end


@code_rule(
    "R114",
    "junk-symbol",
    "residue",
    "warning",
    "句子中间混入了符号“{match}”，多是从网页、聊天记录粘贴或转换编码时留下的，应删去（如是丢失的字，应补上原字）",
    "正式材料的句子里不会有☢、▲、⌚、表情符号、制表线、私用区字符，也不会有代替丢失文字的“□”“〓”；"
    "它们是粘贴网页、聊天记录或转换编码留下的痕迹。行首作项目符号的●、■、◆、★不提示，℃、①、㎡、○等正常符号不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后[☢]才安排核查。"),
        variant("我对关键技术问题心中无数。", "我对关键技术问题心中无数[▲]。"),
        variant("我两天后才安排核查。", "我两天后才安排[□]查。"),
    ],
    good=[
        GOOD,
        variant("（一）在理论学习方面。", "●（一）在理论学习方面。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，气温38℃，面积120㎡，时间为二○二三年。"),
    ],
)
def junk_symbol(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end in junk_symbols(text):
        lost = all(c in _LOST for c in text[start:end])
        yield rule.finding(text, start, end, () if lost else ("",))
