"""The reviewer17 probes (tests/fixtures/probes17/reviewer17/): unanswered aspects and factless points in
whole materials, read as probe_reviewer16 reads its own (same format, same measure).

Run: `python eval/probe_reviewer17.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base

base.PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes17" / "reviewer17"

if __name__ == "__main__":
    sys.exit(base.main(sys.argv[1:]))
