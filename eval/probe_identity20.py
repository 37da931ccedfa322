"""identity20's probes (round r20): a later self-reference against the material's identity profile.

The passages of tests/fixtures/probes20/identity20/probeN.yaml are read as residue19a's are (eval/probe_residue19a.py:
a string goes into the personal sample material, `sign` replaces its signature, `team` names the team material's
body); a slip is found when a residue finding overlaps it, any residue finding inside a clean passage is a false alarm.

Run: `python eval/probe_identity20.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue19a import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes20" / "identity20"


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "identity20", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
