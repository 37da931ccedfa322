"""The reviewer17 probes (tests/fixtures/probes17/reviewer17/, eval/probe_reviewer17.py): short whole materials
with an aspect no measure answers though one shares a common word with it (A101 must name it), or with every
aspect answered (A101 must stay quiet), and problem points with and without a fact (E104).

Probe 1 (`first/`: 12 materials, 20 points), written before the code changed. On main: 2 of 7 unanswered
aspects heard, 5 of 5 answered materials quiet, 1 A101 false alarm; 7 of 10 factless points marked, 6 of 10
factual ones. On this branch: 5 of 7 heard, 5 of 5 quiet, 1 false alarm; 8 of 10 factless marked, 4 of 10
factual ones.

Probe 2 (`second/`: 9 materials, 16 points), written after the code stopped changing and run once:
**4 of 5 unanswered aspects heard (main 4), 4 of 4 answered materials quiet (main 4), 2 A101 false alarms
(main 2); 7 of 8 factless points marked (main 4), 0 of 8 factual ones (main 1).**

The floors below hold the figures reached, so a change that loses an answer or adds a false alarm fails;
the sets 31/32 cases the round fixed are held by name.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.review import review_outline
from probe_reviewer17 import material_results, point_results

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


@pytest.fixture(scope="module")
def first_materials():
    return material_results("first")


@pytest.fixture(scope="module")
def first_points():
    return point_results("first")


def test_probe_one_is_large_enough(first_materials, first_points):
    assert len(first_materials["heard"]) + len(first_materials["missed"]) >= 7
    assert len(first_materials["quiet"]) + len(first_materials["loud"]) >= 5
    assert sum(len(first_points[k]) for k in ("heard", "missed", "quiet", "alarms")) >= 20


def test_probe_one_figures_hold(first_materials, first_points):
    assert len(first_materials["heard"]) >= 5
    # a framing verb (增强服务, 强化品牌) and another compound's head (能力本领 for 斗争本领) answer nothing
    assert {"m01.txt", "m04.txt", "m06.txt"} <= set(first_materials["heard"])
    assert len(first_materials["quiet"]) >= 5
    assert len(first_materials["alarms"]) <= 1
    assert len(first_points["heard"]) >= 8
    assert len(first_points["alarms"]) <= 4


@pytest.fixture(scope="module")
def second_materials():
    return material_results("second")


@pytest.fixture(scope="module")
def second_points():
    return point_results("second")


def test_probe_two_figures_hold(second_materials, second_points):
    assert len(second_materials["heard"]) >= 4
    assert len(second_materials["quiet"]) >= 4
    assert len(second_materials["alarms"]) <= 2
    assert len(second_points["heard"]) >= 7
    assert second_points["alarms"] == []


def _codes_on(path: Path, code: str) -> list[str]:
    packs = load_frameworks()
    doc = read_document(path)
    report = review_outline(parse_document(doc, packs), packs)
    return [doc.text[f.start : f.end] for f in report.findings if f.code == code]


@pytest.mark.parametrize(
    "name, heading",
    [
        ("heldout31/h01_mzshh-2025_jiaoyuju_banzi.txt", "固本培元"),  # 增强 of 增强党性 in 增强…质量
        ("heldout31/h06_zzshh-2023_fayuan_geren.txt", "联系服务群众"),  # 结案率 of another matter
        ("heldout32/h03_mzshh-2024_ziranziyuanju_geren.txt", "全面从严治党"),  # 对干部, 结合本县: no words
        ("heldout32/h05_mzshh-2022_weijianju_geren.txt", "斗争精神"),  # 能力本领 for 斗争本领
    ],
)
def test_sets_31_32_unanswered_aspects_are_heard(name, heading):
    assert any(heading in text for text in _codes_on(REVIEW / name, "A101"))


@pytest.mark.parametrize(
    "name, lead",
    [
        (
            "heldout29_clean/c03_mzshh-2024_jiaotongju_geren.txt",
            "三是警示教育的针对性不够强",
        ),  # 开展警示教育时
        ("heldout32/h01_mzshh-2025_nongshanghang_banzi.txt", "二是自我革命精神不强"),  # 在年度考核中
    ],
)
def test_points_with_the_occasion_in_the_next_sentence_stay_quiet(name, lead):
    assert not any(text.startswith(lead) for text in _codes_on(REVIEW / name, "E104"))
