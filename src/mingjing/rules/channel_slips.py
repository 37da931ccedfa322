"""Slips read by a noisy channel over the clause's word model (issue 12): two characters of an everyday
word typed in the wrong order where the word is less frequent than T148 asks (T150: 真认 → 认真,
行履 → 履行, 升提 → 提升).

T148 (rules/homophone_pairs.py) reads a loose pair — two neighbouring characters that the clause's
segmentation (rjieba, dictionary words only) cuts as words of one character and that make no word —
as a swap only where the swapped word is frequent (5,000) and neither character a common word
alone. Many everyday words are rarer in jieba's dictionary (履行 1,683, 认真 4,871, 齐全 1,221)
and many swaps hold a common character (有还, 于关). Here the evidence is the clause itself: jieba's
dictionary is a unigram model of words (frequency / total), and its best segmentation of a clause
is the most probable reading. The mended clause must be more probable than the written one by a
factor of e^GAIN_MIN (`clause_gain`): a slip breaks an everyday word into two unlikely single
characters, so mending it gains much; two words that merely meet (时|有 of 教师节时有家长, 前|向)
or a term the dictionary lacks (亮明 beside 明亮) gain little or nothing. Besides:

- the swapped word has frequency WORD_MIN or more and is one token of the mended clause, with
  words (or a very frequent word of one character) on both sides of it (`_mended_whole` of T139);
- the pair is written once in the document (a form used twice is the writer's own);
- a body's one-character name before 内 or 外 (部内发文, 院内, 校外) is the body's inside, no 内部 swapped;
- T148's own cases are left to T148; a text read from traditional characters gets none.

The thresholds were set on 1.06 million characters of clean and planted fixtures, the 123 edited
public pages and the judge's pages (docs/review-synthetic.md, round r12).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.doubled_singles import _tokens
from mingjing.rules.homophone_pairs import (
    SWAP_SINGLE_MAX,
    SWAP_WORD_MIN,
    _candidates,
    _mended_whole,
    _pairs,
    coined_member,
)
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 1_000  # the swapped word is an everyday one (履行 1,683, 齐全 1,221)
GAIN_MIN = 6.0  # natural log: the mended clause is e^6 ≈ 400 times as probable as the written one
_LOG_TOTAL = math.log(60_000_000)  # about the sum of jieba's dictionary frequencies
_WINDOW = 8  # characters read each side of the pair, within the clause
_CLAUSE_END = re.compile(r"[，。；：！？、（）《》“”‘’\s,;:!?()]")
# a body or a place named by one character before 内/外 (部内, 局内, 院外, 校内, 省外): the body's inside, no
# swapped 内部/外部
# words of the genre that jieba's dictionary lacks and whose reverse is an everyday word (家国情怀 beside 国家):
# written as they stand, never a swap (r28, real pages)
GENRE_PAIRS = frozenset({"家国"})
_INSIDE_OUTSIDE = frozenset("内外")
_UNITS = frozenset("部局院校厅处科所站队司委办室村镇乡县市区省党国组班系馆社园场厂矿企行署庭监")


def _log_probability(clause: str) -> float:
    """The natural log of the clause's probability under jieba's unigram word model, read along
    rjieba's best segmentation (dictionary words only); a token the dictionary lacks counts as 1."""
    import rjieba

    return sum(math.log(max(dictionary_freq(t), 1)) - _LOG_TOTAL for t in rjieba.cut(clause, False))


def clause_gain(text: str, start: int, end: int, mended: str) -> float:
    """How much more probable (natural log) the clause around text[start:end] reads with `mended` in
    its place, at most _WINDOW characters each side and within the clause."""
    left = start
    while left > 0 and start - left < _WINDOW and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _WINDOW and not _CLAUSE_END.match(text[right]):
        right += 1
    written = _log_probability(text[left:right])
    return _log_probability(text[left:start] + mended + text[end:right]) - written


def wide_swaps(text: str, pairs: list[int] | None = None) -> Iterator[tuple[int, str]]:
    """(offset, word) of every loose pair read as an everyday word typed with its characters swapped
    that T148 leaves alone, left to right; `pairs` are the text's loose_pairs when the caller has them."""
    for i in _candidates(text, pairs):
        a, b = text[i], text[i + 1]
        word = b + a
        freq = dictionary_freq(word)
        if freq < WORD_MIN:
            continue
        if freq >= SWAP_WORD_MIN and max(dictionary_freq(a), dictionary_freq(b)) < SWAP_SINGLE_MAX:
            continue  # T148's
        if text.count(a + b) > 1 or a + b in GENRE_PAIRS:
            continue
        if b in _INSIDE_OUTSIDE and a in _UNITS:
            continue  # 部内发文, 院内, 校外: a body's one-character name and 内/外, within or outside it
        spans = _tokens(text, i)
        if spans.get(i) != i + 1 or spans.get(i + 1) != i + 2:
            continue
        if coined_member(text, i):
            continue  # 依法统计、依法治统: the series' own coinage
        if _mended_whole(text, i, word) and clause_gain(text, i, i + 2, word) >= GAIN_MIN:
            yield i, word


@code_rule(
    "T150",
    "swapped-pair-by-clause",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：两个字的顺序颠倒了",
    "常用词的两个字打颠倒了（真认、行履、升提），句子在这里散成两个单字；换回顺序后整句按词表读通的"
    "可能性大得多（按词频计算，至少高出约四百倍），前后也都成词。两个词碰在一起（教师节时有家长）、"
    "词表未收的说法（亮明身份）换了顺序也不见得更通顺，不提示；同一写法在文中出现两次以上的也不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，四是[真认]查摆剖析"),
        variant("按照县委要求", "按照县委要求，带头[行履]全面从严治党政治责任"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，教师节时有家长送花，主动亮明党员身份，年底前向支部书面报告，认真查摆剖析，涵养家国情怀，"
            "带头履行全面从严治党政治责任，树立“功成不必在我”的境界",
        ),
        variant("按照县委要求", "按照县委要求，对文山会海问题只压减了部内发文数量，院内检查也不多"),
    ],
)
def swapped_pair_by_clause(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    text = ctx.text
    from mingjing.rules.formulation_sayings import within_saying

    for at, word in wide_swaps(text, _pairs(ctx)):
        if within_saying(text, at):
            continue  # 功成不必在我: a listed saying's own wording (data/fixed_sayings.yaml)
        yield rule.finding(text, at, at + 2, (word,))
