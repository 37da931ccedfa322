"""A word's first character typed as its look-alike that is also a word of grammar (T325, round r24): 即定目标 →
既定目标, 抽油机并场 → 抽油机井场, 矿区并口 → 矿区井口.

即 and 并 stand alone as words (即 "namely, at once", 并 "and"), so the tables of two-character slips read 即定
and 并场 as a loose character and the next one and let them pass (their guard: a changed character that is a
free word is the sentence's own). The neighbours decide: 既 makes a modifier (既定, 既往, 既得: jieba's `b`
and `t`) that stands before a noun, while 即 "at once" stands before a verb; 井 makes a noun (井口, 井场, 井下)
that a noun before it qualifies (抽油机井场, 矿区井口), while 并 "and" never joins two nouns. Reported where
the written pair is no word of jieba's dictionary and the twin's pair is, the free character and the next one
are single words of the dictionary's segmentation (即|定|目标: no 即使, no 并口头 of 口头), and the neighbour
is a noun.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# the free character → the look-alike it was typed for, and which neighbour tells the twin's word: the next
# word (a modifier's noun) or the word before (a noun's qualifier)
TWINS: dict[str, tuple[str, str]] = {"即": ("既", "next"), "并": ("井", "before")}
_MODIFIER_TAGS = ("b", "t")  # 既定 b, 既往 t, 既得 b
_NOUN_TAGS = ("n", "s")  # 井口 ns, 井场 n, 井下 s


@lru_cache(maxsize=4096)
def _tag(word: str) -> str:
    import rjieba

    tagged = rjieba.tag(word)
    return str(tagged[0][1]) if len(tagged) == 1 else ""


@lru_cache(maxsize=4096)
def _word(word: str) -> bool:
    import rjieba

    return bool(rjieba.has_word(word))


def _noun(word: str) -> bool:
    return len(word) >= 2 and _tag(word).startswith("n") and _tag(word) not in ("nr", "nrt", "nz")


def twin_slips(words: list[str], starts: list[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, the twin's word) of each free character and its next word read as a slip."""
    for i, w in enumerate(words):
        if w not in TWINS or i + 1 >= len(words) or len(words[i + 1]) != 1:
            continue
        twin, side = TWINS[w]
        c = words[i + 1]
        written, right = w + c, twin + c
        if not ("\u4e00" <= c <= "\u9fff") or _word(written) or not _word(right):
            continue
        if side == "next":
            fits = _tag(right) in _MODIFIER_TAGS and i + 2 < len(words) and _noun(words[i + 2])
        else:
            fits = _tag(right).startswith(_NOUN_TAGS) and i > 0 and _noun(words[i - 1])
        if fits:
            yield starts[i], starts[i] + 2, right


@code_rule(
    "T325",
    "free-character-look-alike",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：“{match}”不成词，形近的字写错了（前后文要的是“{suggestion}”）",
    "即和既、并和井字形相近，即、并又能单独成词（即刻的即、并且的并），错别字表把“即定”“并场”当成一个虚字加一个字，"
    "看不出来。这里看前后的词：既定、既往、既得修饰后面的名词（既定目标），即作“就”讲时后面跟动词；井口、井场、"
    "井下是名词，前面常有名词限定（抽油机井场、矿区井口），并作“并且”讲时不连接两个名词。写法不成词、改一字成词、"
    "前后的词合乎后一种用法时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查。有2个项目没有按[即定]计划开工。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。部分抽油机[并场]护栏缺失。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查。按照既定目标推进，做到即来即办、即定即办。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。完成管网改造并场站验收，资料并口头汇报。"),
    ],
)
def free_character_look_alike(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    words = ctx.words(hmm=False)
    if not any(w in TWINS for w in words):
        return
    for start, end, right in twin_slips(words, ctx.word_starts(hmm=False)):
        yield rule.finding(ctx.text, start, end, (right,))
