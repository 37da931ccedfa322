"""The paragraph's own word written once right and once as a twin that is no word (T170): 赔餐 beside 陪餐记录,
撩荒地 beside 撂荒, 基今 beside 医保基金, 河常 beside 河长巡河.

T136 (rules/own_words.py) and T161 (rules/own_twins.py) read a slip against a word the material writes at
least TWICE; a writer who types a trade's word twice in one paragraph, once right and once with the input
method's neighbour, leaves a single right use as the only evidence. This rule reads it when the evidence is
close and the slip is plainly no word:

- the right word (two characters) is a word of jieba's dictionary (WORD_MIN) or a term of the genre's or
  the trades' lexicons (陪餐, 撂荒), written in the same paragraph as the slip, alone or inside a longer
  word;
- the slip differs from it in one character of the same toneless syllable (the right character as read in
  its word, 能 in 不能 neng, never a rare reading; any reading of the written one; no dialect merge, which
  T136's two uses may afford: 强 jiang is no 建 jian) or a look-alike (the shape
  tables), and that character is no common word alone (SINGLE_MAX: 是, 在, 有; a pair the segmenter guessed
  as one word only the commonest, VERY_FREQUENT);
- the slip is no word of the dictionary and no term, written once in the whole text, and stands where the
  segmentation makes it a word of its own, two single characters side by side, or a single character
  before a word whose first character it takes (撩 + 荒地, where 撂荒地 is a word or a term: the right word
  would join that word as the slip does not);
- no numeral and its measure (其中一编 beside 一遍), no person's name, no member of a coined series, no
  piece of a fixed phrase (T116's gates).

A twin that T136 or T161 reads (the right word written twice) is left to them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, groupby
from operator import and_, itemgetter, or_
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.near_twin import shape_pairs
from mingjing.rules.own_words import SINGLE_MAX, WORD_MIN, _common_singles
from mingjing.rules.sample import variant
from mingjing.rules.segmentation import two_character_places

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_HOW = {"sound": "音同或音近", "shape": "形近"}
_NUMERALS = frozenset("一二两三四五六七八九十百千万几每半")
VERY_FREQUENT = 100_000  # a character this frequent alone (是, 有, 在) is a word even inside a guessed pair


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    """The genre's and the trades' terms (two characters or more)."""
    from mingjing.rules.genre_lexicon import genre_term_set
    from mingjing.rules.trade_lexicon import trade_term_set

    return frozenset(genre_term_set()) | frozenset(trade_term_set())


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    return dictionary_freq(word) > 0 or word in _terms()


@lru_cache(maxsize=65536)
def _pieces(token: str) -> tuple[str, ...]:
    """The words of two characters inside a longer token (撂荒 in 撂荒地, 基金 in 医保基金)."""
    return tuple(p for p in (token[i : i + 2] for i in range(len(token) - 1)) if _right_word(p))


@lru_cache(maxsize=65536)
def _right_word(word: str) -> bool:
    return dictionary_freq(word) >= WORD_MIN or word in _terms()


@lru_cache(maxsize=8192)
def _all_syllables(ch: str) -> frozenset[str]:
    """Every reading of the character, toneless (撩 liao, 撂 liao; 强 qiang and jiang)."""
    from pypinyin import Style, pinyin

    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=65536)
def _twin(right: str, right_reading: str, written: str, limit: int) -> str | None:
    """How `written` stands for `right` (sound: a reading of it is `right_reading`, the right character's
    in its word; shape), or None; a written character this frequent alone (`limit`) is a word of its own."""
    if dictionary_freq(written) >= limit:
        return None
    if right_reading in _all_syllables(written):
        return "sound"
    if (right, written) in shape_pairs():
        return "shape"
    return None


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def once_slips(
    text: str,
    tokens: list[str],
    starts: list[int],
    counts: Counter[str] | None = None,
    two_character: dict[str, list[int]] | None = None,
) -> Iterator[tuple[int, str, str, str]]:
    """(offset, slip, the paragraph's word, how) of every two-character slip read as a word its own
    paragraph writes right, left to right; `counts` (the tokens counted) and `two_character` (their
    `two_character_places`) when the review has them already."""
    if counts is None:
        counts = Counter(tokens)
    if two_character is None:
        two_character = two_character_places(tokens)
    # the text's words of two characters, alone or as pieces of its longer words (distinct tokens only)
    words: set[str] = set(filter(_right_word, two_character))
    for t in counts:
        if 3 <= len(t) <= 4:
            words.update(_pieces(t))
    if not words:
        return
    # the words by their first and by their second character (grouped from two sorts, at C speed mostly)
    by_first = {k: list(g) for k, g in groupby(sorted(words), key=itemgetter(0))}
    by_second = {k: list(g) for k, g in groupby(sorted(words, key=itemgetter(1)), key=itemgetter(1))}
    # (offset, slip, the word the segmentation puts after it; "=" where the slip is one token)
    pairs: list[tuple[int, str, str]] = []
    for t, places in two_character.items():
        if (t[0] in by_first or t[1] in by_second) and t not in words and not _known(t):
            pairs += [(starts[k], t, "=") for k in places]
    # two single-character tokens side by side, or one before a longer word, holding a word's character
    # in its place: picked at C speed, then read
    heads = list(map(itemgetter(0), tokens))
    picked = map(
        and_,
        map((1).__eq__, map(len, tokens)),
        map(or_, map(by_first.__contains__, tokens), map(by_second.__contains__, heads[1:])),
    )
    common = _common_singles()  # a single character this common is a word of its own beside another
    for k in compress(range(len(tokens) - 1), picked):
        a, b = tokens[k], heads[k + 1]
        if not ("\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"):
            continue
        if a not in common and b not in common:  # 一 + 编, 不 + 太: a common character is a word alone
            nxt = tokens[k + 1]
            pairs.append((starts[k], a + b, nxt if len(nxt) > 1 else ""))
    for at, slip, joined in sorted(pairs):
        # the segmenter's guess joined an unknown pair (河常, 基今): only the commonest characters stand alone
        if slip[0] in _NUMERALS:
            continue  # 其中一编: a numeral and its measure, two words (no 一遍)
        found = _match(slip, by_first, by_second, VERY_FREQUENT if joined == "=" else SINGLE_MAX)
        if found is None or not _CJK.match(slip) or _known(slip) or text.count(slip) != 1:
            continue
        word, how = found
        if len(joined) > 1 and not _known(word + joined[1:]):
            continue  # 撩 + 荒地 only where 撂荒地 is a word: the right word joins what the slip took
        p0, p1 = _paragraph(text, at)
        if word not in text[p0:p1] or _written_twice(text, word):
            continue  # the word of another paragraph; a word written twice is T136's and T161's
        if not _reportable(text, at):
            continue
        yield at, slip, word, how


def _reportable(text: str, at: int) -> bool:
    """No person's name, no piece of a fixed phrase, no member of a coined series (学纪、知纪)."""
    from mingjing.rules.word_slips import _a_name, _fixed_phrases

    if _a_name(text, at, at + 2):
        return False
    if any(text[j : j + 4] in _fixed_phrases() for j in range(max(0, at - 2), at + 1)):
        return False
    return not any(
        (i >= d and text[i - d] == text[i]) or (i + d < len(text) and text[i + d] == text[i])
        for i in (at, at + 1)
        for d in (2, 3)
    )


def _written_twice(text: str, word: str) -> bool:
    return dictionary_freq(word) >= WORD_MIN and text.count(word) >= 2


def _match(
    slip: str, by_first: dict[str, list[str]], by_second: dict[str, list[str]], limit: int
) -> tuple[str, str] | None:
    for w in by_first.get(slip[0], ()):
        how = _twin(w[1], _word_reading(w)[1], slip[1], limit) if w != slip else None
        if how:
            return w, how
    for w in by_second.get(slip[1], ()):
        how = _twin(w[0], _word_reading(w)[0], slip[0], limit) if w != slip else None
        if how:
            return w, how
    return None


@lru_cache(maxsize=65536)
def _word_reading(word: str) -> tuple[str, ...]:
    """The word's characters as pypinyin reads the word, toneless (不能 bu neng: no 能 tai)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(word))


@code_rule(
    "T170",
    "paragraph-own-word-twin",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”（{how}）：同一段里写作“{suggestion}”，这里的写法不成词",
    "同一段文字里，一个词（词典里的词或行业、本文体的常用语）写对了一次，另一处只写了一次、"
    "又和它音同音近或形近、本身不成词，多半是输入法选错了字（赔餐与陪餐记录、撩荒地与撂荒）。"
    "写错的字单独是常用字（是、在、有）的、像人名的、属于并列的仿词（学纪、知纪）的不提示。",
    bad=[
        variant(
            "按照县委要求",
            "按照县委要求，校领导陪餐制度坚持得不好，全年[赔餐]记录只有9次",
        ),
        variant(
            "按照县委要求",
            "按照县委要求，调研[撩荒]地整治时只听汇报，对撂荒成因分析不深",
        ),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，年初制定了学习计划，又制订了配套制度，陪同检查组调研，赔偿款已发放",
        ),
        variant(
            "按照县委要求",
            "按照县委要求，王磊同志和王雷同志分别负责两个片区，学纪、知纪、明纪，每月通读一遍其中一编",
        ),
    ],
)
def paragraph_own_word_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at, slip, word, how in once_slips(
        text, ctx.words(), ctx.word_starts(), ctx.word_counts(), ctx.two_character_words()
    ):
        yield rule.finding(text, at, at + len(slip), (word,), how=_HOW[how])
