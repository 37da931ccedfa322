"""typo25's probe (round r25): are the slips sets 49/50 missed or mended wrongly, by class, found and offered
the one fix the writer means?

tests/fixtures/probes25/typo25/probe{1,2}.yaml: `slips` are passages with one slip `[written|right]` (a fixed
name of Party life with a dropped character, a saying's repeated character typed as its homophone, OCR's 页
for 员, a double negation that turns the sense, and finds whose suggestion was wrong or missing: 两个确立 after a
verb of doing, 增强…水平, a half-width ; before a turn, 原因是由于…造成的, a figure contradicting the preamble's,
another campaign's meeting name), `clean` their correct twins; each is put into the sample material of its
`year` as eval/probe_suggest15.py does. A slip is found when a typo, formulation, punctuation or residue finding
overlaps it, and fixed when one of that finding's suggestions gives `right`; a clean passage must draw no such
finding. Run: `python eval/probe_typo25.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_suggest15 import SuggestResult, summary
from probe_suggest15 import measure as measure15

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes25" / "typo25"
COUNTED = frozenset({"formulation", "typo", "punctuation", "residue"})


def measure(n: int = 1) -> SuggestResult:
    return measure15(n, FOLDER, COUNTED)


def main(argv: list[str]) -> int:
    n = int(next((a for a in argv if a.isdigit()), "1"))
    r = measure(n)
    print(summary("typo25", n, r))
    if "-v" in argv:
        for label, lines in (
            ("建议正确", r.fixed),
            ("建议不对", r.wrong),
            ("漏报", r.missed),
            ("误报", r.alarms),
        ):
            print(f"\n{label}：")
            for line in lines:
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
