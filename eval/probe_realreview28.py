"""realreview28's probe (round r28): the classes read on real public pages (docs/review-real-errors.md, "Real public
pages read at r28") — is each slip found with no misleading twin, each clean passage quiet, each cut copy said cut,
each whole text free of the codes it must not draw?

tests/fixtures/probes28/realreview28/probe{1,2}.yaml hold `slips`, `clean` and `cuts` read as
eval/probe_realreview26.py reads them, and `texts`: whole texts that must draw none of their `absent` codes.
Run: `python eval/probe_realreview28.py [1|2] [-v]`. The runner is realreview27's (same layout).
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_realreview27

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes28" / "realreview28"


def measure(n: int = 1) -> probe_realreview27.Result:
    return probe_realreview27.measure(n, FOLDER)


if __name__ == "__main__":
    sys.exit(probe_realreview27.main(sys.argv[1:], FOLDER, "realreview28"))
