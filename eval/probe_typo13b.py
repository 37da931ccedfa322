"""typo13b's probe (round r13b): a word written two ways in one passage, a free character put for its
look-alike, four-character sayings one character off, homophones making real-looking words, and close
clean passages (trade terms such as 测线, verb-object phrases such as 组织群众) that must stay quiet.
Measured as eval/probe_typo13.py measures its own probe. Run: `python eval/probe_typo13b.py` (`-v` lists
misses and false alarms).
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_typo13 import measure, show

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes13" / "typo13b" / "slips.yaml"


def main(argv: list[str]) -> int:
    r = measure(PROBE)
    show("typo13b 探针", r, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
