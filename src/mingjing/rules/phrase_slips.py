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

import lzma
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WIDE = Path(__file__).parent / "data" / "misspellings_wide.tsv.xz"
TAILS = Path(__file__).parent / "data" / "idiom_tails.tsv"
_CLAUSE_MARK = re.compile(r"[。！？；，、：,;:!?“”‘’（）《》\s]")
_REACH = 3  # how far before a tail the phrase's first character is looked for (无那么加勉)
NOTES = {"sound": "同音字，声调不同", "shape": "形近字：一个字包含另一个字或主体部件相同"}


class WideTable(Mapping[str, tuple[str, str]]):
    """wrong → (right, kind) over the table's text as read: every record is one line of exactly
    `_RECORD` characters (four, tab, four, tab, the kind's letter), so the keys are sliced at fixed
    offsets and a value is sliced only when asked for (650,000 records: 0.2 s instead of 0.8 s for a
    dict of tuples split line by line)."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._at: dict[str, int] = dict(
            zip((body[i : i + 4] for i in range(0, len(body), _RECORD)), range(0, len(body), _RECORD))
        )

    @property
    def offsets(self) -> dict[str, int]:
        """wrong form → its record's offset."""
        return self._at

    def __getitem__(self, wrong: str) -> tuple[str, str]:
        at = self._at[wrong]
        return self._body[at + 5 : at + 9], _KINDS[self._body[at + 10]]

    def __contains__(self, wrong: object) -> bool:
        return wrong in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


_RECORD = 12  # "天踏下来\t天塌下来\ts\n"
_KINDS = {"s": "sound", "h": "shape"}


@lru_cache(maxsize=1)
def wide_slips() -> WideTable:
    """wrong → (right, kind), read once per process."""
    with lzma.open(WIDE, "rt", encoding="utf-8") as f:
        text = f.read()
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return WideTable(text[start:])


def phrase_slips(text: str, grams4: list[str] | None = None) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right form, note) of every wide slip standing alone, left to right."""
    from mingjing.rules.misspellings import _stands_alone
    from mingjing.rules.word_slips import _named

    table = wide_slips()
    offsets = table.offsets  # the plain dict: a Mapping's __contains__ is a Python call per n-gram
    found = {g for g in (cjk_ngrams(text, 4) if grams4 is None else grams4) if g in offsets}
    hits = sorted((m.start(), w) for w in found if text.count(w) == 1 for m in re.finditer(w, text))
    after = 0
    for start, wrong in hits:
        end = start + 4
        if start >= after and not _named(text, start) and _stands_alone(text, start, end):
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
    ],
)
def phrase_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right, note in phrase_slips(ctx.text, ctx.ngrams(4)):
        yield rule.finding(ctx.text, start, end, (right,), note=note)


@lru_cache(maxsize=1)
def _tail_set() -> frozenset[str]:
    return frozenset(idiom_tails())


@lru_cache(maxsize=1)
def idiom_tails() -> dict[str, str]:
    """tail → set phrase (data/idiom_tails.tsv), read once per process."""
    lines = TAILS.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


def garbled(text: str, grams2: list[str] | None = None) -> Iterator[tuple[int, int, str | None, str]]:
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
    good=[GOOD, variant("我两天后才安排核查。", "我两天后才安排核查，对批评意见有则改之、无则加勉。")],
)
def garbled_set_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # a text read from traditional characters keeps forms the tables do not know
    for start, end, suggestion, phrase in garbled(ctx.text, ctx.ngrams(2)):
        yield rule.finding(ctx.text, start, end, (suggestion,) if suggestion else (), phrase=phrase)
