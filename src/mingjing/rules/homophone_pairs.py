"""An everyday word typed with a homophone or a look-alike (T139: 政冶站位 → 政治站位, 己经全部 →
已经全部) or with its two characters swapped (T148: 题问 → 问题), giving two loose characters.

A noisy channel over shipped data: jieba's dictionary frequencies (through rjieba) as the model of
what is written, pypinyin's readings and the project's look-alike table (data/similar_shapes.yaml) as
the slips a keyboard or a tired eye makes. Two neighbouring Chinese characters `ab` are read where

- the clause's segmentation (rjieba, dictionary words only) cuts both as words of one character and
  `ab` is no word (frequency below PAIR_MAX);
- the character to change is rarely a word alone (below SINGLE_MAX: 冶, 己), the kept one is no
  numeral (一盯到底 is a frame of its own);
- changing it to an everyday character (GB 2312 level 1) of the same first toneless reading, or to a
  look-alike, makes a very frequent word (WORD_MIN or more: 政治, 已经), the most frequent such word
  being the suggestion;
- the clause with the change made reads as words: the new word is one token of its segmentation and
  what stands right beside it is a word of two or more characters, a mark, or a frequent word of one
  character (为, 的): a slip leaves the sentence whole when mended, while an abbreviation
  (因危化品: 危化品) or a name leaves loose characters behind;
- the changed character is one of GB 2312 (時, 沒 of a traditional page are not), and no digit or
  Latin letter touches the pair. A text read from traditional characters gets none.

T148 reads a loose pair the same way when its two characters swapped make a word of SWAP_WORD_MIN or
more and neither is a word alone of SWAP_SINGLE_MAX or more (时有 and 前向 are ordinary text: 时 and
向 are common words alone).

The thresholds were set on the clean and planted fixtures, the 123 edited public pages and the judge's
pages (docs/review-synthetic.md, round r11): a wider candidate set (dialect-merged syllables, words
of lower frequency) gave false alarms on abbreviations (学思用, 精文减会) and names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, compress
from operator import and_
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.doubled_singles import _LATIN_OR_DIGIT, _NUMERALS, _tokens
from mingjing.rules.gb2312 import gb2312_characters
from mingjing.rules.near_twin import _TONE, shape_pairs
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

PAIR_MAX = 50  # a pair this frequent in the dictionary is a word, however the sentence is cut
SINGLE_MAX = 3_000  # the changed character is rarely a word alone
WORD_MIN = 20_000  # the mended word is an everyday one (政治 24,866, 已经 51,288)
FREQUENT_SINGLE = 100_000  # a word of one character this frequent may stand beside the mended word
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _first_reading(ch: str) -> str:
    from pypinyin.constants import PINYIN_DICT

    return PINYIN_DICT.get(ord(ch), "").split(",")[0].translate(_TONE)


@lru_cache(maxsize=1)
def _by_reading() -> dict[str, tuple[str, ...]]:
    """Toneless first reading → the everyday characters (GB 2312 level 1) read so."""
    groups: dict[str, list[str]] = {}
    for ch in gb2312_characters(level_one_only=True):
        groups.setdefault(_first_reading(ch), []).append(ch)
    return {k: tuple(v) for k, v in groups.items() if k}


@lru_cache(maxsize=8192)
def _simplified(ch: str) -> bool:
    """Whether `ch` is a character of GB 2312 (a traditional one, 時 or 沒, is not)."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _look_alikes() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for a, b in shape_pairs():
        out.setdefault(a, []).append(b)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _alternatives(ch: str) -> tuple[str, ...]:
    """The characters `ch` may have been typed for: same first toneless reading, or look-alike."""
    same = _by_reading().get(_first_reading(ch), ())
    return tuple(dict.fromkeys(x for x in (*same, *_look_alikes().get(ch, ())) if x != ch))


@lru_cache(maxsize=65536)
def _best_word(a: str, b: str) -> str | None:
    """The most frequent word of WORD_MIN or more one change of `a` or of `b` away, each changed
    character being rarely a word alone and the kept one no numeral."""
    best, best_freq = None, 0
    for i, (changed, kept) in enumerate(((a, b), (b, a))):
        if dictionary_freq(changed) >= SINGLE_MAX or kept in _NUMERALS or not _simplified(changed):
            continue
        for x in _alternatives(changed):
            word = x + b if i == 0 else a + x
            freq = dictionary_freq(word)
            if freq >= WORD_MIN and freq > best_freq:
                best, best_freq = word, freq
    return best


def _mended_whole(text: str, i: int, word: str) -> bool:
    """Whether the clause with text[i:i+2] replaced by `word` reads as words around it."""
    edited = text[:i] + word + text[i + 2 :]
    spans = _tokens(edited, i)
    if spans.get(i) != i + 2:
        return False
    before = next((s for s, e in spans.items() if e == i), None)
    neighbours = [(before, i)] if before is not None else []
    if i + 2 in spans:
        neighbours.append((i + 2, spans[i + 2]))
    return all(
        e - s > 1 or not _CJK.match(edited[s]) or dictionary_freq(edited[s]) >= FREQUENT_SINGLE
        for s, e in neighbours
    )


def loose_pairs(text: str, tokens: list[str], starts: list[int] | None = None) -> list[int]:
    """The offsets where the text's segmentation (`tokens`, rjieba without HMM; `starts`, their
    offsets, when the caller has them) puts two words of one character side by side that make no
    word, both Chinese characters of GB 2312, different, with no digit or Latin letter beside them:
    the candidates of T139 and T148 (each checked again on its clause)."""
    if starts is None or len(starts) != len(tokens):
        starts = list(accumulate(map(len, tokens), initial=0))[:-1]
    single = list(map((1).__eq__, map(len, tokens)))
    return [  # the tokens of one character followed by another, picked at C speed
        i
        for i in compress(starts, map(and_, single, single[1:]))
        if _loose(text[i : i + 2])
        and not (
            _LATIN_OR_DIGIT.match(text[i - 1 : i] or "x") or _LATIN_OR_DIGIT.match(text[i + 2 : i + 3] or "x")
        )
    ]


@lru_cache(maxsize=8192)  # about 700 pairs a document; as large as `dictionary_freq`'s
def _loose(pair: str) -> bool:
    """Whether two neighbouring words of one character make a candidate as such: two different
    Chinese characters of GB 2312 that make no word."""
    a, b = pair[0], pair[1]
    return (
        a != b
        and _CJK_PAIR.match(pair) is not None
        and dictionary_freq(pair) < PAIR_MAX
        and _simplified(a)
        and _simplified(b)
    )


def _pairs(ctx: ReviewContext) -> list[int]:
    """loose_pairs of the review's text, computed once for both rules."""
    key = ("loose_pairs",)
    if key not in ctx.cache:
        ctx.cache[key] = loose_pairs(ctx.text, ctx.words(hmm=False), ctx.word_starts(hmm=False))
    pairs: list[int] = ctx.cache[key]
    return pairs


def _candidates(text: str, pairs: list[int] | None) -> list[int]:
    import rjieba

    return pairs if pairs is not None else loose_pairs(text, rjieba.cut(text, False))


def homophone_slips(text: str, pairs: list[int] | None = None) -> Iterator[tuple[int, str]]:
    """(offset, mended word) of every pair read as a slip, left to right; `pairs` are the text's
    loose_pairs when the caller has them."""
    for i in _candidates(text, pairs):
        a, b = text[i], text[i + 1]
        if min(dictionary_freq(a), dictionary_freq(b)) >= SINGLE_MAX:
            continue
        word = _best_word(a, b)
        if word is None:
            continue
        spans = _tokens(text, i)
        if spans.get(i) != i + 1 or spans.get(i + 1) != i + 2:
            continue
        if _mended_whole(text, i, word):
            yield i, word


_SERIES_MARK = frozenset("、，,")


def coined_member(text: str, i: int) -> bool:
    """Whether the pair at `i` closes a four-character member of a parallel series whose neighbouring
    member opens with the same two characters and holds one of the pair's (依法统计、依法治统: 治统 is the
    series' own coinage, no 统治 swapped)."""
    head = text[i - 2 : i]
    if i < 2 or len(head) != 2 or not ("\u4e00" <= head[0] <= "\u9fff" and "\u4e00" <= head[1] <= "\u9fff"):
        return False
    pair = text[i : i + 2]
    before = text[i - 7 : i - 2]  # 依法统计、 before 依法治统
    after = text[i + 2 : i + 7]  # 、依法统计 after it
    return (
        len(before) == 5
        and before[-1] in _SERIES_MARK
        and before[:2] == head
        and any(c in before[2:4] for c in pair)
    ) or (
        len(after) == 5
        and after[0] in _SERIES_MARK
        and after[1:3] == head
        and any(c in after[3:5] for c in pair)
    )


SWAP_SINGLE_MAX = 40_000  # neither character of a swapped pair is a very common word alone (时有: 时 is)
SWAP_WORD_MIN = 5_000


def swapped_slips(text: str, pairs: list[int] | None = None) -> Iterator[tuple[int, str]]:
    """(offset, word) of every loose pair that is a frequent word with its two characters swapped."""
    for i in _candidates(text, pairs):
        a, b = text[i], text[i + 1]
        if max(dictionary_freq(a), dictionary_freq(b)) >= SWAP_SINGLE_MAX:
            continue
        if dictionary_freq(b + a) < SWAP_WORD_MIN:
            continue
        if coined_member(text, i):
            continue  # 依法统计、依法治统: the series' own coinage
        spans = _tokens(text, i)
        if spans.get(i) == i + 1 and spans.get(i + 1) == i + 2 and _mended_whole(text, i, b + a):
            yield i, b + a


@code_rule(
    "T148",
    "swapped-pair",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：两个字的顺序颠倒了",
    "常用词的两个字打颠倒了（作工、题问），句子在这里散成两个单字，两个字单用都少见；"
    "换回顺序就成了常用词，前后也都成词。单用常见的字（有时/时有、前向）不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，对群众反映的[题问]研究不够"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，教师节时有家长送花，年底前向支部书面报告，对群众反映的问题研究不够",
        ),
        variant(  # a parallel series' own coinage: 治统 beside 统计, no 统治 swapped
            "按照县委要求", "按照县委要求，依法统计、依法治统的意识有待提高"
        ),
    ],
)
def swapped_pair(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    text = ctx.text
    for at, word in swapped_slips(text, _pairs(ctx)):
        yield rule.finding(text, at, at + 2, (word,))


@code_rule(
    "T139",
    "homophone-pair",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：同音或形近字打错，拆成了两个不成词的单字",
    "常用词打成同音字或形近字（政冶、己经），两个字既不成词，单用也少见，句子在这里散成单字；"
    "换回常用字就成了一个高频词，前后也都成词。缩略语（危化品、学思用）和人名换字后前后仍留下单字，不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，二是[政冶]站位还需提高"),
        variant("按照县委要求", "按照县委要求，目前[己经]全部整改完成"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，实验室有2次因危化品试剂台账不全，没有一盯到底，做到学思用贯通，"
            "落实精文减会要求，政治站位还需提高，已经全部整改完成",
        ),
    ],
)
def homophone_pair(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # read as simplified one character for one: its pairs are the traditional script's
    text = ctx.text
    for at, word in homophone_slips(text, _pairs(ctx)):
        yield rule.finding(text, at, at + 2, (word,))
