"""The precision21 probes (tests/fixtures/probes21/precision21/, eval/probe_precision21.py): problem points told
at an occasion of one's own Party life (在支部组织生活中, 在党小组学习时, 在主题党日活动中, 在民主评议党员时)
with what the author did there — the set 41 clean c01 point E104 marked — which E104 must leave quiet, and
hedged general judgments (some at such an occasion, done by members no one could name), which it must mark.

Probe 1 (`first/points.yaml`: 15 factless, 15 factual), written after the first edit of facts.py and before
the rest: on integ21 15/15 factless marked, 6/15 factual marked; on this branch 15/15 and 0/15.

Probe 2 (`second/points.yaml`: 12 factless, 12 factual), written after the code, run once: **10/12 factless
marked (integ21 11/12), 0/12 factual (integ21 3/12)**; the one lost (有的党员在组织生活中照本宣科) would need
有的党员 among the vague agents as 有的同志 is, which was tried and taken back: a branch's material tells its
members' habits so (有的党员学习笔记内容雷同, precision15's clean probe), and what they did is its fact.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from mingjing.rules.facts import has_fact
from probe_precision21 import point_results


def test_probe_one_figures_hold():
    p = point_results("first")
    assert len(p["heard"]) >= 15
    assert p["alarms"] == []


def test_probe_two_figures_hold():
    p = point_results("second")
    assert len(p["heard"]) >= 10
    assert p["alarms"] == []


def test_an_occasion_of_party_life_and_ones_act_there_is_a_fact():
    assert has_fact("在支部组织生活中，我给其他同志提意见时，往往只提工作上的小问题。")
    assert has_fact("在党小组学习时，我多是照着材料念。")
    # the occasion as the setting of someone no one could name's habit is none
    assert not has_fact("有的同志在支部组织生活中提意见少。")
