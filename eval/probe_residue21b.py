"""residue21b's probes (round r21): another year's slogan, another seat, portfolio or trade of the author.

Each passage of tests/fixtures/probes21/residue21b/probeN.yaml is read as residue20b's are
(eval/probe_residue20b.py: a string or a mapping put into the personal sample; `sign` replaces the signature,
`year` makes the title that year's 年度 material). A slip is found when a residue finding overlaps it; any
residue finding inside a clean passage is a false alarm.

Run: `python eval/probe_residue21b.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue20b import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes21" / "residue21b"


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue21b", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
