"""A unit's own past materials as a small language model (issue 12): T110 and T401 ask it about
their candidates, never about anything else.

The model is the library's paragraphs as one string (the first MAX_CHARS characters: a unit's
template library is a few hundred materials; the million-paragraph similarity store is read only
that far) and counts substrings in it on demand — only for the few candidates a review has, so the
cost is a handful of scans per reviewed file, and nothing when no --corpus is given.

- T110 (a word of a known confusion pair whose data contexts did not decide): the library writes
  the other word after the two characters before the span, or before the two after it, at least
  MIN_USES times, and the word as written in that context never.
- T401 (a near twin of a known phrase that is itself a word, which T401 otherwise leaves alone):
  the library writes the phrase at least MIN_USES times and the run as written never. And a run the
  library itself uses (twice or more) is the unit's own usage: T401 stays quiet on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_USES = 3
MAX_CHARS = 20_000_000
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")


class LibraryModel:
    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: dict[str, int] = {}

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> LibraryModel:
        parts: list[str] = []
        size = 0
        for t in texts:
            parts.append(t)
            size += len(t) + 1
            if size >= MAX_CHARS:
                break
        return cls("\n".join(parts))

    def count(self, s: str) -> int:
        if s not in self._counts:
            self._counts[s] = self.text.count(s) if s else 0
        return self._counts[s]

    def _in_context(self, text: str, start: int, end: int, word: str) -> tuple[int, int]:
        left, right = text[max(0, start - 2) : start], text[end : end + 2]
        return (
            self.count(left + word) if _CJK2.fullmatch(left) else 0,
            self.count(word + right) if _CJK2.fullmatch(right) else 0,
        )

    def prefers(self, text: str, start: int, end: int, other: str) -> bool:
        """T110: the library writes `other` in this context, and never the word as written."""
        if sum(self._in_context(text, start, end, text[start:end])) > 0:
            return False
        return max(self._in_context(text, start, end, other)) >= MIN_USES

    def prefers_phrase(self, written: str, phrase: str) -> bool:
        """T401: the library writes the phrase, and never the run as written."""
        return self.count(written) == 0 and self.count(phrase) >= MIN_USES

    def uses(self, written: str) -> bool:
        """T401: the unit itself writes the run this way (a local name, its own term)."""
        return self.count(written) >= 2
