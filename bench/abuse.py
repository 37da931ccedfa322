"""Abuse bench (issue 20): the worst cases against a real `mingjing serve` process on loopback —
a huge diff, a conversion that never ends, a 1 GiB chunked body, 500 bad logins, an xlsx
decompression bomb — each while an anonymous client keeps asking for `GET /`. Prints the latency
of `GET /` during each case (target < 0.5 s), the server's memory (its own and its workers') and
the converter processes left afterwards (target: none). Loopback only; every loop is bounded.

Run: `.venv/bin/python bench/abuse.py` (about two minutes; `--quick` for smaller cases)."""

from __future__ import annotations

import json
import os
import random
import re
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from parse_speed import print_table  # noqa: E402
from web_upload import free_port, wait_until_up  # noqa: E402

PASSWORD = "bench-password-1"
SAMPLE = "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生"


def prepare(db: Path, paragraphs: int) -> tuple[int, int]:
    """An author with a material of two huge drafts (every other paragraph rewritten); (round, material)."""
    from mingjing.web import auth
    from mingjing.web.store import WebStore

    store = WebStore(db)
    team = store.add_team(store.add_unit("基准单位"), "基准班子")
    store.add_user("作者", "author", team, auth.hash_password(PASSWORD), must_change=False)
    author = store.user_by_name("作者")
    round_id = store.add_round("基准轮次", "zhuti-2023", team, None)
    rng = random.Random(20)
    material_id = 0
    for version in range(2):
        parts = []
        for k in range(paragraphs):
            parts += ["".join(rng.choice(SAMPLE) for _ in range(49_000)), f"第{k}段未改动。"]
        text = "\n".join(parts)
        material_id, _ = store.add_draft(
            round_id,
            author["id"],
            {
                "original_name": "长稿.txt",
                "stored_name": f"{version:032x}.txt",
                "sha256": "0",
                "size": len(text),
                "format": "txt",
                "verdict": "pass",
                "score": 100,
                "text": text,
                "review_json": json.dumps({"reports": [{"findings": []}]}),
            },
        )
    store.close()
    return round_id, material_id


def slow_rtf(rows: int) -> bytes:
    row = rb"\trowd\cellx2000\cellx4000\cellx6000 \intbl a\cell b\cell c\cell\row" + b"\n"
    return rb"{\rtf1\ansi " + row * rows + b"}"


def xlsx_bomb(path: Path, rows: int) -> None:
    import io
    import zipfile

    body = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (r, r) for r in range(1, rows + 1))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<worksheet><sheetData>" + body + b"</sheetData></worksheet>")
    path.write_bytes(buf.getvalue())


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total, todo = 0, [pid]
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        todo += children.get(p, [])
    return total / 1024


def converters_left(marker: str) -> int:
    """LibreOffice processes that name the bench's private temporary folder."""
    count = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            environ = Path(f"/proc/{entry}/environ").read_bytes()
        except OSError:
            continue
        if b"soffice" in cmdline and (marker.encode() in cmdline or marker.encode() in environ):
            count += 1
    return count


class Prober:
    """GET / every 0.1 s from an anonymous client while a case runs; the slowest answer."""

    def __init__(self, base: str):
        import httpx

        self.client = httpx.Client(base_url=base, timeout=120)
        self.samples: list[float] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop.is_set():
            t = time.perf_counter()
            try:
                self.client.get("/")
            except Exception:
                pass
            self.samples.append(time.perf_counter() - t)
            self.stop.wait(0.1)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=130)
        self.client.close()


def signed_in(base: str):
    import httpx

    client = httpx.Client(base_url=base, timeout=600)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    r = client.post("/login", data={"name": "作者", "password": PASSWORD, "csrf": token})
    assert r.status_code == 303, r.status_code
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/home").text).group(1)
    return client, csrf


def chunked_gib(base: str, most: int) -> int:
    """Stream up to `most` bytes of a chunked body without signing in; bytes sent before the answer."""
    port = int(base.rsplit(":", 1)[1])
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(
        b"POST /rounds/1/upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: multipart/form-data; boundary=b\r\n\r\n"
    )
    chunk = b"0" * (1 << 20)
    framed = b"%x\r\n%s\r\n" % (len(chunk), chunk)
    sent = 0
    try:
        while sent < most:
            if select.select([sock], [], [], 0)[0]:
                break
            sock.sendall(framed)
            sent += len(chunk)
    except OSError:
        pass
    finally:
        sock.close()
    return sent


def main() -> int:
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory(prefix="mingjing-abuse-") as tmp:
        tmp = Path(tmp)
        db = tmp / "web.db"
        round_id, material_id = prepare(db, 4 if quick else 14)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "TMPDIR": str(tmp), "MINGJING_CONVERT_TIMEOUT": "10" if quick else "30"}
        server = subprocess.Popen(
            [sys.executable, "-m", "mingjing", "serve", "--port", str(port), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,
        )
        rows = []
        try:
            wait_until_up(base)
            client, csrf = signed_in(base)
            client.get(f"/materials/{material_id}")  # starts the worker processes

            def case(name: str, work) -> None:
                before = rss_mb(server.pid)
                t = time.perf_counter()
                with Prober(base) as probe:
                    outcome = work()
                seconds = time.perf_counter() - t
                time.sleep(1)
                worst = max(probe.samples) if probe.samples else float("nan")
                rows.append(
                    (
                        name,
                        f"GET / 最慢 {worst * 1000:.0f} ms（{len(probe.samples)} 次）",
                        (
                            f"{outcome}；用时 {seconds:.1f} s；内存 {before:.0f}→{rss_mb(server.pid):.0f} MB；"
                            f"残留转换进程 {converters_left(str(tmp))}"
                        ),
                    )
                )

            def big_diff():
                r = client.get(f"/materials/{material_id}/diff")
                return f"比较两稿 {r.status_code}" + ("（按段落对齐）" if "先按段落对齐" in r.text else "")

            def stuck_conversion():
                r = client.post(
                    f"/rounds/{round_id}/upload",
                    data={"csrf": csrf},
                    follow_redirects=False,
                    files={"file": ("表格.doc", slow_rtf(20_000))},
                )
                return f"上传 {r.status_code}" + ("（转换超时，已停止）" if "转换超时" in r.text else "")

            def one_gib():
                sent = chunked_gib(base, 1 << 30)
                return f"1 GiB 分块上传：客户端写出 {sent / 1024 / 1024:.0f} MB（含套接字缓冲）时已被拒绝"

            def bad_logins():
                import httpx

                codes: dict[int, int] = {}
                with httpx.Client(base_url=base, timeout=60) as anon:
                    token = re.search(r'name="csrf" value="([^"]+)"', anon.get("/").text).group(1)
                    for k in range(500):
                        r = anon.post(
                            "/login",
                            data={
                                "name": "长" * 6_000 if k % 2 else f"猜{k}",
                                "password": "x",
                                "csrf": token,
                            },
                        )
                        codes[r.status_code] = codes.get(r.status_code, 0) + 1
                return "500 次错误登录：" + "，".join(f"{c} × {n}" for c, n in sorted(codes.items()))

            from mingjing.ledger.store import Ledger

            Ledger(tmp / "bench.ledger.db").close()
            path = tmp / "炸弹.xlsx"
            xlsx_bomb(path, 200_000 if quick else 2_000_000)  # made before the case: only the import is timed

            def bomb():
                r = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "mingjing",
                        "ledger",
                        "import-xlsx",
                        str(path),
                        "--db",
                        str(tmp / "bench.ledger.db"),
                    ],
                    capture_output=True,
                    text=True,
                    timeout=600,
                    env=env,
                )
                message = r.stderr.strip().rsplit("：", 1)[-1]
                return f"xlsx 炸弹（{path.stat().st_size / 1024 / 1024:.1f} MB）：退出码 {r.returncode}，“{message[:30]}”"

            case(
                "大文件比较（两稿各约 70 万字）" if not quick else "大文件比较（两稿各约 20 万字）", big_diff
            )
            case("卡死的转换（2 万行表格的 RTF 作 .doc）", stuck_conversion)
            case("1 GiB 分块上传（未登录）", one_gib)
            case("500 次错误登录", bad_logins)
            case("xlsx 解压炸弹（命令行导入）", bomb)
            client.close()
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, 9)
                server.wait()
        time.sleep(1)
        from mingjing.web.store import WebStore

        store = WebStore(db)
        audit = store.audit(100_000)
        store.close()
        rows.append(
            (
                "服务器停止后",
                f"残留转换进程 {converters_left(str(tmp))}",
                f"操作日志 {len(audit)} 条，最长内容 {max(len(e['detail'] or '') for e in audit)} 字",
            )
        )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
