"""A character dropped inside a term of the genre (T147): 民主集制 for 民主集中制, 全面从治党 for
全面从严治党.

A dropped character mostly leaves real characters that the segmenter joins to their neighbours, so
no word list sees it (the synthetic eval's 漏字 row). Inside a term of five characters or more the
gap is plain: the genre's collocations and formulations (data/collocations.yaml, as T401 reads them)
are indexed by every form with one inner character dropped (the first and last kept: 集中制 is part
of 民主集中制, not a gap of it), and a run of the text that is such a form is reported where the
text there does not hold the whole term, the run is no word of jieba's dictionary nor two words side
by side (学用贯通 is a wording of its own, not a gap of 学思用贯通), and exactly one term gives it.

A term of six characters or more cut off before its last character where the clause ends (落实中央八项
规定精，: the 神 lost at a mark) is reported too (round r12): the form with the last character dropped is
no term, no word, does not end on a word (安全生产责任 of 安全生产责任制), exactly one term gives it,
and a mark or the end of the text follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.grams import cjk_bigram_set, ngrams_in
from mingjing.rules.near_twin import collocations
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

MIN_TERM = 5
NOISE = 5  # jieba's dictionary carries misspellings as entries of frequency 3
_CJK = re.compile(r"[\u4e00-\u9fff]+")


# verbs the genre's slogans shorten to their first character (防止返贫 → 防返贫动态监测, 稳定就业 → 稳就业,
# 促进消费 → 促消费, 反对四风 → 反四风): a term opening with one is written either way, no character dropped
_SHORTENED_VERBS = frozenset({"防止", "稳定", "促进", "保障", "扩大", "反对", "优化"})


@lru_cache(maxsize=1)
def gap_index() -> dict[str, str]:
    """Each term with one inner character dropped → the term ('' when two terms give it)."""
    terms = {p for p in collocations() if len(p) >= MIN_TERM and _CJK.fullmatch(p)}
    index: dict[str, str] = {}
    for term in terms:
        for i in range(1, len(term) - 1):
            form = term[:i] + term[i + 1 :]
            if form in terms or (i == 1 and term[:2] in _SHORTENED_VERBS):
                continue
            index[form] = "" if index.get(form, term) != term else term
    return index


MIN_TAIL_TERM = 6


@lru_cache(maxsize=1)
def tail_index() -> dict[str, str]:
    """Each term of six characters or more without its last character → the term (one term only)."""
    terms = {p for p in collocations() if len(p) >= MIN_TAIL_TERM and _CJK.fullmatch(p)}
    index: dict[str, str] = {}
    for term in terms:
        form = term[:-1]
        if form in terms or dictionary_freq(form) or dictionary_freq(form[-2:]) > NOISE:
            continue  # 安全生产责任 ends on a word (责任): a term of its own, no 安全生产责任制 cut off
        index[form] = "" if index.get(form, term) != term else term
    return {form: term for form, term in index.items() if term}


@lru_cache(maxsize=1)
def _tails_by_end() -> dict[str, tuple[str, ...]]:
    """The cut-off forms by their last two characters."""
    out: dict[str, list[str]] = {}
    for form in tail_index():
        out.setdefault(form[-2:], []).append(form)
    return {end: tuple(forms) for end, forms in out.items()}


# a masked character after the run (全面从严治X责任): the term is whole, its last character hidden by a
# mask that R111 reports, not dropped (r28, real pages)
_MASKED = re.compile(r"[XxＸｘ*＊×╳✕□○〇◯]")


def tail_gaps(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) of every term cut off before its last character at a clause's end."""
    index, by_end = tail_index(), _tails_by_end()
    bigrams = cjk_bigram_set(text)  # shared with the other rules of the review
    found: list[tuple[int, int, str]] = []
    for last in (e for e in by_end if e in bigrams):
        at = text.find(last)
        while at >= 0:
            end = at + 2
            if not _CJK.match(text, end) and not _MASKED.match(text, end):
                found.extend(
                    (end - len(f), end, index[f]) for f in by_end[last] if text.startswith(f, end - len(f))
                )
            at = text.find(last, at + 1)
    yield from sorted(found)


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[int, ...]]:
    """The first two characters of every gapped form → the lengths of the forms that begin with them,
    longest first: a place is tried only where one begins, and only at those lengths."""
    lengths: dict[str, set[int]] = {}
    for f in gap_index():
        lengths.setdefault(f[:2], set()).add(len(f))
    return {head: tuple(sorted(ns, reverse=True)) for head, ns in lengths.items()}


@lru_cache(maxsize=1)
def _head_set() -> frozenset[str]:
    return frozenset(_heads())


def _words(form: str) -> bool:
    """Two words of the dictionary side by side (学用贯通 is 学用 + 贯通: a wording of its own)."""
    return len(form) == 4 and all(dictionary_freq(w) > NOISE for w in (form[:2], form[2:]))


def term_gaps(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) of every run that is a term with one inner character dropped."""
    index = gap_index()
    # where a gapped form can begin: the document's shared bigrams looked up at C speed, left to right
    heads = _heads()
    starts, grams = ngrams_in(text, 2, _head_set())
    taken = 0
    for at, head in zip(starts, grams):
        if at < taken:
            continue
        for n in heads[head]:  # a form of another length does not begin here
            form = text[at : at + n]
            if len(form) == n and index.get(form) and not dictionary_freq(form) and not _words(form):
                if at > 0 and dictionary_freq(text[at - 1 : at + 1]) > NOISE and text[at - 1] != form[0]:
                    continue  # 党纪处分条例: the character before takes the form's first (党纪), another wording (r21)
                term = index[form]
                if term not in text[max(0, at - len(term)) : at + len(term) + 1]:
                    yield at, at + n, term
                taken = at + n
                break


@code_rule(
    "T147",
    "term-missing-character",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：固定提法中漏了一个字",
    "漏打的字常被前后的字连成别的词，词表查不出；但在五个字以上的固定提法里，少一个字一眼就能比出来"
    "（民主集中制写成民主集制）。只在这串字和某个固定提法只差中间一个字、本身不是词、"
    "只有这一个提法对得上时提示。",
    bad=[
        variant("对原文原著学习没有常抓不懈", "对原文原著学习没有常抓不懈，执行[民主集制]不严格"),
        variant("对原文原著学习没有常抓不懈", "对原文原著学习没有常抓不懈，落实[中央八项规定精]，还有差距"),
    ],
    good=[
        variant("对原文原著学习没有常抓不懈", "对原文原著学习没有常抓不懈，执行民主集中制不严格"),
        variant("对原文原著学习没有常抓不懈", "对原文原著学习没有常抓不懈，防返贫动态监测不及时"),
        variant("对原文原著学习没有常抓不懈", "对原文原著学习没有常抓不懈，对照党纪处分条例查摆"),
    ],
)
def term_missing_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, term in sorted([*term_gaps(ctx.text), *tail_gaps(ctx.text)]):
        yield rule.finding(ctx.text, start, end, (term,))
