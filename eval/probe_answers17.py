"""The answers17 probes (tests/fixtures/probes17/answers17/): whole materials with one aspect no measure
answers (a measure written for another aspect shares only a common word with it) and materials whose every
aspect is answered, read as probe_reviewer16 reads its materials (same format, same measure; no points).

Run: `python eval/probe_answers17.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes17" / "answers17"


def material_results(part: str, probe: Path = PROBE) -> dict[str, list[str]]:
    """probe_reviewer16's reading of the materials of `part` of these fixtures (or of `probe`'s)."""
    return base.material_results(part, probe)


def main(argv: list[str], probe: Path = PROBE) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "first"
    m = material_results(part, probe)
    print(
        f"{part}: unanswered heard {len(m['heard'])}/{len(m['heard']) + len(m['missed'])}, "
        f"answered quiet {len(m['quiet'])}/{len(m['quiet']) + len(m['loud'])}, A101 false alarms {len(m['alarms'])}"
    )
    if "-v" in argv:
        for key in ("missed", "alarms"):
            for name in m[key]:
                print(f"  {key}: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
