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
from probe_typo13 import show

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes21" / "residue21a"


def main(argv: list[str]) -> int:
    for n in [a for a in argv if a.isdigit()] or ["1", "2"]:
        path = FOLDER / f"probe{n}.yaml"
        if path.exists():
            show(f"residue21a-{n}", measure(path), "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
