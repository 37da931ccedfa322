"""The rectification ledger's database: the one module that reads and writes it.

`Ledger(path)` opens (or creates) a SQLite file through `mingjing.storage.open_store` (WAL, busy
timeout: two processes writing at once wait for each other, nothing is lost). Format
`mingjing.ledger/1`, tables:

- `meta(key, value)`: `format` = `mingjing.ledger/1`, `ledger_id` (a UUID that exported sheets carry).
- `imports(id, path, name, sha256, title, person, unit, year, meeting_date, framework, at, by)`:
  one row per imported material; the same text is never imported twice.
- `problems(id, import_id, seq, aspect, heading, statement, text)`: the problems each material
  states (year-over-year comparison reads these).
- `items(id, import_id, seq, problem, aspects, measure, owner, unit, time_limit, limit_kind, due,
  status, progress, created, updated, closed)`: one row per measure; `aspects` is a JSON list,
  dates are ISO `YYYY-MM-DD`, times ISO 8601 in UTC with microseconds.
- `history(id, item_id, at, by, field, old, new, kind, via)`: every change of every item (kind
  `change`), an item's creation (`field` = `created`), and sheet edits that lost to a newer change
  (kind `conflict`: kept, not applied). Rows are only ever added.
- `evidence(id, item_id, sha256, name, stored, size, at, by)`: files attached to an item, copied
  into the folder `<db name>.evidence/` beside the database under `<sha256><suffix>`; `name` is the
  original file name. The user's file is only read.
- `sheet_imports(id, path, sha256, exported, at, by, applied, conflicts, unmatched, detail)`: every
  import of an edited xlsx, with unmatched rows kept in `detail` (JSON).

Nothing is ever deleted: an item is closed by status 已完成 (`closed` set) and may be reopened.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from mingjing.control_chars import strip_control
from mingjing.errors import InputError
from mingjing.ledger.extract import Extraction
from mingjing.ledger.timelimits import parse_date, parse_time_limit
from mingjing.localtime import today as local_today
from mingjing.storage import open_store, transaction

FORMAT = "mingjing.ledger/1"
WHAT = "整改台账"
STATUSES = ("未开始", "进行中", "已完成", "长期坚持")
OPEN_STATUSES = ("未开始", "进行中")
CLOSED = "已完成"
FIELDS = {
    "problem": "问题",
    "measure": "整改措施",
    "owner": "责任人",
    "time_limit": "时限",
    "due": "完成日期",
    "status": "状态",
    "progress": "进展情况",
    "evidence": "佐证材料",
    "created": "创建",
}

SCHEMA = """
CREATE TABLE IF NOT EXISTS imports(id INTEGER PRIMARY KEY, path TEXT, name TEXT, sha256 TEXT UNIQUE, title TEXT,
    person TEXT, unit TEXT, year INTEGER, meeting_date TEXT, framework TEXT, at TEXT, by TEXT);
CREATE TABLE IF NOT EXISTS problems(id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id),
    seq INTEGER, aspect TEXT, heading TEXT, statement TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS items(id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id),
    seq INTEGER, problem TEXT, aspects TEXT, measure TEXT, owner TEXT, unit TEXT, time_limit TEXT,
    limit_kind TEXT, due TEXT, status TEXT NOT NULL, progress TEXT NOT NULL DEFAULT '', created TEXT,
    updated TEXT, closed TEXT);
CREATE TABLE IF NOT EXISTS history(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items(id),
    at TEXT NOT NULL, by TEXT, field TEXT NOT NULL, old TEXT, new TEXT, kind TEXT NOT NULL DEFAULT 'change', via TEXT);
CREATE INDEX IF NOT EXISTS history_item ON history(item_id, at);
CREATE TABLE IF NOT EXISTS evidence(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items(id),
    sha256 TEXT, name TEXT, stored TEXT, size INTEGER, at TEXT, by TEXT);
CREATE TABLE IF NOT EXISTS sheet_imports(id INTEGER PRIMARY KEY, path TEXT, sha256 TEXT, exported TEXT, at TEXT,
    by TEXT, applied INTEGER, conflicts INTEGER, unmatched INTEGER, detail TEXT);
"""

_ITEM_COLUMNS = (
    "i.id, i.import_id, i.seq, i.problem, i.aspects, i.measure, i.owner, i.unit, i.time_limit, "
    "i.limit_kind, i.due, i.status, i.progress, i.created, i.updated, i.closed, m.year, m.meeting_date, "
    "(SELECT COUNT(*) FROM evidence e WHERE e.item_id = i.id)"
)


def now() -> str:
    """The time stamp of a change: UTC, microseconds, comparable as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def local_time(stamp: str | None) -> str:
    """A stored time stamp as the unit's local time, to the minute (mingjing.localtime)."""
    from mingjing.localtime import local_time as shown

    return shown(stamp)


@dataclass
class LedgerItem:
    id: int
    import_id: int
    seq: int
    problem: str
    aspects: list[str]
    measure: str
    owner: str
    unit: str
    time_limit: str
    limit_kind: str
    due: date | None
    status: str
    progress: str
    created: str
    updated: str
    closed: str | None
    year: int | None
    meeting_date: date | None
    evidence: int = 0

    def days_overdue(self, as_of: date) -> int:
        return (as_of - self.due).days if self.due is not None else 0

    def is_overdue(self, as_of: date) -> bool:
        return self.status in OPEN_STATUSES and self.due is not None and self.due < as_of

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "import_id": self.import_id,
            "seq": self.seq,
            "problem": self.problem,
            "aspects": self.aspects,
            "measure": self.measure,
            "owner": self.owner,
            "unit": self.unit,
            "time_limit": self.time_limit,
            "limit_kind": self.limit_kind,
            "due": self.due.isoformat() if self.due else None,
            "status": self.status,
            "progress": self.progress,
            "created": self.created,
            "updated": self.updated,
            "closed": self.closed,
            "year": self.year,
            "evidence": self.evidence,
        }


@dataclass
class Change:
    """One history entry: who changed which field of which item, when, from what to what."""

    item_id: int
    at: str
    by: str
    field: str
    old: str | None
    new: str | None
    kind: str = "change"  # change | conflict (a sheet edit kept but not applied)
    via: str = ""

    @property
    def field_name(self) -> str:
        return FIELDS.get(self.field, self.field)


@dataclass
class Evidence:
    item_id: int
    sha256: str
    name: str
    stored: Path
    size: int
    at: str
    by: str


@dataclass
class ImportResult:
    path: str
    import_id: int | None  # None: the same material was imported before
    items: int = 0
    existing: int | None = None  # the earlier import of the same text


@dataclass
class StoredProblem:
    import_id: int
    person: str | None
    year: int | None
    aspect: str | None
    heading: str
    statement: str
    text: str
    title: str = ""


@dataclass
class ImportRecord:
    id: int
    name: str
    title: str
    person: str | None
    unit: str | None
    year: int | None
    meeting_date: str
    at: str
    by: str
    items: int = 0


def check_status(status: str) -> str:
    status = (status or "").strip()
    if status not in STATUSES:
        raise InputError(f"“{status}”不是有效的状态（可用：{'、'.join(STATUSES)}）")
    return status


def check_date(text: str, what: str = "日期") -> date:
    day = parse_date(text)
    if day is None:
        raise InputError(f"{what}“{text}”无法识别，请写成 2024-01-15 这样的日期")
    return day


class Ledger:
    """The rectification ledger at `path` (created when missing unless `create=False`).

    Use as a context manager or call `close()`. Every write is one transaction; an InputError
    (unknown ID, bad status, bad date, missing file) leaves the ledger unchanged.
    """

    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        self.db = open_store(
            self.path,
            WHAT,
            SCHEMA,
            FORMAT,
            create=create,
            missing_hint="（先用 mingjing ledger import 导入材料）",
        )
        if self.db.execute("SELECT 1 FROM meta WHERE key = 'ledger_id'").fetchone() is None:
            with self.transaction() as db:
                db.execute("INSERT OR IGNORE INTO meta VALUES ('ledger_id', ?)", (uuid.uuid4().hex,))

    # -- plumbing -----------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        """A write transaction that takes the write lock at once (no lock upgrade, no deadlock)."""
        return transaction(self.db, immediate=True)

    @property
    def ledger_id(self) -> str:
        return self.db.execute("SELECT value FROM meta WHERE key = 'ledger_id'").fetchone()[0]

    @property
    def evidence_dir(self) -> Path:
        return self.path.with_name(self.path.stem + ".evidence")

    # -- import -------------------------------------------------------------------------------
    def import_extractions(self, extractions: list[Extraction], by: str) -> list[ImportResult]:
        """Add the measures of several materials in one transaction (all or nothing); a material
        whose text was imported before is skipped."""
        results = []
        stamp = now()
        with self.transaction() as db:
            for ex in extractions:
                digest = ex.digest
                row = db.execute("SELECT id FROM imports WHERE sha256 = ?", (digest,)).fetchone()
                if row:
                    results.append(ImportResult(ex.path, None, existing=row[0]))
                    continue
                name = ex.name or Path(ex.path).name
                import_id = db.execute(
                    "INSERT INTO imports(path, name, sha256, title, person, unit, year, meeting_date, framework, at, by)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        str(Path(ex.path).resolve()),
                        name,
                        digest,
                        ex.title,
                        ex.person,
                        ex.unit,
                        ex.year,
                        ex.meeting_date.isoformat(),
                        ex.framework,
                        stamp,
                        by,
                    ),
                ).lastrowid
                db.executemany(
                    "INSERT INTO problems(import_id, seq, aspect, heading, statement, text) "
                    "VALUES (?,?,?,?,?,?)",
                    [
                        (import_id, k, p.aspect, p.heading, p.statement, p.text)
                        for k, p in enumerate(ex.problems)
                    ],
                )
                for k, m in enumerate(ex.measures):
                    status = "长期坚持" if m.limit.kind == "long-term" else "未开始"
                    item_id = db.execute(
                        "INSERT INTO items(import_id, seq, problem, aspects, measure, owner, unit, time_limit, "
                        "limit_kind, due, status, progress, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (
                            import_id,
                            k + 1,
                            m.problem,
                            json.dumps(m.aspects, ensure_ascii=False),
                            m.text,
                            ex.person or "",
                            ex.unit or "",
                            m.limit.label if m.limit.kind != "none" else "",
                            m.limit.kind,
                            m.limit.due.isoformat() if m.limit.due else None,
                            status,
                            "",
                            stamp,
                            stamp,
                        ),
                    ).lastrowid
                    db.execute(
                        "INSERT INTO history(item_id, at, by, field, old, new, via) VALUES (?,?,?,?,?,?,?)",
                        (item_id, stamp, by, "created", None, status, f"导入 {name}"),
                    )
                results.append(ImportResult(ex.path, import_id, len(ex.measures)))
        return results

    # -- reading ------------------------------------------------------------------------------
    def _rows(self, where: str = "", args: tuple = ()) -> list[LedgerItem]:
        rows = self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items i JOIN imports m ON m.id = i.import_id {where} ORDER BY i.id",
            args,
        ).fetchall()
        return [
            LedgerItem(
                r[0],
                r[1],
                r[2],
                r[3] or "",
                json.loads(r[4] or "[]"),
                r[5] or "",
                r[6] or "",
                r[7] or "",
                r[8] or "",
                r[9] or "none",
                date.fromisoformat(r[10]) if r[10] else None,
                r[11],
                r[12] or "",
                r[13],
                r[14],
                r[15],
                r[16],
                date.fromisoformat(r[17]) if r[17] else None,
                r[18],
            )
            for r in rows
        ]

    def item(self, item_id: int | str) -> LedgerItem:
        """One item; InputError when the ID is not in the ledger."""
        try:
            key = int(str(item_id).strip().lstrip("#"))
        except ValueError:
            raise InputError(f"“{item_id}”不是台账编号（编号是数字，见 mingjing ledger list）") from None
        rows = self._rows("WHERE i.id = ?", (key,))
        if not rows:
            raise InputError(f"台账中没有编号为 {key} 的事项（见 mingjing ledger list）")
        return rows[0]

    def items(
        self,
        *,
        status: str | None = None,
        person: str | None = None,
        overdue: bool = False,
        as_of: date | None = None,
        year: int | None = None,
        import_ids: Collection[int] | None = None,
    ) -> list[LedgerItem]:
        """Items, filtered by status, 责任人 (person), year of the material, overdue on `as_of`, and
        the imported materials they come from (`import_ids`; an empty collection gives no items)."""
        clauses: list[str] = []
        args: list[int | str] = []
        if import_ids is not None:
            ids = sorted({int(k) for k in import_ids})
            clauses.append(f"i.import_id IN ({','.join('?' * len(ids))})" if ids else "0")
            args.extend(ids)
        if status:
            clauses.append("i.status = ?")
            args.append(check_status(status))
        if person:
            clauses.append("i.owner = ?")
            args.append(person)
        if year:
            clauses.append("m.year = ?")
            args.append(year)
        rows = self._rows(("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(args))
        if overdue:
            day = as_of or local_today()
            rows = [r for r in rows if r.is_overdue(day)]
        return rows

    def history(self, item_id: int | str) -> list[Change]:
        """Every change of an item, oldest first (InputError for an unknown ID)."""
        item = self.item(item_id)
        rows = self.db.execute(
            "SELECT item_id, at, by, field, old, new, kind, via FROM history WHERE item_id = ? "
            "ORDER BY at, id",
            (item.id,),
        ).fetchall()
        return [Change(*r) for r in rows]

    def changes_after(self, stamp: str) -> list[Change]:
        """Changes (not conflicts) made after the time stamp `stamp`, oldest first."""
        rows = self.db.execute(
            "SELECT item_id, at, by, field, old, new, kind, via FROM history "
            "WHERE at > ? AND kind = 'change' ORDER BY at, id",
            (stamp,),
        ).fetchall()
        return [Change(*r) for r in rows]

    def history_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM history").fetchone()[0]

    def evidence(self, item_id: int | str) -> list[Evidence]:
        item = self.item(item_id)
        rows = self.db.execute(
            "SELECT item_id, sha256, name, stored, size, at, by FROM evidence WHERE item_id = ? ORDER BY id",
            (item.id,),
        ).fetchall()
        return [Evidence(r[0], r[1], r[2], self.evidence_dir / r[3], r[4], r[5], r[6]) for r in rows]

    def imports(self) -> list[ImportRecord]:
        rows = self.db.execute(
            "SELECT m.id, m.name, m.title, m.person, m.unit, m.year, m.meeting_date, m.at, m.by, "
            "(SELECT COUNT(*) FROM items i WHERE i.import_id = m.id) FROM imports m "
            "ORDER BY m.id"
        ).fetchall()
        return [ImportRecord(*r) for r in rows]

    def problems(self, year: int | None = None) -> list[StoredProblem]:
        """The problems stated in the imported materials (of one year)."""
        rows = self.db.execute(
            "SELECT p.import_id, m.person, m.year, p.aspect, p.heading, p.statement, p.text, m.title "
            "FROM problems p JOIN imports m ON m.id = p.import_id "
            + ("WHERE m.year = ? " if year else "")
            + "ORDER BY p.import_id, p.seq",
            (year,) if year else (),
        ).fetchall()
        return [StoredProblem(*r) for r in rows]

    def years(self) -> list[int]:
        return [
            r[0]
            for r in self.db.execute("SELECT DISTINCT year FROM imports WHERE year IS NOT NULL ORDER BY year")
        ]

    # -- changing -----------------------------------------------------------------------------
    def update(
        self,
        item_id: int | str,
        by: str,
        *,
        status: str | None = None,
        progress: str | None = None,
        owner: str | None = None,
        due: str | date | None = None,
        time_limit: str | None = None,
        problem: str | None = None,
        measure: str | None = None,
        evidence: str | Path | None = None,
        via: str = "命令行",
    ) -> list[Change]:
        """Change an item; each changed field becomes one history entry. Returns the changes.

        `due` is a date (or text such as 2024-06-30); `time_limit` is a phrase (2024年6月底前, 3个月内 …)
        whose due date is counted from the material's meeting date; `evidence` is a file copied
        into the evidence folder. InputError leaves the ledger unchanged."""
        wanted = self.proposed(
            item_id,
            status=status,
            progress=progress,
            owner=owner,
            due=due,
            time_limit=time_limit,
            problem=problem,
            measure=measure,
        )
        stored = self._store_evidence(Path(evidence)) if evidence is not None else None
        item = self.item(item_id)
        with self.transaction() as db:
            return self._apply(db, item.id, wanted, by, via, stored)

    def proposed(self, item_id: int | str, **fields) -> dict[str, str | None]:
        """Check the new values of an item's fields and complete them (a new 时限 gives a new due
        date); InputError for a bad status or date. Nothing is written."""
        item = self.item(item_id)
        wanted: dict[str, str | None] = {}
        if fields.get("status") is not None:
            wanted["status"] = check_status(fields["status"])
        for key in ("progress", "owner", "problem", "measure"):
            if fields.get(key) is not None:
                wanted[key] = strip_control(str(fields[key]), one_line=key == "owner").strip()
        due = fields.get("due")
        if due is not None:
            wanted["due"] = (due if isinstance(due, date) else check_date(str(due), "完成日期")).isoformat()
        limit_text = fields.get("time_limit")
        if limit_text is not None:
            limit_text = strip_control(str(limit_text), one_line=True).strip()
            wanted["time_limit"] = limit_text
            if "due" not in wanted:
                typed = parse_date(limit_text)
                if typed is None:
                    limit = parse_time_limit(limit_text, item.meeting_date or local_today())
                    typed = limit.due
                    if limit.kind == "unknown" or (limit.kind == "none" and limit_text):
                        typed = None
                wanted["due"] = typed.isoformat() if typed else None
        return wanted

    def _apply(
        self,
        db: sqlite3.Connection,
        item_id: int,
        wanted: dict,
        by: str,
        via: str,
        stored: tuple[str, str, str, int] | None = None,
    ) -> list[Change]:
        row = db.execute(
            "SELECT problem, measure, owner, time_limit, due, status, progress FROM items WHERE id = ?",
            (item_id,),
        ).fetchone()
        current = dict(zip(("problem", "measure", "owner", "time_limit", "due", "status", "progress"), row))
        stamp = now()
        changes = []
        for key, value in wanted.items():
            if (current.get(key) or "") == (value or ""):
                continue
            changes.append(Change(item_id, stamp, by, key, current.get(key), value, "change", via))
            db.execute(f"UPDATE items SET {key} = ?, updated = ? WHERE id = ?", (value, stamp, item_id))
            if key == "status":
                db.execute(
                    "UPDATE items SET closed = ? WHERE id = ?", (stamp if value == CLOSED else None, item_id)
                )
        if stored is not None:
            digest, name, stored_name, size = stored
            db.execute(
                "INSERT INTO evidence(item_id, sha256, name, stored, size, at, by) VALUES (?,?,?,?,?,?,?)",
                (item_id, digest, name, stored_name, size, stamp, by),
            )
            db.execute("UPDATE items SET updated = ? WHERE id = ?", (stamp, item_id))
            changes.append(Change(item_id, stamp, by, "evidence", None, name, "change", via))
        db.executemany(
            "INSERT INTO history(item_id, at, by, field, old, new, kind, via) VALUES (?,?,?,?,?,?,?,?)",
            [(c.item_id, c.at, c.by, c.field, c.old, c.new, c.kind, c.via) for c in changes],
        )
        return changes

    def _store_evidence(self, source: Path) -> tuple[str, str, str, int]:
        """Copy an evidence file beside the ledger under its content hash; the original is only read."""
        if not source.is_file():
            raise InputError(
                f"{source}：佐证材料文件不存在" if not source.exists() else f"{source}：这不是一个文件"
            )
        sha = hashlib.sha256()
        size = 0
        try:
            with source.open("rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    sha.update(block)
                    size += len(block)
        except OSError as exc:
            raise InputError(f"{source}：无法读取佐证材料（{exc.strerror or exc}）") from None
        digest = sha.hexdigest()
        stored_name = digest + source.suffix.lower()
        target = self.evidence_dir / stored_name
        if not target.exists():
            try:
                self.evidence_dir.mkdir(parents=True, exist_ok=True)
                partial = target.with_name(f".{stored_name}.{uuid.uuid4().hex}.part")
                shutil.copyfile(source, partial)
                partial.replace(target)
            except OSError as exc:
                raise InputError(f"{self.evidence_dir}：无法保存佐证材料（{exc.strerror or exc}）") from None
        return digest, source.name, stored_name, size

    def apply_sheet(
        self, compare: Callable[[], tuple[list[tuple[int, dict]], list[Change], dict]], by: str, via: str
    ) -> list[Change]:
        """Compare an imported sheet with the ledger and apply its edits, keep its conflicts and
        record the import — all under one write lock, so no change can slip in between the comparison
        and the writing. `compare()` returns (edits, conflicts, record); an InputError it raises
        leaves the ledger unchanged."""
        applied: list[Change] = []
        with self.transaction() as db:
            edits, conflicts, record = compare()
            for item_id, wanted in edits:
                applied += self._apply(db, item_id, wanted, by, via)
            stamp = now()
            db.executemany(
                "INSERT INTO history(item_id, at, by, field, old, new, kind, via) VALUES (?,?,?,?,?,?,?,?)",
                [(c.item_id, stamp, by, c.field, c.old, c.new, "conflict", via) for c in conflicts],
            )
            db.execute(
                "INSERT INTO sheet_imports(path, sha256, exported, at, by, applied, conflicts, unmatched, detail)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    record["path"],
                    record["sha256"],
                    record["exported"],
                    stamp,
                    by,
                    len(applied),
                    len(conflicts),
                    len(record["unmatched"]),
                    json.dumps(record["unmatched"], ensure_ascii=False),
                ),
            )
        return applied
