"""The precision21 probes (tests/fixtures/probes21/precision21/): problem points told at an occasion of one's own
Party life (在支部组织生活中, 在党小组学习时, 在主题党日活动中, 在民主评议党员时) with what the author did there,
which E104 must leave quiet (`factual`), and hedged general judgments, which E104 must still mark (`factless`),
each read as probe_reviewer16 reads its points (the second point of an item of the sample material).

Run: `python eval/probe_precision21.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base
from probe_runs import points_line, run_part

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes21" / "precision21"


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def main(argv: list[str]) -> int:
    return run_part(argv, point_results, points_line)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
