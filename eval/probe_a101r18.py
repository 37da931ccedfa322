"""The a101r18 probes (tests/fixtures/probes18/a101r18/): short whole materials with one aspect no measure
answers, whose only ties to the measures are shared words that answer nothing (a closing pledge after the
last measure, the 中国共产党 of another Party regulation's title), and materials whose every aspect is answered;
read and printed as probe_answers17 reads its own (same format, same measure; no points).

Run: `python eval/probe_a101r18.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_answers17 as runner

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes18" / "a101r18"


def material_results(part: str) -> dict[str, list[str]]:
    return runner.material_results(part, PROBE)


if __name__ == "__main__":
    sys.exit(runner.main(sys.argv[1:], PROBE))
