"""Overlapping n-grams of the runs of Chinese characters in a text, found by one regex scan (several
times quicker than slicing each run in Python; same n-grams in the same order)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=8)
def _gram(n: int) -> re.Pattern[str]:
    return re.compile(f"(?=([\\u4e00-\\u9fff]{{{n}}}))")


# n: (the last document, its n-grams); "set2": (the last document, its bigrams as a set). Each value
# is one tuple, read and replaced whole (safe across threads); `forget` empties them
_LAST: dict[object, tuple[str, Any]] = {}


def cjk_ngrams(text: str, n: int) -> list[str]:
    """Every run of n Chinese characters (U+4E00–U+9FFF) in the text, overlapping, left to right."""
    grams: list[str] = _gram(n).findall(text)
    return grams


def document_ngrams(text: str, n: int) -> list[str]:
    """`cjk_ngrams` of the document under review, kept for the last document: the review context
    (ReviewContext.ngrams) and the data rules' prefilters (rules/literals.py) read the same text
    object and share them. Callers must not change the list."""
    last = _LAST.get(n)
    if last is not None and last[0] is text:
        found: list[str] = last[1]
        return found
    grams = cjk_ngrams(text, n)
    _LAST[n] = (text, grams)
    return grams


def cjk_bigram_set(text: str) -> frozenset[str]:
    """The document's two-character runs of Chinese characters as a set, kept for the last document:
    the data rules' prefilters of one review each ask about the same text object."""
    last = _LAST.get("set2")
    if last is not None and last[0] is text:
        found: frozenset[str] = last[1]
        return found
    grams = frozenset(document_ngrams(text, 2))
    _LAST["set2"] = (text, grams)
    return grams


def forget() -> None:
    """Drop the kept n-grams (a benchmark's next run then reads its text as a new document)."""
    _LAST.clear()
