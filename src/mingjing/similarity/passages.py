"""Shared passages between two normalised texts, grown from shared fingerprints.

Each shared fingerprint is an anchor (i in A, j in B); anchors are verified (a hash is not a
proof) and extended character by character into exact segments; segments that continue one
another across small edits (a few characters inserted, deleted or changed) merge into one passage.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import numpy as np

from mingjing.similarity.fingerprint import GUARANTEE, K

Fingerprints = tuple[
    np.ndarray, np.ndarray
]  # (hashes, positions) of a text, as fingerprint.winnow gives them

MAX_REPEATS = 8  # a fingerprint repeated more often than this in one text anchors nothing
GAP = 10  # characters of edits a passage may bridge


@dataclass
class Passage:
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    stock: float = 0.0  # share of the passage made of stock text (0: none, 1: all)
    near: bool = False  # a paragraph copied with edits (read alike), not an exact run

    @property
    def length(self) -> int:
        return max(self.a_end - self.a_start, self.b_end - self.b_start)


def _positions(hashes: np.ndarray, pos: np.ndarray) -> dict[int, list[int]]:
    table: dict[int, list[int]] = {}
    for h, p in zip(hashes.tolist(), pos.tolist()):
        table.setdefault(h, []).append(p)
    return {h: ps for h, ps in table.items() if len(ps) <= MAX_REPEATS}


def exact_segments(a: str, fa: Fingerprints, b: str, fb: Fingerprints) -> list[list[int]]:
    """Maximal exact common segments [a_start, a_end, b_start, b_end] around shared fingerprints."""
    in_b = _positions(*fb)
    anchors = sorted(
        {(j - i, i, j) for h, ps in _positions(*fa).items() if h in in_b for i in ps for j in in_b[h]}
    )
    segments: list[list[int]] = []
    covered: dict[int, int] = {}  # diagonal -> end of the last segment on it (in A)
    for diagonal, i, j in anchors:
        if covered.get(diagonal, -1) > i or a[i : i + K] != b[j : j + K]:
            continue
        s, t = i, j
        while s > 0 and t > 0 and a[s - 1] == b[t - 1]:
            s, t = s - 1, t - 1
        e, f = i + K, j + K
        while e < len(a) and f < len(b) and a[e] == b[f]:
            e, f = e + 1, f + 1
        covered[diagonal] = e
        segments.append([s, e, t, f])
    return segments


def merge_segments(segments: list[list[int]]) -> list[list[int]]:
    """Join segments that continue one another across small edits (in both texts, in order)."""
    merged: list[list[int]] = []
    for seg in sorted(segments, key=lambda s: (s[0], s[2])):
        if merged:
            cur = merged[-1]
            gap_a, gap_b = seg[0] - cur[1], seg[2] - cur[3]
            if -K < gap_a <= GAP and -K < gap_b <= GAP:
                cur[1], cur[3] = max(cur[1], seg[1]), max(cur[3], seg[3])
                continue
        merged.append(list(seg))
    return merged


def shared_passages(
    a: str,
    fa: Fingerprints,
    b: str,
    fb: Fingerprints,
    stock_a: np.ndarray | None = None,
    min_length: int = GUARANTEE,
) -> list[Passage]:
    """Passages of at least min_length characters that A and B share.

    stock_a: for each fingerprint position of A (fa[1]), whether it is stock text."""
    out = []
    pos_a = fa[1]
    for s, e, t, f in merge_segments(exact_segments(a, fa, b, fb)):
        if max(e - s, f - t) < min_length:
            continue
        stock = 0.0
        if stock_a is not None and len(pos_a):
            inside = (pos_a >= s) & (pos_a < e)
            n = int(inside.sum())
            stock = float(stock_a[inside].sum()) / n if n else 0.0
        out.append(Passage(s, e, t, f, stock))
    return out


def covered_length(spans: list[tuple[int, int, float]]) -> float:
    """Characters covered by spans (start, end, weight), overlaps counted once at the highest weight."""
    total = 0.0
    covered: list[tuple[int, int]] = []  # disjoint, sorted
    for start, end, weight in sorted(spans, key=lambda s: -s[2]):
        if end <= start:
            continue
        k = bisect_left(covered, (start, start))
        if k and covered[k - 1][1] > start:
            k -= 1
        free, cursor, lo, hi, j = 0, start, start, end, k
        while j < len(covered) and covered[j][0] < end:
            s, e = covered[j]
            free += max(0, s - cursor)
            cursor = max(cursor, e)
            lo, hi = min(lo, s), max(hi, e)
            j += 1
        free += max(0, end - cursor)
        total += free * weight
        covered[k:j] = [(lo, hi)]
    return total
