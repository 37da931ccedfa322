"""The precision13 probe (tests/fixtures/probes13/precision13/, eval/probe_precision13.py): passages written
for round r13 before the code changed, other units and wording than review set 25. Floors at the figures
the round reached, so a change that loses them fails."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_precision13 import results  # noqa: E402


@pytest.fixture(scope="module")
def figures():
    return results()


def test_factless_points_are_told(figures):
    hits, total = figures["E104 factless (recall)"]
    assert total >= 30 and hits >= 25  # before r13: 13/32


def test_specific_points_stay_quiet(figures):
    assert figures["E104 specific (alarms)"][0] == 0  # before r13: 2/34


def test_others_written_for_oneself_are_told(figures):
    hits, total = figures["E103 others (recall)"]
    assert total >= 6 and hits == total


def test_the_people_one_leads_are_no_third_person(figures):
    assert figures["E103 own (alarms)"][0] == 0  # before r13: 8/8


def test_aspects_no_measure_answers_are_told(figures):
    hits, total = figures["A101 unanswered (recall)"]
    assert total >= 4 and hits == total


def test_aspects_answered_by_paraphrase_stay_quiet(figures):
    assert figures["A101 answered (alarms)"][0] == 0  # before r13: 1/4 (家风 for 生活纪律)
