"""Set phrases with one character slipped in a wider way than T111's lexicon (T124): the same syllable in
another tone (天踏下来 → 天塌下来) or a character that holds the right one or shares its main part
(当局都迷 → 当局者迷), from data/misspellings_wide.tsv.xz (scripts/generate_wide_slips.py); and set
phrases garbled in their first half (T125): 无那么加勉 for 无则加勉, told by a tail that no other word has.

The table is generated from the dictionaries at build time: the right forms are the set phrases of
jieba's dictionary (tags i and l) and the genre's fixed phrases; a wrong form is no word, no piece of a
word, its three kept characters fit that one phrase only, and it is absent from every clean fixture.
In the text a wrong form is reported where it does not begin inside a word of its clause (T111's test)
and lies outside 《…》; a form written twice or more is the writer's own term, not a slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set, cjk_ngrams
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.tables import open_table

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext
    from mingjing.rules.tables import FormTable

WIDE = Path(__file__).parent / "data" / "misspellings_wide.tsv.xz"  # the source of misspellings_wide.table
TAILS = Path(__file__).parent / "data" / "idiom_tails.tsv"
_CLAUSE_MARK = re.compile(r"[。！？；，、：,;:!?“”‘’（）《》\s]")
_REACH = 3  # how far before a tail the phrase's first character is looked for (无那么加勉)
# a point's label (二是问题要抓准 is no 二体问题): the form opens with a numeral and 是
_LABEL = re.compile(r"[一二三四五六七八九十]是")
NOTES = {"sound": "同音字，声调不同", "shape": "形近字：一个字包含另一个字或主体部件相同"}


class WideTable(Mapping[str, tuple[str, str]]):
    """wrong → (right, kind) over the mapped table file (rules/tables.py: data/misspellings_wide.table,
    built from the TSV source): 631,218 four-character forms as sorted 60-bit codes, the document's
    four-character runs looked up all at once (`find`); a process reads only the pages it needs."""

    def __init__(self, table: FormTable) -> None:
        self._table = table

    def find(self, text: str) -> list[int]:
        """Where a wrong form of the table begins in `text`, left to right."""
        return self._table.find(text)

    def __getitem__(self, wrong: str) -> tuple[str, str]:
        right = self._table[wrong]
        return right, "shape" if self._table.flagged(wrong) else "sound"

    def __contains__(self, wrong: object) -> bool:
        return wrong in self._table

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


@lru_cache(maxsize=1)
def wide_slips() -> WideTable:
    """wrong → (right, kind), mapped once per process."""
    return WideTable(open_table("misspellings_wide"))


def phrase_slips(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right form, note) of every wide slip standing alone, left to right."""
    from mingjing.rules.misspellings import _stands_alone
    from mingjing.rules.word_slips import _named

    table = wide_slips()
    after = 0
    for start in table.find(text):
        end = start + 4
        wrong = text[start:end]
        if (
            start >= after
            and text.count(wrong) == 1
            and not _LABEL.match(wrong)
            and not _named(text, start)
            and _stands_alone(text, start, end)
        ):
            right, kind = table[wrong]
            yield start, end, right, NOTES[kind]
            after = end


@code_rule(
    "T124",
    "phrase-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”之误（{note}）",
    "成语和固定说法里一个字写错，错得比常见错别字表更宽：同一音节的另一声调（天踏下来→天塌下来），"
    "或者字形互相包含、主体部件相同（当局都迷→当局者迷）。错的写法不是词，其余三个字只对得上这一个成语，"
    "在全部干净材料里都没有出现过；只在它自成一段、不在书名号里时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，总觉得[天踏下来]有领导顶着。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，旁观者清，[当局都迷]。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，总觉得天塌下来有领导顶着；旁观者清，当局者迷。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。一是态度要端正；二是问题要抓准。"),
    ],
)
def phrase_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right, note in phrase_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,), note=note)


@lru_cache(maxsize=1)
def _tail_set() -> frozenset[str]:
    return frozenset(idiom_tails())


@lru_cache(maxsize=1)
def idiom_tails() -> dict[str, str]:
    """tail → set phrase (data/idiom_tails.tsv), read once per process."""
    lines = TAILS.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


_PARTICLES = "的地得之"


def garbled(text: str, grams2: Iterable[str] | None = None) -> Iterator[tuple[int, int, str | None, str]]:
    """(start, end, suggestion or None, phrase) of every set phrase written with its tail but not its
    head: the span runs from the phrase's first character when it stands at most _REACH characters
    before the tail in the same clause (无那么加勉 → 无则加勉, a suggestion), else it is the two
    characters before the tail and the tail (no suggestion: what was meant there is the reader's)."""
    tails = idiom_tails()
    for tail in sorted(_tail_set().intersection(cjk_ngrams(text, 2) if grams2 is None else grams2)):
        phrase = tails[tail]
        for m in re.finditer(tail, text):
            i = m.start()
            if i < 2 or text[i - 2 : i + 2] == phrase or _CLAUSE_MARK.match(text[i - 1]):
                continue
            if text[i - 1] in _PARTICLES:
                continue  # 鼓鼓劲的互励: after 的 the tail is a word of its own, the head of a noun phrase
            start, suggestion = i - 2, None
            for k in range(i - 2, max(-1, i - 2 - _REACH), -1):
                if _CLAUSE_MARK.match(text[k]):
                    break
                if text[k] == phrase[0] and text[k + 1 : k + 2] != phrase[1]:
                    start, suggestion = k, phrase
                    break
            if _CLAUSE_MARK.search(text, start, i):
                continue
            yield start, i + 2, suggestion, phrase


@code_rule(
    "T125",
    "garbled-set-phrase",
    "typo",
    "warning",
    "“{match}”疑为成语“{phrase}”写错",
    "成语的后两个字只属于这一个成语（加勉只在“无则加勉”里），前两个字却不是它的：成语写乱了。"
    "成语的第一个字就在前面几个字里时，建议改成整个成语。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对批评意见有则改之、[无那么加勉]。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，对批评意见有则改之、无则加勉。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，会上既有红红脸的严肃，又有鼓鼓劲的互励。"),
    ],
)
def garbled_set_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # a text read from traditional characters keeps forms the tables do not know
    for start, end, suggestion, phrase in garbled(ctx.text, cjk_bigram_set(ctx.text)):
        yield rule.finding(ctx.text, start, end, (suggestion,) if suggestion else (), phrase=phrase)
