"""suggest22's probe (round r22): is a formulation slip whose mend is more than one word offered the one
readable fix the writer means?

tests/fixtures/probes22/suggest22/probe{1,2}.yaml: `slips` are passages with one slip `[written|right]` (two
terms written in each other's place, a near verb with a confused name, a blended cause sentence, a
subject-less means clause), `clean` their correct twins; each is put into the sample material of its `year`
as eval/probe_suggest15.py does. A slip is found when a formulation or typo finding overlaps it, and fixed
when one of that finding's suggestions gives `right`; a clean passage must draw no such finding.
Run: `python eval/probe_suggest22.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_suggest15 import SuggestResult, summary
from probe_suggest15 import measure as measure15

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes22" / "suggest22"
COUNTED = frozenset({"formulation", "typo"})


def measure(n: int = 1) -> SuggestResult:
    return measure15(n, FOLDER, COUNTED)


def main(argv: list[str]) -> int:
    n = int(next((a for a in argv if a.isdigit()), "1"))
    r = measure(n)
    print(summary("suggest22", n, r))
    if "-v" in argv:
        for label, lines in (("建议不对", r.wrong), ("漏报", r.missed), ("误报", r.alarms)):
            print(f"\n{label}：")
            for line in lines:
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
