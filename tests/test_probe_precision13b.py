"""The precision13b probe (tests/fixtures/probes13/precision13b/, eval/probe_precision13b.py): problem points
written for round r13b before the code changed, other units and wording than review sets 25 and 26. Floors at
the figures the round reached, so a change that loses them fails."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from mingjing.rules.facts import has_fact
from probe_precision13b import results


@pytest.fixture(scope="module")
def figures():
    return results()


def test_factless_points_are_told(figures):
    hits, total = figures["E104 factless (recall)"]
    assert total >= 30 and hits >= 20  # before r13b: 5/32


def test_specific_points_stay_quiet(figures):
    hits, total = figures["E104 specific (alarms)"]
    assert total >= 30 and hits == 0  # before r13b: 2/32


def test_a_bare_meeting_as_the_setting_of_a_habit_is_no_fact():
    assert not has_fact("三是发扬民主不够，在局务会上多讲部署、少听意见，对不同看法吸收不够。")
    # a dated meeting still is one, and a meeting that is itself late is a fact
    assert has_fact("三是发扬民主不够，在去年底的局务会上，我否定了两位同志的建议。")
    assert has_fact("二是组织生活不够严肃，党委会有时推迟召开，记录不够完整。")


def test_a_quoted_rule_kept_in_general_is_no_fact():
    assert not has_fact("二是执行“两个责任”工作要求有偏差，对分管处室过问不多，督促不够。")
    # a case of the rule told after it is
    assert has_fact("二是执行“两个责任”工作要求有偏差，去年分管的规划处有2名干部受到诫勉。")


def test_a_document_named_by_its_congress_and_the_media_one_learns_from_are_facts():
    assert has_fact("一是学习不够深入，学了党的二十大关于加快建设农业强国的论述，但对本镇产业振兴思考不深。")
    assert has_fact("二是学习方法陈旧，主要靠读报纸、看电视了解政策，系统学习原文不够。")
