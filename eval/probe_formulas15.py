"""formulas15's probes (round r15): the genre's fixed formulations at real size (titles of regulations and documents in book marks,
campaign names, counted slogans, the Thought's names), measured with eval/probe_typo13.py's
runner. Run: `python eval/probe_formulas15.py [1|2] [-v]` (`-v` lists misses and false alarms).
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_typo13 import measure, show

HERE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes15" / "formulas15"
PROBES = {"1": HERE / "probe1.yaml", "2": HERE / "probe2.yaml"}


def main(argv: list[str]) -> int:
    which = next((a for a in argv if a in PROBES), "1")
    r = measure(PROBES[which])
    show(f"formulas15 探针{which}", r, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
