"""Findings on professionally edited text: every proofreading finding there is most likely false.

Run: `python eval/edited_text_alarms.py DIR [-v]`. Reviews each DIR/*.txt (a government report, a
commentary, a notice: text that is no self-examination material and has been through an editor) and
prints the proofreading findings (typo, formulation, punctuation, residue) per 4,000 characters by
category and by code, and with `-v` each finding with the text around it, to be judged by hand. It
also prints how many files the review refused as no material (S100) and the other categories' count.
See docs/review-edited-text.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.review import review_outline

PROOFREADING = ("typo", "formulation", "punctuation", "residue")
AROUND = 14


def per4k(count: int, chars: int) -> float:
    return count * 4000 / chars if chars else 0.0


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [a for a in argv if a != "-v"]
    if len(folders) != 1 or not Path(folders[0]).is_dir():
        print("usage: edited_text_alarms.py DIR [-v]", file=sys.stderr)
        return 2
    packs = load_frameworks()
    by_category: Counter = Counter()
    by_code: Counter = Counter()
    other: Counter = Counter()
    chars = 0
    reviewed = 0  # characters of the files not refused: the text the proofreading rules read
    refused = 0
    files = sorted(Path(folders[0]).glob("*.txt"))
    for path in files:
        outline = parse_document(read_document(path), packs)
        report = review_outline(outline, packs)
        text = outline.document.text
        chars += len(text)
        codes = {f.code for f in report.findings}
        refused += "S100" in codes
        reviewed += 0 if "S100" in codes else len(text)
        for f in report.findings:
            if f.category not in PROOFREADING:
                other[f.category] += 1
                continue
            by_category[f.category] += 1
            by_code[f.code] += 1
            if verbose:
                left = text[max(0, f.start - AROUND) : f.start].replace("\n", "⏎")
                right = text[f.end : f.end + AROUND].replace("\n", "⏎")
                span = text[f.start : f.end].replace("\n", "⏎")
                print(f"{path.name}:{f.start} {f.code} {left}【{span}】{right} | {f.message[:60]}")
    total = sum(by_category.values())
    print(f"{len(files)} files, {chars} characters, {refused} refused as no material (S100)")
    print(
        f"proofreading findings: {total} ({per4k(total, chars):.2f} per 4,000 characters; "
        f"{per4k(total, reviewed):.2f} per 4,000 of the {reviewed} characters not refused)"
    )
    for category in PROOFREADING:
        n = by_category[category]
        print(f"  {category:12} {n:4}  {per4k(n, chars):.2f}")
    print("by code: " + ", ".join(f"{c} {n}" for c, n in by_code.most_common()))
    print("other categories: " + ", ".join(f"{c} {n}" for c, n in other.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
