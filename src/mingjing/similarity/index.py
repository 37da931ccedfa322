"""The template library: paragraphs of past materials and templates, indexed by winnowing
fingerprints in SQLite (WAL). Every access to the database goes through this module, so that a
shared server (PostgreSQL) can hold the index later.

Format (version 1):
  meta(key, value)                      format, k, w
  sources(id, sha256, path, title, year, author, chars, added)
  paragraphs(id, source_id, ord, start, text)   text as read; start = offset in the source's text
  fingerprints(hash, paragraph_id)      winnowed fingerprints of each paragraph's normalised text
  df(hash, sources)                     in how many sources a fingerprint occurs (stock text is common)
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np

from mingjing.errors import InputError
from mingjing.model import Document
from mingjing.similarity.fingerprint import K, W, fingerprints, gram_hashes
from mingjing.similarity.normalize import normalize
from mingjing.similarity.passages import covered_length, shared_passages
from mingjing.similarity.stock import is_stock

FORMAT = "mingjing.corpus/1"
STOCK_SHARE = 0.2  # a fingerprint in this share of the library's sources (and at least STOCK_MIN) is stock
STOCK_MIN = 5
MIN_ANCHORS = 2  # shared fingerprints that make a library paragraph a candidate
NEAR = 0.6
MAX_CANDIDATES = 400  # library paragraphs aligned per query, best first
_YEAR = re.compile(r"(20\d{2})\s*年")
_NAME = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:同志)?(?=20\d{2}|在|关于|个人|对照)")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources(id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, path TEXT, title TEXT,
                                   year INTEGER, author TEXT, chars INTEGER, added TEXT);
CREATE TABLE IF NOT EXISTS paragraphs(id INTEGER PRIMARY KEY, source_id INTEGER, ord INTEGER,
                                      start INTEGER, text TEXT);
CREATE TABLE IF NOT EXISTS fingerprints(hash INTEGER, paragraph_id INTEGER);
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
    share: float  # of the material's characters, stock text discounted
    passages: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        s = self.source
        return {"source_id": s.id, "path": s.path, "title": s.title, "year": s.year, "author": s.author,
                "share": round(self.share, 3), "passages": self.passages}


class Library:
    def __init__(self, path: str | Path, create: bool = False):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise InputError(f"{path}：模板库不存在，请先用 mingjing corpus add … --db {path} 建库")
        try:
            self.db = sqlite3.connect(str(self.path), timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            stored = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            raise InputError(f"{path}：不是 mingjing 模板库（SQLite 文件无法打开）") from None
        if not stored:
            self.db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", FORMAT), ("k", str(K)), ("w", str(W))])
            self.db.commit()
        elif stored.get("format") != FORMAT or stored.get("k") != str(K) or stored.get("w") != str(W):
            raise InputError(f"{path}：模板库格式（{stored.get('format')}）与本版本不符，请重新建库")
        self._indexed = False

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self.db
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise

    # -- adding ---------------------------------------------------------------------------
    def add_document(self, document: Document, title: str = "") -> int | None:
        """Add one material; None when the same content is already there."""
        text = document.text
        digest = hashlib.sha256(normalize(text).text.encode("utf-8")).hexdigest()
        if self.db.execute("SELECT 1 FROM sources WHERE sha256 = ?", (digest,)).fetchone():
            return None
        year = _YEAR.search(title)
        author = _NAME.match(title)
        with self.transaction() as db:
            cur = db.execute("INSERT INTO sources(sha256, path, title, year, author, chars, added) VALUES (?,?,?,?,?,?,?)",
                             (digest, document.source.path, title, int(year.group(1)) if year else None,
                              author.group(1) if author else None, len(text), datetime.now().isoformat(timespec="seconds")))
            source_id = cur.lastrowid
            rows, seen = [], set()
            for k, p in enumerate(document.paragraphs):
                ptext = text[p.start:p.end]
                pid = db.execute("INSERT INTO paragraphs(source_id, ord, start, text) VALUES (?,?,?,?)",
                                 (source_id, k, p.start, ptext)).lastrowid
                hashes, _ = fingerprints(normalize(ptext).text)
                for h in set(hashes.tolist()):
                    rows.append((h, pid))
                    seen.add(h)
            db.executemany("INSERT INTO fingerprints VALUES (?, ?)", rows)
            db.executemany("INSERT INTO df VALUES (?, 1) ON CONFLICT(hash) DO UPDATE SET sources = sources + 1",
                           [(h,) for h in seen])
        self._ensure_index()
        return source_id

    def add_paragraph_rows(self, source_rows: Iterable[tuple[str, str, list[str]]]) -> None:
        """Bulk load (benchmarks, migrations): (path, title, paragraphs) per source, index built after."""
        with self.transaction() as db:
            db.execute("DROP INDEX IF EXISTS fingerprints_hash")
            for path, title, paragraphs in source_rows:
                text = "\n".join(paragraphs)
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                cur = db.execute("INSERT OR IGNORE INTO sources(sha256, path, title, chars, added) VALUES (?,?,?,?,?)",
                                 (digest, path, title, len(text), datetime.now().isoformat(timespec="seconds")))
                if not cur.rowcount:
                    continue
                source_id, start, rows, seen = cur.lastrowid, 0, [], set()
                for k, ptext in enumerate(paragraphs):
                    pid = db.execute("INSERT INTO paragraphs(source_id, ord, start, text) VALUES (?,?,?,?)",
                                     (source_id, k, start, ptext)).lastrowid
                    start += len(ptext) + 1
                    hashes, _ = fingerprints(normalize(ptext).text)
                    for h in set(hashes.tolist()):
                        rows.append((h, pid))
                        seen.add(h)
                db.executemany("INSERT INTO fingerprints VALUES (?, ?)", rows)
                db.executemany("INSERT INTO df VALUES (?, 1) ON CONFLICT(hash) DO UPDATE SET sources = sources + 1",
                               [(h,) for h in seen])
        self._indexed = False
        self._ensure_index()

    def _ensure_index(self) -> None:
        if not self._indexed:
            self.db.execute("CREATE INDEX IF NOT EXISTS fingerprints_hash ON fingerprints(hash)")
            self.db.commit()
            self._indexed = True

    # -- listing and removing -----------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        rows = self.db.execute("SELECT s.id, s.path, s.title, s.year, s.author, s.chars, COUNT(p.id) FROM sources s "
                               "LEFT JOIN paragraphs p ON p.source_id = s.id GROUP BY s.id ORDER BY s.id").fetchall()
        return [SourceInfo(*r) for r in rows]

    def stats(self) -> dict:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {"sources": one("SELECT COUNT(*) FROM sources"), "paragraphs": one("SELECT COUNT(*) FROM paragraphs"),
                "fingerprints": one("SELECT COUNT(*) FROM fingerprints"), "characters": one("SELECT COALESCE(SUM(chars),0) FROM sources"),
                "bytes": self.path.stat().st_size if self.path.exists() else 0, "format": FORMAT, "k": K, "w": W}

    def remove(self, source_id: int) -> bool:
        if not self.db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone():
            return False
        with self.transaction() as db:
            hashes = [r[0] for r in db.execute(
                "SELECT DISTINCT f.hash FROM fingerprints f JOIN paragraphs p ON p.id = f.paragraph_id WHERE p.source_id = ?",
                (source_id,))]
            db.execute("DELETE FROM fingerprints WHERE paragraph_id IN (SELECT id FROM paragraphs WHERE source_id = ?)",
                       (source_id,))
            db.executemany("UPDATE df SET sources = sources - 1 WHERE hash = ?", [(h,) for h in hashes])
            db.execute("DELETE FROM df WHERE sources <= 0")
            db.execute("DELETE FROM paragraphs WHERE source_id = ?", (source_id,))
            db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
        return True

    # -- querying -------------------------------------------------------------------------------
    def _stock_limit(self) -> int:
        n = self.db.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        return max(STOCK_MIN, int(STOCK_SHARE * n))

    def candidates(self, query_hashes: np.ndarray) -> dict[int, int]:
        """Library paragraph id → number of distinct query hashes it shares (stock text left out)."""
        if not len(query_hashes):
            return {}
        distinct = np.unique(query_hashes)
        distinct = distinct[~is_stock(distinct)]
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS q(hash INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM q")
        self.db.executemany("INSERT OR IGNORE INTO q VALUES (?)", [(h,) for h in distinct.tolist()])
        rows = self.db.execute(
            "SELECT f.paragraph_id, COUNT(*) FROM q JOIN df ON df.hash = q.hash AND df.sources <= ? "
            "JOIN fingerprints f ON f.hash = q.hash GROUP BY f.paragraph_id", (self._stock_limit(),)).fetchall()
        return dict(rows)

    def query(self, document: Document, min_share: float = 0.0) -> list[Match]:
        """Library sources the material shares passages with, most shared first."""
        from rapidfuzz.fuzz import ratio

        norm = normalize(document.text)
        # every gram of the material, not only its winnowed ones: more anchors for edited copies
        votes = self.candidates(gram_hashes(norm.text).view(np.int64))
        best = sorted((pid for pid, n in votes.items() if n >= MIN_ANCHORS), key=lambda pid: -votes[pid])[:MAX_CANDIDATES]
        if not best:
            return []
        marks = ",".join("?" * len(best))
        rows = self.db.execute(f"SELECT p.id, p.source_id, p.start, p.text FROM paragraphs p WHERE p.id IN ({marks})",
                               best).fetchall()
        qhashes, qpos = fingerprints(norm.text)
        qstock = is_stock(qhashes)
        para_starts = np.searchsorted(norm.offsets, [p.start for p in document.paragraphs])
        per_source: dict[int, list[dict]] = {}
        spans: dict[int, list[tuple[int, int, float]]] = {}
        for pid, source_id, pstart, ptext in rows:
            pnorm = normalize(ptext)
            phashes, ppos = fingerprints(pnorm.text)
            found = shared_passages(norm.text, (qhashes, qpos), pnorm.text, (phashes, ppos), qstock)
            for near in _near(norm.text, para_starts, pnorm.text, ratio):  # copied with edits
                exact = sum(min(p.a_end, near.a_end) - max(p.a_start, near.a_start)
                            for p in found if p.a_end > near.a_start and p.a_start < near.a_end)
                if exact < 0.8 * (near.a_end - near.a_start):
                    found.append(near)
            for p in found:
                a_start, a_end = norm.span(p.a_start, p.a_end)
                b_start, b_end = pnorm.span(p.b_start, p.b_end)
                per_source.setdefault(source_id, []).append(
                    {"start": a_start, "end": a_end, "source_start": pstart + b_start, "source_end": pstart + b_end,
                     "chars": int(p.length), "stock": round(float(p.stock), 2)})
                spans.setdefault(source_id, []).append((p.a_start, p.a_end, 1.0 - p.stock))
        info = {s.id: s for s in self._source_infos(list(per_source))}
        matches = []
        for source_id, passages in per_source.items():
            share = min(1.0, covered_length(spans[source_id]) / max(1, len(norm.text)))
            if share >= min_share:
                matches.append(Match(info[source_id], share, sorted(passages, key=lambda p: p["start"])))
        return sorted(matches, key=lambda m: -m.share)

    def _source_infos(self, ids: list[int]) -> list[SourceInfo]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT id, path, title, year, author, chars FROM sources WHERE id IN ({marks})", ids)
        return [SourceInfo(*r) for r in rows]


def _near(text: str, starts: np.ndarray, ptext: str, ratio):
    """The material's paragraph most like a library paragraph, if it is a copy with edits."""
    from mingjing.similarity.passages import Passage

    bounds = list(starts) + [len(text)]
    best = None
    for s, e in zip(bounds, bounds[1:]):
        if e - s < 8:
            continue
        r = ratio(text[s:e], ptext) / 100
        if r >= NEAR and (best is None or r > best[0]):
            best = (r, s, e)
    if best is None:
        return []
    return [Passage(int(best[1]), int(best[2]), 0, len(ptext), 0.0)]
