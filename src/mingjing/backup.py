"""Backup and restore of a web installation: the web database, its ledger and the uploaded files.

A backup is taken while the server runs: each database is copied with SQLite's online backup API
(one read transaction, so the copy is one consistent moment even in the middle of writes; never a
file copy of a live WAL database), then the uploaded files are copied. Files are written before the
database row that names them and are never changed afterwards, so every file a copied row names is
already there when the files are copied. The archive (.tar.gz) holds `manifest.json` (what, when,
SHA-256 of every member) beside the files.

Restore checks the archive first (manifest, checksums, SQLite integrity_check, mingjing's format
marker), and refuses to write over an existing database — always over one a running server has open.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mingjing.errors import InputError

MANIFEST = "manifest.json"
FORMAT = "mingjing.backup/1"
WEB_DB, LEDGER_DB, FILES = "web.db", "web.ledger.db", "web-files"


@dataclass
class Layout:
    """Where an installation keeps its three parts (as `create_app` lays them out beside the db)."""

    db: Path

    @property
    def ledger(self) -> Path:
        return self.db.with_name(self.db.stem + ".ledger.db")

    @property
    def files(self) -> Path:
        return self.db.with_name(self.db.stem + "-files")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a (possibly live) SQLite database through the online backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)  # all pages in one step: one read transaction, one moment
            dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained file, no -wal beside it
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{source}：数据库无法备份（{exc}）") from None
    finally:
        src.close()


def integrity(path: Path) -> str:
    """'ok' or SQLite's first complaint about the database file."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return db.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def in_use(db: Path) -> bool:
    """Whether a process has the database open: every SQLite connection to a WAL database holds a
    shared lock on byte 128 of its -shm file (the “DMS” lock) while it is open."""
    shm = db.with_name(db.name + "-shm")
    if not shm.exists():
        return False
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return True
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, 128)
        return False
    finally:
        os.close(fd)


def backup(db: Path, output: Path, *, force: bool = False) -> dict:
    """Write the backup archive of the installation around `db`; returns the manifest."""
    layout = Layout(Path(db))
    output = Path(output)
    if not layout.db.exists():
        raise InputError(f"{layout.db}：网页数据库不存在，没有可备份的内容")
    if output.exists() and not force:
        raise InputError(f"{output}：文件已存在；如需覆盖请加 --force")
    if output.resolve() in (layout.db.resolve(), layout.ledger.resolve()):
        raise InputError(f"{output}：不能把备份写到数据库本身")
    with tempfile.TemporaryDirectory(
        prefix="mingjing-backup-", dir=output.parent if output.parent.exists() else None
    ) as tmp_dir:
        tmp = Path(tmp_dir)
        members: dict[str, Path] = {}
        copy_database(layout.db, tmp / WEB_DB)
        members[WEB_DB] = tmp / WEB_DB
        if layout.ledger.exists():
            copy_database(layout.ledger, tmp / LEDGER_DB)
            members[LEDGER_DB] = tmp / LEDGER_DB
        if layout.files.is_dir():  # after the databases: every file their rows name is already written
            for f in sorted(layout.files.iterdir()):
                if f.is_file() and not f.name.startswith("."):
                    members[f"{FILES}/{f.name}"] = f
        manifest = {
            "format": FORMAT,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "source": str(layout.db),
            "files": {
                name: {"sha256": _sha256(path), "size": path.stat().st_size} for name, path in members.items()
            },
        }
        partial = tmp / "backup.tar.gz"
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(data), int(datetime.now(UTC).timestamp()), 0o600
            tar.addfile(info, io.BytesIO(data))
            for name, path in members.items():
                tar.add(path, arcname=name, recursive=False)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(partial), output)
        except OSError as exc:
            raise InputError(f"{output}：无法写入备份（{exc.strerror or exc}）") from None
    return manifest


def _read_archive(archive: Path, into: Path) -> dict:
    """Extract a backup archive into `into` after checking its members; returns the manifest."""
    if not archive.is_file():
        raise InputError(f"{archive}：备份文件不存在")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            members = tar.getmembers()
            names = [m.name for m in members]
            if MANIFEST not in names:
                raise InputError(f"{archive}：不是 mingjing 的备份（缺少 {MANIFEST}）")
            for m in members:
                parts = Path(m.name).parts
                ok_name = m.name in (MANIFEST, WEB_DB, LEDGER_DB) or (
                    len(parts) == 2 and parts[0] == FILES and not parts[1].startswith(".")
                )
                if not m.isfile() or not ok_name or m.name.startswith("/") or ".." in parts:
                    raise InputError(f"{archive}：备份中有不应出现的条目 {m.name}，已拒绝恢复")
            for m in members:
                target = into / m.name
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(m)
                assert source is not None  # every member was checked to be a regular file
                with source as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise InputError(f"{archive}：备份文件已损坏，无法读取（{exc}）") from None
    try:
        manifest = json.loads((into / MANIFEST).read_text("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"{archive}：备份清单已损坏") from None
    if manifest.get("format") != FORMAT:
        raise InputError(f"{archive}：备份格式（{manifest.get('format')}）与本版本（{FORMAT}）不符")
    listed = manifest.get("files") or {}
    present = {n for n in names if n != MANIFEST}
    if set(listed) != present or WEB_DB not in present:
        raise InputError(f"{archive}：备份不完整（清单与内容不符）")
    for name, meta in listed.items():
        if _sha256(into / name) != meta.get("sha256"):
            raise InputError(f"{archive}：备份中的 {name} 校验失败（SHA-256 不符），文件已损坏")
    return manifest


def check_backup(archive: Path, into: Path) -> dict:
    """Extract and verify everything: checksums, SQLite integrity, mingjing's format markers."""
    from mingjing.ledger.store import FORMAT as LEDGER_FORMAT
    from mingjing.web.store import FORMAT as WEB_FORMAT

    manifest = _read_archive(archive, into)
    for name, fmt in ((WEB_DB, WEB_FORMAT), (LEDGER_DB, LEDGER_FORMAT)):
        path = into / name
        if not path.exists():
            continue
        result = integrity(path)
        if result != "ok":
            raise InputError(f"{archive}：备份中的 {name} 未通过完整性检查（{result}）")
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            stored = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError:
            stored = {}
        finally:
            db.close()
        if stored.get("format") != fmt:
            raise InputError(
                f"{archive}：备份中的 {name} 格式（{stored.get('format')}）与本版本（{fmt}）不符"
            )
    return manifest


def restore(archive: Path, db: Path, *, force: bool = False) -> dict:
    """Restore a backup so that `db` (and its ledger and files beside it) hold what was saved."""
    layout = Layout(Path(db))
    for path in (layout.db, layout.ledger):
        if in_use(path):
            raise InputError(f"{path}：数据库正在被使用（网页服务可能在运行），请先停止服务再恢复")
    existing = [p for p in (layout.db, layout.ledger) if p.exists()]
    if existing and not force:
        raise InputError(f"{existing[0]}：已存在，恢复会覆盖它；确认要覆盖请先停止服务并加 --force")
    layout.db.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mingjing-restore-", dir=layout.db.parent) as tmp_dir:
        tmp = Path(tmp_dir)
        manifest = check_backup(Path(archive), tmp)
        layout.files.mkdir(parents=True, exist_ok=True)
        for name in manifest["files"]:
            if name.startswith(FILES + "/"):
                target = layout.files / Path(name).name
                if not target.exists():  # uploaded files never change: one already there is the same
                    os.replace(tmp / name, target)
        for name, target in ((LEDGER_DB, layout.ledger), (WEB_DB, layout.db)):
            if (tmp / name).exists():
                for stale in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
                    stale.unlink(missing_ok=True)
                os.replace(tmp / name, target)
    return manifest
