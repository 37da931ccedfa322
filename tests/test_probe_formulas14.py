"""formulas14's probes (round r14): fixed formulations of many sectors and grammar frames, in words of
my own and not the seen sets'. Each passage is put into the sample material and reviewed with every rule
(eval/probe_typo13.py's runner, shared): a slip is found when a typo or formulation finding overlaps it;
a finding inside a clean passage is a false alarm.

Probe 1 (tests/fixtures/probes14/formulas14/probe1.yaml, written before any code): main 25/46 with 2
false alarms (one F169 on the right 端在自己手上, one T305); after the round 42/46, 1 false alarm (T305 on
最严厉的处罚, not this round's rule)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_typo13 import measure

PROBES = Path(__file__).parent / "fixtures" / "probes14" / "formulas14"


@pytest.fixture(scope="module")
def first():
    return measure(PROBES / "probe1.yaml")


def test_probe1_is_big_enough(first) -> None:
    assert first.slips >= 40 and first.clean > 1000


def test_probe1_slips_are_found(first) -> None:
    assert len(first.found) >= 40, "\n".join(first.missed)


def test_probe1_clean_passages_have_no_formulation_alarm(first) -> None:
    assert len(first.alarms) <= 1, "\n".join(first.alarms)
    assert not any(" F1" in a for a in first.alarms), first.alarms
