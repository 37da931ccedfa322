"""The material's own phrases (T143): a two-character word written once beside a neighbour with
which the material elsewhere writes its homophone — 疫情防空 where it writes 疫情防控 twice, 病例书写
beside 病历书写, 土地留转 beside 流转土地.

An input method offers every word of a syllable; a slip picks a real word of the same sound (防空 for
防控, 病例 for 病历), and no list of words can tell it from the right one. The material itself can: the
neighbour it stands beside (疫情, 书写, 土地) is met elsewhere in the same material with the other
word. The rule reads rjieba's segmentation of the document and reports a two-character token W where

- another two-character token W' of the material differs from W in one character of the same toneless
  syllable (each character's first reading) and is a word of jieba's dictionary (WORD_MIN or more)
  or a word of it written at least twice (防控 is newer than the dictionary's counts);
- a neighbouring token of W (two or more characters) stands beside W' elsewhere, on either side
  (土地流转 and 流转土地 are the same phrase), and never beside W elsewhere;
- W is written once in the material, and the character that differs is no common word alone
  (SINGLE_MAX, as T136).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.sample import variant
from mingjing.rules.segmentation import two_character_places
from mingjing.rules.trade_term_slips import RIGHT_TWINS

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 100
SINGLE_MAX = 10_000
NOISE = 5  # jieba carries misspellings as entries of frequency 3 (防讯)
# a neighbour as common as 工作, 问题, 情况, 方面, 建设 heads any two words (思想政治工作 and 专项整治工作 in one
# material): no evidence that one of them was meant for the other (r21)
GENERIC_NEIGHBOUR = 20_000
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
_CJK = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=8192)
def syllable(ch: str) -> str:
    from pypinyin import lazy_pinyin

    reading: str = lazy_pinyin(ch)[0]
    return reading


@lru_cache(maxsize=65536)
def _sound_keys(w: str) -> tuple[tuple[int, str, str], tuple[int, str, str]]:
    """A two-character word's two groups of sound: (0, its first character, the second's syllable)
    and (1, its second character, the first's syllable); a pure function, kept across documents."""
    return (0, w[0], syllable(w[1])), (1, w[1], syllable(w[0]))


def _homophone(a: str, b: str) -> bool:
    """Whether two-character words a and b differ in exactly one character of the same syllable."""
    diff = [i for i in range(2) if a[i] != b[i]]
    if len(diff) != 1:
        return False
    i = diff[0]
    return syllable(a[i]) == syllable(b[i]) and dictionary_freq(b[i]) < SINGLE_MAX


def own_phrase_slips(
    tokens: list[str], two_character: dict[str, list[int]] | None = None
) -> Iterator[tuple[int, str, str]]:
    """(offset, the word as written, the material's own word) of every homophone slip found;
    `two_character`: the tokens' `two_character_places` when the review has them already."""
    if two_character is None:
        two_character = two_character_places(tokens)
    # each two-character word of Chinese characters → its token indices
    places = {
        t: at
        for t, at in two_character.items()
        if "\u4e00" <= t[0] <= "\u9fff" and "\u4e00" <= t[1] <= "\u9fff"
    }
    by_sound: dict[tuple[int, str, str], list[str]] = defaultdict(list)  # (kept at, kept, other's sound)
    keys = dict(zip(places, map(_sound_keys, places)))
    for w, (first, second) in keys.items():
        by_sound[first].append(w)
        by_sound[second].append(w)
    starts: list[int] | None = None
    for w, at in places.items():
        if len(at) != 1:
            continue
        first, second = keys[w]
        near_first, near_second = by_sound[first], by_sound[second]
        if len(near_first) == 1 and len(near_second) == 1:
            continue  # no other word of the material sounds like it
        twins = [
            t
            for group in (near_first, near_second)
            for t in group
            if t != w and _homophone(t, w) and frozenset((t, w)) not in RIGHT_TWINS
        ]  # 缴纳 beside 交纳: one word written two ways, both right (r26)
        if not twins:
            continue
        i = at[0]
        neighbours = {
            n
            for n in _around(tokens, i)
            if len(n) >= 2 and _CJK.fullmatch(n) and dictionary_freq(n) < GENERIC_NEIGHBOUR
        }
        if not neighbours:
            continue
        found = sorted(
            t
            for t in set(twins)
            if (dictionary_freq(t) >= WORD_MIN or (dictionary_freq(t) > NOISE and len(places[t]) >= 2))
            # the twin beside the same neighbour elsewhere, not across that one word (读一遍其中一编: both
            # words written on purpose, one on each side of 其中)
            and any(n in neighbours for j in places[t] if abs(j - i) > 2 for n in _around(tokens, j))
        )
        if len(found) == 1:
            if starts is None:
                starts = list(accumulate(map(len, tokens), initial=0))
            yield starts[i], w, found[0]


def _around(tokens: list[str], i: int) -> list[str]:
    return tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 2]


@code_rule(
    "T143",
    "own-phrase-homophone",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”（同音）：本材料别处同样的搭配写作“{suggestion}”",
    "输入法按拼音给出同音词，选错了也是一个真词（防空与防控、病例与病历），词表查不出来。材料自己能查："
    "同一个搭配（疫情防控、病历书写）在别处写的是另一个同音词，这里只写了一次，多半是选错了词。"
    "只在两个词只差一个同音字、旁边的词相同、这种写法全文只出现一次时提示。",
    bad=[
        variant(
            "全县“智慧交通”平台建设滞后计划2个月",
            "全县“智慧交通”平台建设滞后计划2个月，“智慧交通”平台[建社]滞后",
        ),
    ],
    good=[
        # one word written two ways, both right (r26)
        variant("我两天后才安排核查。", "我两天后才安排核查，有两个月没有按时交纳党费，党费缴纳记录也不全。"),
        variant(
            "全县“智慧交通”平台建设滞后计划2个月",
            "全县“智慧交通”平台建设滞后计划2个月，“智慧交通”平台建设滞后",
        ),
        variant(  # both words side by side across one word: each meant (一遍 a reading, 一编 a part)
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。把法规汇编放在案头，每月至少通读一遍其中一编。",
        ),
    ],
)
def own_phrase_homophone(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at, written, meant in own_phrase_slips(ctx.words(), ctx.two_character_words()):
        yield rule.finding(text, at, at + len(written), (meant,))
