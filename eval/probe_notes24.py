"""notes24's probes (round r24): drafting notes left in brackets, what residue findings offer, number and date
forms of running text.

Run: `python eval/probe_notes24.py [1|2] [-v]`. Each probe is a yaml of tests/fixtures/probes24/notes24/ (its
header says the format): a passage is set as a paragraph of the rules' sample material (rules/sample.py) after
its first example, with its own title and author lines (`head`) and last lines (`tail`) where it gives them. A
bad passage is found when a residue, punctuation or typo finding overlaps its wrong text, and fixed when every
suggestion of those findings, applied, gives an acceptable reading (eval/review_quality.py's right_fix), or, where
the probe says no single fix exists (`fix: null`), when none offers any; a clean passage's false alarms are the
residue and punctuation findings inside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.rules.examples import example_outline
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD
from probe_punct17 import Result
from probe_punct17 import main as punct17_main
from review_quality import right_fix

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes24" / "notes24"
ANCHOR = "研讨发言多引用文件原文。\n"
FOUND_BY = ("residue", "punctuation", "typo")
__all__ = ["FOLDER", "measure"]


def material(entry: dict) -> tuple[str, int]:
    """The sample material with the entry's passage (and head and tail), and the passage's offset."""
    text = GOOD
    if "head" in entry:
        text = entry["head"] + "\n" + text.split("\n", 2)[2]
    at = text.index(ANCHOR) + len(ANCHOR)
    text = text[:at] + entry["text"] + "\n" + text[at:]
    if "tail" in entry:
        text = text.rstrip("\n") + "\n" + entry["tail"] + "\n"
    return text, at


def findings(text: str, packs) -> tuple[list, str]:
    """The findings and the text they point into (the reader joins a title split over two lines)."""
    outline = example_outline(text, packs)
    return review_outline(outline, packs).findings, outline.document.text


def _acceptable(text: str, span: tuple[int, int], fix, f) -> bool:
    if fix is None:
        return not f.suggestions
    readings = [fix] if isinstance(fix, str) else list(fix)
    if not f.suggestions:
        return False
    return all(any(right_fix(text, span, r, _only(f, s)) for r in readings) for s in f.suggestions)


def _only(f, suggestion: str):
    from dataclasses import replace

    return replace(f, suggestions=[suggestion])


def measure(path: Path, packs=None) -> Result:
    packs = packs or load_frameworks()
    probe = yaml.safe_load(path.read_text(encoding="utf-8"))
    r = Result()
    for entry in probe.get("bad", []):
        built, _ = material(entry)
        passage, wrong = entry["text"], entry["wrong"]
        r.planted += 1
        found, text = findings(built, packs)
        lo = text.index(passage) + passage.index(wrong)
        hi = lo + len(wrong)
        hits = [f for f in found if f.start < hi and f.end > lo and f.category in FOUND_BY]
        if not hits:
            r.lines.append(f"漏报：[{entry['kind']}] {passage}")
            continue
        r.found += 1
        if all(_acceptable(text, (lo, hi), entry["fix"], f) for f in hits):
            r.fixed += 1
        else:
            got = "；".join(
                f"{f.code} {'、'.join(repr(s) for s in f.suggestions) or '（无建议）'}" for f in hits
            )
            r.lines.append(f"建议不对：[{entry['kind']}] {passage} → {got}")
    for entry in probe.get("clean", []):
        built, _ = material(entry)
        r.clean += 1
        found, text = findings(built, packs)
        at = text.index(entry["text"])
        for f in found:
            if at <= f.start < at + len(entry["text"]) and f.category in ("residue", "punctuation"):
                r.alarms += 1
                r.lines.append(f"误报：[{entry['kind']}] {f.code} {entry['text']} {f.message[:40]}")
    return r


def main(argv: list[str]) -> int:
    return punct17_main(argv, FOLDER, "notes24", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
