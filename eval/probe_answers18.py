"""The answers18 probes (tests/fixtures/probes18/answers18/): whole materials with one aspect no measure
answers (a measure shares only a common word with it) and materials whose every aspect is answered (one
answered only by taking up the problem's own example), and problem points with and without a fact, read
as probe_reviewer16 reads its own (same format, same measure).

Run: `python eval/probe_answers18.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes18" / "answers18"


def material_results(part: str) -> dict[str, list[str]]:
    return base.material_results(part, PROBE)


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def main(argv: list[str]) -> int:
    return base.main(argv, PROBE)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
