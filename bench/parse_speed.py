"""Parse speed: a 5,000-character material as .txt, .docx and .pdf, each beside a reference
measured in the same run (python-docx's bare open; pypdf beside pdftotext; `python -c pass`
beside `mingjing --help`). Run: `make bench`. Prints one table; asserts nothing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import docx  # noqa: E402

from docx_factory import autonumbered_docx  # noqa: E402
from mingjing.frameworks import load_frameworks  # noqa: E402
from mingjing.model import Source  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.read import read_document  # noqa: E402
from mingjing.read.assemble import DocumentBuilder  # noqa: E402
from mingjing.read.legacy import find_soffice  # noqa: E402
from mingjing.read.limits import Limits  # noqa: E402
from mingjing.read.pdf import read_pdf  # noqa: E402

MATERIALS = ROOT / "tests" / "fixtures" / "materials"


def material_lines(target: int = 5000) -> list[str]:
    """A 5,000-character material: one fixture, continued by another's sections."""
    first = (MATERIALS / "mzshh_2023_zhuti_standard.txt").read_text(encoding="utf-8").splitlines()
    more = (
        (MATERIALS / "mzshh_2023_zhuti_heading_paragraphs.txt").read_text(encoding="utf-8").splitlines()[3:]
    )
    lines, size = [], 0
    for line in first + more:
        if size >= target:
            break
        lines.append(line)
        size += len(line)
    return lines


def timed(fn, runs: int = 30) -> float:
    fn()  # warm-up
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples) * 1000


def print_table(rows: list[tuple[str, str, str]]) -> None:
    """One table: what was measured, mingjing's figure, the reference measured in the same run."""
    width = max(len(r[0]) for r in rows) + 4
    value_width = max(len(r[1]) for r in rows) + 4
    print(f"\n{'项目':<{width}}{'mingjing':<{value_width}}参照（同一次运行）")
    for name, value, ref in rows:
        print(f"{name:<{width}}{value:<{value_width}}{ref}")


def pdf_engine(path: Path, engine: str):
    builder = DocumentBuilder(Source(str(path), "pdf"), Limits())
    read_pdf(path.read_bytes(), builder, path.name, engine)
    return builder.build()


def main() -> int:
    packs = load_frameworks()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        lines = material_lines()
        txt = tmp / "material.txt"
        txt.write_text("\n".join(lines), encoding="utf-8")
        docx_path = autonumbered_docx(lines, tmp / "material.docx")
        chars = len(read_document(txt).text)
        print(f"材料：{chars} 字，{len(lines)} 段；中位数，预热后各 30 次")
        t_txt = timed(lambda: parse_document(read_document(txt), packs))
        t_docx = timed(lambda: parse_document(read_document(docx_path), packs))
        t_open = timed(lambda: docx.Document(str(docx_path)))
        doc_txt = read_document(txt)
        t_parse_only = timed(lambda: parse_document(doc_txt, packs))
        rows += [
            ("读取+解析 .txt", f"{t_txt:.1f} ms", f"python-docx 仅打开 .docx：{t_open:.1f} ms"),
            ("读取+解析 .docx（自动编号）", f"{t_docx:.1f} ms", f"python-docx 仅打开 .docx：{t_open:.1f} ms"),
            ("仅解析（已读入的 Document）", f"{t_parse_only:.1f} ms", f"读取+解析 .txt：{t_txt:.1f} ms"),
        ]
        if find_soffice():
            subprocess.run(
                [
                    find_soffice(),
                    f"-env:UserInstallation={(tmp / 'p').as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(tmp),
                    str(docx_path),
                ],
                capture_output=True,
                timeout=300,
                check=True,
            )
            pdf = tmp / "material.pdf"
            want = set(read_document(docx_path).text.split("\n"))
            results = {}
            for engine in ("pdftotext", "pypdf"):
                t = timed(lambda engine=engine: pdf_engine(pdf, engine), runs=10)
                got = pdf_engine(pdf, engine).text.split("\n")
                results[engine] = (t, sum(1 for p in got if p in want), len(want))
            t1, ok1, n = results["pdftotext"]
            t2, ok2, _ = results["pypdf"]
            rows.append(
                (
                    "读取 .pdf（pdftotext，默认）",
                    f"{t1:.1f} ms，段落还原 {ok1}/{n}",
                    f"pypdf：{t2:.1f} ms，段落还原 {ok2}/{n}",
                )
            )
        cold = []
        base = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "mingjing", "--help"], capture_output=True, check=True)
            cold.append(time.perf_counter() - t)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=True)
            base.append(time.perf_counter() - t)
        rows.append(
            (
                "mingjing --help 冷启动",
                f"{statistics.median(cold) * 1000:.0f} ms（目标 ≤ 500 ms）",
                f"python -c pass：{statistics.median(base) * 1000:.0f} ms",
            )
        )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
