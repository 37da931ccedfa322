"""A listed saying written with one character added at its end (F166, round r19): 铸牢中华民族共同体意识观,
以人民为中心的发展思想观.

F169 (formulation_sayings.py) reads a stretch as long as a saying; a character put after the saying's last
one leaves the saying whole and goes unseen. A saying of data/fixed_sayings.yaml (and the sectors'
formulations) written out whole and followed by one Chinese character and then a mark (，。；、：！？) is read
(not 的: `学懂弄通做实党的创新理论` goes on with a word of one character): the added character must make no word with the saying's end (观念 of 安全观念 and 体系 of 共同体系 are
words: F169's classes and the everyday text read them), be no function word or place word (的, 和, 上, 中 …),
and the saying with it must be no other listed saying. The character stands alone between the saying and
the mark, so it belongs to neither the saying nor a next word: a slip of the keyboard or of memory."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.formulation_sayings import sayings
from mingjing.rules.real_word_twins import FREE, known_word
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_MIN = 5
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the mark after the added character (not 的: 学懂弄通做实 + 党的创新理论 goes on with a word of one): the
# marks are found in one pass, and the two characters before the one before each are looked up among the
# sayings' last two (a regex with lookarounds at every position costs twice as much)
_AFTER = re.compile(r"[，。；、：！？,;:!?”]")
# place words and measure words that follow a saying in ordinary text (思想上, 工作中, 发展里)
_PLACES = frozenset("上中下里内外前后间时处边方面")


@lru_cache(maxsize=1)
def _by_tail() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for s in sayings():
        if len(s) >= _MIN and _CJK.match(s[-1]) and _CJK.match(s[-2]):
            out.setdefault(s[-2:], []).append(s)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(sayings())


def _two_word(a: str, b: str) -> bool:
    import rjieba

    return bool(rjieba.has_word(a + b))


def find(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the saying) of every saying followed by one added character."""
    tails = _by_tail()
    listed = _listed()
    for m in _AFTER.finditer(text):
        end = m.start() - 1
        candidates = tails.get(text[end - 2 : end])
        if not candidates:
            continue
        x = text[end]
        if x in FREE or x in _PLACES or not _CJK.match(x):
            continue
        for s in candidates:
            start = end - len(s)
            if start < 0 or text[start:end] != s:
                continue
            if s + x in listed or _two_word(s[-1], x) or known_word(s[-2:] + x):
                continue
            if any(text.startswith(t, start) for t in listed if len(t) > len(s) and t.startswith(s)):
                continue
            yield start, end + 1, s
            break


@code_rule(
    "F166",
    "saying-with-added-tail",
    "formulation",
    "warning",
    "“{match}”与固定表述“{suggestion}”不符：末尾多了一个字",
    "党的文件中的固定表述一字不能多：在表述末尾多写一个字（以人民为中心的发展思想观、铸牢中华民族共同体意识观），这个字既不与"
    "表述的末字成词，后面又紧接标点，多半是笔误或记混了。多出的字与末字成词（安全观念、共同体系）、是"
    "方位词或虚词（思想上、发展中）、或加上后本身是另一条固定表述时不提示。",
    bad=[
        variant("一是调查研究不够深入。", "一是坚持[以人民为中心的发展思想观]，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[铸牢中华民族共同体意识观]，举措不多，调查研究不够深入。"),
    ],
    good=[
        variant(
            "一是调查研究不够深入。",
            "一是对新发展理念理解不深，在以人民为中心的发展思想上认识不足，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是推动构建人类命运共同体系列活动开展不够，调查研究不够深入。"),
    ],
)
def saying_with_added_tail(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, saying in find(ctx.text):
        yield rule.finding(ctx.text, start, end, (saying,))
