"""Start-up cost: a first review in a new process, wall time and peak memory, beside the same run with
the rules of the generated tables switched off (the reference), and what each table costs its first
look-up. Run: `make bench` (or `python bench/startup.py --runs 5`). Prints tables; asserts nothing.

- **CLI**: `python -m mingjing review examples/张三-对照检查材料.docx` in a new process, `--runs` times,
  alternating with `--ignore` of the tables' rules; the peak resident memory of that process from the
  kernel (`os.wait4`'s rusage, as `/usr/bin/time -v` reports it), wall time around it. Medians.
- **Per table**: in a new process per table, after the example is parsed, the time and the growth of
  resident memory of opening the table and looking up the document's n-grams once (`--tables`).
- **Workers** (`--workers N`): N processes started as the web app starts its pool (`spawn`), each
  reviews the example once; then, all of them alive, each one's resident memory and its proportional
  share (PSS: a page shared by k processes counts 1/k in each; the mapped tables are such pages) from
  `/proc/self/smaps_rollup`. The sum of PSS is what the workers cost the machine.

On a shared machine wall time also counts other processes; the peak memory does not move with load."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from parse_speed import print_table  # noqa: E402

EXAMPLE = ROOT / "examples" / "张三-对照检查材料.docx"
TABLE_RULES = "T111,T116,T124,T316,T317"  # the rules that read rules/tables.py's tables

ONE_TABLE = r"""
import sys, time
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.grams import cjk_ngrams

def rss():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024

text = parse_document(read_document(sys.argv[2]), load_frameworks()).document.text
import numpy  # the look-ups' own import is not the table's cost
from mingjing.rules.tables import open_table
before, t = rss(), time.perf_counter()
table = open_table(sys.argv[1])
found = table.present(cjk_ngrams(text, table.width))
print(time.perf_counter() - t, rss() - before, len(table), len(found))
"""


def _worker_review(barrier: Any) -> tuple[float, float, float]:
    """In a worker: a first review of the example, then (all workers done) RSS, PSS and private MB."""
    from mingjing.frameworks import load_frameworks
    from mingjing.rules.review import review_file

    t = time.perf_counter()
    review_file(EXAMPLE, load_frameworks())
    seconds = time.perf_counter() - t
    barrier.wait()
    fields: dict[str, float] = {}
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "kB":
                fields[parts[0].rstrip(":")] = int(parts[1]) / 1024
    barrier.wait()  # nobody leaves (and frees its share) before all have read theirs
    return seconds, fields["Rss"], fields["Pss"]


def worker_rows(workers: int) -> list[tuple[str, str, str]]:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(workers)
        with context.Pool(workers) as pool:
            results = pool.map(_worker_review, [barrier] * workers, chunksize=1)
    return [
        (
            f"{workers} 个工作进程（spawn，与网页服务相同）各首次审阅一次",
            f"PSS 合计 {sum(r[2] for r in results):.0f} MB，RSS 合计 {sum(r[1] for r in results):.0f} MB",
            f"每个首次审阅 {statistics.median(r[0] for r in results):.2f} s（含载入规则和词表）",
        )
    ]


def run(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    t = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        raise SystemExit(f"审阅进程异常退出（{child.returncode}）：{' '.join(args)}")
    return wall, usage.ru_maxrss / 1024


def cli_rows(runs: int) -> list[tuple[str, str, str]]:
    review = [sys.executable, "-m", "mingjing", "review", str(EXAMPLE), "--exit-zero"]
    full, reference = [], []
    for _ in range(runs):
        full.append(run(review))
        reference.append(run([*review, "--ignore", TABLE_RULES]))

    def median(rows: list[tuple[float, float]], k: int) -> float:
        return statistics.median(r[k] for r in rows)

    return [
        (
            f"CLI 首次审阅 {EXAMPLE.name}（新进程，{runs} 次中位数）",
            f"{median(full, 0):.2f} s，峰值内存 {median(full, 1):.0f} MB",
            (
                f"不用词表规则（--ignore {TABLE_RULES}）：{median(reference, 0):.2f} s，"
                f"{median(reference, 1):.0f} MB"
            ),
        ),
        (
            "  词表规则的启动代价",
            f"{median(full, 0) - median(reference, 0):+.2f} s，{median(full, 1) - median(reference, 1):+.0f} MB",
            f"最快一次：{min(r[0] for r in full):.2f} s / 参照 {min(r[0] for r in reference):.2f} s",
        ),
    ]


def table_rows(runs: int) -> list[tuple[str, str, str]]:
    from mingjing.rules.tables import SPECS, table_path

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    rows = []
    for name in SPECS:
        samples = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", ONE_TABLE, name, str(EXAMPLE)],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            ).stdout.split()
            samples.append((float(out[0]), float(out[1]), int(out[2]), int(out[3])))
        seconds = statistics.median(s[0] for s in samples) * 1000
        grown = statistics.median(s[1] for s in samples)
        size = table_path(name).stat().st_size / 2**20
        rows.append(
            (
                f"  {name}（{samples[0][2]} 条，文件 {size:.1f} MB）",
                f"打开并查全文一次 {seconds:.1f} ms，内存 +{grown:.1f} MB",
                f"命中 {samples[0][3]} 处",
            )
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tables", action="store_true", help="also each table's first look-up")
    parser.add_argument("--workers", type=int, default=0, help="also N spawned workers' memory")
    args = parser.parse_args()
    subprocess.run(
        [sys.executable, "-m", "mingjing.rules.tables"],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
        stdout=subprocess.DEVNULL,
        check=True,
    )  # built beforehand: a first build is no start-up cost
    rows = cli_rows(args.runs)
    if args.tables:
        rows.append(("各词表（新进程，已解析材料之后）", "", ""))
        rows += table_rows(args.runs)
    if args.workers:
        rows += worker_rows(args.workers)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
