"""The proofreading lexicon (T111): everyday misspellings that are not words — 布署 → 部署, 名符其实 →
名副其实, 坐阵 → 坐镇, 等侯 → 等候, 辩别 → 辨别 — as data (data/misspellings.yaml, wrong → right in
groups with a note). Each entry was checked when it was written: the right form is a word of
jieba's dictionary, pypinyin's phrase lexicon or the genre's collocations, the wrong form is not a
common word there, and no entry fires on the clean fixtures (tests/test_misspellings.py walks them all).

A wrong form is not reported where it begins inside a word of the sentence (自己经常 holds 己经, 审批平均
holds 批平); rjieba segments the clause before each match. A word of two characters or more with a suffix
of one that is the wrong form's first character (监控台 + 帐, r18) leaves the wrong form standing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.grams import apart, ngrams_in
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.tables import FormTable, open_table
from mingjing.yamlnodes import load_data

DATA = Path(__file__).parent / "data" / "misspellings.yaml"
# scripts/generate_misspellings.py; read as misspellings_generated.table (rules/tables.py)
GENERATED = Path(__file__).parent / "data" / "misspellings_generated.tsv"
GENERATED_NOTE = "成语和四字格中的常见错误"
# characters that are words of their own in nearly every use (conjunctions, prepositions, particles): a
# two-character wrong form that starts with one and whose second character begins a word of the text is
# two words, not a slip (政策和协调 holds 和协)
_FUNCTION_CHARS = frozenset("和与及或并而且跟同对把被将为从向给让由在于以是的了着也都就又才还")
_CLAUSE_END = re.compile(r"[。！？；，、：“”‘’（）《》\s]")


@dataclass(frozen=True)
class Entry:
    wrong: str
    right: str
    note: str


@lru_cache(maxsize=2)
def entries(include_generated: bool = True) -> dict[str, Entry]:
    """The hand-written entries, then (unless told otherwise) the ones generated from the
    dictionaries; a hand-written entry wins over a generated one of the same wrong form."""

    out: dict[str, Entry] = {}
    if include_generated:
        out.update((w, Entry(w, r, GENERATED_NOTE)) for w, r in _generated().items())
    data = load_data(DATA.read_text(encoding="utf-8")) or {}
    for group in data.get("groups", []):
        for wrong, right in (group.get("swap") or {}).items():
            out[str(wrong)] = Entry(str(wrong), str(right), str(group["note"]))
    return out


@lru_cache(maxsize=1)
def _generated() -> FormTable:
    """The generated lexicon, wrong → right: the mapped table file built from its TSV source
    (rules/tables.py), 195,000 four-character forms read only where a text's runs are looked up."""
    return open_table("misspellings_generated")


def _entry(wrong: str) -> Entry:
    hand = entries(include_generated=False).get(wrong)
    return hand or Entry(wrong, _generated()[wrong], GENERATED_NOTE)


@lru_cache(maxsize=1)
def _by_first_two() -> dict[str, tuple[str, ...]]:
    """Hand-written wrong forms by their first two characters, longest first (the text's bigrams meet
    these keys in one set operation, several times faster than one regex alternation of 900 words)."""
    index: dict[str, list[str]] = {}
    for w in entries(include_generated=False):
        index.setdefault(w[:2], []).append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the match does not begin inside a word of its clause (rjieba's segmentation): 自己经常
    is 自己/经常, so 己经 there is no misspelling. A word of the dictionary that starts inside the
    match and runs past it is allowed (必竟是 is 必/竟是), an unknown run the segmenter made is too."""
    import rjieba

    left = start
    while left > 0 and start - left < 12 and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = min(len(text), end + 4)
    if end - start == 2 and text[start] in _FUNCTION_CHARS and _word_begins(text, start + 1, right):
        return False
    at = left
    for token in rjieba.cut(text[left:right]):
        if at < start < at + len(token) and len(token) > 1 and rjieba.has_word(token):
            # 交流会及短期进修: the slip's second character a conjunction after a word with a suffix (r27)
            return _suffix_taken(token, start - at) and not (
                end - start == 2 and text[start + 1] in _FUNCTION_CHARS
            )
        at += len(token)
        if at > start:
            break
    return True


def _suffix_taken(token: str, inside: int) -> bool:
    """Whether a word of three characters or more that swallows the match's first character as its
    own last one is a word of two or more characters with a suffix (监控台 + 帐: 监控 is the word, 台帐
    the slip), not a word the match cuts through (自己 + 经常 holds 己经: 自 is no such word)."""
    import rjieba

    head = token[:inside]
    return inside == len(token) - 1 and len(head) >= 2 and rjieba.has_word(head)


def _word_begins(text: str, at: int, right: int) -> bool:
    """Whether a dictionary word of two or more characters begins at `at` and runs past at + 1."""
    import rjieba

    return any(rjieba.has_word(text[at:stop]) for stop in range(at + 2, right + 1))


def _places(text: str, word: str) -> Iterator[int]:
    """Where `word` (plain characters) occurs in text, left to right, never overlapping: the places
    `re.finditer(re.escape(word), text)` gives, found by str.find (several times quicker)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


@lru_cache(maxsize=1)
def _first_two() -> frozenset[str]:
    """The first two characters of the hand-written wrong forms (all Chinese characters)."""
    return frozenset(_by_first_two())


def misspellings(text: str, grams4: list[str] | None = None) -> Iterator[tuple[int, int, Entry]]:
    """Wrong forms standing alone, left to right, the longest at each place, never overlapping. The
    hand-written forms are looked up where the document's two-character n-grams (rules/grams.py,
    shared with other rules) are their first two characters; the 200,000 generated ones by
    intersecting the text's four-character runs with them."""
    candidates: list[tuple[int, int, str]] = []
    index = _by_first_two()
    for i, key in apart(*ngrams_in(text, 2, _first_two())):
        candidates += [(i, i + len(w), w) for w in index[key] if text.startswith(w, i)]
    hand = entries(include_generated=False)  # a hand-written form is looked up above, not here
    generated = _generated().present_in(text)  # the text's four-character runs, as grams4
    for w in generated - hand.keys():
        candidates += [(i, i + len(w), w) for i in _places(text, w)]
    after = 0
    for i, end, w in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if i >= after and _stands_alone(text, i, end):
            yield i, end, _entry(w)
            after = end


@code_rule(
    "T111",
    "common-misspelling",
    "typo",
    "error",
    "“{match}”是错别字，应为“{suggestion}”（{note}）",
    "各类常见错别字表里的易错写法（成语和四字格、常用词、职务和党建用语），逐条写成数据："
    "错的写法不是词，对的写法是词典里的词；只在错的写法自成一词时提示（“自己经常”里的“己经”不算）。",
    bad=[
        variant("我对关键技术问题心中无数。", "我对上级的[布署]落实不够，对关键技术问题心中无数。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，让群众回家[等侯]消息。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，妇女之家还没有做到[名符其实]。"),
        # the generated lexicon: a 成语 with a look-alike (末/未) or a same-sound character (忱/枕)
        variant("我两天后才安排核查。", "我两天后才安排核查，有[本未倒置]的现象。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，辜负了群众的[满腔热枕]。"),
        # a word with a suffix swallows the slip's first character (监控台 + 帐)
        variant("我两天后才安排核查。", "我两天后才安排核查，税源监控[台帐]没有按月更新。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，自己经常反思，审批平均用时较长。"),
        # a word with a suffix, then a conjunction: 交流会|及 (r27)
        variant("我两天后才安排核查。", "我两天后才安排核查，参加经验交流会及短期培训的机会少。"),
    ],
)
def common_misspelling(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # read through the one-for-one conversion: 臺帳 → 台帐, 瞭解 stay right as written (T318 too)
    for start, end, entry in misspellings(ctx.text, ctx.ngrams(4)):
        yield rule.finding(ctx.text, start, end, (entry.right,), note=entry.note)
