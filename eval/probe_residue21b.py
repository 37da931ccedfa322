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
from probe_typo13 import show

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes21" / "residue21b"


def main(argv: list[str]) -> int:
    for n in [a for a in argv if a.isdigit()] or ["1", "2"]:
        path = FOLDER / f"probe{n}.yaml"
        if path.exists():
            show(f"residue21b-{n}", measure(path), "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
