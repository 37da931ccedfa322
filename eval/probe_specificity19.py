"""The specificity19 probes (tests/fixtures/probes19/specificity19/): problem points with and without a fact
(E104), read as probe_reviewer16 reads its own points (each put as the second point of an item of the sample
material; `factless` ones must be marked, `factual` ones must stay quiet).

Run: `python eval/probe_specificity19.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes19" / "specificity19"


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def main(argv: list[str]) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "first"
    p = point_results(part)
    print(
        f"{part}: points factless heard {len(p['heard'])}/{len(p['heard']) + len(p['missed'])}, "
        f"factual marked {len(p['alarms'])}/{len(p['alarms']) + len(p['quiet'])}"
    )
    if "-v" in argv:
        for key in ("missed", "alarms"):
            for text in p[key]:
                print(f"  point {key}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
