"""SQLite files of mingjing (template library, ledger, web app): one way to open them.

Every store opens its file here: WAL journal (readers never block the writer), a 30-second busy
timeout (two processes writing at once wait, they do not fail), foreign keys on, and a versioned
`meta` table so an old or foreign file is refused with a clear message before anything in it changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mingjing.errors import InputError


def open_store(
    path: str | Path,
    what: str,
    schema: str,
    fmt: str,
    *,
    create: bool = True,
    missing_hint: str = "",
    extra_meta: dict[str, str] | None = None,
) -> sqlite3.Connection:
    """Open (or create) the SQLite store `path` holding format `fmt`; InputError names the file.

    `what` is the Chinese name of the store for messages (模板库, 整改台账 …); `schema` is run with
    CREATE … IF NOT EXISTS statements; `extra_meta` are further settings that must match too.
    """
    path = Path(path)
    if not create and not path.exists():
        raise InputError(f"{path}：{what}不存在{missing_hint}")
    if path.is_dir():
        raise InputError(f"{path}：这是一个文件夹，请给出{what}的文件名")
    expected = {"format": fmt, **(extra_meta or {})}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), timeout=30)
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        stored = dict(db.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
        if tables and (not stored or any(stored.get(k) != v for k, v in expected.items())):
            db.close()  # someone else's database, or another version: refused before anything is written
            if not stored:
                raise InputError(f"{path}：不是 mingjing 的{what}（这个 SQLite 文件属于别的程序）")
            raise InputError(f"{path}：{what}格式（{stored.get('format')}）与本版本（{fmt}）不符")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)")
        db.executescript(schema)
        if not stored:
            db.executemany("INSERT INTO meta VALUES (?, ?)", list(expected.items()))
            db.commit()
    except sqlite3.DatabaseError:
        raise InputError(f"{path}：不是 mingjing 的{what}（SQLite 文件无法打开）") from None
    except OSError as exc:
        raise InputError(f"{path}：无法打开{what}（{exc.strerror or exc}）") from None
    return db


@contextmanager
def transaction(db: sqlite3.Connection, immediate: bool = False) -> Iterator[sqlite3.Connection]:
    """Commit what the block wrote, or roll it all back. `immediate` takes the write lock at once, for
    a block that reads before it writes (two writers then queue instead of failing on upgrade)."""
    if immediate:
        db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()
        raise
