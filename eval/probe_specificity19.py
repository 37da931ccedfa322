"""The specificity19 probes (tests/fixtures/probes19/specificity19/): problem points with and without a fact
(E104), read as probe_reviewer16 reads its own points (each put as the second point of an item of the sample
material; `factless` ones must be marked, `factual` ones must stay quiet), and `answers/`: short whole
materials for A101 (an aspect whose problems a measure names only as the venue of another matter, or by its
name word as a verb, must be heard; the same materials answered must stay quiet), read as probe_reviewer16
reads its materials.

Run: `python eval/probe_specificity19.py [first|second|answers] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base
from probe_runs import materials_line, points_line, print_keyed

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes19" / "specificity19"


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def material_results(part: str = "answers") -> dict[str, list[str]]:
    return base.material_results(part, PROBE)


def main(argv: list[str]) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "first"
    if part == "answers":
        m = material_results(part)
        print(f"answers: {materials_line(m)}")
        return 0
    p = point_results(part)
    print(f"{part}: points {points_line(p)}")
    if "-v" in argv:
        print_keyed(p, "point ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
