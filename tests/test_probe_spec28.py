"""spec28's probes (tests/fixtures/probes28/spec28/, eval/probe_spec28.py): problem points of pure stance whose only
fact-like words are people as a compound class (服务职工群众, 联系人民群众, 干部职工) — which E104 must mark — and
points with a fact, some whose person or place is a draft's blank (与XXX同志谈心时, ××村, XX副总经理) or whose 比如 is
only a drafting note (R106's) — which it must not; short materials whose only tie to one aspect is the meeting the
material is written for (对本次组织生活会查摆的问题建立台账: A101 must hear it); short materials whose causes are
written by general themes (纪律观念淡薄 for the six disciplines: A102 stays quiet).

Probe 1 (`probe1/`: 10 factless, 7 factual points, 2 materials, 2 causes materials), written before the code
changed. On register28: 2 of 10 factless marked, 3 of 7 factual marked, materials 0/1 heard and 1/1 quiet, causes
0/1 heard, 0/1 quiet (1 A102 false alarm). On this branch: 10 of 10, 0 of 7, 1/1 and 1/1, causes 0/1 and 1/1 (c02's
工作纪律 is answered by 宗旨意识 through the 作风 theme, left by decision).

Probe 2 (`probe2/`: 6 factless, 5 factual points, 1 material, 1 causes material), written after the code stopped
changing and run once: **5 of 6 factless marked (register28 0), 0 of 5 factual (register28 1), material 1/1 heard
(register28 0/1), causes 1/1 quiet and no A102 alarm (register28 0/1, 1 alarm)**. Fixed by class after that run: an
activity judged 流于一般 (谈心谈话流于一般) is a kind, no occasion: 6 of 6. The floors are the first run's.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_precision24 import marked
from probe_spec28 import cause_results, material_results, point_results


def test_probe_one_figures_hold():
    p = point_results("probe1")
    assert len(p["heard"]) + len(p["missed"]) == 10
    assert len(p["heard"]) >= 10
    assert p["alarms"] == []
    m = material_results("probe1")
    assert m["missed"] == [] and m["loud"] == [] and m["alarms"] == []
    c = cause_results("probe1")
    assert c["loud"] == [] and c["alarms"] == []


def test_probe_two_figures_hold():
    p = point_results("probe2")
    assert len(p["heard"]) >= 5
    assert p["alarms"] == []
    m = material_results("probe2")
    assert m["missed"] == [] and m["alarms"] == []
    c = cause_results("probe2")
    assert c["loud"] == [] and c["alarms"] == []


def test_seen_stance_only_point_is_marked():
    """Set 55 h02: 服务职工群众的意识 is the genre's people in general, no one named."""
    assert marked(
        "heldout55/h02_mzshh-2024_heliangyoujituan_banzi.txt", "二是作风建设还需持续加强", ("E104",)
    )


@pytest.mark.parametrize(
    "name, lead",
    [
        # a talk with a colleague whose name the draft left blank (R105 reports the blank)
        ("heldout55/h08_mzshh-basic-2016_qingheyiyaojituan_geren.txt", "二是开展批评与自我批评不够经常"),
        # a 比如 that is only a drafting note (R106 reports it)
        ("heldout56/h01_mzshh-2025_chuanranbingyiyuan_geren.txt", "比如（此处补充一个近期事例）"),
    ],
)
def test_seen_points_with_a_fact_or_a_note_stay_quiet(name, lead):
    assert not marked(name, lead, ("E104",))


def test_a_note_as_an_example_is_still_residue():
    assert marked(
        "heldout56/h01_mzshh-2025_chuanranbingyiyuan_geren.txt", "（此处补充一个近期事例）", ("R106",)
    )


def test_an_aspect_tied_only_by_this_meeting_is_unanswered():
    """Set 56 h06: 把这次“三严三实”专题民主生活会查摆的问题纳入整改台账 answers no 民主集中制 problem."""
    assert marked(
        "heldout56/h06_mzshh-basic-2016_ganbu-baojianju_geren.txt", "领导班子建设和民主集中制方面", ("A101",)
    )


def test_causes_by_general_themes_answer_a_discipline():
    """Set 55 c03 (clean): 纪律观念不强 is a root of its 工作纪律 problems."""
    assert not marked("heldout55_clean/c03_dangji-2024_hetangcun_geren.txt", "工作纪律方面", ("A102",))
