"""context14's probes (round r14): real words written for their near twins in a context that fits only
the twin (营业网店, 科研公关, 佩带党员徽章, 涉农货款), and close clean passages that use the written words
where they are right. Measured as eval/probe_typo13.py measures its own probe. Run:
`python eval/probe_context14.py [probe1|probe2] [-v]` (`-v` lists misses and false alarms).
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_typo13 import measure, show

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes14" / "context14"


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")] or ["probe1"]
    for name in names:
        r = measure(FOLDER / f"{name}.yaml")
        show(f"context14 {name}", r, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
