"""The paragraph's own word written once right and once as a twin that is no word (T170): 赔餐 beside 陪餐记录,
撩荒地 beside 撂荒, 基今 beside 医保基金, 河常 beside 河长巡河.

T136 (rules/own_words.py) and T161 (rules/own_twins.py) read a slip against a word the material writes at
least TWICE; a writer who types a trade's word twice in one paragraph, once right and once with the input
method's neighbour, leaves a single right use as the only evidence. This rule reads it when the evidence is
close and the slip is plainly no word:

- the right word (two characters) is a word of jieba's dictionary (WORD_MIN) or a term of the genre's or
  the trades' lexicons (陪餐, 撂荒), written in the same paragraph as the slip, alone or inside a longer
  word;
- the slip differs from it in one character of the same toneless syllable or a dialect-merged one (z/zh,
  n/l, an/ang …: rules/own_words.py's `merged_syllable`, every reading of the written character) or a
  look-alike (the shape tables), and that character is no common word alone (SINGLE_MAX: 是, 在, 有);
- the slip is no word of the dictionary and no term, written once in the whole text, and stands where the
  segmentation makes it a word of its own, two single characters side by side, or a single character
  before a word whose first character it takes (撩 + 荒地, where 撂荒地 is a word or a term: the right word
  would join that word as the slip does not);
- no person's name, no member of a coined series, no piece of a fixed phrase (T116's gates).

A twin that T136 or T161 reads (the right word written twice) is left to them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.near_twin import shape_pairs
from mingjing.rules.own_words import SINGLE_MAX, WORD_MIN, merged_syllable
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_HOW = {"sound": "音同或音近", "shape": "形近"}
VERY_FREQUENT = 100_000  # a character this frequent alone (是, 有, 在) is a word even inside a guessed pair


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    """The genre's and the trades' terms (two characters or more)."""
    from mingjing.rules.genre_lexicon import genre_term_set
    from mingjing.rules.trade_lexicon import trade_term_set

    return frozenset(genre_term_set()) | frozenset(trade_term_set())


def _known(word: str) -> bool:
    return dictionary_freq(word) > 0 or word in _terms()


def _right_word(word: str) -> bool:
    return dictionary_freq(word) >= WORD_MIN or word in _terms()


@lru_cache(maxsize=8192)
def _all_syllables(ch: str) -> frozenset[str]:
    """Every reading of the character, toneless, with dialect-merged initials and finals made one."""
    from pypinyin import Style, pinyin

    readings = pinyin(ch, style=Style.NORMAL, heteronym=True)[0]
    return frozenset(merged_syllable(r) if r != ch else r for r in readings) | {merged_syllable(ch)}


def _twin(right: str, written: str, limit: int) -> str | None:
    """How `written` stands for `right` (sound, shape), or None; a written character this frequent alone
    (`limit`) is read as a word of its own."""
    if dictionary_freq(written) >= limit:
        return None
    if merged_syllable(right) in _all_syllables(written):
        return "sound"
    if (right, written) in shape_pairs():
        return "shape"
    return None


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def once_slips(text: str, tokens: list[str], starts: list[int]) -> Iterator[tuple[int, str, str, str]]:
    """(offset, slip, the paragraph's word, how) of every two-character slip read as a word its own
    paragraph writes right, left to right."""
    from mingjing.rules.word_slips import _a_name, _fixed_phrases

    # the text's words of two characters, and the pieces of its longer words, by where they stand
    own: dict[str, list[int]] = {}
    for at, t in zip(starts, tokens, strict=False):
        size = len(t)
        if size < 2 or size > 4 or not _CJK.match(t):
            continue
        for i in range(size - 1):
            piece = t[i : i + 2]
            if piece == t or size == 2 or _right_word(piece):
                own.setdefault(piece, []).append(at + i)
    words = {w: ats for w, ats in own.items() if _right_word(w)}
    if not words:
        return
    by_first: dict[str, list[str]] = {}
    by_second: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
        by_second.setdefault(w[1], []).append(w)
    # (offset, slip, the word the segmentation puts after it; "=" where the slip is one token)
    pairs: list[tuple[int, str, str]] = []
    n = len(tokens)
    for k in range(n):
        t, at = tokens[k], starts[k]
        if len(t) == 2:
            if t[0] in by_first or t[1] in by_second:
                pairs.append((at, t, "="))  # one token: the segmenter's own pair
        elif len(t) == 1 and k + 1 < n:
            nxt = tokens[k + 1]
            b = nxt[:1]
            if (t in by_first or b in by_second) and b:
                pairs.append((at, t + b, nxt if len(nxt) > 1 else ""))
    for at, slip, joined in pairs:
        if not _CJK.match(slip) or _known(slip) or text.count(slip) != 1:
            continue
        # the segmenter's guess joined an unknown pair (河常, 基今): only the commonest characters stand alone
        found = _match(slip, by_first, by_second, VERY_FREQUENT if joined == "=" else SINGLE_MAX)
        if found is None:
            continue
        word, how = found
        if len(joined) > 1 and not _known(word + joined[1:]):
            continue  # 撩 + 荒地 only where 撂荒地 is a word: the right word joins what the slip took
        p0, p1 = _paragraph(text, at)
        if not any(p0 <= w < p1 and w != at for w in words[word]):
            continue
        if _a_name(text, at, at + 2):
            continue
        if any(text[j : j + 4] in _fixed_phrases() for j in range(max(0, at - 2), at + 1)):
            continue
        if any(
            (i >= d and text[i - d] == text[i]) or (i + d < len(text) and text[i + d] == text[i])
            for i in (at, at + 1)
            for d in (2, 3)
        ):
            continue  # 学纪、知纪: a coined series
        if _written_twice(text, word):
            continue  # T136 and T161 read a word written twice
        yield at, slip, word, how


def _written_twice(text: str, word: str) -> bool:
    return dictionary_freq(word) >= WORD_MIN and text.count(word) >= 2


def _match(
    slip: str, by_first: dict[str, list[str]], by_second: dict[str, list[str]], limit: int
) -> tuple[str, str] | None:
    for w in by_first.get(slip[0], ()):
        how = _twin(w[1], slip[1], limit) if w != slip else None
        if how:
            return w, how
    for w in by_second.get(slip[1], ()):
        how = _twin(w[0], slip[0], limit) if w != slip else None
        if how:
            return w, how
    return None


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
            "按照县委要求，王磊同志和王雷同志分别负责两个片区，学纪、知纪、明纪",
        ),
    ],
)
def paragraph_own_word_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at, slip, word, how in once_slips(text, ctx.words(), ctx.word_starts()):
        yield rule.finding(text, at, at + len(slip), (word,), how=_HOW[how])
