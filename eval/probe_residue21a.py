"""residue21a's probes (round r21): another unit or another voice left in the material.

The passages of tests/fixtures/probes21/residue21a/probeN.yaml are read as residue19a's are (eval/probe_residue19a.py:
a string goes into the personal sample material, `sign` replaces its signature, `team` names the team material's
body); a slip is found when a residue finding overlaps it, any residue finding inside a clean passage is a false alarm.

Run: `python eval/probe_residue21a.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue19a import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes21" / "residue21a"


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue21a", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
