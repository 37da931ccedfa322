"""The suggest22 probes (tests/fixtures/probes22/suggest22: probe1 written at the round's start, probe2 after
the code, run once): a formulation slip whose mend is more than one word (two terms in each other's place, a
near verb with a confused name, a blended cause sentence, a subject-less means clause) is offered the one
readable fix the writer means, and the correct twins stay quiet (eval/probe_suggest22.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_suggest22 import measure


def test_first_probe():
    """Probe 1 (15 slips, 15 quiet): main found 12/15 and fixed 5/15; fixed 15/15 after. The one alarm is
    F155's on `完整、准确、全面贯彻新发展理念，把握新发展阶段，构建新发展格局` (a series written in another order on
    purpose, there on main before the round)."""
    r = measure(1)
    assert (r.slips, len(r.fixed) + len(r.wrong)) == (15, 15)
    assert len(r.fixed) >= 15
    assert len(r.alarms) <= 1


def test_second_probe():
    """Probe 2 (12 slips, 12 quiet), written after the code: **first run found 12/12, fixed 12/12, no false
    alarm** (main: found 9/12, fixed 3/12)."""
    r = measure(2)
    assert (r.slips, len(r.fixed) + len(r.wrong)) == (12, 12)
    assert len(r.fixed) >= 12
    assert r.alarms == []
