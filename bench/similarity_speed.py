"""Similarity at scale: a library of N paragraphs (default 1,000,000; MINGJING_BENCH_PARAGRAPHS),
built and queried, recall on planted copies with 20 % of characters changed against brute force,
peak memory, and a 200-material team batch — each beside datasketch's MinHashLSH (threshold 0.5,
128 permutations, character 3-gram shingles) on the same data in the same run.
Run: `make bench`. Prints one table; asserts nothing."""

from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402

from mingjing.read import read_bytes, read_document  # noqa: E402
from mingjing.similarity.index import Library  # noqa: E402
from mingjing.similarity.normalize import normalize  # noqa: E402
from parse_speed import print_table  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
N = int(os.environ.get("MINGJING_BENCH_PARAGRAPHS", "1000000"))
MATERIALS = 3  # query materials of at least 5,000 characters, made entirely of planted copies
PLANTED = 45  # copies drawn per material; as many are used as reach 5,000 characters
PER_SOURCE = 50


def sentence_pool() -> list[str]:
    pool = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        for line in read_document(path).text.split("\n"):
            pool += [s + "。" for s in line.split("。") if len(s) >= 12]
    return pool


def mutate(text: str, share: float, rng: random.Random) -> str:
    chars = list(text)
    cjk = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
    for i in rng.sample(cjk, int(len(cjk) * share)):
        chars[i] = chr(rng.randrange(0x4E00, 0x9FA5))
    return "".join(chars)


def paragraphs(n: int, rng: random.Random, pool: list[str]):
    """Paragraphs of genre sentences, each made unique by changed characters and numbers."""
    for _ in range(n):
        body = "".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))
        yield mutate(body, 0.15, rng).replace("2023", str(rng.randint(2015, 2025)))


def shingles(text: str) -> set[bytes]:
    t = normalize(text).text
    return {t[i : i + 3].encode("utf-8") for i in range(len(t) - 2)}


def team_rows() -> list[tuple[str, str, str]]:
    """A team of 200 materials, all pairs and clusters (analyse_team, as `mingjing review` does).
    Alone: `python bench/similarity_speed.py team`."""
    from mingjing.similarity.clusters import analyse_team

    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "review").rglob("*.txt"))]
    team = []
    for k in range(200):
        base = texts[k % len(texts)]
        team.append(
            (
                f"m{k}",
                read_bytes(
                    mutate(base, 0.3 if k < len(texts) else 0.05, random.Random(k)).encode(),
                    f"m{k}.txt",
                    ".txt",
                ),
            )
        )
    t = time.perf_counter()
    result = analyse_team(team)
    batch = time.perf_counter() - t
    return [
        (
            "200 份材料两两比对并分雷同组（一个团队）",
            f"{batch:.1f} s，{len(result.pairs)} 对，{len(result.clusters)} 组（目标 ≤ 10 s）",
            "",
        )
    ]


def main() -> int:
    if sys.argv[1:] == ["team"]:
        print_table(team_rows())
        return 0
    from datasketch import MinHash, MinHashLSH
    from rapidfuzz import fuzz, process

    rng = random.Random(20261126)
    pool = sentence_pool()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        library_paragraphs = list(paragraphs(N, rng, pool))
        db = Library(Path(tmp) / "bench.db", create=True)
        t = time.perf_counter()
        db.add_paragraph_rows(
            (f"src{k}", f"材料{k}", library_paragraphs[k : k + PER_SOURCE]) for k in range(0, N, PER_SOURCE)
        )
        build = time.perf_counter() - t
        size = (Path(tmp) / "bench.db").stat().st_size
        # materials of about 5,000 characters, each made of copies of library paragraphs with 20 %
        # of their characters changed: every copy counts for recall (no copy is cut off)
        drawn = rng.sample(range(N), PLANTED * MATERIALS)
        picks, planted, materials = [], [], []
        for m in range(MATERIALS):
            body: list[str] = []
            for k in drawn[m * PLANTED : (m + 1) * PLANTED]:
                if sum(map(len, body)) + len(body) >= 5000:
                    break
                body.append(mutate(library_paragraphs[k], 0.2, rng))
                picks.append(k)
            planted += body
            materials.append(read_bytes("\n".join(body).encode("utf-8"), f"q{m}.txt", ".txt"))
        times, found_sources = [], set()
        for material in materials:
            for repeat in range(4):
                t = time.perf_counter()
                matches = db.query(material)
                if repeat:  # the first query of each material warms the page cache
                    times.append(time.perf_counter() - t)
            found_sources |= {m.source.path for m in matches}
        query = statistics.median(times)
        chars = statistics.mean(len(m.text) for m in materials)
        rss = (
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        )  # peak so far: build and query, no datasketch
        # brute force: is the library paragraph a planted copy reads most like a real match (ratio ≥ 60)?
        t = time.perf_counter()
        best = process.cdist(
            planted, library_paragraphs, scorer=fuzz.ratio, score_cutoff=60, dtype=np.uint8, workers=-1
        ).max(axis=1)
        truth = {k for k, score in zip(picks, best.tolist()) if score >= 60}
        brute = time.perf_counter() - t
        ours = {k for k in truth if f"src{k // PER_SOURCE * PER_SOURCE}" in found_sources}
        recall = len(ours) / max(1, len(truth))
        # datasketch on the same paragraphs
        t = time.perf_counter()
        lsh = MinHashLSH(threshold=0.5, num_perm=128)
        for k, text in enumerate(library_paragraphs):
            m = MinHash(num_perm=128)
            m.update_batch(list(shingles(text)))
            lsh.insert(k, m)
        ds_build = time.perf_counter() - t
        t = time.perf_counter()
        ds_found = set()
        for k in truth:
            m = MinHash(num_perm=128)
            m.update_batch(list(shingles(planted[picks.index(k)])))
            if k in lsh.query(m):
                ds_found.add(k)
        per_material = len(picks) / MATERIALS
        ds_query = (time.perf_counter() - t) / max(1, len(truth)) * per_material
        rows += [
            (
                f"模板库建库（{N:,} 段）",
                f"{build:.0f} s，{size / 1024 / 1024:.0f} MB（目标 ≤ 600 s）",
                f"datasketch MinHashLSH 建库：{ds_build:.0f} s",
            ),
            (
                f"查询一份材料（{chars:,.0f} 字，{MATERIALS} 份的中位数）",
                f"{query * 1000:.0f} ms（目标 ≤ 200 ms）",
                f"datasketch 查询同样 {per_material:.0f} 段：{ds_query * 1000:.0f} ms",
            ),
            (
                "20% 改动的照抄段落召回（对照暴力比对）",
                f"{recall:.2f}（{len(ours)}/{len(truth)}，目标 ≥ 0.95）",
                f"datasketch：{len(ds_found) / max(1, len(truth)):.2f}；暴力比对用时 {brute:.0f} s",
            ),
            (
                "峰值内存（建库+查询，含生成的测试数据）",
                f"{rss:.0f} MB（目标 ≤ 2048 MB）",
                f"加上 datasketch 后：{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
            ),
        ]
        db.close()
    rows += team_rows()
    load = os.getloadavg()
    rows.append(
        (
            "运行结束时机器负载（1/5/15 分钟平均）",
            f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}（{os.cpu_count()} 核）",
            "",
        )
    )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
