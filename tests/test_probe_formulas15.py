"""formulas15's probes (round r15): the genre's fixed formulations at real size — titles of the Party's
regulations and central documents in book marks, campaign names, counted slogans written in part, the
Thought's names, 二十大 and 二十届三中全会 wordings — in words of my own and not the seen sets'. Each
passage is put into the sample material and reviewed with every rule (eval/probe_typo13.py's runner,
shared): a slip is found when a typo or formulation finding overlaps it; a finding inside a clean
passage is a false alarm.

Probe 1 (tests/fixtures/probes15/formulas15/probe1.yaml, written before any code): main 27/48 with 1
false alarm (T308 on 复兴的使命任务, not this round's rule); after the round 44/48, the same 1 false alarm.

Probe 2 (probe2.yaml, written after the tuning stopped, run once): first run 26/32 (81.2 %), 0 false alarms
in 828 characters (main: 8/32). The misses: two characters changed in a saying (艰苦朴素, 和平中国, 第二个
百年目标), a character added to one (少数服从大多数), a title's last word changed (实施细则 for 实施条例)
and two characters added to a title (公民思想道德). Nothing was changed after the run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_typo13 import measure

PROBES = Path(__file__).parent / "fixtures" / "probes15" / "formulas15"
OWN = (" F213", " F214", " F215")


@pytest.fixture(scope="module")
def first():
    return measure(PROBES / "probe1.yaml")


def test_probe1_is_big_enough(first) -> None:
    assert first.slips >= 40 and first.clean > 1000


def test_probe1_slips_are_found(first) -> None:
    assert len(first.found) >= 42, "\n".join(first.missed)


def test_probe1_clean_passages_have_no_formulation_alarm(first) -> None:
    assert len(first.alarms) <= 1, "\n".join(first.alarms)
    assert not any(code in a for a in first.alarms for code in OWN), first.alarms


@pytest.fixture(scope="module")
def second():
    return measure(PROBES / "probe2.yaml")


def test_probe2_slips_are_found(second) -> None:
    assert second.slips >= 25 and second.clean > 600
    assert len(second.found) >= 25, "\n".join(second.missed)


def test_probe2_clean_passages_are_quiet(second) -> None:
    assert second.alarms == [], "\n".join(second.alarms)
