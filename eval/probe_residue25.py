"""residue25's probes (round r25): a figure that contradicts an earlier figure of the same thing (the same unit
word and head noun, a 全<own unit> total, a 在…的N<unit>中 looking back), another unit's name or a post left
from a copy where the material speaks of itself, a blank signing day.

Measured as residue23's probes are (eval/probe_residue23.py: each passage in the personal sample material, its
first line naming a 对照检查材料 as the title, the rest appended as the material's last lines; a slip found when a
residue finding overlaps it, any residue finding in a clean passage's lines a false alarm).

Run: `python eval/probe_residue25.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue23 import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes25" / "residue25"
__all__ = ["FOLDER", "measure"]


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue25", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
