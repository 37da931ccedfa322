"""Recall and false alarms of the punctuation and number-form review on a probe of short passages.

Run: `python eval/punct_probe.py [PROBE.yaml] [-v]` (default: tests/fixtures/probes13/punct13/probe.yaml).
Every passage is set as a paragraph of the rules' sample material (rules/sample.py, which no rule
flags), the material is reviewed, and a `bad` passage counts as found when a punctuation finding (or a
typo finding: letters for digits are filed as typos) covers part of its `wrong` text; a `clean` passage's false alarms are the punctuation findings (and the
findings of any category on its digits) inside it. Prints recall and false alarms per kind; `-v` lists
each miss and false alarm.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.rules.examples import example_outline
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

DEFAULT = Path(__file__).resolve().parent.parent / "tests/fixtures/probes13/punct13/probe.yaml"
ANCHOR = "研讨发言多引用文件原文。\n"
FOUND_BY = ("punctuation", "typo")


@dataclass
class Score:
    found: Counter = field(default_factory=Counter)
    planted: Counter = field(default_factory=Counter)
    alarms: Counter = field(default_factory=Counter)
    clean: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)
    false: list = field(default_factory=list)


def findings_in(passage: str, packs) -> tuple[list, int]:
    """The findings of the sample material with `passage` as a paragraph, and the passage's offset."""
    at = GOOD.index(ANCHOR) + len(ANCHOR)
    text = GOOD[:at] + passage + "\n" + GOOD[at:]
    report = review_outline(example_outline(text, packs), packs)
    return report.findings, at


def score(probe: dict, packs) -> Score:
    s = Score()
    for entry in probe.get("bad", []):
        kind, passage = entry["kind"], entry["text"]
        s.planted[kind] += 1
        findings, at = findings_in(passage, packs)
        lo = at + passage.index(entry["wrong"])
        hi = lo + len(entry["wrong"])
        if any(f.start < hi and f.end > lo and f.category in FOUND_BY for f in findings):
            s.found[kind] += 1
        else:
            s.misses.append((kind, passage))
    for entry in probe.get("clean", []):
        kind, passage = entry["kind"], entry["text"]
        s.clean[kind] += 1
        findings, at = findings_in(passage, packs)
        hi = at + len(passage)
        for f in findings:
            if not (at <= f.start < hi):
                continue
            digits = any(c.isdigit() for c in passage[f.start - at : f.end - at])
            # (a reviewer's objection over a point numbered `1.` is no alarm of marks or numbers: E104, r19)
            if f.category == "punctuation" or (digits and f.category in ("typo", "formulation", "residue")):
                s.alarms[kind] += 1
                s.false.append((kind, f.code, passage[f.start - at : f.end - at + 6], f.message[:40]))
    return s


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv if not a.startswith("-")] or [DEFAULT]
    probe = yaml.safe_load(paths[0].read_text(encoding="utf-8"))
    s = score(probe, load_frameworks())
    print(f"{'kind':<14} found/planted")
    for kind in s.planted:
        print(f"  {kind:<14} {s.found[kind]}/{s.planted[kind]}")
    found, planted = sum(s.found.values()), sum(s.planted.values())
    print(f"recall: {found}/{planted} ({100 * found / planted:.1f} %)")
    print(f"false alarms: {sum(s.alarms.values())} on {sum(s.clean.values())} clean passages")
    if "-v" in argv:
        for kind, passage in s.misses:
            print(f"漏报：[{kind}] {passage}")
        for kind, code, excerpt, message in s.false:
            print(f"误报：[{kind}] {code} {excerpt} {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
