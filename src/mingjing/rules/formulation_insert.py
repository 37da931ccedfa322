"""A standard formulation with one character put into it that breaks one of its words (F146): 党委政班子
for 党政班子, 两个维持护 for 两个维护 — a formulation finding with the formulation as the suggestion.

F129 (formulation_slip.py) finds an inserted run only when it stutters on a neighbour (the same
characters or syllables again) and only in formulations of six characters or more. A slip of the hand
inserts any character; what tells it from a legitimate word put in (党委副书记, 主题教育 → 主题党日) is that
it breaks a word of the formulation: rjieba's segmentation of the written run leaves a character of the
formulation alone that in the formulation belongs to a word of two or more characters (党政 → 党委 / 政).

Formulations: data/collocations.yaml's `formulations` (the names of the Thought, documents, campaigns,
posts) and `wordings` (the genre's fixed wordings of bodies and duties: 党政班子, 先锋模范作用). The written
run must be no word or known phrase and no piece of another formulation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import ngrams_in
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_MIN_LENGTH = 4


@lru_cache(maxsize=1)
def wordings() -> tuple[str, ...]:
    """The formulations and the genre's fixed wordings, Chinese characters only, four or more."""
    from mingjing.rules.near_twin import _collocation_data, formulations

    extra = tuple(str(w) for w in _collocation_data().get("wordings", []) if w)
    return tuple(
        f
        for f in dict.fromkeys((*formulations(), *extra))
        if len(f) >= _MIN_LENGTH and re.fullmatch(r"[\u4e00-\u9fff]+", f)
    )


@lru_cache(maxsize=1)
def _by_ends() -> tuple[
    dict[str, re.Pattern[str]], dict[str, tuple[tuple[int, re.Pattern[str]], ...]], frozenset[str]
]:
    """One pattern per first two characters of the formulations (each formulation of that head with
    one character inserted after them, inside one of its words); per last two characters, one pattern
    per length (the character inserted after the first: the run starts that many characters before the
    tail's end); and those keys (two Chinese characters each: their places are the document's bigrams').

    The inserted character is written `.` (any character but a newline), not the class of Chinese
    characters: the regex compiler spends about half a millisecond on each such class, half a second
    for all of them at a process's first review. `_match` keeps the class's meaning."""
    import rjieba

    heads: dict[str, list[str]] = {}
    tails: dict[str, dict[int, list[str]]] = {}
    for f in wordings():
        inner: set[int] = set()  # positions j where an insertion before f[j] splits a word of f
        at = 0
        for word in rjieba.cut(f, False):
            inner.update(range(at + 1, at + len(word)))
            at += len(word)
        for j in sorted(inner):
            variant = re.escape(f[:j]) + "." + re.escape(f[j:])  # f is Chinese characters only
            if j >= 2:
                heads.setdefault(f[:2], []).append(variant)
            else:
                tails.setdefault(f[-2:], {}).setdefault(len(f) + 1, []).append(variant)
    return (
        {k: re.compile("|".join(v)) for k, v in heads.items()},
        {k: tuple((n, re.compile("|".join(v))) for n, v in by_n.items()) for k, by_n in tails.items()},
        frozenset({*heads, *tails}),
    )


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _match(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The match at `start` of `pattern` as if each `.` were the class of Chinese characters: the
    branches are tried in order and each is a fixed run of characters, so the branch that matches with
    `.` is the one the class would match too whenever its character there is Chinese; otherwise (rare)
    the pattern with the class is compiled and asked."""
    m = pattern.match(text, start)
    if m is None or _CJK_RUN.fullmatch(m.group()):
        return m
    return _with_class(pattern.pattern).match(text, start)


@lru_cache(maxsize=64)
def _with_class(source: str) -> re.Pattern[str]:
    return re.compile(source.replace(".", "[\u4e00-\u9fff]"))


def _formulation_of(run: str) -> str | None:
    """The formulation that `run` is with one character inserted (the first, longest first)."""
    for f in _by_length().get(len(run) - 1, ()):
        if any(run[:j] + run[j + 1 :] == f for j in range(1, len(f))):
            return f
    return None


@lru_cache(maxsize=1)
def _by_length() -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for f in wordings():
        out.setdefault(len(f), []).append(f)
    return {n: tuple(v) for n, v in out.items()}


def _breaks_a_word(run: str, f: str) -> bool:
    """Whether rjieba leaves a character of `f` alone in `run` that belongs to a longer word in `f`
    (党委政班子 → 党委 / 政 / 班子, where 政 is of 党政); the inserted character alone is no evidence."""
    import rjieba

    j = next(k for k in range(1, len(f)) if run[:k] + run[k + 1 :] == f)
    if run[j] in (run[j - 1], run[j + 1]):
        return False  # a stutter (学习习近平… is 学习 + 习近平…; 主义义 is F129's)
    inside: set[int] = set()  # places of f that lie in a word of two characters or more
    at = 0
    for word in rjieba.cut(f, False):
        if len(word) >= 2:
            inside.update(range(at, at + len(word)))
        at += len(word)
    at = 0
    for word in rjieba.cut(run, False):
        if len(word) == 1 and at != j and (at if at < j else at - 1) in inside:
            return True
        at += len(word)
    return False


def inserted(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, formulation) of every formulation written with one character inserted that
    breaks one of its words, left to right."""
    import rjieba

    from mingjing.rules.formulation_slip import _cut_across
    from mingjing.rules.near_twin import known_phrases

    heads, tails, keys = _by_ends()
    found: list[tuple[int, int, str]] = []
    forms = wordings()
    for at, key in zip(*ngrams_in(text, 2, keys), strict=True):  # the document's shared bigrams
        tries = [(heads[key], at)] if key in heads else []
        tries += [(pattern, at + 2 - n) for n, pattern in tails.get(key, ()) if at + 2 - n >= 0]
        for pattern, start in tries:
            m = _match(pattern, text, start)
            if m is None:
                continue
            run = m.group()
            f = _formulation_of(run)
            if f is None or rjieba.has_word(run) or run in known_phrases() or any(run in g for g in forms):
                continue
            if _breaks_a_word(run, f) and not (m.start() > 0 and _cut_across(text, m.start())):
                found.append((m.start(), m.end(), f))
    found.sort()
    after = 0
    for start, end, f in found:
        if start >= after:
            yield start, end, f
            after = end


@code_rule(
    "F146",
    "formulation-inserted-character",
    "formulation",
    "warning",
    "“{match}”疑为“{suggestion}”：固定提法中多了一个字",
    "固定提法（指导思想、文件和职务名称、党政班子、先锋模范作用这类固定说法）中间多打了一个字，"
    "而且这个字把提法里的词拆散了（党委政班子：“党政”被拆开），按固定提法改正；"
    "多出的字自成一词、不拆散原词的（党委副书记）不算。",
    bad=[
        variant("我认真学习《习近平著作选读》", "局[党委政班子]认真学习《习近平著作选读》"),
    ],
    good=[
        variant("我认真学习《习近平著作选读》", "局党政班子和党委副书记认真学习《习近平著作选读》"),
    ],
)
def formulation_inserted_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, f in inserted(ctx.text):
        yield rule.finding(ctx.text, start, end, (f,))
