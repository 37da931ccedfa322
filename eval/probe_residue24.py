"""residue24's probes (round r24): leftovers that contradict the material's own identity — the own unit's name
with another ordinal or seat city, another county, another person's case, another university than the author's
own, a count of the own members against the earlier one, the own organ under its sibling body's name.

Measured as residue23's probes are (eval/probe_residue23.py: each passage in the personal sample material, its
first line naming a 对照检查材料 as the title, the rest appended as the material's last lines; a slip found when a
residue finding overlaps it, any residue finding in a clean passage's lines a false alarm).

Run: `python eval/probe_residue24.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_residue23 import measure
from probe_runs import run_numbered

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes24" / "residue24"
__all__ = ["FOLDER", "measure"]


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue24", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
