"""The web app's database: the one module that reads or writes it (format `mingjing.web/1`).

SQLite, opened with `mingjing.storage.open_store` (WAL, busy timeout, versioned meta). Tables:

- `units(id, name, parent_id, archived)` — 单位, in a tree (a 县委组织部 above its units: `parent_id`);
  `teams(id, unit_id, name, archived)` — 班子/支部 of a unit. Archived ones are kept, not offered for new work.
- `users(id, name, role, team_id, password_hash, must_change, active, created_at)` — role is
  `admin | overseer | reviewer | author`; authors and reviewers belong to one team, admins to none,
  an overseer (督导组) to none. `active` = 0: deactivated (sign-in refused, history kept).
- `unit_assignments(user_id, unit_id)` — the units (with every unit below them) a reviewer or an
  overseer looks after besides their own team; an overseer without any sees every unit, read-only.
  `password_hash` is an argon2 hash (auth.py); `must_change` = 1 after a one-time password.
- `sessions(token_hash, user_id, csrf, created_at, expires_at)` — server-side sessions; only the
  sha256 of the cookie token is kept, so a copy of the database opens no session.
- `rounds(id, name, framework_id, team_id, deadline, created_at)` — a meeting of one team (民主生活会
  or 组织生活会) with the framework the materials are reviewed against and the deadline (YYYY-MM-DD).
- `materials(id, round_id, author_id, status, created_at, updated_at)` — one author's material
  in a round; status `submitted | returned | approved`.
- `drafts(id, material_id, version, original_name, stored_name, sha256, size, format, uploaded_at,
  verdict, score, text, review_json, withdrawn_at)` — each uploaded draft (`withdrawn_at`: withdrawn by its
  author before any decision — kept in the history, left out of everything current): the file is kept in the files folder
  under `stored_name` (random); `text` is the material's text as read; `review_json` is the
  `mingjing.review/1` JSON of its review; `upload_key` (unique when given) is the random key of
  the upload form, so a retried upload is told the outcome of the first instead of adding a draft.
- `comments(id, material_id, draft_id, user_id, body, created_at, state, changed_by, changed_at)` —
  remarks on a material; `state` is `shown`, `withdrawn` (by its writer) or `hidden` (by a reviewer);
  a withdrawn or hidden comment keeps its row (and audit entry) but its text is no longer shown.
- `decisions(id, material_id, draft_id, user_id, decision, created_at)` — `return | approve`.
- `audit(id, at, user_id, user_name, action, detail, ip)` — who did what, append only.
- `criticism_lists(id, round_id, author_id, version, original_name, stored_name, sha256, size, format,
  uploaded_at, document_json)` — each upload of an author's 相互批评意见 in a round (the latest counts);
  `document_json` is the text and paragraphs as read (`criticism.stored`), so the team's review is
  recomputed without reading files again.
- `ledger_imports(import_id, material_id, draft_id, at)` — which approved draft each import of the
  rectification ledger (`<db name>.ledger.db`, `mingjing.ledger`) came from: the ledger's items are
  shown to the material's team and author only.

- `intake_batches(id, round_id, user_id, created_at, state)` and `intake_files(id, batch_id, original_name,
  stored_name, sha256, size, format, author_id, matched_by, state, error, material_id, version)` — a clerk's
  bulk intake: each file staged (`staged`), confirmed (`waiting`), then `done` (a draft of its author) or
  `failed` (listed with the reason, nothing of it stored); batch state `open | running | finished`.

All times are UTC ISO-8601 strings. Methods return plain dicts (sqlite3.Row converted).
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from mingjing.storage import open_store

FORMAT = "mingjing.web/1"
ROLES = ("admin", "overseer", "reviewer", "author")
STATUSES = ("submitted", "returned", "approved")

SCHEMA = """
CREATE TABLE IF NOT EXISTS units(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS teams(id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),
  name TEXT NOT NULL, UNIQUE(unit_id, name));
CREATE TABLE IF NOT EXISTS users(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK(role IN ('admin','overseer','reviewer','author')), team_id INTEGER REFERENCES teams(id),
  password_hash TEXT NOT NULL, must_change INTEGER NOT NULL DEFAULT 1, active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions(token_hash TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
  csrf TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rounds(id INTEGER PRIMARY KEY, name TEXT NOT NULL, framework_id TEXT,
  team_id INTEGER NOT NULL REFERENCES teams(id), deadline TEXT, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS materials(id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES rounds(id),
  author_id INTEGER NOT NULL REFERENCES users(id), status TEXT NOT NULL, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, UNIQUE(round_id, author_id));
CREATE TABLE IF NOT EXISTS drafts(id INTEGER PRIMARY KEY, material_id INTEGER NOT NULL REFERENCES materials(id),
  version INTEGER NOT NULL, original_name TEXT NOT NULL, stored_name TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,
  size INTEGER NOT NULL, format TEXT NOT NULL, uploaded_at TEXT NOT NULL, verdict TEXT NOT NULL,
  score INTEGER NOT NULL, text TEXT NOT NULL, review_json TEXT NOT NULL, UNIQUE(material_id, version));
CREATE TABLE IF NOT EXISTS comments(id INTEGER PRIMARY KEY, material_id INTEGER NOT NULL REFERENCES materials(id),
  draft_id INTEGER REFERENCES drafts(id), user_id INTEGER NOT NULL REFERENCES users(id), body TEXT NOT NULL,
  created_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'shown', changed_by INTEGER, changed_at TEXT);
CREATE TABLE IF NOT EXISTS decisions(id INTEGER PRIMARY KEY, material_id INTEGER NOT NULL REFERENCES materials(id),
  draft_id INTEGER NOT NULL REFERENCES drafts(id), user_id INTEGER NOT NULL REFERENCES users(id),
  decision TEXT NOT NULL CHECK(decision IN ('return','approve')), created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit(id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id INTEGER, user_name TEXT,
  action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', ip TEXT);
CREATE TABLE IF NOT EXISTS ledger_imports(import_id INTEGER PRIMARY KEY, material_id INTEGER NOT NULL
  REFERENCES materials(id), draft_id INTEGER NOT NULL REFERENCES drafts(id), at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS criticism_lists(id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES rounds(id),
  author_id INTEGER NOT NULL REFERENCES users(id), version INTEGER NOT NULL, original_name TEXT NOT NULL,
  stored_name TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, size INTEGER NOT NULL, format TEXT NOT NULL,
  uploaded_at TEXT NOT NULL, document_json TEXT NOT NULL, UNIQUE(round_id, author_id, version));
CREATE TABLE IF NOT EXISTS unit_assignments(user_id INTEGER NOT NULL REFERENCES users(id),
  unit_id INTEGER NOT NULL REFERENCES units(id), PRIMARY KEY(user_id, unit_id));
CREATE TABLE IF NOT EXISTS intake_batches(id INTEGER PRIMARY KEY, round_id INTEGER NOT NULL REFERENCES rounds(id),
  user_id INTEGER NOT NULL REFERENCES users(id), created_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open');
CREATE TABLE IF NOT EXISTS intake_files(id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES intake_batches(id),
  original_name TEXT NOT NULL, stored_name TEXT, sha256 TEXT, size INTEGER NOT NULL DEFAULT 0, format TEXT,
  author_id INTEGER REFERENCES users(id), matched_by TEXT, state TEXT NOT NULL, error TEXT,
  material_id INTEGER, version INTEGER);
CREATE INDEX IF NOT EXISTS drafts_material ON drafts(material_id, version);
CREATE INDEX IF NOT EXISTS comments_material ON comments(material_id);
"""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class WebStore:
    """The web database. One connection shared by the server's threads, guarded by a lock."""

    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        self.db = open_store(
            path,
            "网页数据库",
            SCHEMA,
            FORMAT,
            create=create,
            missing_hint=f"，请先用 mingjing serve --db {path} 建立（首次启动时创建）",
        )
        self.db.close()  # reopened below for use from the server's worker threads
        self.db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self._allow_overseer()
        self.db.execute("PRAGMA foreign_keys=ON")
        self.lock = threading.RLock()
        from mingjing.web.audit import AuditThrottle

        self.throttle = AuditThrottle()
        self._add_columns()

    def _add_columns(self) -> None:
        """Columns added after format mingjing.web/1 was first written (additive, defaults keep old rows)."""
        added = {
            "comments": (
                ("state", "TEXT NOT NULL DEFAULT 'shown'"),
                ("changed_by", "INTEGER"),
                ("changed_at", "TEXT"),
            ),
            "units": (
                ("parent_id", "INTEGER REFERENCES units(id)"),
                ("archived", "INTEGER NOT NULL DEFAULT 0"),
            ),
            "teams": (("archived", "INTEGER NOT NULL DEFAULT 0"),),
            "rounds": (("archived", "INTEGER NOT NULL DEFAULT 0"), ("closed_at", "TEXT")),
            "drafts": (("withdrawn_at", "TEXT"), ("upload_key", "TEXT")),
        }
        for table, columns in added.items():
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            for column, kind in columns:
                if column not in have:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
        self.db.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS drafts_upload_key ON drafts(upload_key) "
            "WHERE upload_key IS NOT NULL"
        )
        self.db.commit()

    def _allow_overseer(self) -> None:
        """A database written before the overseer role had a CHECK without it: the users table is
        rebuilt once with the new CHECK (SQLite's documented way; rows and ids kept)."""
        row = self.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'"
        ).fetchone()
        if row is None or "'overseer'" in row[0]:
            return
        self.db.execute("PRAGMA foreign_keys=OFF")
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute(
                row[0]
                .replace("CREATE TABLE users", "CREATE TABLE users_new", 1)
                .replace("'admin','reviewer','author'", "'admin','overseer','reviewer','author'")
            )
            self.db.execute("INSERT INTO users_new SELECT * FROM users")
            self.db.execute("DROP TABLE users")
            self.db.execute("ALTER TABLE users_new RENAME TO users")
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise

    def stored_names(self) -> set[str]:
        """Every file name a draft keeps (the files folder holds nothing else that lasts)."""
        with self.lock:
            return {r[0] for r in self.db.execute("SELECT stored_name FROM drafts")}

    def draft_by_upload_key(self, key: str) -> dict | None:
        """The draft an upload with this key made (a retried upload is told its outcome)."""
        return self._one(
            "SELECT drafts.id, drafts.material_id, drafts.version, materials.author_id FROM drafts "
            "JOIN materials ON materials.id = drafts.material_id WHERE upload_key = ?",
            (key,),
        )

    def close(self) -> None:
        self.db.close()

    # -- low level -------------------------------------------------------------------------------
    def _all(self, sql: str, args: tuple = ()) -> list[dict]:
        with self.lock:
            return [dict(r) for r in self.db.execute(sql, args).fetchall()]

    def _one(self, sql: str, args: tuple = ()) -> dict | None:
        with self.lock:
            row = self.db.execute(sql, args).fetchone()
        return dict(row) if row else None

    def _write(self, sql: str, args: tuple = ()) -> int:
        with self.lock:
            cur = self.db.execute(sql, args)
            self.db.commit()
            return cur.lastrowid or 0  # the new row's id (0 after an UPDATE or DELETE)

    # -- units and teams -------------------------------------------------------------------------
    def add_unit(self, name: str, parent_id: int | None = None) -> int:
        return self._write("INSERT INTO units(name, parent_id) VALUES (?, ?)", (name, parent_id))

    def units(self) -> list[dict]:
        return self._all("SELECT * FROM units ORDER BY id")

    def unit(self, unit_id: int) -> dict | None:
        return self._one("SELECT * FROM units WHERE id = ?", (unit_id,))

    def units_below(self, unit_ids) -> set[int]:
        """The given units and every unit under them in the tree."""
        ids = set(unit_ids)
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        rows = self._all(
            f"WITH RECURSIVE below(id) AS (SELECT id FROM units WHERE id IN ({marks}) "
            "UNION SELECT units.id FROM units JOIN below ON units.parent_id = below.id) SELECT id FROM below",
            tuple(ids),
        )
        return {r["id"] for r in rows}

    def assign_unit(self, user_id: int, unit_id: int) -> None:
        self._write(
            "INSERT OR IGNORE INTO unit_assignments(user_id, unit_id) VALUES (?, ?)", (user_id, unit_id)
        )

    def unassign_unit(self, user_id: int, unit_id: int) -> None:
        self._write("DELETE FROM unit_assignments WHERE user_id = ? AND unit_id = ?", (user_id, unit_id))

    def assignments(self, user_id: int | None = None) -> list[dict]:
        """Units assigned to a user (or every assignment), with the unit's and the user's names."""
        where, args = ("WHERE a.user_id = ?", (user_id,)) if user_id is not None else ("", ())
        return self._all(
            "SELECT a.user_id, a.unit_id, units.name AS unit_name, users.name AS user_name "
            "FROM unit_assignments a JOIN units ON units.id = a.unit_id JOIN users ON users.id = a.user_id "
            f"{where} ORDER BY users.id, units.id",
            args,
        )

    def teams_of_units(self, unit_ids) -> set[int]:
        ids = set(unit_ids)
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r["id"] for r in self._all(f"SELECT id FROM teams WHERE unit_id IN ({marks})", tuple(ids))}

    def add_team(self, unit_id: int, name: str) -> int:
        return self._write("INSERT INTO teams(unit_id, name) VALUES (?, ?)", (unit_id, name))

    def teams(self) -> list[dict]:
        return self._all(
            "SELECT teams.*, units.name AS unit_name FROM teams JOIN units ON units.id = teams.unit_id "
            "ORDER BY units.id, teams.id"
        )

    def team(self, team_id: int | None) -> dict | None:
        if team_id is None:
            return None
        return self._one(
            "SELECT teams.*, units.name AS unit_name FROM teams JOIN units ON units.id = teams.unit_id "
            "WHERE teams.id = ?",
            (team_id,),
        )

    def find_teams(self, name: str) -> list[dict]:
        """Teams called `name`, or `单位/班子` for one of a unit."""
        unit, _, team = name.rpartition("/")
        if unit:
            return self._all(
                "SELECT teams.* FROM teams JOIN units ON units.id = teams.unit_id "
                "WHERE teams.name = ? AND units.name = ?",
                (team, unit),
            )
        return self._all("SELECT * FROM teams WHERE name = ?", (name,))

    # -- users and sessions ----------------------------------------------------------------------
    def add_user(
        self, name: str, role: str, team_id: int | None, password_hash: str, must_change: bool = True
    ) -> int:
        return self._write(
            "INSERT INTO users(name, role, team_id, password_hash, must_change, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (name, role, team_id, password_hash, int(must_change), now()),
        )

    def user(self, user_id: int) -> dict | None:
        return self._one("SELECT * FROM users WHERE id = ?", (user_id,))

    def user_by_name(self, name: str) -> dict | None:
        return self._one("SELECT * FROM users WHERE name = ?", (name,))

    def users(self) -> list[dict]:
        return self._all(
            "SELECT users.*, teams.name AS team_name FROM users LEFT JOIN teams ON teams.id = users.team_id "
            "ORDER BY users.id"
        )

    def team_members(self, team_id: int, role: str = "author") -> list[dict]:
        return self._all(
            "SELECT * FROM users WHERE team_id = ? AND role = ? AND active = 1 ORDER BY id", (team_id, role)
        )

    def has_admin(self) -> bool:
        return self._one("SELECT 1 AS x FROM users WHERE role = 'admin' AND active = 1") is not None

    def set_password(self, user_id: int, password_hash: str, must_change: bool) -> None:
        self._write(
            "UPDATE users SET password_hash = ?, must_change = ? WHERE id = ?",
            (password_hash, int(must_change), user_id),
        )
        if must_change:  # a reset ends the user's open sessions
            self._write("DELETE FROM sessions WHERE user_id = ?", (user_id,))

    def end_sessions(self, user_id: int) -> None:
        """End every session of a user (after a password change, before the new one is opened)."""
        self._write("DELETE FROM sessions WHERE user_id = ?", (user_id,))

    def add_session(self, token_hash: str, user_id: int, csrf: str, expires_at: str) -> None:
        self._write("DELETE FROM sessions WHERE expires_at <= ?", (now(),))  # expired ones go at each sign-in
        self._write(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)", (token_hash, user_id, csrf, now(), expires_at)
        )

    def session(self, token_hash: str) -> dict | None:
        return self._one(
            "SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?", (token_hash, now())
        )

    def end_session(self, token_hash: str) -> None:
        self._write("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    # -- rounds ----------------------------------------------------------------------------------
    def add_round(self, name: str, framework_id: str | None, team_id: int, deadline: str | None) -> int:
        return self._write(
            "INSERT INTO rounds(name, framework_id, team_id, deadline, created_at) VALUES (?, ?, ?, ?, ?)",
            (name, framework_id, team_id, deadline, now()),
        )

    def round(self, round_id: int) -> dict | None:
        return self._one(
            "SELECT rounds.*, teams.name AS team_name, teams.unit_id, units.name AS unit_name FROM rounds "
            "JOIN teams ON teams.id = rounds.team_id JOIN units ON units.id = teams.unit_id "
            "WHERE rounds.id = ?",
            (round_id,),
        )

    def rounds(self, team_id: int | None = None, team_ids=None) -> list[dict]:
        """Rounds newest first, of one team, of a set of teams (`team_ids`), or all; with team and unit names."""
        where = ""
        args: tuple[int, ...] = ()
        if team_id is not None:
            where, args = "WHERE rounds.team_id = ?", (team_id,)
        elif team_ids is not None:
            ids = tuple(sorted(team_ids)) or (-1,)
            where, args = f"WHERE rounds.team_id IN ({','.join('?' * len(ids))})", ids
        return self._all(
            "SELECT rounds.*, teams.name AS team_name, teams.unit_id, units.name AS unit_name FROM rounds "
            "JOIN teams ON teams.id = rounds.team_id JOIN units ON units.id = teams.unit_id "
            f"{where} ORDER BY rounds.id DESC",
            args,
        )

    def close_round(self, round_id: int) -> None:
        """The round ends: no more uploads (its materials stay, as does everything said about them)."""
        self._write("UPDATE rounds SET closed_at = ? WHERE id = ? AND closed_at IS NULL", (now(), round_id))

    def rename(self, kind: str, item_id: int, name: str) -> str | None:
        """Rename a unit, team or round; returns the old name (None when there is no such row)."""
        table = {"units": "units", "teams": "teams", "rounds": "rounds"}[kind]
        with self.lock:
            row = self.db.execute(f"SELECT name FROM {table} WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                return None
            try:
                self.db.execute(f"UPDATE {table} SET name = ? WHERE id = ?", (name, item_id))
                self.db.commit()
            except BaseException:
                self.db.rollback()
                raise
        return row[0]

    def set_archived(self, kind: str, item_id: int, archived: bool) -> str | None:
        table = {"units": "units", "teams": "teams", "rounds": "rounds"}[kind]
        row = self._one(f"SELECT name FROM {table} WHERE id = ?", (item_id,))
        if row is None:
            return None
        self._write(f"UPDATE {table} SET archived = ? WHERE id = ?", (int(archived), item_id))
        return row["name"]

    def set_active(self, user_id: int, active: bool) -> None:
        """Deactivate (sign-in refused, sessions ended; rows and history kept) or activate an account."""
        self._write("UPDATE users SET active = ? WHERE id = ?", (int(active), user_id))
        if not active:
            self._write("DELETE FROM sessions WHERE user_id = ?", (user_id,))

    def round_progress(self, round_ids) -> dict[int, dict]:
        """Per round: members (active authors of its team), materials handed in, and how many are
        submitted / returned / approved — one query for a whole list of rounds."""
        ids = tuple(round_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        out = {
            rid: {"members": 0, "handed_in": 0, "submitted": 0, "returned": 0, "approved": 0} for rid in ids
        }
        for r in self._all(
            f"SELECT rounds.id, COUNT(users.id) AS n FROM rounds LEFT JOIN users ON users.team_id = "
            f"rounds.team_id AND users.role = 'author' AND users.active = 1 WHERE rounds.id IN ({marks}) "
            "GROUP BY rounds.id",
            ids,
        ):
            out[r["id"]]["members"] = r["n"]
        for r in self._all(
            f"SELECT round_id, status, COUNT(*) AS n FROM materials WHERE round_id IN ({marks}) "
            "AND EXISTS (SELECT 1 FROM drafts WHERE drafts.material_id = materials.id "
            "AND drafts.withdrawn_at IS NULL) "
            "GROUP BY round_id, status",
            ids,
        ):
            out[r["round_id"]][r["status"]] = r["n"]
            out[r["round_id"]]["handed_in"] += r["n"]
        return out

    # -- materials and drafts --------------------------------------------------------------------
    def material(self, material_id: int) -> dict | None:
        return self._one(
            "SELECT materials.*, users.name AS author_name, rounds.team_id AS team_id "
            "FROM materials JOIN users ON users.id = materials.author_id "
            "JOIN rounds ON rounds.id = materials.round_id WHERE materials.id = ?",
            (material_id,),
        )

    def material_of(self, round_id: int, author_id: int) -> dict | None:
        row = self._one(
            "SELECT id FROM materials WHERE round_id = ? AND author_id = ?", (round_id, author_id)
        )
        return self.material(row["id"]) if row else None

    def round_materials(self, round_id: int) -> list[dict]:
        return self._all(
            "SELECT materials.*, users.name AS author_name FROM materials "
            "JOIN users ON users.id = materials.author_id WHERE round_id = ? ORDER BY users.id",
            (round_id,),
        )

    def add_draft(self, round_id: int, author_id: int, draft: dict) -> tuple[int, int]:
        """Store a new draft (its material created on the first); returns (material id, version)."""
        with self.lock:
            try:
                stamp = now()
                self.db.execute(
                    "INSERT OR IGNORE INTO materials(round_id, author_id, status, created_at, updated_at) "
                    "VALUES (?, ?, 'submitted', ?, ?)",
                    (round_id, author_id, stamp, stamp),
                )
                material_id = self.db.execute(
                    "SELECT id FROM materials WHERE round_id = ? AND author_id = ?", (round_id, author_id)
                ).fetchone()[0]
                version = self.db.execute(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM drafts WHERE material_id = ?", (material_id,)
                ).fetchone()[0]
                self.db.execute(
                    "INSERT INTO drafts(material_id, version, original_name, stored_name, sha256, size, format, "
                    "uploaded_at, verdict, score, text, review_json, upload_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        material_id,
                        version,
                        draft["original_name"],
                        draft["stored_name"],
                        draft["sha256"],
                        draft["size"],
                        draft["format"],
                        stamp,
                        draft["verdict"],
                        draft["score"],
                        draft["text"],
                        draft["review_json"],
                        draft.get("upload_key") or None,
                    ),
                )
                self.db.execute(
                    "UPDATE materials SET status = 'submitted', updated_at = ? WHERE id = ?",
                    (stamp, material_id),
                )
                self.db.commit()
            except BaseException:
                self.db.rollback()
                raise
        return material_id, version

    def drafts(self, material_id: int, withdrawn: bool = False) -> list[dict]:
        """The drafts of a material, oldest first, without their text and review; withdrawn ones only
        with `withdrawn` (the history)."""
        where = "" if withdrawn else " AND withdrawn_at IS NULL"
        return self._all(
            "SELECT id, material_id, version, original_name, stored_name, sha256, size, format, "
            f"uploaded_at, verdict, score, withdrawn_at FROM drafts WHERE material_id = ?{where} "
            "ORDER BY version",
            (material_id,),
        )

    def withdraw_draft(self, draft_id: int) -> None:
        """The author takes back a draft nobody has decided on: kept, marked, no longer current; the
        material's status is what the draft before it had (or submitted)."""
        with self.lock:
            try:
                row = self.db.execute("SELECT material_id FROM drafts WHERE id = ?", (draft_id,)).fetchone()
                self.db.execute(
                    "UPDATE drafts SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                    (now(), draft_id),
                )
                last = self.db.execute(
                    "SELECT decision FROM decisions WHERE draft_id = (SELECT id FROM drafts WHERE "
                    "material_id = ? AND withdrawn_at IS NULL ORDER BY version DESC LIMIT 1) "
                    "ORDER BY id DESC LIMIT 1",
                    (row[0],),
                ).fetchone()
                status = {"return": "returned", "approve": "approved"}.get(last[0]) if last else "submitted"
                self.db.execute(
                    "UPDATE materials SET status = ?, updated_at = ? WHERE id = ?", (status, now(), row[0])
                )
                self.db.commit()
            except BaseException:
                self.db.rollback()
                raise

    def next_version(self, material_id: int) -> int:
        row = self._one(
            "SELECT COALESCE(MAX(version), 0) + 1 AS v FROM drafts WHERE material_id = ?", (material_id,)
        )
        assert row is not None  # an aggregate gives one row
        return row["v"]

    def draft(self, draft_id: int) -> dict | None:
        return self._one("SELECT * FROM drafts WHERE id = ?", (draft_id,))

    def latest_drafts(self, round_id: int) -> dict[int, dict]:
        """Each material's latest draft in a round, with text and review: {material id: draft}."""
        rows = self._all(
            "SELECT drafts.* FROM drafts JOIN materials ON materials.id = drafts.material_id "
            "WHERE materials.round_id = ? AND drafts.version = (SELECT MAX(version) FROM drafts d "
            "WHERE d.material_id = drafts.material_id AND d.withdrawn_at IS NULL)",
            (round_id,),
        )
        return {r["material_id"]: r for r in rows}

    def set_status(self, material_id: int, status: str) -> None:
        self._write(
            "UPDATE materials SET status = ?, updated_at = ? WHERE id = ?", (status, now(), material_id)
        )

    # -- comments and decisions ------------------------------------------------------------------
    def add_comment(self, material_id: int, draft_id: int | None, user_id: int, body: str) -> int:
        return self._write(
            "INSERT INTO comments(material_id, draft_id, user_id, body, created_at) VALUES (?,?,?,?,?)",
            (material_id, draft_id, user_id, body, now()),
        )

    def comment(self, comment_id: int) -> dict | None:
        return self._one("SELECT * FROM comments WHERE id = ?", (comment_id,))

    def set_comment_state(self, comment_id: int, state: str, by: int) -> None:
        """Withdraw (its writer) or hide (a reviewer) a comment; its text is no longer shown or exported."""
        assert state in ("withdrawn", "hidden")
        self._write(
            "UPDATE comments SET state = ?, changed_by = ?, changed_at = ? WHERE id = ? AND state = 'shown'",
            (state, by, now(), comment_id),
        )

    def comments(self, material_id: int) -> list[dict]:
        return self._all(
            "SELECT comments.*, users.name AS user_name, users.role AS user_role, drafts.version "
            "FROM comments JOIN users ON users.id = comments.user_id "
            "LEFT JOIN drafts ON drafts.id = comments.draft_id WHERE comments.material_id = ? "
            "ORDER BY comments.id",
            (material_id,),
        )

    def add_decision(self, material_id: int, draft_id: int, user_id: int, decision: str) -> None:
        with self.lock:
            self.db.execute(
                "INSERT INTO decisions(material_id, draft_id, user_id, decision, created_at) "
                "VALUES (?,?,?,?,?)",
                (material_id, draft_id, user_id, decision, now()),
            )
            self.db.execute(
                "UPDATE materials SET status = ?, updated_at = ? WHERE id = ?",
                ("approved" if decision == "approve" else "returned", now(), material_id),
            )
            self.db.commit()

    def decisions(self, material_id: int) -> list[dict]:
        return self._all(
            "SELECT decisions.*, users.name AS user_name, drafts.version FROM decisions "
            "JOIN users ON users.id = decisions.user_id JOIN drafts ON drafts.id = decisions.draft_id "
            "WHERE decisions.material_id = ? ORDER BY decisions.id",
            (material_id,),
        )

    # -- rectification ledger ----------------------------------------------------------------------
    def link_ledger_import(self, import_id: int, material_id: int, draft_id: int) -> None:
        """Remember the draft an import of the ledger came from (kept as it is when known already)."""
        self._write(
            "INSERT OR IGNORE INTO ledger_imports(import_id, material_id, draft_id, at) VALUES (?,?,?,?)",
            (import_id, material_id, draft_id, now()),
        )

    def ledger_imports(
        self,
        team_id: int | None = None,
        author_id: int | None = None,
        round_id: int | None = None,
        team_ids=None,
    ) -> list[dict]:
        """Imports of the ledger made from the web app, with their material's round, team and author
        (of one team, or of a set of teams `team_ids`)."""
        clauses, args = [], []
        for column, value in (
            ("rounds.team_id", team_id),
            ("materials.author_id", author_id),
            ("materials.round_id", round_id),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        if team_ids is not None:
            ids = sorted(team_ids) or [-1]
            clauses.append(f"rounds.team_id IN ({','.join('?' * len(ids))})")
            args.extend(ids)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._all(
            "SELECT ledger_imports.*, materials.round_id, materials.author_id, rounds.team_id, "
            "rounds.name AS round_name, users.name AS author_name, drafts.version "
            "FROM ledger_imports JOIN materials ON materials.id = ledger_imports.material_id "
            "JOIN rounds ON rounds.id = materials.round_id JOIN users ON users.id = materials.author_id "
            f"JOIN drafts ON drafts.id = ledger_imports.draft_id {where} ORDER BY ledger_imports.import_id",
            tuple(args),
        )

    # -- audit -----------------------------------------------------------------------------------
    def log(self, user: dict | None, action: str, detail: str = "", ip: str | None = None) -> None:
        """Append an audit entry, every field bounded; anonymous entries are limited per address (web.audit)."""
        from mingjing.web.audit import MAX_DETAIL, MAX_IP, MAX_NAME, cut

        if user is None:
            verdict = self.throttle.admit(ip)
            if verdict == "skip":
                return
            if verdict == "note":
                action, detail = "记录已省略", "同一地址一分钟内未登录的操作过多，本分钟其余记录已省略"
        self._write(
            "INSERT INTO audit(at, user_id, user_name, action, detail, ip) VALUES (?,?,?,?,?,?)",
            (
                now(),
                user["id"] if user else None,
                cut(user["name"], MAX_NAME) if user else None,
                cut(action, MAX_NAME),
                cut(detail, MAX_DETAIL),
                cut(ip, MAX_IP),
            ),
        )

    def audit(self, limit: int = 500, offset: int = 0, query: str = "") -> list[dict]:
        """Entries newest first; `query` matches user, action, detail or address (a substring)."""
        if query:
            like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            return self._all(
                "SELECT * FROM audit WHERE user_name LIKE ?1 ESCAPE '\\' OR action LIKE ?1 ESCAPE '\\' "
                "OR detail LIKE ?1 ESCAPE '\\' OR ip LIKE ?1 ESCAPE '\\' ORDER BY id DESC LIMIT ?2 OFFSET ?3",
                (like, limit, offset),
            )
        return self._all("SELECT * FROM audit ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))

    # -- criticism lists (相互批评意见) ----------------------------------------------------------------
    def add_criticism_list(self, round_id: int, author_id: int, row: dict) -> int:
        """Keep an upload of the author's criticism list in the round; returns its version."""
        with self.lock:
            version = self.db.execute(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM criticism_lists "
                "WHERE round_id = ? AND author_id = ?",
                (round_id, author_id),
            ).fetchone()[0]
            self.db.execute(
                "INSERT INTO criticism_lists(round_id, author_id, version, original_name, stored_name, "
                "sha256, size, format, uploaded_at, document_json) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    round_id,
                    author_id,
                    version,
                    row["original_name"],
                    row["stored_name"],
                    row["sha256"],
                    row["size"],
                    row["format"],
                    now(),
                    row["document_json"],
                ),
            )
            self.db.commit()
            return version

    def criticism_lists(self, round_id: int, author_id: int | None = None) -> list[dict]:
        """The latest criticism list of each author of the round (or of one author), with the author's name."""
        sql = (
            "SELECT c.*, users.name AS author_name FROM criticism_lists c JOIN users ON users.id = c.author_id "
            "WHERE c.round_id = ? AND c.version = (SELECT MAX(version) FROM criticism_lists x "
            "WHERE x.round_id = c.round_id AND x.author_id = c.author_id)"
        )
        if author_id is not None:
            return self._all(sql + " AND c.author_id = ? ORDER BY c.id", (round_id, author_id))
        return self._all(sql + " ORDER BY users.name", (round_id,))

    # -- bulk intake -------------------------------------------------------------------------------
    def add_intake_batch(self, round_id: int, user_id: int) -> int:
        return self._write(
            "INSERT INTO intake_batches(round_id, user_id, created_at) VALUES (?, ?, ?)",
            (round_id, user_id, now()),
        )

    def intake_batch(self, batch_id: int) -> dict | None:
        return self._one("SELECT * FROM intake_batches WHERE id = ?", (batch_id,))

    def set_intake_batch(self, batch_id: int, state: str) -> None:
        self._write("UPDATE intake_batches SET state = ? WHERE id = ?", (state, batch_id))

    def add_intake_file(self, batch_id: int, row: dict) -> int:
        columns = (
            "original_name",
            "stored_name",
            "sha256",
            "size",
            "format",
            "author_id",
            "matched_by",
            "state",
            "error",
        )
        return self._write(
            f"INSERT INTO intake_files(batch_id, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})",
            (batch_id, *(row.get(c) for c in columns)),
        )

    def intake_files(self, batch_id: int) -> list[dict]:
        return self._all(
            "SELECT intake_files.*, users.name AS author_name FROM intake_files "
            "LEFT JOIN users ON users.id = intake_files.author_id WHERE batch_id = ? ORDER BY intake_files.id",
            (batch_id,),
        )

    def update_intake_file(self, file_id: int, **fields) -> None:
        allowed = {"author_id", "matched_by", "state", "error", "material_id", "version", "stored_name"}
        assert set(fields) <= allowed
        sets = ", ".join(f"{k} = ?" for k in fields)
        self._write(f"UPDATE intake_files SET {sets} WHERE id = ?", (*fields.values(), file_id))
