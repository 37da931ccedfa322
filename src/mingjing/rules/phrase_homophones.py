"""A word of a set phrase replaced by a whole word of the same sound (T146): 综治意识 for 宗旨意识.

An input method turns a syllable string into a word; a slip picks the wrong word of the same
syllables (zongzhi: 综治 for 宗旨), and when both characters change, no one-character search (T401)
finds it. The genre's collocations and formulations (data/collocations.yaml: 宗旨意识, 保值增值; not
pypinyin's general phrases, where 复合材料 would claim 复核材料) are indexed by one half written out and
the other half's toneless syllables; the text's pairs of two-character tokens are looked up there. A pair is reported
when it is no known phrase or word itself, one half is written as in a phrase and the other has the
phrase's syllables with other characters, exactly one phrase fits, and the pair is written once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.near_twin import collocations, known_phrases
from mingjing.rules.sample import variant
from mingjing.rules.segmentation import two_character_places

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")


@lru_cache(maxsize=16384)
def sound(word: str) -> str:
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(word))


@lru_cache(maxsize=1)
def sound_index() -> dict[tuple[str, str, int], str]:
    """(half written, other half's sound, which half is sounded) → phrase ('' when two fit)."""
    index: dict[tuple[str, str, int], str] = {}
    for p in collocations():
        if len(p) != 4 or not _CJK2.fullmatch(p[:2]) or not _CJK2.fullmatch(p[2:]):
            continue
        for key in ((p[2:], sound(p[:2]), 0), (p[:2], sound(p[2:]), 1)):
            index[key] = "" if index.get(key, p) != p else p
    return index


@lru_cache(maxsize=1)
def halves() -> tuple[frozenset[str], frozenset[str]]:
    """The written first halves and second halves of the index's keys."""
    index = sound_index()
    return (
        frozenset(h for h, _s, which in index if which == 1),
        frozenset(h for h, _s, which in index if which == 0),
    )


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(known_phrases())


def phrase_homophones(
    tokens: list[str], two_character: dict[str, list[int]] | None = None
) -> Iterator[tuple[int, str]]:
    """(offset, phrase) of every pair of two-character tokens that is a phrase with one word
    replaced by another of the same sound. `two_character`: each two-character token → its indices
    (`segmentation.two_character_places(tokens)`, which the review's context already holds): only the
    pairs with a half some phrase keeps as written are looked at, not every pair of tokens."""
    index = sound_index()
    firsts, seconds = halves()
    if two_character is None:
        two_character = two_character_places(tokens)
    last = len(tokens) - 1
    # every k where tokens[k] and tokens[k + 1] are both of two characters and one of them is kept
    # by a phrase as written (tokens[k] as a first half or tokens[k + 1] as a second), ascending
    ks = {i for a in firsts.intersection(two_character) for i in two_character[a] if i < last}
    ks.update(i - 1 for b in seconds.intersection(two_character) for i in two_character[b] if i)
    pairs: Counter[str] | None = None
    for k in sorted(ks):
        a, b = tokens[k], tokens[k + 1]
        if len(a) != 2 or len(b) != 2:
            continue
        if not (_CJK2.fullmatch(a) and _CJK2.fullmatch(b)):
            continue
        found = {p for p in (index.get((b, sound(a), 0)), index.get((a, sound(b), 1))) if p}
        run = a + b
        if len(found) != 1 or run in _known() or dictionary_freq(run):
            continue
        if pairs is None:
            pairs = Counter(x + y for x, y in zip(tokens, tokens[1:], strict=False))
        if pairs[run] == 1:
            yield sum(map(len, tokens[:k])), found.pop()


@code_rule(
    "T146",
    "phrase-word-homophone",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：输入法选了同音的另一个词",
    "拼音输入时整词选错，会把固定搭配里的一个词换成同音词（宗旨意识写成综治意识），两个字都变了，"
    "逐字比对查不出。只在这四个字本身不是词或固定搭配、其中一半和某个固定搭配相同、另一半读音"
    "完全相同、只有这一个搭配对得上、而且这种写法全文只出现一次时提示。",
    bad=[
        variant("（三）宗旨意识有所淡化。", "（三）[综治意识]有所淡化。"),
    ],
    good=[
        variant("（三）宗旨意识有所淡化。", "（三）宗旨意识有所淡化，综治工作有所放松。"),
    ],
)
def phrase_word_homophone(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at, phrase in phrase_homophones(ctx.words(), ctx.two_character_words()):
        yield rule.finding(ctx.text, at, at + 4, (phrase,))
