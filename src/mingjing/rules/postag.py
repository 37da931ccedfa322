"""Part-of-speech tags for short clauses, from rjieba (jieba-rs: jieba's dictionary and tag set,
about 20 times faster than jieba.posseg; see README, Decisions). Imported lazily: the dictionary
loads on the first clause tagged, never for `mingjing --help` or a review without a candidate."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

Token = tuple[str, str, int]  # word, tag, offset in the text
CLAUSE = re.compile(r"[^，。；、！？：:;,!?\n“”‘’（）()《》【】]+")


def words_before(text: str, at: int, width: int) -> str:
    """The `width` characters or fewer right before `at`, from after the last clause mark or space among
    them (the words a name written before `at` may be made of)."""
    clause = text[max(0, at - width) : at]
    cut = max(clause.rfind(c) for c in "，。；：、\n“”（）《》 ")
    return clause[cut + 1 :]


@lru_cache(maxsize=4096)
def tag(clause: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of one clause, jieba's tag set (v verb, vn verbal noun, a adjective,
    ad adverbial adjective, d adverb, i idiom, z descriptive, n noun, p preposition, u… particles)."""
    import rjieba

    return tuple(rjieba.tag(clause))  # (word, tag) tuples already


def adverb_or_pronoun(ch: str) -> bool:
    """Whether jieba tags the character alone an adverb or a pronoun (逐, 均, 各): it opens a phrase with any
    noun or verb after it (逐井, 逐块, 各站), so a pair it opens is no slip of a word by its first character."""
    tags = tag(ch)
    return len(tags) == 1 and tags[0][1] in ("d", "r")


def tagged_clauses(text: str, start: int, end: int, needle: str) -> Iterator[tuple[int, list[Token]]]:
    """(clause start, tokens as (word, tag, offset in text)) for each clause of text[start:end]
    holding `needle`; only those clauses are tagged."""
    if CLAUSE.fullmatch(needle):  # the needle lies inside a clause: go through the clauses
        for clause in CLAUSE.finditer(text, start, end):
            if needle in clause.group():
                yield clause.start(), _tokens(clause)
        return
    at = text.find(needle, start, end)
    while at >= 0:
        m = CLAUSE.match(text, _clause_start(text, at, start), end)
        if m is None:  # the needle is itself a separator: no clause holds it
            return
        yield m.start(), _tokens(m)
        at = text.find(needle, m.end(), end)


def _tokens(clause: re.Match[str]) -> list[Token]:
    words = tag(clause.group())
    starts = accumulate([len(w) for w, _ in words], initial=clause.start())
    return [(w, t, at) for (w, t), at in zip(words, starts)]


def _clause_start(text: str, at: int, start: int) -> int:
    k = at
    while k > start and CLAUSE.match(text[k - 1]):
        k -= 1
    return k
