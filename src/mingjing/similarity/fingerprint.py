"""Winnowing fingerprints (Schleimer, Wilkerson, Aiken, SIGMOD 2003).

Hashes of all K-grams of the normalised text; in every window of W consecutive hashes the
smallest (rightmost on ties) is kept. Any run of at least W + K - 1 characters shared by two texts
is guaranteed to share a fingerprint. Vectorised with numpy; hashes are stable across processes
(they are stored in the library index).
"""

from __future__ import annotations

import numpy as np

K = 5  # characters per hashed gram
W = 12  # window: guarantee threshold T = W + K - 1 = 16 characters
GUARANTEE = W + K - 1
_BASE = np.uint64(1000003)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def gram_hashes(text: str, k: int = K) -> np.ndarray:
    """Mixed polynomial hashes (uint64) of every k-gram of text."""
    n = len(text) - k + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _BASE + codes[j : j + n]
        h ^= h >> np.uint64(30)
        h *= _M1
        h ^= h >> np.uint64(27)
        h *= _M2
        h ^= h >> np.uint64(31)
    return h


def winnow(hashes: np.ndarray, w: int = W) -> tuple[np.ndarray, np.ndarray]:
    """(fingerprint hashes, their positions) — the rightmost minimum of every window of w."""
    n = len(hashes)
    if n == 0:
        return hashes, np.empty(0, dtype=np.int64)
    if n <= w:
        pos = np.array([n - 1 - int(np.argmin(hashes[::-1]))], dtype=np.int64)
        return hashes[pos], pos
    windows = np.lib.stride_tricks.sliding_window_view(hashes, w)
    right = w - 1 - np.argmin(windows[:, ::-1], axis=1)
    pos = np.unique(np.arange(len(windows)) + right)
    return hashes[pos], pos


def fingerprints(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Winnowed fingerprints of a normalised text: (hashes as int64 for storage, positions)."""
    hashes, pos = winnow(gram_hashes(text))
    return hashes.view(np.int64), pos
