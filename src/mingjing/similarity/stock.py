"""Stock text: fingerprints that occur in many independent materials (the full name of the
Thought, framework headings, fixed formulas, genre phrases) say nothing about copying.

A fingerprint is stock when it is in the shipped reference table (data/stock.npy, built by
scripts/build_stock_table.py from materials written for this project), or when it occurs in many
documents of the batch or the library being compared.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).parent / "data" / "stock.npy"
BATCH_SHARE = 0.5  # in a batch of at least BATCH_MIN materials, a fingerprint in half of them is stock …
BATCH_MIN = 4
BATCH_MIN_DOCS = 3  # … and in at least this many: what two materials share is never stock by itself


@lru_cache(maxsize=1)
def shipped() -> np.ndarray:
    if not DATA.exists():
        return np.empty(0, dtype=np.int64)
    return np.sort(np.load(DATA))


def is_stock(hashes: np.ndarray, extra: np.ndarray | None = None) -> np.ndarray:
    """Boolean array: which of these fingerprint hashes are stock text."""
    table = shipped()
    mask = np.isin(hashes, table, assume_unique=False) if len(table) else np.zeros(len(hashes), dtype=bool)
    if extra is not None and len(extra):
        mask |= np.isin(hashes, extra)
    return mask


def batch_stock(fingerprint_sets: list[np.ndarray]) -> np.ndarray:
    """Fingerprints that occur in at least half of the batch's materials (when there are enough)."""
    if len(fingerprint_sets) < BATCH_MIN:
        return np.empty(0, dtype=np.int64)
    unique = np.concatenate([np.unique(f) for f in fingerprint_sets]) if fingerprint_sets else np.empty(0)
    values, counts = np.unique(unique, return_counts=True)
    return values[counts >= max(BATCH_MIN_DOCS, BATCH_SHARE * len(fingerprint_sets))]
