"""Compare materials with each other (a team's batch, or two files): scores and shared passages.

Share of A in B = the share of A's own (normalised) characters that lie in passages A shares with
B; a passage made mostly of stock text (stock.py) counts only by its share that is not stock, any
other counts whole, so a file compared with itself scores 100 %. A pair's score is the larger of its two shares (a short
copy inside a long material scores high). Two independent materials of the same year share stock
phrases and score low; a reworked copy scores high.

Stock text is decided from outside the batch only (the shipped table, and the template library
when one is given): text that several members of one batch share is what copying looks like, so
the batch never decides it is stock (clusters.py groups such members).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

import numpy as np

from mingjing.model import Document
from mingjing.similarity.fingerprint import fingerprints
from mingjing.similarity.normalize import Normalized, normalize
from mingjing.similarity.passages import Passage, covered_length, shared_passages
from mingjing.similarity.stock import is_stock

if TYPE_CHECKING:
    from mingjing.similarity.index import Library

MIN_SHARED = 2  # non-stock fingerprints two materials must share before they are compared
NEAR = 0.6  # two paragraphs this similar (rapidfuzz ratio) are one copied with edits
NEAR_ANCHORS = 2  # shared non-stock fingerprints that make two paragraphs worth comparing
STOCK_PASSAGE = 0.5  # a shared passage with at least this share of stock text counts only by the rest …
OWN_RUN = 40  # … unless it is an exact run holding this many characters that are not stock


def passage_weight(p: Passage) -> float:
    """How much of a shared passage counts towards a share: all of it, or — when it is mostly stock
    text (the year's official wording, framework headings) — only its share that is not stock. An
    exact run with OWN_RUN characters of non-stock text in it is copied whole (a preamble pasted
    word for word), however formulaic the rest."""
    if p.stock < STOCK_PASSAGE or (not p.near and (1.0 - p.stock) * p.length >= OWN_RUN):
        return 1.0
    return 1.0 - p.stock


def percent(share: float) -> str:
    """A share as the one percentage the CLI, the reports and the web app all print."""
    return f"{round(share * 100):.0f}%"


def short_name(name: str) -> str:
    """A material's file name without its folders, for messages."""
    return name.replace("\\", "/").rsplit("/", 1)[-1]


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "a_start": self.a_start,
            "a_end": self.a_end,
            "b_start": self.b_start,
            "b_end": self.b_end,
            "chars": self.chars,
            "stock": round(self.stock, 2),
        }


@dataclass
class Pair:
    a: str
    b: str
    score: float  # the larger of the two shares
    passages: list[DocPassage]
    a_share: float = 0.0  # share of A's own characters found in B
    b_share: float = 0.0  # share of B's own characters found in A
    # normalised spans (start, end, weight) of the shared passages in A and in B, and the lengths
    a_spans: list[tuple[int, int, float]] = field(default_factory=list, repr=False)
    b_spans: list[tuple[int, int, float]] = field(default_factory=list, repr=False)

    def share_of(self, name: str) -> float:
        return self.a_share if name == self.a else self.b_share

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 3),
            "a_in_b": round(self.a_share, 3),
            "b_in_a": round(self.b_share, 3),
            "passages": [p.to_dict() for p in self.passages],
        }


def prepare(name: str, document: Document) -> Prepared:
    norm = normalize(document.text)
    hashes, positions = fingerprints(norm.text)
    starts = np.searchsorted(norm.offsets, [p.start for p in document.paragraphs])
    return Prepared(name, document, norm, hashes, positions, np.unique(starts))


def stock_share(a: Prepared, start: int, end: int) -> float:
    """Share of A's fingerprints in [start, end) that are stock text."""
    inside = (a.positions >= start) & (a.positions < end)
    n = int(inside.sum())
    return float(a.stock[inside].sum()) / n if n and len(a.stock) else 0.0


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
            out.append(Passage(s, e, t, f, stock_share(a, s, e), near=True))
    return out


def share(spans: list[tuple[int, int, float]], length: int) -> float:
    """The share of a material of `length` normalised characters that weighted spans cover."""
    counted = [span for span in spans if span[2] > 0]
    return min(1.0, covered_length(counted) / length) if length else 0.0


def outermost(passages: list[Passage]) -> list[Passage]:
    """Drop passages lying inside another that counts as much, in both texts (a phrase repeated
    within a copied stretch meets the stretch's other occurrences): they add nothing and clutter."""
    by_size = sorted(passages, key=lambda p: -(p.a_end - p.a_start))
    kept: list[Passage] = []
    for p in by_size:
        if not any(
            q.a_start <= p.a_start
            and p.a_end <= q.a_end
            and q.b_start <= p.b_start
            and p.b_end <= q.b_end
            and passage_weight(q) >= passage_weight(p)
            for q in kept
        ):
            kept.append(p)
    return kept


def compare(a: Prepared, b: Prepared) -> Pair:
    passages = shared_passages(
        a.norm.text,
        (a.hashes, a.positions),
        b.norm.text,
        (b.hashes, b.positions),
        a.stock if len(a.stock) else None,
    )
    exact_a = [(p.a_start, p.a_end) for p in passages]
    for near in near_copies(a, b):  # a paragraph copied with edits, unless exact passages cover it
        inside = sum(
            min(e, near.a_end) - max(s, near.a_start)
            for s, e in exact_a
            if e > near.a_start and s < near.a_end
        )
        if inside < 0.8 * (near.a_end - near.a_start):
            passages.append(near)
    passages = outermost(passages)
    doc_passages = []
    for p in sorted(passages, key=lambda p: (p.a_start, p.b_start)):
        a_span = a.norm.span(p.a_start, p.a_end)
        b_span = b.norm.span(p.b_start, p.b_end)
        doc_passages.append(DocPassage(*a_span, *b_span, chars=p.length, stock=p.stock))
    a_spans = [(p.a_start, p.a_end, passage_weight(p)) for p in passages]
    b_spans = [(p.b_start, p.b_end, passage_weight(p)) for p in passages]
    a_share, b_share = share(a_spans, len(a.norm.text)), share(b_spans, len(b.norm.text))
    return Pair(a.name, b.name, max(a_share, b_share), doc_passages, a_share, b_share, a_spans, b_spans)


def prepare_batch(items: list[tuple[str, Document]], library: Library | None = None) -> list[Prepared]:
    """Normalised text and fingerprints of each material, with which fingerprints are stock: in the
    shipped table, or — given a template library (index.Library) — in many of its sources."""
    prepared = [prepare(name, doc) for name, doc in items]
    common = None
    if library is not None and prepared:
        common = library.common(np.concatenate([p.hashes for p in prepared]))
    for p in prepared:
        p.stock = is_stock(p.hashes, common)
    return prepared


def compare_batch(items: list[tuple[str, Document]], library: Library | None = None) -> list[Pair]:
    """Every two materials given: their pair record (also those that share nothing: score 0)."""
    return compare_prepared(prepare_batch(items, library))


def compare_prepared(prepared: list[Prepared]) -> list[Pair]:
    sets = [set(p.hashes[~p.stock].tolist()) for p in prepared]
    pairs = []
    for i, j in combinations(range(len(prepared)), 2):
        if len(sets[i] & sets[j]) >= MIN_SHARED:
            pairs.append(compare(prepared[i], prepared[j]))
        else:
            pairs.append(Pair(prepared[i].name, prepared[j].name, 0.0, []))
    return pairs
