"""Review speed: one 5,000-character material through all rules, and a batch of 200 materials
through the CLI, each beside jieba's own segmentation of the same text in the same run.
Run: `make bench`. Prints one table; asserts nothing."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from mingjing.frameworks import load_frameworks  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.read import read_bytes  # noqa: E402
from mingjing.rules.review import review_outline  # noqa: E402
from parse_speed import material_lines, print_table, timed  # noqa: E402

REVIEW = ROOT / "tests" / "fixtures" / "review"


def batch_texts(n: int) -> list[str]:
    """n materials: the review fixtures, each made distinct by its unit's name."""
    sources = sorted((REVIEW / "planted").glob("*.txt")) + sorted((REVIEW / "clean").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    return [texts[k % len(texts)].replace("局", f"第{k}局", 1) for k in range(n)]


def cli_seconds(files: list[Path]) -> float:
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mingjing", "review", *map(str, files), "-f", "json", "--exit-zero"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - t


def tagger_rows(text: str, outline, packs) -> list[tuple[str, str, str]]:
    """The two part-of-speech taggers measured for 的/地/得 (T304/T305) on the same text, and the
    review's own tagging (only the clauses holding 的, dictionary already loaded)."""
    import jieba.posseg
    import rjieba

    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.postag import tag

    posseg_ms = timed(lambda: list(jieba.posseg.cut(text)), runs=5)
    rjieba_ms = timed(lambda: rjieba.tag(text), runs=50)

    def de_rules():
        tag.cache_clear()
        review_outline(outline, packs, ReviewOptions(select=["T304", "T305"]))

    de_ms = timed(de_rules, runs=50)
    return [
        (
            f"词性标注 {len(text)} 字（全文）",
            f"rjieba {rjieba_ms:.1f} ms",
            f"jieba.posseg {posseg_ms:.1f} ms",
        ),
        ("的/地/得 语法规则 T304/T305（只标注含“的”的分句）", f"{de_ms:.1f} ms", "已含在上面的审阅时间中"),
    ]


def main() -> int:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    packs = load_frameworks()
    text = "\n".join(material_lines())
    outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    review_ms = timed(lambda: review_outline(outline, packs), runs=50)
    jieba_ms = timed(lambda: jieba.lcut(text), runs=50)
    rows = [
        (
            f"审阅 {len(text)} 字材料（全部规则，不含读取解析）",
            f"{review_ms:.1f} ms（目标 ≤ 30 ms）",
            f"jieba 分词同一文本：{jieba_ms:.1f} ms",
        )
    ]
    rows += tagger_rows(text, outline, packs)
    with tempfile.TemporaryDirectory() as tmp:
        texts = batch_texts(200)
        files = []
        for k, body in enumerate(texts):
            path = Path(tmp) / f"m{k:03d}.txt"
            path.write_text(body, encoding="utf-8")
            files.append(path)
        one = statistics.median(cli_seconds(files[:1]) for _ in range(3))
        full = cli_seconds(files)
        marginal = (full - one) / (len(files) - 1) * 1000
        t = time.perf_counter()
        for body in texts:
            jieba.lcut(body)
        jieba_batch = time.perf_counter() - t
        rows.append(
            (
                "CLI 批量审阅 200 份（json 输出）",
                f"共 {full:.1f} s，每份边际 {marginal:.0f} ms（目标 ≤ 50 ms）",
                f"jieba 分词同样 200 份：{jieba_batch:.1f} s；单份 CLI 冷启动含审阅 {one * 1000:.0f} ms",
            )
        )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
