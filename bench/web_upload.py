"""Web upload bench: 20 authors upload a 5,000-character .docx at the same moment to a real
`mingjing serve` process over loopback; every upload must be stored and reviewed. Prints p50/p95
of the upload's answer time beside the same review done in-process without HTTP, in the same run.
Run: `make bench`. Asserts only that nothing was lost."""

from __future__ import annotations

import hashlib
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from parse_speed import material_lines, print_table  # noqa: E402
from web_server import author_team, serve_process, signed_in  # noqa: E402

AUTHORS = 20
# worker processes of the server (`--workers N` on the command line); they share one SQLite database
WORKERS = int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv else 1
PASSWORD = "bench-password-1"


def material_docx(path: Path) -> int:
    """The bench's 5,000-character material as a Word file; returns its length in characters."""
    import docx

    document = docx.Document()
    lines = material_lines()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return sum(len(line) for line in lines)


def prepare(db: Path) -> int:
    """A team of AUTHORS authors and one round; returns the round id."""
    return author_team(db, [f"作者{k:02d}" for k in range(AUTHORS)], PASSWORD, "基准轮次")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = tmp / "材料.docx"
        chars = material_docx(source)
        data = source.read_bytes()
        db = tmp / "web.db"
        round_id = prepare(db)
        with serve_process("--db", str(db), "--workers", str(WORKERS)) as base:
            clients = [signed_in(base, f"作者{k:02d}", PASSWORD) for k in range(AUTHORS)]
            barrier = threading.Barrier(AUTHORS)
            seconds: list[float] = [0.0] * AUTHORS
            codes: list[int] = [0] * AUTHORS

            def one(k: int) -> None:
                client, csrf = clients[k]
                barrier.wait()
                t = time.perf_counter()
                r = client.post(
                    f"/rounds/{round_id}/upload",
                    data={"csrf": csrf},
                    files={"file": (f"作者{k:02d}-对照检查材料.docx", data)},
                    follow_redirects=False,
                )
                seconds[k] = time.perf_counter() - t
                codes[k] = r.status_code

            started = time.perf_counter()
            threads = [threading.Thread(target=one, args=(k,)) for k in range(AUTHORS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
            for client, _ in clients:
                client.close()

        from mingjing.web.store import WebStore

        store = WebStore(db)
        drafts = store.latest_drafts(round_id)
        digest = hashlib.sha256(data).hexdigest()
        files = tmp / "web-files"
        stored_ok = sum(
            1
            for d in drafts.values()
            if d["sha256"] == digest
            and d["verdict"] in ("pass", "revise", "reject")
            and hashlib.sha256((files / d["stored_name"]).read_bytes()).hexdigest() == digest
        )
        store.close()
        lost = AUTHORS - stored_ok
        if codes.count(303) != AUTHORS or lost:
            print(
                f"错误：{AUTHORS} 份上传中 {codes.count(303)} 份成功，{stored_ok} 份已保存并审阅",
                file=sys.stderr,
            )
            return 1

        # the reference: the same review in this process, without HTTP (read, parse, review, HTML report)
        from mingjing.frameworks import load_frameworks
        from mingjing.web.reviews import Reviews
        from mingjing.web.uploads import FileKeeper, check_upload

        keeper = FileKeeper(tmp / "ref-files")
        reviews = Reviews(keeper, load_frameworks())
        stored = keeper.keep(check_upload("材料.docx", data))
        reviews.review(stored, "材料.docx", "zhuti-2023")  # warm-up
        samples = []
        for _ in range(AUTHORS):
            t = time.perf_counter()
            reviews.review(stored, "材料.docx", "zhuti-2023")
            samples.append(time.perf_counter() - t)

    ordered = sorted(seconds)
    p50 = statistics.median(ordered) * 1000
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)] * 1000
    one_ms = statistics.median(samples) * 1000
    print_table(
        [
            (
                f"网页上传 {AUTHORS} 份同时（{chars} 字 .docx，回环地址，{WORKERS} 个工作进程）",
                f"p50 {p50:.0f} ms，p95 {p95:.0f} ms",
                f"同一审阅在进程内（无 HTTP）：{one_ms:.0f} ms/份",
            ),
            (
                f"{AUTHORS} 份全部完成（已保存并审阅 {stored_ok}/{AUTHORS}，丢失 {lost}）",
                f"{wall:.2f} s",
                f"进程内依次审阅 {AUTHORS} 份：{sum(samples):.2f} s",
            ),
        ]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())


def free_port() -> int:
    """A free port on loopback (bench/abuse.py starts its own server)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str) -> None:
    """Wait (at most 30 s) until the server at `base` answers."""
    import httpx

    for _ in range(300):
        try:
            httpx.get(base + "/", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
