"""The precision13 probe (tests/fixtures/probes13/precision13/, eval/probe_precision13.py): passages written
for round r13 before the code changed, other units and wording than review set 25. Floors at the figures
the round reached, so a change that loses them fails."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_precision13 import results


@pytest.fixture(scope="module")
def figures():
    return results()


def test_factless_points_are_told(figures):
    hits, total = figures["E104 factless (recall)"]
    assert total >= 30 and hits >= 24  # before r13: 13/32


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


def test_a_habit_word_reaches_its_clause_and_the_next():
    from mingjing.rules.facts import has_fact

    # the third clause tells a thing of its own (a ledger one did not keep)
    assert has_fact("三是有时存在将就思想，交接班记录写得简单，个别检修项目没有及时录入台账。")
    # within the habit's reach, a routine is no occasion
    assert not has_fact("三是有时存在将就思想，交接班时只看台账，检修质量不够高。")


def test_me_too_after_others_is_still_third_person():
    from probe_precision13 import codes_in, with_point

    passage = "二是有的同志参加支部活动应付了事，会上发言三言两语，我自己也是这样。"
    assert codes_in(with_point(passage), passage, "E103")
