"""Normalise text for comparison — width, punctuation, whitespace, traditional → simplified, case —
keeping for every normalised character its offset in Document.text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from mingjing.traditional import t2s_table


@dataclass
class Normalized:
    text: str  # only letters, digits and CJK characters: what copying keeps
    offsets: np.ndarray  # offsets[i]: where normalised character i is in Document.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Document.text span of normalised characters [start, end)."""
        return int(self.offsets[start]), int(self.offsets[end - 1]) + 1


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, dict[int, str]]:
    """(which BMP code points are kept, how kept characters fold): built once, used vectorised."""
    keep = np.zeros(0x10000, dtype=bool)
    fold: dict[int, str] = {}
    for code in range(0x10000):
        ch = chr(code)
        if ch.isascii():
            if ch.isalnum():
                keep[code] = True
                if ch.isupper():
                    fold[code] = ch.lower()
            continue
        if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
            keep[code] = True
            continue
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded.isalnum():
            keep[code] = True
            if folded.lower() != ch:
                fold[code] = folded.lower()
    fold.update(t2s_table())
    return keep, fold


def normalize(text: str) -> Normalized:
    keep, fold = _tables()
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    wide = codes > 0xFFFF  # beyond the BMP: CJK extension planes are kept, the rest dropped
    mask = np.zeros(len(codes), dtype=bool)
    mask[~wide] = keep[codes[~wide]]
    mask[wide] = (codes[wide] >= 0x20000) & (codes[wide] <= 0x3FFFF)
    offsets = np.nonzero(mask)[0].astype(np.int64)
    kept = codes[mask].tobytes().decode("utf-32-le")
    return Normalized(kept.translate(fold), offsets)
