"""The a101r18 probes (tests/fixtures/probes18/a101r18/): short whole materials with one aspect no measure
answers, whose only ties to the measures are shared words that answer nothing (a closing pledge after the
last measure, the 中国共产党 of another Party regulation's title, words across two words), and materials
whose every aspect is answered; read as probe_reviewer16 reads its materials (same measure).

Run: `python eval/probe_a101r18.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_reviewer16 as base

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes18" / "a101r18"


def material_results(part: str) -> dict[str, list[str]]:
    return base.material_results(part, PROBE)


def main(argv: list[str]) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "first"
    m = material_results(part)
    print(
        f"{part}: materials unanswered heard {len(m['heard'])}/{len(m['heard']) + len(m['missed'])}, "
        f"answered quiet {len(m['quiet'])}/{len(m['quiet']) + len(m['loud'])}, "
        f"A101 false alarms {len(m['alarms'])}"
    )
    if "-v" in argv:
        for key in ("missed", "loud", "alarms"):
            for name in m[key]:
                print(f"  {key}: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
