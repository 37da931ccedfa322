"""Findings of the review on the parse materials (`tests/fixtures/materials/`, `tests/fixtures/realforms*/materials/`):
text written to exercise page forms, not planted with errors, which nobody tuned the review on.

Run: `python eval/parse_material_alarms.py [--all] [--tsv OUT] [--only SET,SET] [--recheck SAMPLE]`. Prints the error and warning
findings per code; by default it leaves out what the precision14b sample left out (E1xx specificity, S1xx
structure, C/A coverage and correspondence: the writers' points really are general and many pages are cut).
`--tsv` writes one line per finding (set, file, code, severity, start, excerpt, context, message);
`--recheck` reads a marked sample (tests/fixtures/probes14/precision14b/) and tells how many of its true and
false findings the review still gives.
See docs/real-materials.md, round r14 (precision14b).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.frameworks import load_frameworks  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.read import read_document  # noqa: E402
from mingjing.rules.review import review_outline  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
LEFT_OUT = ("E1", "S1", "C", "A")  # specificity, structure, coverage, correspondence


def material_paths() -> list[Path]:
    """Every parse material, set by set (the set is the folder above `materials/`)."""
    dirs = [FIXTURES / "materials", *sorted(FIXTURES.glob("realforms*/materials"))]
    return [p for d in dirs for p in sorted(d.iterdir()) if p.is_file() and not p.name.startswith(".")]


def findings(paths: list[Path], keep_all: bool) -> tuple[int, list[tuple[str, ...]]]:
    """(characters, [(set, file, code, severity, start, excerpt, context, message)])."""
    packs = load_frameworks()
    chars = 0
    rows = []
    for path in paths:
        doc = read_document(path)
        text = doc.text
        chars += len(text)
        report = review_outline(parse_document(doc, packs), packs)
        for f in report.findings:
            if f.severity == "info" or (not keep_all and f.code.startswith(LEFT_OUT)):
                continue
            context = text[max(0, f.start - 30) : f.start] + "【" + text[f.start : f.end] + "】"
            context += text[f.end : f.end + 30]
            rows.append(
                (
                    path.parent.parent.name,
                    path.name,
                    f.code,
                    f.severity,
                    str(f.start),
                    f.excerpt[:40].replace("\n", " ").replace("\t", " "),
                    context.replace("\n", "⏎").replace("\t", " "),
                    f.message[:80].replace("\n", " ").replace("\t", " "),
                )
            )
    return chars, rows


def recheck(sample: Path) -> dict[str, list[dict[str, str]]]:
    """The marked findings of a sample, split by mark and by whether the review still gives them
    ('true kept', 'true lost', 'false kept', 'false gone'): the same code at the same offset, or on the same excerpt, of the same file."""
    lines = sample.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    marked = [dict(zip(head, line.split("\t"), strict=False)) for line in lines[1:] if line.strip()]
    wanted = sorted({(r["set"], r["file"]) for r in marked})
    paths = [FIXTURES / ("" if s == "fixtures" else s) / "materials" / f for s, f in wanted]
    _, rows = findings(paths, keep_all=True)
    given = {(r[0], r[1], r[2], r[4]) for r in rows}
    # the parser may move a material's offsets (a page's broken lines joined, round r15): the same code on
    # the same excerpt of the same file counts as the same finding
    worded = {(r[0], r[1], r[2], r[5]) for r in rows}
    out: dict[str, list[dict[str, str]]] = {
        "true kept": [],
        "true lost": [],
        "false kept": [],
        "false gone": [],
    }
    for r in marked:
        still = (r["set"], r["file"], r["code"], r["start"]) in given or (
            r["set"],
            r["file"],
            r["code"],
            r["excerpt"],
        ) in worded
        key = (
            ("true " + ("kept" if still else "lost"))
            if r["mark"] == "true"
            else ("false " + ("kept" if still else "gone"))
        )
        out[key].append(r)
    return out


def main(argv: list[str]) -> int:
    if "--recheck" in argv:
        result = recheck(Path(argv[argv.index("--recheck") + 1]))
        print(", ".join(f"{k} {len(v)}" for k, v in result.items()))
        for r in result["true lost"] + result["false kept"]:
            print(f"  {r['mark']} {r['code']} {r['file']} {r['context']}")
        return 0
    paths = material_paths()
    if "--only" in argv:
        sets = set(argv[argv.index("--only") + 1].split(","))
        paths = [p for p in paths if p.parent.parent.name in sets]
    chars, rows = findings(paths, "--all" in argv)
    print(f"{len(paths)} materials, {chars} characters, {len(rows)} error/warning findings")
    print("by code: " + ", ".join(f"{c} {n}" for c, n in Counter(r[2] for r in rows).most_common()))
    if "--tsv" in argv:
        out = Path(argv[argv.index("--tsv") + 1])
        out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
