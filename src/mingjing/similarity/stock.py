"""Stock text: fingerprints that occur in many independent materials (the full name of the
Thought, framework headings, fixed formulas, genre phrases) say nothing about copying.

A fingerprint is stock when it is in the shipped reference table (data/stock.npy, built by
scripts/build_stock_table.py from materials written for this project), or when it occurs in many
independent sources of the template library. Never because many members of one batch share it:
one template passed round a whole team is the commonest copying there is, not stock text.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).parent / "data" / "stock.npy"


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
