"""Web round bench: a 组织部 round of UNITS units × PER_UNIT materials goes through bulk intake — one
.zip per unit posted by the clerk to a real `mingjing serve` process, authors matched by file name,
confirmed, reviewed in the server's worker pool — then the round summary pages are opened. Prints the
intake time beside the in-process review time of the same files, and the summary pages' times.
Run: `python bench/web_round.py [--units 50] [--per-unit 10]` (make bench runs a small size).
Asserts only that nothing was lost."""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from parse_speed import material_lines, print_table  # noqa: E402
from web_upload import free_port, signed_in  # noqa: E402

PASSWORD = "bench-password-1"


def material(name: str, k: int) -> bytes:
    """A 5,000-character .docx of one member: the bench material under the member's own title, with a
    sentence of their own in each paragraph so that the team's materials are alike but not copies."""
    import docx

    document = docx.Document()
    lines = material_lines()
    document.add_paragraph(f"{name}2023年度民主生活会个人对照检查材料")
    for n, line in enumerate(lines[1:]):
        document.add_paragraph(line + (f"（第{k}号同志补充说明{n}）" if len(line) > 40 else ""))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def prepare(db: Path, units: int, per_unit: int) -> tuple[list[tuple[int, list[str]]], int]:
    """The county's 组织部 with `units` units, each a team of `per_unit` authors and a round; a clerk
    (admin). Returns [(round id, author names)] and the top unit's id."""
    from mingjing.web import auth
    from mingjing.web.store import WebStore

    store = WebStore(db)
    hashed = auth.hash_password(PASSWORD)
    top = store.add_unit("基准县委组织部")
    rounds = []
    for u in range(units):
        team = store.add_team(store.add_unit(f"基准单位{u:02d}", top), "班子")
        names = [f"单位{u:02d}成员{k:02d}" for k in range(per_unit)]
        for name in names:
            store.add_user(name, "author", team, hashed, must_change=False)
        rounds.append((store.add_round("2023年度民主生活会", "zhuti-2023", team, None), names))
    store.add_user("基准文书", "admin", None, hashed, must_change=False)
    store.close()
    return rounds, top


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=50)
    parser.add_argument("--per-unit", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "web.db"
        rounds, top = prepare(db, args.units, args.per_unit)
        files: dict[int, dict[str, bytes]] = {}
        for round_id, names in rounds:
            files[round_id] = {f"{name}-对照检查材料.docx": material(name, k) for k, name in enumerate(names)}
        total = sum(len(f) for f in files.values())
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "mingjing", "serve", "--port", str(port), "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=os.environ.copy(),
        )
        try:
            import httpx

            for _ in range(300):
                try:
                    httpx.get(base + "/", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            client, csrf = signed_in(base, "基准文书")
            started = time.perf_counter()
            batches = []
            for round_id, _ in rounds:
                packed = io.BytesIO()
                with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as zf:
                    for name, data in files[round_id].items():
                        zf.writestr(name, data)
                r = client.post(
                    f"/rounds/{round_id}/intake",
                    data={"csrf": csrf},
                    files=[("files", ("班子.zip", packed.getvalue()))],
                    follow_redirects=False,
                )
                assert r.status_code == 303, r.text[:500]
                batch = r.headers["location"]
                page = client.get(batch).text
                choices = dict(
                    re.findall(r'name="(author_\d+)"[^>]*>.*?<option value="(\d+)" selected', page, re.S)
                )
                assert len(choices) == len(files[round_id]), "not every file was matched by its name"
                r = client.post(f"{batch}/confirm", data={"csrf": csrf, **choices}, follow_redirects=False)
                assert r.status_code == 303, r.text[:500]
                batches.append(batch)
            staged = time.perf_counter() - started
            for batch in batches:
                while "本批已处理完毕" not in client.get(batch).text:
                    time.sleep(0.5)
            intake = time.perf_counter() - started
            first_round = rounds[0][0]
            t = time.perf_counter()
            assert client.get(f"/rounds/{first_round}/summary").status_code == 200
            round_first = time.perf_counter() - t
            t = time.perf_counter()
            assert client.get(f"/rounds/{first_round}/summary").status_code == 200
            round_again = time.perf_counter() - t
            t = time.perf_counter()
            assert client.get(f"/units/{top}/summary").status_code == 200
            county_first = time.perf_counter() - t
            t = time.perf_counter()
            assert client.get(f"/units/{top}/summary").status_code == 200
            county_again = time.perf_counter() - t
            client.close()
        finally:
            server.terminate()
            server.wait(timeout=30)

        from mingjing.web.store import WebStore

        store = WebStore(db)
        stored = sum(len(store.latest_drafts(r)) for r, _ in rounds)
        store.close()
        if stored != total:
            print(f"错误：{total} 份中只有 {stored} 份已保存并审阅", file=sys.stderr)
            return 1

        # the reference: the same files reviewed one after another in this process, without HTTP
        from mingjing.frameworks import load_frameworks
        from mingjing.web.reviews import Reviews
        from mingjing.web.uploads import FileKeeper, check_upload

        keeper = FileKeeper(tmp / "ref-files")
        reviews = Reviews(keeper, load_frameworks())
        sample = list(files[first_round].items())
        reviews.review(keeper.keep(check_upload(*sample[0])), sample[0][0], "zhuti-2023")  # warm-up
        t = time.perf_counter()
        for name, data in sample:
            reviews.review(keeper.keep(check_upload(name, data)), name, "zhuti-2023")
        per_file = (time.perf_counter() - t) / len(sample)

    print_table(
        [
            (
                f"批量导入 {args.units} 个单位 × {args.per_unit} 份（每单位一个 .zip，回环地址）",
                f"{intake:.1f} s（上传与确认 {staged:.1f} s）",
                f"进程内依次审阅同样 {total} 份：约 {per_file * total:.1f} s（{per_file * 1000:.0f} ms/份）",
            ),
            (
                f"一个单位的轮次汇总页（{args.per_unit} 人）",
                f"首次 {round_first * 1000:.0f} ms，再次 {round_again * 1000:.0f} ms",
                "目标 ≤ 2 s",
            ),
            (
                f"全县汇总页（{args.units} 个轮次，{total} 份）",
                f"首次 {county_first * 1000:.0f} ms，再次 {county_again * 1000:.0f} ms",
                "目标 ≤ 2 s",
            ),
        ]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
