"""The counts20 probes (tests/fixtures/probes20/counts20/, round r20): counts, names and labels a material
states of itself that an edit left contradicting the rest, each case put into the team sample the way
eval/probe_residue19b.py does (its runner and format, another folder).

Run: `python eval/probe_counts20.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import probe_residue19b  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "probes20" / "counts20"


def measure(n: str) -> tuple[list[str], list[str], list[str], int]:
    """The residue19b probe's measure on this folder's probe n."""
    kept = probe_residue19b.PROBE
    probe_residue19b.PROBE = PROBE
    try:
        return probe_residue19b.measure(n)
    finally:
        probe_residue19b.PROBE = kept


def main(argv: list[str]) -> int:
    kept = probe_residue19b.PROBE
    probe_residue19b.PROBE = PROBE
    try:
        return probe_residue19b.main(argv, name="counts20")
    finally:
        probe_residue19b.PROBE = kept


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
