"""context14's probes (round r14): real words written for a near twin that the context makes wrong
(eval/probe_context14.py measures both).

Probe 1 was written before any code: 11/42 found on main, 30/42 after T176, 0 false alarms on its 44
clean passages before and after. Probe 2 was written after the tuning stopped, in other words and units,
and run once: **3/27 found on its first run** (1/27 without T176), 0 false alarms on its 27 clean
passages. The later changes (more genre compounds, none of its passages'; the first-reading gate) were
not made for it and leave it at 3/27.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_context14 import FOLDER
from probe_typo13 import measure

FLOORS = {"probe1": 29, "probe2": 3}  # measured 30/42 and 3/27


@pytest.fixture(scope="module", params=sorted(FLOORS))
def probe(request):
    return request.param, measure(FOLDER / f"{request.param}.yaml")


def test_probe_slips_are_found(probe) -> None:
    name, result = probe
    assert result.slips >= 25
    assert len(result.found) >= FLOORS[name], "\n".join(result.missed)


def test_probe_clean_passages_stay_quiet(probe) -> None:
    _name, result = probe
    assert result.clean > 500
    assert result.alarms == [], "\n".join(result.alarms)
