"""residue27's probes (round r27): another campaign's words followed as this year's requirements (the 专题 of
三严三实, the 群众路线 activity), the closing that names another year's meeting as this material, and a figure against
an earlier one of the same thing (an approximate figure, 人 against 名, a measure built on the own year's total).

Measured as residue23's probes are (eval/probe_residue23.py: each passage in the personal sample material, its
first line naming a 对照检查材料 as the title, the rest appended as the material's last lines; a slip found when a
residue finding overlaps it, any residue finding in a clean passage's lines a false alarm).

Run: `python eval/probe_residue27.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue23 import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes27" / "residue27"
__all__ = ["FOLDER", "measure"]


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue27", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
