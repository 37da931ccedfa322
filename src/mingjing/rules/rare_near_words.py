"""Near-words of the less common working words (T166): 奢销 → 赊销, 泄红 → 泄洪, 防钱 → 防线.

T316 (rules/near_words.py) holds the slips of the two-character words of jieba's dictionary of frequency
1000 or more. The working words of these materials are often rarer (赊销 11, 兜底 33, 垦区 44, 泄洪 153,
防线 844), and a scan or 五笔 confuses look-alikes the hand-written shape groups lack (线/钱). The table
(scripts/generate_rare_near_words.py, data/near_words_rare.tsv.xz) takes the words of frequency 10–999
and every character of the same or a merged reading in the same tone and the best glyph look-alikes
(rules/glyph_look_alikes.py); a wrong form that could come from two words is left out. In the text it is
reported under T316's guards and not before an aspect particle (待久了): written once, cut as one word by the segmenter's guessing of unknown
words, and let through by T116's `reportable` (no name, no series, not in 《…》).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.near_words import near_words
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.tables import FormTable, open_table

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_ASPECT = frozenset("了着过")


@lru_cache(maxsize=1)
def rare_near_word_table() -> FormTable:
    """wrong → right of the less common words' near-words: the mapped table built from the TSV source."""
    return open_table("near_words_rare")


def rare_near_words(text: str, table: Mapping[str, str] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of every near-word of a less common word reported, left to right; not
    before an aspect particle (待久了: a verb and its complement). `table` replaces the shipped one (the
    generator measures its candidates with it)."""
    for start, end, right in near_words(text, rare_near_word_table() if table is None else table):
        if text[end : end + 1] not in _ASPECT:
            yield start, end, right


@code_rule(
    "T166",
    "rare-near-word",
    "typo",
    "warning",
    "“{match}”不是词，疑为“{suggestion}”之误",
    "较少见的工作用词（词典词频 10–999）里一个字写成了同音同调字、方言里分不清的近音字或字形相近的字，"
    "写出来的两个字不成词，也不是别的词的笔误（泄红→泄洪、积查→稽查、防钱→防线）。候选表由词典和字形表生成，"
    "在全部干净材料上核对过；只在这两个字自成一段、分词时被当作一个词、全文只出现一次时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，水库[泄红]预案没有演练。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，税务[积查]发现的问题整改不到位。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，水库泄洪预案没有演练，税务稽查发现的问题整改不到位。"
        ),
    ],
)
def rare_near_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in rare_near_words(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))
