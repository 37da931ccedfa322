"""The template library: paragraphs of past materials and templates, indexed by winnowing
fingerprints in SQLite (WAL). Every access to the database goes through this module, so that a
shared server (PostgreSQL) can hold the index later.

Format (version 2):
  meta(key, value)                      format, k, w
  sources(id, sha256, path, title, year, author, chars, added)
  paragraphs(id, source_id, ord, start, text)   text as read; start = offset in the source's text
  fingerprints(hash, paragraph_id)      clustered on (hash, paragraph_id) (WITHOUT ROWID): winnowed
                                        fingerprints of each paragraph's normalised text, with a window
                                        narrow enough to keep at least MIN_FINGERPRINTS of them (all its
                                        grams when it is shorter than SHORT); see `paragraph_hashes`
  df(hash, sources)                     in how many sources a fingerprint occurs (stock text is common)

Version 1 stored the fingerprints in a rowid table with a separate index on hash (twice the size,
a second lookup per row) and a fixed window; a version-1 file is refused with a request to rebuild.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mingjing.localtime import now_local
from mingjing.model import Document
from mingjing.similarity.batch import passage_weight
from mingjing.similarity.fingerprint import GUARANTEE, K, W, fingerprints, gram_hashes, winnow
from mingjing.similarity.normalize import normalize
from mingjing.similarity.passages import Passage, covered_length, shared_passages
from mingjing.similarity.stock import is_stock
from mingjing.storage import open_store, transaction

FORMAT = "mingjing.corpus/2"
STOCK_SHARE = 0.2  # a fingerprint in this share of the library's sources (and at least STOCK_MIN) is stock …
STOCK_MIN = 5
STOCK_MAX = 30  # … and one in more sources than this always is: no evidence of copying one of them
SHORT = 48  # paragraphs shorter than this (normalised) are indexed by all their grams, not winnowed
MIN_FINGERPRINTS = 24  # longer ones with a window narrow enough to keep about this many (at most W)
EXACT_VOTES = 4  # shared grams before a candidate that does not read alike is searched for exact passages
MIN_ANCHORS = 1  # shared fingerprints that make a library paragraph a candidate (verified after)
NEAR = 0.6
PER_PARAGRAPH = 8  # library paragraphs aligned with each material paragraph, rarest shared fingerprints first
MAX_CANDIDATES = 1200  # and at most this many per query
_YEAR = re.compile(r"(20\d{2})\s*年")
_NAME = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:同志)?(?=20\d{2}|在|关于|个人|对照)")


def title_year_author(title: str) -> tuple[int | None, str | None]:
    """The year (2023年度…) and the author's name (王建国2023年度…) a material's title gives."""
    year = _YEAR.search(title)
    author = _NAME.match(title)
    return (int(year.group(1)) if year else None), (author.group(1) if author else None)


SCHEMA = """
CREATE TABLE IF NOT EXISTS sources(id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, path TEXT, title TEXT,
                                   year INTEGER, author TEXT, chars INTEGER, added TEXT);
CREATE TABLE IF NOT EXISTS paragraphs(id INTEGER PRIMARY KEY, source_id INTEGER, ord INTEGER,
                                      start INTEGER, text TEXT);
CREATE TABLE IF NOT EXISTS fingerprints(hash INTEGER, paragraph_id INTEGER,
                                        PRIMARY KEY(hash, paragraph_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS df(hash INTEGER PRIMARY KEY, sources INTEGER) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS paragraphs_source ON paragraphs(source_id);
"""


@dataclass
class SourceInfo:
    id: int
    path: str
    title: str
    year: int | None
    author: str | None
    chars: int
    paragraphs: int = 0


@dataclass
class Match:
    """A library source that a material copies from, with the passages (offsets in both texts)."""

    source: SourceInfo
    share: float  # of the material's own characters found in the source (mostly-stock passages left out)
    passages: list[dict[str, Any]] = field(default_factory=list)
    chars: int = 0  # the material's characters found in the source (as counted in share)

    def to_dict(self) -> dict[str, Any]:
        s = self.source
        return {
            "source_id": s.id,
            "path": s.path,
            "title": s.title,
            "year": s.year,
            "author": s.author,
            "share": round(self.share, 3),
            "chars": self.chars,
            "passages": self.passages,
        }


def library_window(grams: int) -> int:
    """Winnowing window for a library paragraph of `grams` grams: W, or narrower so that about
    MIN_FINGERPRINTS fingerprints are kept (winnowing keeps about 2/(w+1) of the grams).

    A copy with 20 % of its characters changed keeps each gram with probability 0.8^K ≈ 0.33, and
    grams of stock sentences do not count; with W alone a 90-character paragraph kept about 14
    fingerprints and some copies kept none. The query looks up every gram of the material, so any
    window keeps the guarantee (a shared run of w + K - 1 characters always meets a fingerprint)."""
    return max(1, min(W, 2 * grams // MIN_FINGERPRINTS - 1))


def paragraph_hashes(text: str) -> np.ndarray:
    """What the library stores for a paragraph (distinct int64 hashes): its winnowed fingerprints,
    or every gram when it is short (a short paragraph copied with edits would otherwise keep too
    few anchors)."""
    grams = gram_hashes(normalize(text).text)
    if len(grams) + K - 1 < SHORT:
        return np.unique(grams.view(np.int64))
    return np.unique(winnow(grams, library_window(len(grams)))[0].view(np.int64))


def source_fingerprints(paragraphs: list[str]) -> tuple[str, list[np.ndarray]]:
    """(content hash, stored hashes of each paragraph) of one source: the CPU-bound part of adding."""
    digest = hashlib.sha256(normalize("\n".join(paragraphs)).text.encode("utf-8")).hexdigest()
    return digest, [paragraph_hashes(p) for p in paragraphs]


def _fingerprinted(
    source_rows: Iterable[tuple[str, str, list[str]]],
    workers: int | None,
) -> Iterator[tuple[tuple[str, str, list[str]], tuple[str, list[np.ndarray]]]]:
    """(source row, its fingerprints) in order, computed by a pool of processes a bounded window
    ahead of the caller (so a generator of sources is never read into memory at once)."""
    import os
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing import get_context

    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        for row in source_rows:
            yield row, source_fingerprints(row[2])
        return
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        window: deque[tuple[tuple[str, str, list[str]], Future[tuple[str, list[np.ndarray]]]]] = deque()
        for row in source_rows:
            window.append((row, pool.submit(source_fingerprints, row[2])))
            if len(window) >= 64 * workers:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


class Library:
    def __init__(self, path: str | Path, create: bool = False):
        self.path = Path(path)
        self.db = open_store(
            self.path,
            "模板库",
            SCHEMA,
            FORMAT,
            create=create,
            missing_hint=f"，请先用 mingjing corpus add … --db {path} 建库",
            extra_meta={"k": str(K), "w": str(W)},
        )

    def close(self) -> None:
        self.db.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.db)

    # -- adding ---------------------------------------------------------------------------
    def _insert_source(
        self,
        db: sqlite3.Connection,
        digest: str,
        path: str,
        title: str,
        paragraphs: list[tuple[int, str]],
        chars: int,
        staging: bool = False,
        hashes: list[np.ndarray] | None = None,
    ) -> int | None:
        """One source with its paragraphs (start, text) and their fingerprints; None when the same
        content is already there. Fingerprints go to the index and the document frequencies at
        once, or with `staging` to the bulk load's staging table (sorted into the index after)."""
        year, author = title_year_author(title)
        cur = db.execute(
            "INSERT OR IGNORE INTO sources(sha256, path, title, year, author, chars, added) "
            "VALUES (?,?,?,?,?,?,?)",
            (
                digest,
                path,
                title,
                year,
                author,
                chars,
                now_local().replace(tzinfo=None).isoformat(timespec="seconds"),
            ),
        )
        if not cur.rowcount:
            return None
        source_id: int | None = cur.lastrowid
        rows = []
        for k, (start, ptext) in enumerate(paragraphs):
            pid = db.execute(
                "INSERT INTO paragraphs(source_id, ord, start, text) VALUES (?,?,?,?)",
                (source_id, k, start, ptext),
            ).lastrowid
            mine = hashes[k] if hashes is not None else paragraph_hashes(ptext)
            rows += [(h, pid, source_id) for h in mine.tolist()]
        if staging:
            db.executemany("INSERT INTO staging VALUES (?, ?, ?)", rows)
        else:
            db.executemany("INSERT OR IGNORE INTO fingerprints VALUES (?, ?)", [r[:2] for r in rows])
            db.executemany(
                "INSERT INTO df VALUES (?, 1) ON CONFLICT(hash) DO UPDATE SET sources = sources + 1",
                [(h,) for h in {r[0] for r in rows}],
            )
        return source_id

    def add_document(self, document: Document, title: str = "") -> int | None:
        """Add one material; None when the same content is already there."""
        text = document.text
        digest = hashlib.sha256(normalize(text).text.encode("utf-8")).hexdigest()
        paragraphs = [(p.start, text[p.start : p.end]) for p in document.paragraphs]
        with self.transaction() as db:
            return self._insert_source(db, digest, document.source.path, title, paragraphs, len(text))

    def add_paragraph_rows(
        self, source_rows: Iterable[tuple[str, str, list[str]]], workers: int | None = None
    ) -> None:
        """Bulk load (benchmarks, migrations): (path, title, paragraphs) per source.

        Fingerprinting runs in `workers` processes (default: one per core) while this process
        writes; fingerprints are staged unsorted, then written into the clustered index in key
        order and counted for the document frequencies in one pass each — far cheaper than
        inserting them in hash order."""
        with self.transaction() as db:
            db.execute(
                "CREATE TEMP TABLE IF NOT EXISTS staging(hash INTEGER, paragraph_id INTEGER, source_id INTEGER)"
            )
            db.execute("DELETE FROM staging")
            for (path, title, paragraphs), (digest, hashes) in _fingerprinted(source_rows, workers):
                starts = np.cumsum([0] + [len(p) + 1 for p in paragraphs[:-1]]).tolist()
                self._insert_source(
                    db,
                    digest,
                    path,
                    title,
                    list(zip(starts, paragraphs)),
                    sum(map(len, paragraphs)) + max(0, len(paragraphs) - 1),
                    staging=True,
                    hashes=hashes,
                )
            db.execute(
                "INSERT OR IGNORE INTO fingerprints SELECT hash, paragraph_id FROM staging "
                "ORDER BY hash, paragraph_id"
            )
            db.execute(
                "INSERT INTO df SELECT hash, COUNT(DISTINCT source_id) FROM staging WHERE true GROUP BY hash "
                "ON CONFLICT(hash) DO UPDATE SET sources = sources + excluded.sources"
            )
            db.execute("DROP TABLE staging")

    # -- listing and removing -----------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        rows = self.db.execute(
            "SELECT s.id, s.path, s.title, s.year, s.author, s.chars, COUNT(p.id) FROM sources s "
            "LEFT JOIN paragraphs p ON p.source_id = s.id GROUP BY s.id ORDER BY s.id"
        ).fetchall()
        return [SourceInfo(*r) for r in rows]

    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> Any:
            return self.db.execute(sql).fetchone()[0]

        return {
            "sources": one("SELECT COUNT(*) FROM sources"),
            "paragraphs": one("SELECT COUNT(*) FROM paragraphs"),
            "fingerprints": one("SELECT COUNT(*) FROM fingerprints"),
            "characters": one("SELECT COALESCE(SUM(chars),0) FROM sources"),
            "bytes": self.path.stat().st_size if self.path.exists() else 0,
            "format": FORMAT,
            "k": K,
            "w": W,
        }

    def remove(self, source_id: int) -> bool:
        if not self.db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone():
            return False
        with self.transaction() as db:
            rows, hashes = [], set()
            for pid, ptext in db.execute(
                "SELECT id, text FROM paragraphs WHERE source_id = ?", (source_id,)
            ).fetchall():
                mine = paragraph_hashes(
                    ptext
                ).tolist()  # what was stored for it, recomputed: no scan of the index
                rows += [(h, pid) for h in mine]
                hashes.update(mine)
            db.executemany("DELETE FROM fingerprints WHERE hash = ? AND paragraph_id = ?", rows)
            db.executemany("UPDATE df SET sources = sources - 1 WHERE hash = ?", [(h,) for h in hashes])
            db.executemany("DELETE FROM df WHERE hash = ? AND sources <= 0", [(h,) for h in hashes])
            db.execute("DELETE FROM paragraphs WHERE source_id = ?", (source_id,))
            db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        return True

    # -- querying -------------------------------------------------------------------------------
    def _stock_limit(self) -> int:
        n = self.db.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        return min(STOCK_MAX, max(STOCK_MIN, int(STOCK_SHARE * n)))

    def lookup(self, query_hashes: np.ndarray) -> list[tuple[int, int, int]]:
        """(hash, library paragraph id, sources holding the hash) for each distinct query hash in
        the library (stock text left out)."""
        if not len(query_hashes):
            return []
        distinct = np.unique(query_hashes)
        distinct = distinct[~is_stock(distinct)]
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS q(hash INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM q")
        self.db.executemany("INSERT OR IGNORE INTO q VALUES (?)", [(h,) for h in distinct.tolist()])
        # CROSS JOIN fixes the order (the query's hashes outermost): left to itself SQLite's planner
        # scans the whole fingerprint table, 30 times slower at 100,000 paragraphs
        return self.db.execute(
            "SELECT q.hash, f.paragraph_id, df.sources FROM q CROSS JOIN df CROSS JOIN fingerprints f "
            "WHERE df.hash = q.hash AND df.sources <= ? AND f.hash = q.hash",
            (self._stock_limit(),),
        ).fetchall()

    def common(self, hashes: np.ndarray) -> np.ndarray:
        """Those of these fingerprint hashes that are stock in the library (in more of its sources
        than the stock limit): text found in many independent sources, such as the year's official
        wording. One query per batch, for the team comparison (`mingjing review … --corpus`)."""
        distinct = np.unique(hashes)
        if not len(distinct):
            return distinct
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS q(hash INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM q")
        self.db.executemany("INSERT OR IGNORE INTO q VALUES (?)", [(h,) for h in distinct.tolist()])
        rows = self.db.execute(
            "SELECT q.hash FROM q CROSS JOIN df WHERE df.hash = q.hash AND df.sources > ?",
            (self._stock_limit(),),
        ).fetchall()
        return np.array([r[0] for r in rows], dtype=np.int64)

    def query(self, document: Document, min_share: float = 0.0) -> list[Match]:
        """Library sources the material shares passages with, most shared first.

        Every gram of the material (not only its winnowed ones) is looked up, so that a paragraph
        copied with edits still meets its source's fingerprints; each library paragraph is then
        aligned with the material paragraph it shares most with: exact passages, or the whole
        paragraph when the two read alike (rapidfuzz ratio ≥ NEAR)."""
        from rapidfuzz.fuzz import ratio

        norm = normalize(document.text)
        starts = np.unique(np.searchsorted(norm.offsets, [p.start for p in document.paragraphs]))
        bounds = list(starts.tolist()) + [len(norm.text)]
        grams = gram_hashes(norm.text).view(np.int64)
        gram_para = np.searchsorted(starts, np.arange(len(grams)), side="right") - 1
        where: dict[int, set[int]] = {}
        for h, k in zip(grams.tolist(), gram_para.tolist()):
            where.setdefault(h, set()).add(k)
        votes: dict[
            tuple[int, int], list[float]
        ] = {}  # (library paragraph, material paragraph) -> [anchors, weight]
        for h, pid, sources in self.lookup(grams):
            for k in where.get(h, ()):
                vote = votes.setdefault((pid, k), [0, 0.0])
                vote[0] += 1
                vote[1] += 1.0 / sources  # a fingerprint few sources hold says more than a common one
        per_paragraph: dict[
            int, list[tuple[float, int, int]]
        ] = {}  # material paragraph -> [(weight, anchors, library paragraph)]
        for (pid, k), (n, weight) in votes.items():
            if n >= MIN_ANCHORS:
                per_paragraph.setdefault(k, []).append((weight, int(n), pid))
        best: dict[
            int, tuple[int, int, float]
        ] = {}  # library paragraph -> (anchors, material paragraph, weight)
        for k, found in per_paragraph.items():  # each material paragraph gets its own best candidates
            for weight, n, pid in sorted(found, reverse=True)[:PER_PARAGRAPH]:
                if weight > best.get(pid, (0, 0, 0.0))[2]:
                    best[pid] = (n, k, weight)
        chosen = sorted(best, key=lambda pid: -best[pid][2])[:MAX_CANDIDATES]
        if not chosen:
            return []
        marks = ",".join("?" * len(chosen))
        rows = self.db.execute(
            f"SELECT id, source_id, start, text FROM paragraphs WHERE id IN ({marks})", chosen
        ).fetchall()
        per_source: dict[int, list[dict[str, Any]]] = {}
        spans: dict[int, list[tuple[int, int, float]]] = {}
        for pid, source_id, pstart, ptext in rows:
            k = best[pid][1]
            lo, hi = bounds[k], bounds[k + 1]
            mine = norm.text[lo:hi]
            pnorm = normalize(ptext)
            if len(mine) >= GUARANTEE and ratio(mine, pnorm.text) / 100 >= NEAR:
                own = fingerprints(mine)[
                    0
                ]  # the paragraph, copied (with edits); stock lines like titles count little
                stock = float(is_stock(own).mean()) if len(own) else 0.0
                shared = [Passage(0, len(mine), 0, len(pnorm.text), stock, near=mine != pnorm.text)]
            elif best[pid][0] >= EXACT_VOTES:  # a sentence or two copied into a paragraph of one's own
                fa, fb = fingerprints(mine), fingerprints(pnorm.text)
                shared = shared_passages(mine, (fa[0], fa[1]), pnorm.text, (fb[0], fb[1]), is_stock(fa[0]))
            else:
                continue
            for p in shared:
                a_start, a_end = norm.span(lo + p.a_start, lo + p.a_end)
                b_start, b_end = pnorm.span(p.b_start, p.b_end)
                per_source.setdefault(source_id, []).append(
                    {
                        "start": a_start,
                        "end": a_end,
                        "source_start": pstart + b_start,
                        "source_end": pstart + b_end,
                        "chars": int(p.length),
                        "stock": round(float(p.stock), 2),
                    }
                )
                spans.setdefault(source_id, []).append((lo + p.a_start, lo + p.a_end, passage_weight(p)))
        info = {src.id: src for src in self._source_infos(list(per_source))}
        matches = []
        for source_id, passages in per_source.items():
            counted = [span for span in spans[source_id] if span[2] > 0]
            chars = covered_length(counted)
            share = min(1.0, chars / max(1, len(norm.text)))
            if share >= min_share:
                matches.append(
                    Match(info[source_id], share, sorted(passages, key=lambda p: p["start"]), round(chars))
                )
        return sorted(matches, key=lambda m: -m.share)

    def overview(self, recent: int = 200) -> dict[str, Any]:
        """Size and last addition without scanning the index (for a page opened often), and the
        `recent` sources added last: {"sources", "characters", "last", "recent": [SourceInfo]}."""
        count, chars, last = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(chars), 0), MAX(added) FROM sources"
        ).fetchone()
        rows = self.db.execute(
            "SELECT id, path, title, year, author, chars FROM sources ORDER BY id DESC LIMIT ?", (recent,)
        ).fetchall()
        return {"sources": count, "characters": chars, "last": last, "recent": [SourceInfo(*r) for r in rows]}

    def source_excerpt(self, source_id: int, start: int, end: int) -> str:
        """The source's text from `start` to `end` (offsets as in a Match's passages), from its paragraphs."""
        rows = self.db.execute(
            "SELECT start, text FROM paragraphs WHERE source_id = ? AND start < ? "
            "AND start + length(text) > ? ORDER BY start",
            (source_id, end, start),
        ).fetchall()
        return "".join(text[max(0, start - p0) : max(0, end - p0)] for p0, text in rows)

    def _source_infos(self, ids: list[int]) -> list[SourceInfo]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT id, path, title, year, author, chars FROM sources WHERE id IN ({marks})", ids
        )
        return [SourceInfo(*r) for r in rows]
