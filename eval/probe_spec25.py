"""The spec25 probes (tests/fixtures/probes25/spec25/): problem points with and without a fact (E104, read as
probe_reviewer16 reads its points: `points.yaml`), point series with the structure findings a reviewer expects
(S110, S111, S113: `series.yaml`, read as probe_precision24 reads its own), and short whole materials with one
aspect no measure answers or with every aspect answered (A101: `m*.txt` with their `m*.yaml`).

Run: `python eval/probe_spec25.py [probe1|probe2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_precision24 as precision24
import probe_reviewer16 as base
from probe_runs import materials_line, points_line, print_keyed

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes25" / "spec25"


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def material_results(part: str) -> dict[str, list[str]]:
    return base.material_results(part, PROBE)


def series_results(part: str) -> dict[str, list[str]]:
    return precision24.series_results(part, PROBE)


def main(argv: list[str]) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "probe1"
    p, s, m = point_results(part), series_results(part), material_results(part)
    print(f"{part}: points {points_line(p)}; {precision24.series_line(s)}; materials {materials_line(m)}")
    if "-v" in argv:
        print_keyed(p, "point ")
        print_keyed(s, "series ")
        print_keyed(m, "material ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
