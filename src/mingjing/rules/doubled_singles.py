"""A one-character word typed twice between words (T137): 演化为为中国共产党 → 演化为中国共产党,
在在基层 → 在基层.

T134 (rules/doubled_chars.py) reads a doubled character where exactly one copy belongs to a word
(群众众). A key pressed twice on a word of one character (为, 在, 把, 对) leaves two copies of which
neither belongs to a word; T134 leaves them alone because two words meeting on one character look the
same (认为|为了). Here, against jieba's dictionary:

- `cc` is no word (常常, 人人) unless `c` is a preposition (对对 is a word of its own, an answer, but the
  segmentation below still has to cut 对 / 对 before a noun), no listed word of three or four characters holds both copies, and it is
  no run of three nor part of AABB (的的确确);
- neither copy belongs to a word: rjieba's segmentation of the clause around the pair (dictionary
  words only) cuts both copies as words of one character (演化/为/为/中国, where 化为 is a word of the
  dictionary but not of the sentence), not 认为/为了, 作为/为/人民 or 他/他们;
- the character is a frequent word on its own (jieba's frequency of the single character) and a word
  that Chinese never doubles on purpose: a preposition, conjunction, particle, adverb or pronoun by
  jieba's tag, or the copula 是, the verb 有 or an auxiliary (要, 能, 应, 该, 需). Nouns, measure words and verbs double as a form of their own (年年查,
  说说透, 看看) and are left alone, as is a name's doubled given name (丽丽);
- 了了 is read like a preposition's pair (round r17: 完成了了调解, 开展了了12次): the word 了了 (clear) lives only
  in set phrases the longer words hold (不了了之, 小时了了), and 了了之 plays on them (说了了之);
- a Chinese character, a digit or an opening “ or 《 follows the pair and no digit or Latin letter precedes it (2024年年底),
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
from mingjing.rules.grams import doubled_starts
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

    for i in doubled_starts(text):
        c = text[i]
        before, after = text[i - 1 : i], text[i + 2 : i + 3]
        if not (_CJK.match(after) or after.isdigit() or after in "“《") or _LATIN_OR_DIGIT.match(before):
            continue  # 开展了了12次, 落实了了“三会一课”: a number or an opening mark may follow
        if c == "了" and after == "之":
            continue  # 说了了之, 批了了之: a play on 不了了之
        if before == c or after == c or (dictionary_freq(c + c) and not _preposition(c) and c != "了"):
            continue  # 对对 is a word (an answer: 对对，就这样), yet 对对班子成员 is a key pressed twice; 了了
            # (clear) lives only in set phrases (不了了之, 小时了了) the longer words below hold
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
    return c in _UNDOUBLED_VERBS or flag[:1] in _UNDOUBLED_TAGS


@lru_cache(maxsize=512)
def _preposition(c: str) -> bool:
    import rjieba

    return rjieba.tag(c)[0][1] == "p"


# the copula, the verb of having and the auxiliaries: verbs of one character that no form of
# Chinese reduplicates (看看, 说说 are action verbs; 有有, 要要, 能能 are keys pressed twice)
_UNDOUBLED_VERBS = frozenset("是有要能应该需得")
_UNDOUBLED_TAGS = frozenset("pcudr")  # jieba's tags: preposition, conjunction, particle, adverb, pronoun
_CLAUSE_END = re.compile(r"[^\u4e00-\u9fff]")
_WINDOW = 8


def _tokens(text: str, i: int) -> dict[int, int]:
    """Start → end of every token of rjieba's segmentation (dictionary words only) of the clause
    around text[i:i+2], at most _WINDOW characters each side."""
    import rjieba

    left = i
    while left > 0 and i - left < _WINDOW and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = i + 2
    while right < len(text) and right - i < _WINDOW + 2 and not _CLAUSE_END.match(text[right]):
        right += 1
    at, spans = left, {}
    for token in rjieba.cut(text[left:right], False):
        spans[at] = at + len(token)
        at += len(token)
    return spans


def _both_alone(text: str, i: int) -> bool:
    """Whether the clause's segmentation cuts text[i:i+2] c / c."""
    spans = _tokens(text, i)
    return spans.get(i) == i + 1 and spans.get(i + 1) == i + 2


@code_rule(
    "T137",
    "doubled-single-word",
    "typo",
    "warning",
    "“{match}”疑多打了一个字：应为“{suggestion}”",
    "一个字的词（为、在、把、对、了）按了两次键，两个字都不和前后成词（演化为为中国共产党、在在基层），"
    "T134 只看重叠字中有一个属于词的情况，这里补上两个都单独成字的情况。"
    "认为为了、作为为人民服务这样两个词在同一个字上相接的，叠词（常常、人人、的的确确）和人名不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，历史演化[为为]中国共产党的奋斗史"),
        variant("按照县委要求", "按照县委要求，深入基层少，[在在]基层调研不够"),
        variant("按照县委要求", "按照县委要求，对[有有]的村组走访不够"),
        variant("按照县委要求", "按照县委要求，[对对]村组干部的提醒不够"),
        variant("按照县委要求", "按照县委要求，全年开展[了了]12次集中学习"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，我认为为了群众，作为为人民服务的干部，常常对照检查，人人有责，"
            "的的确确，他他们，王芳芳同志，2024年年底，问题年年查，把教训说说透，"
            "还有有的同志，没有有效办法，要有有的放矢的措施，他要要求自己，为了了解情况，"
            "有的问题不了了之，实在解决不了了，说了了之",
        ),
    ],
)
def doubled_single_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in lone_doubles(text):
        yield rule.finding(text, at, at + 2, (text[at],))


_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
_AFTER_NAME = frozenset("）)」』”》")  # a unit named by a number or in quotes ends before the pair
_OWN_COUNT = 2  # a pair of characters written this often in the text is the material's own word (送教)
_WORD_MIN = 200  # the word the kept copy belongs to is this frequent in jieba's dictionary


def stray_copies(text: str) -> Iterator[int]:
    """The offset of the first copy of a character typed twice where the clause's segmentation puts
    one copy in a word and leaves the other alone (提/提升, 学习/习), and T134 stays quiet."""
    from mingjing.rules.doubled_chars import (
        _COMMON_SINGLE,
        _PARTICLES,
        _UNIT_AFFAIRS,
        UNIT_ENDS,
        _opens_phrase,
        doubled_slips,
        paired_unit,
    )
    from mingjing.rules.formulation_order import listed_member_at

    told = set(doubled_slips(text))
    for i in doubled_starts(text):
        c = text[i]
        if i in told or text[i - 1 : i] == c or text[i + 2 : i + 3] == c:
            continue
        if dictionary_freq(c + c) >= _WORD_MIN:  # 常常, 人人; 提提 (frequency 3) is noise of the dictionary
            continue
        if _DOUBLED.match(re.sub(r"\s", "", text[i + 2 : i + 6])) or (i >= 2 and _DOUBLED.match(text, i - 2)):
            continue  # AABB, also across a line break (原原本\n本)
        if c in _NUMERALS or text[i - 1 : i] in _AFTER_NAME:
            continue  # 十五五, （3）班班主任
        if dictionary_freq(c) >= _COMMON_SINGLE or _LATIN_OR_DIGIT.match(text[i - 1 : i] or "x"):
            continue  # a common word alone (为, 在): two words may meet on it
        if any(_word(text, a, a + k) for k in (3, 4) for a in range(i + 2 - k, i + 1)):
            continue
        if listed_member_at(text, i, i + 2):
            continue  # 洗洗澡、治治病: a listed formulation's own doubling (round r20)
        if c in UNIT_ENDS and _UNIT_AFFAIRS.match(text, i + 2):
            continue  # 组织部|部务会: a unit's own affairs after its name (r21)
        spans = _tokens(text, i)
        if spans.get(i) == i + 1:  # the first copy alone, a word begins with the second
            if i >= 1 and text.count(text[i - 1 : i + 1]) >= _OWN_COUNT:
                continue  # 送教|教师 where 送教 is written elsewhere too: the material's own word (r21)
            end = spans.get(i + 1, i + 2)
            if end - (i + 1) >= 2 and c not in UNIT_ENDS and dictionary_freq(text[i + 1 : end]) >= _WORD_MIN:
                yield i
        elif spans.get(i + 1) == i + 2:  # a word ends on the first copy, the second alone
            start = next((s for s, e in spans.items() if e == i + 1), i)
            if (
                i - start >= 1
                and text[i + 2 : i + 3] not in _PARTICLES
                and not _opens_phrase(text, i + 1)
                and not paired_unit(text, i + 1)
                and dictionary_freq(text[start : i + 1]) >= _WORD_MIN
            ):
                yield i


@code_rule(
    "T138",
    "doubled-character-apart",
    "typo",
    "warning",
    "“{match}”疑多打了一个字：应为“{suggestion}”",
    "同一个键按了两次，按句子的分词，一个字在词里（提升、学习），另一个字落单，且这个字单用很少见"
    "（提提升、学习习）：删去落单的字，句子就通顺了。T134 按词表查前后能否成词，句首、词表里偶然成词的"
    "组合会让它放过；这里以整句的分词为准。单用常见的字（为、在、说）、单位名称的末字（所所长）、"
    "数字后的字（2024年年底）和叠词都不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，不断[提提]升能力"),
        variant("按照县委要求", "按照县委要求，加强学[习习]，改进作风"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，常常对照检查，改进工作作风，学习习近平总书记重要讲话，"
            "自然资源所所长座谈，2024年年底，说明明显不足，分管工作作了交流，谋划十五五规划，"
            "初二（3）班班主任，原原本\n本学习，坚持送教上门，送教教师每月送教两次，参加组织部部务会",
        ),
    ],
)
def doubled_character_apart(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in stray_copies(text):
        yield rule.finding(text, at, at + 2, (text[at],))
