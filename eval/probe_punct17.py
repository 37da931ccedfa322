"""punct17's punctuation probes (round r17): recall, right fixes and false alarms on short passages.

Run: `python eval/probe_punct17.py [1|2] [-v]`. Each probe is a yaml in the format of
tests/fixtures/probes16/punct16/probe.yaml (`bad` passages with the `wrong` text and its `fix`, `clean`
passages); every passage is set into the rules' sample material as eval/punct_probe.py does. A bad passage is
found when a punctuation (or typo) finding overlaps its wrong text, and fixed when one of that finding's
suggestions, applied, gives the fix (eval/review_quality.py's right_fix); a clean passage's false alarms are
the punctuation findings inside it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from punct_probe import FOUND_BY, findings_in
from review_quality import right_fix

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes17" / "punct17"


@dataclass
class Result:
    planted: int = 0
    found: int = 0
    fixed: int = 0
    clean: int = 0
    alarms: int = 0
    lines: list = field(default_factory=list)


def measure(path: Path, packs=None) -> Result:
    packs = packs or load_frameworks()
    probe = yaml.safe_load(path.read_text(encoding="utf-8"))
    r = Result()
    for entry in probe.get("bad", []):
        passage, wrong = entry["text"], entry["wrong"]
        r.planted += 1
        findings, at = findings_in(passage, packs)
        lo = at + passage.index(wrong)
        hi = lo + len(wrong)
        hits = [f for f in findings if f.start < hi and f.end > lo and f.category in FOUND_BY]
        if not hits:
            r.lines.append(f"漏报：[{entry['kind']}] {passage}")
            continue
        r.found += 1
        whole = _material(passage, at)
        if any(right_fix(whole, (lo, hi), entry["fix"], f) for f in hits):
            r.fixed += 1
        else:
            got = "、".join(s for f in hits for s in f.suggestions) or "（无建议）"
            r.lines.append(f"建议不对：[{entry['kind']}] {passage} → {got}")
    for entry in probe.get("clean", []):
        passage = entry["text"]
        r.clean += 1
        findings, at = findings_in(passage, packs)
        for f in findings:
            if at <= f.start < at + len(passage) and f.category == "punctuation":
                r.alarms += 1
                r.lines.append(f"误报：[{entry['kind']}] {f.code} {passage} {f.message[:40]}")
    return r


def _material(passage: str, at: int) -> str:
    from punct_probe import GOOD

    return GOOD[:at] + passage + "\n" + GOOD[at:]


def main(argv: list[str], folder: Path = FOLDER, name: str = "punct17", measured=None) -> int:
    """Print each probe's line (punct18b's runner passes its own folder and name, notes24's its own measure too)."""
    measure_one = measured or measure
    numbers = [a for a in argv if a.isdigit()] or ["1", "2"]
    packs = load_frameworks()
    for n in numbers:
        path = folder / f"probe{n}.yaml"
        if not path.exists():
            continue
        r = measure_one(path, packs)
        print(
            f"{name}-{n}: found {r.found}/{r.planted}, right fix {r.fixed}/{r.planted}, "
            f"false alarms {r.alarms} on {r.clean} clean passages"
        )
        if "-v" in argv:
            for line in r.lines:
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
