"""punct27's punctuation probes (round r27): recall, right fixes and false alarms on short passages.

Run: `python eval/probe_punct27.py [1|2] [-v]`. The probes are yamls in punct17's format, measured with
eval/probe_punct17.py's runner (each passage set into the rules' sample material; a bad passage is found when a
punctuation finding overlaps its wrong text and fixed when a suggestion gives the fix; a clean passage's false
alarms are the punctuation findings inside it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_punct17 import main as punct17_main
from probe_punct17 import measure

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes27" / "punct27"
__all__ = ["FOLDER", "measure"]


def main(argv: list[str]) -> int:
    return punct17_main(argv, FOLDER, "punct27")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
