"""Compare materials with each other (a team's batch, or two files): score and shared passages.

Score of a pair = share of the characters of the shorter material that shared passages cover,
each passage counted by the share of it that is not stock text (stock.py). Two independent
materials of the same year share stock phrases and score low; a reworked copy scores high.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from mingjing.model import Document
from mingjing.similarity.fingerprint import fingerprints
from mingjing.similarity.normalize import Normalized, normalize
from mingjing.similarity.passages import Passage, covered_length, shared_passages
from mingjing.similarity.stock import batch_stock, is_stock

MIN_SHARED = 2  # non-stock fingerprints two materials must share before they are compared
NEAR = 0.6  # two paragraphs this similar (rapidfuzz ratio) are one copied with edits
NEAR_ANCHORS = 2  # shared non-stock fingerprints that make two paragraphs worth comparing


@dataclass
class Prepared:
    name: str
    document: Document
    norm: Normalized
    hashes: np.ndarray
    positions: np.ndarray
    paragraphs: np.ndarray  # normalised start offset of each paragraph
    stock: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))

    def paragraph_of(self, positions: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.paragraphs, positions, side="right") - 1

    def paragraph_span(self, k: int) -> tuple[int, int]:
        end = int(self.paragraphs[k + 1]) if k + 1 < len(self.paragraphs) else len(self.norm.text)
        return int(self.paragraphs[k]), end


@dataclass
class DocPassage:
    """A shared passage in Document.text offsets of both materials."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    chars: int  # normalised characters shared
    stock: float

    def to_dict(self) -> dict:
        return {"a_start": self.a_start, "a_end": self.a_end, "b_start": self.b_start, "b_end": self.b_end,
                "chars": self.chars, "stock": round(self.stock, 2)}


@dataclass
class Pair:
    a: str
    b: str
    score: float
    passages: list[DocPassage]

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "score": round(self.score, 3),
                "passages": [p.to_dict() for p in self.passages]}


def prepare(name: str, document: Document) -> Prepared:
    norm = normalize(document.text)
    hashes, positions = fingerprints(norm.text)
    starts = np.searchsorted(norm.offsets, [p.start for p in document.paragraphs])
    return Prepared(name, document, norm, hashes, positions, np.unique(starts))


def near_copies(a: Prepared, b: Prepared) -> list[Passage]:
    """Paragraphs of A copied into B with edits: they share fingerprints and read alike."""
    from rapidfuzz.fuzz import ratio

    keep_a = ~a.stock if len(a.stock) else np.ones(len(a.hashes), dtype=bool)
    keep_b = ~b.stock if len(b.stock) else np.ones(len(b.hashes), dtype=bool)
    para_b: dict[int, list[int]] = {}
    for h, k in zip(b.hashes[keep_b].tolist(), b.paragraph_of(b.positions[keep_b]).tolist()):
        para_b.setdefault(h, []).append(k)
    votes: dict[tuple[int, int], int] = {}
    for h, k in zip(a.hashes[keep_a].tolist(), a.paragraph_of(a.positions[keep_a]).tolist()):
        for m in para_b.get(h, ()):
            votes[(k, m)] = votes.get((k, m), 0) + 1
    out = []
    used_b: set[int] = set()
    for (k, m), n in sorted(votes.items(), key=lambda kv: -kv[1]):
        if n < NEAR_ANCHORS or m in used_b:
            continue
        s, e = a.paragraph_span(k)
        t, f = b.paragraph_span(m)
        if ratio(a.norm.text[s:e], b.norm.text[t:f]) / 100 >= NEAR:
            used_b.add(m)
            out.append(Passage(s, e, t, f, 0.0))
    return out


def pair_score(a: Prepared, b: Prepared, passages: list[Passage]) -> float:
    shorter_is_a = len(a.norm.text) <= len(b.norm.text)
    length = min(len(a.norm.text), len(b.norm.text))
    if not length:
        return 0.0
    spans = [((p.a_start, p.a_end) if shorter_is_a else (p.b_start, p.b_end)) + (1.0 - p.stock,) for p in passages]
    return min(1.0, covered_length(spans) / length)


def compare(a: Prepared, b: Prepared) -> Pair:
    passages = shared_passages(a.norm.text, (a.hashes, a.positions), b.norm.text, (b.hashes, b.positions),
                               a.stock if len(a.stock) else None)
    exact_a = [(p.a_start, p.a_end) for p in passages]
    for near in near_copies(a, b):  # a paragraph copied with edits, unless exact passages cover it
        inside = sum(min(e, near.a_end) - max(s, near.a_start) for s, e in exact_a if e > near.a_start and s < near.a_end)
        if inside < 0.8 * (near.a_end - near.a_start):
            passages.append(near)
    doc_passages = []
    for p in passages:
        a_span = a.norm.span(p.a_start, p.a_end)
        b_span = b.norm.span(p.b_start, p.b_end)
        doc_passages.append(DocPassage(*a_span, *b_span, chars=p.length, stock=p.stock))
    return Pair(a.name, b.name, pair_score(a, b, passages), doc_passages)


def compare_batch(items: list[tuple[str, Document]]) -> list[Pair]:
    """Every two materials given: their pair record (also those that share nothing: score 0)."""
    prepared = [prepare(name, doc) for name, doc in items]
    common = batch_stock([p.hashes for p in prepared])
    for p in prepared:
        p.stock = is_stock(p.hashes, common)
    sets = [set(p.hashes[~p.stock].tolist()) for p in prepared]
    pairs = []
    for i, j in combinations(range(len(prepared)), 2):
        if len(sets[i] & sets[j]) >= MIN_SHARED:
            pairs.append(compare(prepared[i], prepared[j]))
        else:
            pairs.append(Pair(prepared[i].name, prepared[j].name, 0.0, []))
    return pairs
