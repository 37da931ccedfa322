"""punct28's punctuation probes (round r28): recall, right fixes and false alarms on short passages.

Run: `python eval/probe_punct28.py [1|2] [-v]`. The probes are yamls in punct17's format, with one more key: a passage
with `place: end` is set after the sample material's last line (a signature's name and date line close a material),
every other one as a paragraph of it, as eval/probe_punct17.py does. A bad passage is found when a punctuation finding
overlaps its wrong text and fixed when a suggestion gives the fix; a clean passage's false alarms are the punctuation
findings inside it.
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
from punct_probe import ANCHOR, FOUND_BY
from review_quality import right_fix

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes28" / "punct28"
__all__ = ["FOLDER", "measure"]


def _material(passage: str, place: str) -> tuple[str, int]:
    """The sample material with the passage set in, and the passage's offset."""
    if place == "end":
        body = GOOD.rstrip("\n") + "\n"
        return body + passage + "\n", len(body)
    at = GOOD.index(ANCHOR) + len(ANCHOR)
    return GOOD[:at] + passage + "\n" + GOOD[at:], at


def _findings(passage: str, place: str, packs) -> tuple[list, int, str]:
    """The findings, the passage's offset and the reviewed text (the document's: runs of spaces are one there)."""
    text, at = _material(passage, place)
    outline = example_outline(text, packs)
    return review_outline(outline, packs).findings, at, outline.document.text


def measure(path: Path, packs=None) -> Result:
    packs = packs or load_frameworks()
    probe = yaml.safe_load(path.read_text(encoding="utf-8"))
    r = Result()
    for entry in probe.get("bad", []):
        passage, wrong = entry["text"], entry["wrong"]
        r.planted += 1
        findings, at, text = _findings(passage, entry.get("place", ""), packs)
        lo = text.find(wrong, at)
        hi = lo + len(wrong)
        hits = [f for f in findings if f.start < hi and f.end > lo and f.category in FOUND_BY]
        if not hits:
            r.lines.append(f"漏报：[{entry['kind']}] {passage}")
            continue
        r.found += 1
        if any(right_fix(text, (lo, hi), entry["fix"], f) for f in hits):
            r.fixed += 1
        else:
            got = "、".join(s for f in hits for s in f.suggestions) or "（无建议）"
            r.lines.append(f"建议不对：[{entry['kind']}] {passage} → {got}")
    for entry in probe.get("clean", []):
        passage = entry["text"]
        r.clean += 1
        findings, at, _text = _findings(passage, entry.get("place", ""), packs)
        for f in findings:
            if at <= f.start < at + len(passage) and f.category == "punctuation":
                r.alarms += 1
                r.lines.append(f"误报：[{entry['kind']}] {f.code} {passage} {f.message[:40]}")
    return r


def main(argv: list[str]) -> int:
    return punct17_main(argv, FOLDER, "punct28", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
