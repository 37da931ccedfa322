"""edits14's probes (round r14): what editing leaves behind — a word written twice next to itself, two
versions of a verb after a repeated adverb, a frame begun twice with a changed head, a sentence cut after a
preposition — and close correct passages (reduplications, counted lists, parallel clauses) that must stay
quiet. Measured as eval/probe_typo13.py measures its own probe, with residue findings counted too (an
editing leftover may be filed as either). Run: `python eval/probe_edits14.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_typo13 import measure, show

PROBES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes14" / "edits14"
CATEGORIES = frozenset({"typo", "formulation", "residue"})


def probe(number: int):
    return measure(PROBES / f"probe{number}.yaml", CATEGORIES)


def main(argv: list[str]) -> int:
    number = int(next((a for a in argv if a.isdigit()), "1"))
    r = probe(number)
    show(f"edits14 探针{number}", r, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
