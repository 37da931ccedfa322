"""typo14's probes (round r14): slips inside longer words and names keep being found, and the close clean
passages stay quiet (eval/probe_typo14.py measures both with eval/probe_typo13.py's runner).

Probe 1 (written before any code): 27/42 on main, 29/42 after T168; 0 false alarms on 43 clean passages
before and after.
Probe 2 (written after the code was settled, new words and units), first run: 9/27 found (33.3 %; main
4/27), 0 false alarms on 31 clean passages. A relaxed gate tried after it (a commoner lone character allowed
where it replaced one) found 11/27 but made two false alarms in planted texts (干几年, 重生产): not kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_typo13 import measure
from probe_typo14 import PROBES

FLOORS = {"1": 28, "2": 8}  # found, a little below the measured figures (docstring)


@pytest.fixture(scope="module", params=sorted(PROBES))
def probe(request):
    return request.param, measure(PROBES[request.param])


def test_probe_slips_are_found(probe) -> None:
    which, result = probe
    assert result.slips >= 25
    assert len(result.found) >= FLOORS[which], "\n".join(result.missed)


def test_probe_clean_passages_stay_quiet(probe) -> None:
    _which, result = probe
    assert result.clean > 500
    assert result.alarms == [], "\n".join(result.alarms)
