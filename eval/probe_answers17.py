"""The answers17 probes (tests/fixtures/probes17/answers17/): whole materials with one aspect no measure
answers (a measure written for another aspect shares only a common word with it) and materials whose every
aspect is answered, read as probe_reviewer16 reads its materials (same format, same measure; no points).

Run: `python eval/probe_answers17.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base
from probe_runs import materials_line, run_part

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes17" / "answers17"


def material_results(part: str, probe: Path = PROBE) -> dict[str, list[str]]:
    """probe_reviewer16's reading of the materials of `part` of these fixtures (or of `probe`'s)."""
    return base.material_results(part, probe)


def main(argv: list[str], probe: Path = PROBE) -> int:
    return run_part(argv, lambda part: material_results(part, probe), materials_line)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
