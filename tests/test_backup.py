"""Backup while a real server takes a burst of uploads, then restore into a fresh folder: every
upload acknowledged before the backup began is there with its file, nothing in the copy dangles;
restore refuses a live or existing database and a damaged archive."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import tarfile
import threading
import time
from pathlib import Path

import pytest

from web_server import author_team, serve_process, signed_in

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "张三-对照检查材料.docx"
PASSWORD = "backup-password-1"
AUTHORS = 6
UPLOADS_EACH = 3


def mingjing(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mingjing", *args], capture_output=True, text=True, timeout=timeout
    )


def drafts_of(db: Path) -> list[dict]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute("SELECT * FROM drafts ORDER BY id")]
    finally:
        con.close()


@pytest.fixture(scope="module")
def burst(tmp_path_factory):
    """A server (two worker processes) taking AUTHORS × UPLOADS_EACH uploads while `mingjing backup` runs in the middle."""
    tmp = tmp_path_factory.mktemp("live")
    db = tmp / "web.db"
    round_id = author_team(db, [f"作者{k}" for k in range(AUTHORS)], PASSWORD, "备份测试轮次")
    data = EXAMPLE.read_bytes()
    acknowledged: list[tuple[float, str]] = []  # (time the answer came, original name)
    lock = threading.Lock()
    # two worker processes writing the same SQLite files while the backup reads them
    with serve_process("--db", str(db), "--workers", "2") as base:
        clients = [signed_in(base, f"作者{k}", PASSWORD) for k in range(AUTHORS)]

        def author(k: int) -> None:
            client, csrf = clients[k]
            for n in range(UPLOADS_EACH):
                name = f"作者{k}-第{n}稿.docx"
                r = client.post(
                    f"/rounds/{round_id}/upload", data={"csrf": csrf}, files={"file": (name, data)}
                )
                assert r.status_code == 303, r.text
                with lock:
                    acknowledged.append((time.monotonic(), name))

        threads = [threading.Thread(target=author, args=(k,)) for k in range(AUTHORS)]
        for t in threads:
            t.start()
        while len(acknowledged) < 2:  # the backup starts in the middle of the burst
            time.sleep(0.05)
        archive = tmp / "备份.tar.gz"
        began = time.monotonic()
        taken = mingjing("backup", "--output", str(archive), "--db", str(db))
        ended = time.monotonic()
        live_restore = mingjing("restore", str(archive), "--db", str(db), "--force")
        for t in threads:
            t.join()
        for client, _ in clients:
            client.close()
    return {
        "db": db,
        "archive": archive,
        "taken": taken,
        "began": began,
        "ended": ended,
        "acknowledged": acknowledged,
        "live_restore": live_restore,
        "sha": hashlib.sha256(data).hexdigest(),
    }


def test_backup_during_uploads_restores_into_a_fresh_folder_with_nothing_lost(burst, tmp_path):
    assert burst["taken"].returncode == 0, burst["taken"].stderr
    assert "已备份到" in burst["taken"].stdout
    fresh = tmp_path / "新服务器" / "web.db"
    restored = mingjing("restore", str(burst["archive"]), "--db", str(fresh))
    assert restored.returncode == 0, restored.stderr
    assert "完整性检查通过" in restored.stdout
    con = sqlite3.connect(fresh)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    drafts = drafts_of(fresh)
    names = {d["original_name"] for d in drafts}
    before = {name for at, name in burst["acknowledged"] if at < burst["began"]}
    assert before and before <= names, "every upload answered before the backup began is in it"
    assert len(drafts) <= AUTHORS * UPLOADS_EACH
    files = fresh.with_name("web-files")
    for d in drafts:  # nothing dangles: each row's file is there, byte for byte
        assert (
            hashlib.sha256((files / d["stored_name"]).read_bytes()).hexdigest() == d["sha256"] == burst["sha"]
        )
    assert fresh.with_name("web.ledger.db").exists() == burst["db"].with_name("web.ledger.db").exists()
    # the restored installation works: the store opens it and the full burst is in the original
    from mingjing.web.store import WebStore

    WebStore(fresh).close()
    assert len(drafts_of(burst["db"])) == AUTHORS * UPLOADS_EACH


def test_restore_refuses_a_live_database(burst):
    assert burst["live_restore"].returncode == 2
    assert "正在被使用" in burst["live_restore"].stderr and "Traceback" not in burst["live_restore"].stderr


def test_restore_refuses_to_overwrite_without_force_and_keeps_the_database(burst, tmp_path):
    target = tmp_path / "web.db"
    assert mingjing("restore", str(burst["archive"]), "--db", str(target)).returncode == 0
    before = target.read_bytes()
    again = mingjing("restore", str(burst["archive"]), "--db", str(target))
    assert again.returncode == 2 and "已存在" in again.stderr
    assert target.read_bytes() == before
    assert mingjing("restore", str(burst["archive"]), "--db", str(target), "--force").returncode == 0


def test_damaged_backup_is_refused_before_anything_is_written(burst, tmp_path):
    damaged = tmp_path / "损坏.tar.gz"
    with tarfile.open(burst["archive"]) as src, tarfile.open(damaged, "w:gz") as dst:
        for m in src.getmembers():
            f = src.extractfile(m)
            data = f.read()
            if m.name == "web.db":
                # every byte of the middle 64 inverted: zeros alone may land on a free page of zeros
                # and change nothing (a flaky test before)
                mid = len(data) // 2
                data = data[:mid] + bytes(b ^ 0xFF for b in data[mid : mid + 64]) + data[mid + 64 :]
            m.size = len(data)
            import io

            dst.addfile(m, io.BytesIO(data))
    target = tmp_path / "新" / "web.db"
    result = mingjing("restore", str(damaged), "--db", str(target))
    assert result.returncode == 2 and "校验失败" in result.stderr
    assert not target.exists()


def test_backup_refuses_to_overwrite_its_output(burst, tmp_path):
    out = tmp_path / "已有.tar.gz"
    out.write_bytes(b"keep")
    result = mingjing("backup", "--output", str(out), "--db", str(burst["db"]))
    assert result.returncode == 2 and "已存在" in result.stderr and out.read_bytes() == b"keep"
