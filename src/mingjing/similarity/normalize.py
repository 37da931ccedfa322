"""Normalise text for comparison — width, punctuation, whitespace, traditional → simplified, case —
keeping for every normalised character its offset in Document.text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np


@lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    """One character to one character, from OpenCC's TSCharacters dictionary (shipped in the
    opencc-python-reimplemented package): phrase conversions would break the offset map."""
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            target = parts[1].split(" ")[0]
            if len(target) == 1:
                table[ord(parts[0])] = target
    return table


@dataclass
class Normalized:
    text: str  # only letters, digits and CJK characters: what copying keeps
    offsets: np.ndarray  # offsets[i]: where normalised character i is in Document.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Document.text span of normalised characters [start, end)."""
        return int(self.offsets[start]), int(self.offsets[end - 1]) + 1


def normalize(text: str) -> Normalized:
    t2s = _t2s()
    chars: list[str] = []
    offsets: list[int] = []
    for k, ch in enumerate(text):
        if ch.isascii():
            if ch.isalnum():
                chars.append(ch.lower())
                offsets.append(k)
            continue
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            chars.append(t2s.get(ord(ch), ch))
            offsets.append(k)
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded.isalnum():
            chars.append(folded.lower())
            offsets.append(k)
    return Normalized("".join(chars), np.array(offsets, dtype=np.int64))
