"""A unit's own past materials as a small language model for real-word errors (T110).

Issue 12: when the user has a template library, its n-grams are the best model of the unit's
language. The model here is deliberately small: for each word of the confusion pairs
(data/confusions.yaml, both sides), how often the library writes it right after each two-character
left context and right before each two-character right context. It is only extra evidence: it is
asked about a word that T110 already holds as a candidate (one side of a known pair) whose contexts
in the data did not decide, and it says "the other word" only when the library writes the other
word in this very context at least MIN_USES times and the word as written never.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

MIN_USES = 3
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
_CACHE: dict[tuple[str, int, int], LibraryModel] = {}


class LibraryModel:
    def __init__(self, counts: Counter[tuple[str, str, str]], paragraphs: int) -> None:
        self.counts = counts  # ("L", left two characters, word) and ("R", word, right two characters)
        self.paragraphs = paragraphs

    @classmethod
    def from_texts(cls, texts: Iterable[str], words: Iterable[str] | None = None) -> LibraryModel:
        if words is None:
            from mingjing.rules.real_word import confusions

            words = [w for p in confusions() for w in (p.wrong, p.right)]
        ordered = sorted(set(words), key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(w) for w in ordered))
        counts: Counter[tuple[str, str, str]] = Counter()
        n = 0
        for text in texts:
            n += 1
            for m in pattern.finditer(text):
                left, right = text[max(0, m.start() - 2):m.start()], text[m.end():m.end() + 2]
                if _CJK2.fullmatch(left):
                    counts["L", left, m.group()] += 1
                if _CJK2.fullmatch(right):
                    counts["R", m.group(), right] += 1
        return cls(counts, n)

    @classmethod
    def from_library(cls, path: Path) -> LibraryModel:
        """The model of a template library (built once per library file and version in a process)."""
        from mingjing.similarity.index import Library

        library = Library(path)  # a missing or foreign file is a one-line InputError here
        try:
            stat = path.stat()
            key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
            if key not in _CACHE:
                rows = library.db.execute("SELECT text FROM paragraphs")
                _CACHE.clear()
                _CACHE[key] = cls.from_texts(text for (text,) in rows)
        finally:
            library.close()
        return _CACHE[key]

    def uses(self, text: str, start: int, end: int, word: str) -> tuple[int, int]:
        """How often the library writes `word` after the two characters before the span, and
        before the two characters after it."""
        left, right = text[max(0, start - 2):start], text[end:end + 2]
        return (self.counts.get(("L", left, word), 0) if _CJK2.fullmatch(left) else 0,
                self.counts.get(("R", word, right), 0) if _CJK2.fullmatch(right) else 0)

    def prefers(self, text: str, start: int, end: int, other: str) -> bool:
        """Whether the library writes `other` in this context and never the word as written."""
        written = text[start:end]
        if sum(self.uses(text, start, end, written)) > 0:
            return False
        return max(self.uses(text, start, end, other)) >= MIN_USES
