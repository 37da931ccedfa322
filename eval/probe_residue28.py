"""residue28's probes (round r28): the author's post claimed at another unit of the own kind, the closing that names
another year's meeting as this material with the unit's team as its subject, another campaign named as 这次, a figure
looked back on with 上述 against the opening's count, an editing note in brackets, an organ's leading body followed
as the superior in a firm's branch.

Measured as residue23's probes are (eval/probe_residue23.py: each passage in the personal sample material, its
first line naming a 对照检查材料 as the title, the rest appended as the material's last lines; a slip found when a
residue finding overlaps it, any residue finding in a clean passage's lines a false alarm).

Run: `python eval/probe_residue28.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue23 import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes28" / "residue28"
__all__ = ["FOLDER", "measure"]


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue28", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
