"""Overlapping n-grams of the runs of Chinese characters in a text, found by one regex scan (several
times quicker than slicing each run in Python; same n-grams in the same order)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8)
def _gram(n: int) -> re.Pattern[str]:
    return re.compile(f"(?=([\\u4e00-\\u9fff]{{{n}}}))")


def cjk_ngrams(text: str, n: int) -> list[str]:
    """Every run of n Chinese characters (U+4E00–U+9FFF) in the text, overlapping, left to right."""
    return _gram(n).findall(text)
