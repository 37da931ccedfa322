"""punct27's outline probe (tests/fixtures/probes27/punct27/outline1/points.yaml, round r27): problem points with and
without a fact (E104), read as probe_reviewer16 reads its points.

Run: `python eval/probe_punct27_outline.py [outline1|outline2] [-v]` (both parts when none is named).
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base
from probe_runs import points_line, print_keyed

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes27" / "punct27"


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def show(part: str, verbose: bool) -> None:
    """The part's line, and each of its points when `verbose`."""
    results = point_results(part)
    print(f"{part}: points {points_line(results)}")
    if verbose:
        print_keyed(results, "point ")


def main(argv: list[str]) -> int:
    for part in [a for a in argv if not a.startswith("-")] or ["outline1", "outline2"]:
        show(part, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
