"""Team copying: members of one batch that share text are grouped into clusters.

Two materials are linked when their pair's score (the larger of the two shares) reaches LINK;
the connected groups of linked materials are the clusters — one template passed round the whole
班子 makes one cluster of everyone who used it. For each member, what it shares with the members it
is linked to is counted once (overlaps between partners merged): the characters, their share of
the member's own text, and the passages in its Document.text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any

from mingjing.model import Document
from mingjing.similarity.batch import Pair, Prepared, compare_prepared, prepare_batch
from mingjing.similarity.passages import covered_length

if TYPE_CHECKING:
    from mingjing.similarity.index import Library

LINK = 0.2  # a pair sharing this share of either material links the two into one cluster


@dataclass
class Member:
    name: str
    chars: int  # own normalised characters also found in linked members (mostly-stock passages left out)
    share: float  # chars over the member's own normalised characters
    others: list[str]  # the members it is linked to, most shared first
    passages: list[dict[str, Any]] = field(
        default_factory=list
    )  # {"start", "end", "with": [names]} in Document.text
    index: int = -1  # its place in the batch

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.name,
            "chars": self.chars,
            "share": round(self.share, 3),
            "with": self.others,
            "passages": self.passages,
        }


@dataclass
class Cluster:
    members: list[Member]  # most shared first

    @property
    def names(self) -> list[str]:
        return [m.name for m in self.members]

    def to_dict(self) -> dict[str, Any]:
        return {"size": len(self.members), "members": [m.to_dict() for m in self.members]}


@dataclass
class Team:
    pairs: list[Pair]
    clusters: list[Cluster]

    def cluster_of(self, name: str) -> int | None:
        """The number (0-based) of the cluster holding this material, or None."""
        return next((k for k, c in enumerate(self.clusters) if name in c.names), None)


def analyse_team(items: list[tuple[str, Document]], library: Library | None = None) -> Team:
    """Every two materials compared, and the clusters of those that share text. The one function
    behind `mingjing review` of several files and the reviewer's heat map in the web app; a
    template library, when given, tells more stock text (batch.prepare_batch)."""
    prepared = prepare_batch(items, library)
    pairs = compare_prepared(prepared)
    return Team(pairs, clusters(prepared, pairs))


def _components(n: int, links: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, list[str]]]:
    """Union of (start, end, partner) spans: (start, end, partners) in order."""
    out: list[tuple[int, int, list[str]]] = []
    for start, end, who in sorted(spans):
        if out and start <= out[-1][1]:
            s, e, names = out[-1]
            out[-1] = (s, max(e, end), names if who in names else names + [who])
        else:
            out.append((start, end, [who]))
    return out


def member(k: int, p: Prepared, linked: list[tuple[list[tuple[int, int, float]], str, float]]) -> Member:
    """What material p shares with its linked partners [(p's spans in the pair, partner, p's share)]."""
    weighted: list[tuple[int, int, float]] = []
    counted: list[tuple[int, int, str]] = []  # passages listed: those not mostly stock (all, if none is)
    stock: list[tuple[int, int, str]] = []
    for spans, other, _ in linked:
        weighted += [span for span in spans if span[2] > 0]
        counted += [(s, e, other) for s, e, w in spans if w >= 1.0]
        stock += [(s, e, other) for s, e, w in spans if 0 < w < 1.0]
    counted = counted or stock
    chars = covered_length(weighted)
    length = len(p.norm.text)
    passages = []
    for s, e, names in _merged(counted):
        start, end = p.norm.span(s, e)
        passages.append({"start": start, "end": end, "with": names})
    others = [other for _, other, _ in sorted(linked, key=lambda x: -x[2])]
    return Member(p.name, round(chars), min(1.0, chars / length) if length else 0.0, others, passages, k)


def clusters(prepared: list[Prepared], pairs: list[Pair]) -> list[Cluster]:
    """Clusters of materials linked by pairs scoring at least LINK, largest first. `pairs` are in
    the order compare_prepared gives them (every i < j)."""
    links: list[tuple[int, int]] = []
    linked: dict[int, list[tuple[list[tuple[int, int, float]], str, float]]] = {}
    for (i, j), pair in zip(combinations(range(len(prepared)), 2), pairs):
        if pair.score >= LINK:
            links.append((i, j))
            linked.setdefault(i, []).append((pair.a_spans, pair.b, pair.a_share))
            linked.setdefault(j, []).append((pair.b_spans, pair.a, pair.b_share))
    out = []
    for group in _components(len(prepared), links):
        members = sorted((member(k, prepared[k], linked[k]) for k in group), key=lambda m: (-m.share, m.name))
        out.append(Cluster(members))
    return sorted(out, key=lambda c: (-len(c.members), c.names))
