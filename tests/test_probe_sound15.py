"""sound15's probes (round r15): slips inside long terms (bodies' full names, posts, documents, campaigns,
set phrases) keep being found, and the close clean passages stay quiet (eval/probe_sound15.py measures
both with eval/probe_typo13.py's runner).

Probe 1 (written before any code): 29/45 on main, 45/45 after T177; 1 false alarm on 49 clean passages
before and after (F129's 纪检监察组长, not T177's).
Probe 2 (written after the code was settled, new words and units), first run: 28/29 found (96.6 %; main
18/29), 0 false alarms on 32 clean passages (557 characters). Its miss, 城市管理综和执法局, was the gate on
和 standing where a term has another character; fixed after the first run (和 taken out of that gate: no new
finding on 1.25 million clean characters nor the edited text): 29/29.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_sound15 import PROBES
from probe_typo13 import measure

FLOORS = {"1": 42, "2": 26}  # found, a little below the measured figures (docstring)
# the quiet passages' alarms of other rules, measured on main before T177 (none may come from T177)
KNOWN_ALARMS = {"1": 1, "2": 0}


@pytest.fixture(scope="module", params=sorted(PROBES))
def probe(request):
    return request.param, measure(PROBES[request.param])


def test_probe_slips_are_found(probe) -> None:
    which, result = probe
    assert result.slips >= 25
    assert len(result.found) >= FLOORS[which], "\n".join(result.missed)


def test_probe_clean_passages_stay_quiet(probe) -> None:
    which, result = probe
    assert result.clean > 500
    assert not [a for a in result.alarms if "T177" in a], "\n".join(result.alarms)
    assert len(result.alarms) <= KNOWN_ALARMS[which], "\n".join(result.alarms)
