"""Near-words that no dictionary knows: two characters (T316: 强列 → 强烈, 关践 → 关键, 任然 → 仍然), a
common word with one character replaced by one of the same syllable and tone, of a dialect-merged
initial or final in the same tone (z/zh, n/l, en/eng …) or a look-alike — the slips T116's narrower
table leaves out — and set phrases with one character of a merged initial or final in the same tone
(T317: 至始至终 → 自始至终), which T111 and T124 (the same syllable) leave out
(docs/review-real-text-l.md says why).

The tables are generated at build time (scripts/generate_near_words.py, data/near_words.tsv.xz and
data/near_phrases.tsv.xz). In the text a two-character form is reported where T116's guards let it
through (`word_slips.reportable`: it stands apart in the dictionary segmentation of its clause, is no
name, no parallel series, no abbreviated body, not inside 《…》), it is written once, and the
segmenter's guessing of unknown words (HMM) takes the two characters as one word: a slip is read as one
word, while two words that merely meet (直插, 大烩菜) or a name running on (辛建梅) are cut otherwise. A
set phrase is reported where written once, outside 《…》 and not beginning inside a word (T111's test).
A text read from traditional characters gets none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.tables import FormTable, open_table

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# scripts/generate_near_words.py writes both sources; rules/tables.py builds near_words.table and
# near_phrases.table from them
TABLE = Path(__file__).parent / "data" / "near_words.tsv.xz"
PHRASES = Path(__file__).parent / "data" / "near_phrases.tsv.xz"
_CLAUSE_END = re.compile(r"[。！？；，、：“”‘’（）《》\s,;:!?()]")
_WINDOW = 8


@lru_cache(maxsize=1)
def near_word_table() -> FormTable:
    """wrong → right of the two-character forms: the mapped table file built from the TSV source."""
    return open_table("near_words")


@lru_cache(maxsize=1)
def near_phrase_table() -> FormTable:
    """wrong → right of T317's set phrases: the mapped table file built from the TSV source."""
    return open_table("near_phrases")


def read_as_one_word(text: str, start: int, end: int) -> bool:
    """Whether the segmenter with its guessing of unknown words (HMM) cuts text[start:end] as one
    word in its clause (a slip 关践 is read as one word; 直插问题 is 直/插/问题)."""
    import rjieba

    left = start
    while left > 0 and start - left < _WINDOW and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _WINDOW and not _CLAUSE_END.match(text[right]):
        right += 1
    at = left
    for token in rjieba.cut(text[left:right], True):
        if at == start:
            return at + len(token) == end
        at += len(token)
        if at > start:
            return False
    return False


# the second half of 先…后… (先领用后补单, 先上车后补票): a verb phrase the author coins to mirror the first
_FIRST_THEN = re.compile(r"先[\u4e00-\u9fff]{1,4}后$")


def _second_of_pair(text: str, start: int) -> bool:
    return bool(_FIRST_THEN.search(text, max(0, start - 6), start))


def near_words(text: str, table: Mapping[str, str] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of every near-word reported, left to right. `table` replaces the
    shipped one (the generator measures its candidates with it)."""
    from mingjing.rules.genre_word_slips import coined_pair
    from mingjing.rules.word_slips import reportable

    if table is None:
        table = near_word_table()
    if isinstance(table, FormTable):  # the shipped tables (T316's, T166's): one vectorised lookup
        found = frozenset(table.present_in(text))
    else:
        found = frozenset(g for g in cjk_ngrams(text, 2) if g in table)
    hits = sorted((m.start(), w) for w in found if text.count(w) == 1 for m in re.finditer(w, text))
    after = 0
    for start, wrong in hits:
        end = start + 2
        if (
            start >= after
            and not _second_of_pair(text, start)
            and not coined_pair(text, start, end)
            and read_as_one_word(text, start, end)
            and reportable(text, start, end)
        ):
            yield start, end, table[wrong]
            after = end


@code_rule(
    "T316",
    "near-word",
    "typo",
    "warning",
    "“{match}”不是词，疑为“{suggestion}”之误",
    "常用双字词里一个字写成了同音同调字、方言里分不清的近音字（z/zh、n/l、en/eng 等，声调相同）"
    "或形近字，写出来的两个字不成词（强列→强烈、关践→关键、任然→仍然）。只在这两个字自成一段、"
    "分词时被当作一个词、全文只出现一次时提示；候选表在构建时由词典生成，并在全部干净材料上核对过。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，群众反映[强列]。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，问题[任然]存在。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，群众反映强烈，问题仍然存在。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对反复出现的问题视情开展专项治理。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，经办人：林静（办公室）。"),  # a name set apart
        # a level and a body of three characters the segmenter cuts 市经|信委 (r27)
        variant("我两天后才安排核查。", "我两天后才安排核查，市经信委到企业督导时我陪同不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，配件先领用后补单。"),  # coined to mirror 领用
        # a count's measure word, a negated or delegated verb (r23)
        variant("我两天后才安排核查。", "我两天后才安排核查，其中1部仅播出2期，空调未关，讲稿由科室代拟。"),
        # a body's side (r19): 馆方 in a material that names its 馆 (图书馆) elsewhere
        variant("我两天后才安排核查。", "我两天后才安排核查，从馆方角度考虑多，图书馆的开放时间多年未调。"),
        # an arbitration court's own word (the trades' lexicon: 调解 + 仲裁), no 调查 (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查，坚持调解优先、调裁结合，仲裁庭结案率不高。"),
    ],
)
def near_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in near_words(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))


def near_phrases(
    text: str, grams4: list[str] | None = None, table: Mapping[str, str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, set phrase) of every set phrase written with a merged-initial or -final slip, left to
    right: written once, not beginning inside a word of its clause (T111's test), not inside 《…》.
    `table` replaces the shipped one (the generator measures its candidates with it)."""
    from mingjing.rules.misspellings import _stands_alone
    from mingjing.rules.word_slips import _named

    if table is None:
        table = near_phrase_table()
        found = table.present_in(text)  # the text's four-character runs, as grams4
    else:
        found = {g for g in (cjk_ngrams(text, 4) if grams4 is None else grams4) if g in table}
    hits = sorted((m.start(), w) for w in found if text.count(w) == 1 for m in re.finditer(w, text))
    after = 0
    for start, wrong in hits:
        end = start + 4
        if start >= after and not _named(text, start) and _stands_alone(text, start, end):
            yield start, end, table[wrong]
            after = end


@code_rule(
    "T317",
    "near-set-phrase",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”之误（方言里分不清的近音字）",
    "成语和固定说法里一个字写成了方言里分不清的近音字：声调相同，只差平舌翘舌（z/zh、c/ch、s/sh）、n/l 或"
    "前后鼻音（en/eng、in/ing、an/ang），如至始至终→自始至终。写法不是词，其余三个字对不上另一个读音相近的说法，"
    "在全部干净材料里都没有出现过；只在它自成一段、全文只出现一次、不在书名号里时提示。",
    bad=[variant("我两天后才安排核查。", "我两天后才安排核查，没有做到[至始至终]坚持标准。")],
    good=[GOOD, variant("我两天后才安排核查。", "我两天后才安排核查，没有做到自始至终坚持标准。")],
)
def near_set_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in near_phrases(ctx.text, ctx.ngrams(4)):
        yield rule.finding(ctx.text, start, end, (right,))
