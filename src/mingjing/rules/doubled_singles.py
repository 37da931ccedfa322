"""A one-character word typed twice between words (T137): 演化为为中国共产党 → 演化为中国共产党,
在在基层 → 在基层.

T134 (rules/doubled_chars.py) reads a doubled character where exactly one copy belongs to a word
(群众众). A key pressed twice on a word of one character (为, 在, 把, 对) leaves two copies of which
neither belongs to a word; T134 leaves them alone because two words meeting on one character look the
same (认为|为了). Here, against jieba's dictionary:

- `cc` is no word (常常, 人人), no listed word of three or four characters holds both copies, and it is
  no run of three nor part of AABB (的的确确);
- neither copy belongs to a word: rjieba's segmentation of the clause around the pair (dictionary
  words only) cuts both copies as words of one character (演化/为/为/中国, where 化为 is a word of the
  dictionary but not of the sentence), not 认为/为了, 作为/为/人民 or 他/他们;
- the character is a frequent word on its own (jieba's frequency of the single character) and a word
  that Chinese never doubles on purpose: a preposition, conjunction, particle, adverb or pronoun by
  jieba's tag, or the copula 是. Nouns, measure words and verbs double as a form of their own (年年查,
  说说透, 看看) and are left alone, as is a name's doubled given name (丽丽);
- a Chinese character follows the pair and no digit or Latin letter precedes it (2024年年底),
  and a common surname before the pair does not make it a name (王芳芳).

The suggestion drops one copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import _word, dictionary_freq
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
_FREQUENT_SINGLE = 100_000  # jieba's frequency of 为 is 1.1 million, 在 2.6 million, 丽 under 2,000


def lone_doubles(text: str) -> Iterator[int]:
    """The offset of the first copy of every one-character word typed twice, left to right."""
    from mingjing.rules.residue_code import _SURNAMES

    for m in _DOUBLED.finditer(text):
        i = m.start()
        c = text[i]
        before, after = text[i - 1 : i], text[i + 2 : i + 3]
        if not _CJK.match(after) or _LATIN_OR_DIGIT.match(before):
            continue
        if before == c or after == c or dictionary_freq(c + c):
            continue
        if _DOUBLED.match(text, i + 2) or (i >= 2 and _DOUBLED.match(text, i - 2)):
            continue  # AABB
        if dictionary_freq(c) < _FREQUENT_SINGLE or before in _SURNAMES or not _never_doubled(c):
            continue
        if any(_word(text, a, a + k) for k in (3, 4) for a in range(i + 2 - k, i + 1)):
            continue
        if _both_alone(text, i):
            yield i


@lru_cache(maxsize=512)
def _never_doubled(c: str) -> bool:
    """Whether the one-character word `c` is of a class that is not doubled on purpose."""
    import rjieba

    flag = rjieba.tag(c)[0][1]
    return c == "是" or flag[:1] in _UNDOUBLED_TAGS


_UNDOUBLED_TAGS = frozenset("pcudr")  # jieba's tags: preposition, conjunction, particle, adverb, pronoun
_CLAUSE_END = re.compile(r"[^\u4e00-\u9fff]")
_WINDOW = 8


def _both_alone(text: str, i: int) -> bool:
    """Whether rjieba's segmentation of the clause around text[i:i+2] cuts it c / c."""
    import rjieba

    left = i
    while left > 0 and i - left < _WINDOW and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = i + 2
    while right < len(text) and right - i < _WINDOW + 2 and not _CLAUSE_END.match(text[right]):
        right += 1
    at, singles = left, set()
    for token in rjieba.cut(text[left:right], False):
        if len(token) == 1:
            singles.add(at)
        at += len(token)
    return i in singles and i + 1 in singles


@code_rule(
    "T137",
    "doubled-single-word",
    "typo",
    "warning",
    "“{match}”疑多打了一个字：应为“{suggestion}”",
    "一个字的词（为、在、把、对）按了两次键，两个字都不和前后成词（演化为为中国共产党、在在基层），"
    "T134 只看重叠字中有一个属于词的情况，这里补上两个都单独成字的情况。"
    "认为为了、作为为人民服务这样两个词在同一个字上相接的，叠词（常常、人人、的的确确）和人名不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，历史演化[为为]中国共产党的奋斗史"),
        variant("按照县委要求", "按照县委要求，深入基层少，[在在]基层调研不够"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，我认为为了群众，作为为人民服务的干部，常常对照检查，人人有责，"
            "的的确确，他他们，王芳芳同志，2024年年底，问题年年查，把教训说说透",
        ),
    ],
)
def doubled_single_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in lone_doubles(text):
        yield rule.finding(text, at, at + 2, (text[at],))
