"""Near-words of the less common working words (T166): 奢销 → 赊销, 泄红 → 泄洪, 防钱 → 防线.

T316 (rules/near_words.py) holds the slips of the two-character words of jieba's dictionary of frequency
1000 or more. The working words of these materials are often rarer (赊销 11, 兜底 33, 垦区 44, 泄洪 153,
防线 844), and a scan or 五笔 confuses look-alikes the hand-written shape groups lack (线/钱). The table
(scripts/generate_rare_near_words.py, data/near_words_rare.tsv.xz) takes the words of frequency 10–999
and the characters of the same or a merged reading (commoner than the right one) and the best glyph
look-alikes (rules/glyph_look_alikes.py); a wrong form that could come from two words, or that the
genre's texts write, is left out. In the text a form is reported where it is written once, T116's
`reportable` lets it through (no name, no series, not in 《…》), no aspect particle follows (待久了: a verb
and its complement), and either the segmenter's guessing of unknown words reads it as one word (T316's
test) or the dictionary alone cuts it into two lone characters that join neither neighbour into a word
(机关/脱/勾/后: 关脱 and 勾后 are no words, where the guessing cuts 机关脱 / 勾后).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.near_words import _CLAUSE_END, _WINDOW, read_as_one_word
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
    from mingjing.rules.word_slips import reportable

    table = rare_near_word_table() if table is None else table
    found = table.present_in(text) if isinstance(table, FormTable) else set(cjk_ngrams(text, 2)) & set(table)
    hits = sorted((text.find(w), w) for w in found if text.count(w) == 1)
    after = 0
    for start, wrong in hits:
        end = start + 2
        if start < after or text[end : end + 1] in _ASPECT or not reportable(text, start, end):
            continue
        if (start > 0 and text[start - 1] == text[start]) or text[end : end + 1] == text[end - 1]:
            continue  # 竞竞业业: a doubled pattern is read whole (兢兢业业), not as the pair 竞业
        if read_as_one_word(text, start, end) or _two_lone_characters(text, start, end):
            yield start, end, table[wrong]
            after = end


def _two_lone_characters(text: str, start: int, end: int) -> bool:
    """Whether the dictionary segmentation (no guessing of unknown words) of the clause around
    text[start:end] cuts it into two single characters, neither of which makes a dictionary word with
    its outer neighbour."""
    import rjieba

    left = start
    while left > 0 and start - left < _WINDOW and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    at = left
    singles = 0
    for token in rjieba.cut(text[left : end + _WINDOW], False):
        if at in (start, start + 1) and len(token) == 1:
            singles += 1
        at += len(token)
        if at >= end:
            break
    if singles != 2:
        return False
    return not (start > 0 and dictionary_freq(text[start - 1 : start + 1])) and not dictionary_freq(
        text[end - 1 : end + 1]
    )


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
        # 以领代耗: the coined 以X代Y, one character each (r22)
        variant("我两天后才安排核查。", "我两天后才安排核查，班组领用的劳保用品有时“以领代耗”。"),
        # 院 is the body's short name before its organ (院党委), no 寺院 (r22)
        variant("我两天后才安排核查。", "我两天后才安排核查，认为院里的事院党委定了就行。"),
    ],
)
def rare_near_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in rare_near_words(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))
