"""grammar15's probes (round r15): 病句 of the genre — a verb and an object that do not go together, a
subjectless means clause, mixed frames, a one-sided half against a two-sided one, a double negative that
turns the meaning, surplus parts, a fixed order of actions — and close correct passages that must stay
quiet. Measured as eval/probe_typo13.py measures its own probe. Run: `python eval/probe_grammar15.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_typo13 import measure, show

PROBES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes15" / "grammar15"
CATEGORIES = frozenset({"typo", "formulation"})


def probe(number: int):
    return measure(PROBES / f"probe{number}.yaml", CATEGORIES)


def main(argv: list[str]) -> int:
    number = int(next((a for a in argv if a.isdigit()), "1"))
    r = probe(number)
    show(f"grammar15 探针{number}", r, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
