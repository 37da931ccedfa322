"""residue26's probes (round r26): a figure against an earlier one of the same thing where the noun stands on
either side of the counter, a longer earlier noun names the whole, a 在…中 frame looks back over another noun, or one
case's sum is told twice; a post, a campaign, a unit word or a superior organ that contradicts the material's own.

Measured as residue23's probes are (eval/probe_residue23.py: each passage in the personal sample material, its
first line naming a 对照检查材料 as the title, the rest appended as the material's last lines; a slip found when a
residue finding overlaps it, any residue finding in a clean passage's lines a false alarm).

Run: `python eval/probe_residue26.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue23 import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes26" / "residue26"
__all__ = ["FOLDER", "measure"]


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue26", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
