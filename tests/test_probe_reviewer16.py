"""The reviewer16 probes (tests/fixtures/probes16/reviewer16/, eval/probe_reviewer16.py): short whole materials
with an aspect no measure answers (A101 must name it) or with every aspect answered in words of the writer's
own (A101 must stay quiet), and problem points with and without a fact (E104).

Probe 1 (`first/`: 16 materials, 44 points), written before the code changed. On main: 4 of 8 unanswered
aspects heard, 5 of 8 answered materials quiet, 7 A101 false alarms in all; 17 of 20 factless points
marked, 0 of 24 factual ones. On this branch: 5 of 8 heard, 6 of 8 quiet, 3 false alarms (the three
points and the factual ones unchanged).

Probe 2 (`second/`: 10 materials, 27 points), written after the code stopped changing and run once:
**3 of 5 unanswered aspects heard (main 2), 4 of 5 answered materials quiet, 3 A101 false alarms (main 3);
12 of 13 factless points marked, 0 of 14 factual ones.** Fixed after that run (said so): a slogan measure is
read by its firm words only (服务 of 提高为民服务意识 answers nothing), so probe 2 now hears 5 of 5, the
false alarms unchanged.

The floors below hold the figures reached, so a change that loses an answer or adds a false alarm fails.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_reviewer16 import material_results, point_results


@pytest.fixture(scope="module")
def first_materials():
    return material_results("first")


@pytest.fixture(scope="module")
def first_points():
    return point_results("first")


def test_probe_one_is_large_enough(first_materials, first_points):
    assert len(first_materials["heard"]) + len(first_materials["missed"]) >= 8
    assert len(first_materials["quiet"]) + len(first_materials["loud"]) >= 8
    assert len(first_points["heard"]) + len(first_points["missed"]) + len(first_points["quiet"]) >= 40


def test_probe_one_unanswered_aspects_are_heard(first_materials):
    assert len(first_materials["heard"]) >= 5
    # the head of 管党治党责任 (责任 of 落实安全生产责任) is no answer
    assert "m01.txt" in first_materials["heard"]


def test_probe_one_answered_materials_stay_quiet(first_materials):
    assert len(first_materials["quiet"]) >= 6
    assert len(first_materials["alarms"]) <= 3


def test_probe_one_factless_points_are_marked(first_points):
    assert len(first_points["heard"]) >= 17


def test_probe_one_factual_points_stay_quiet(first_points):
    assert first_points["alarms"] == []


@pytest.fixture(scope="module")
def second_materials():
    return material_results("second")


@pytest.fixture(scope="module")
def second_points():
    return point_results("second")


def test_probe_two_is_large_enough(second_materials, second_points):
    assert len(second_materials["heard"]) + len(second_materials["missed"]) >= 5
    assert len(second_materials["quiet"]) + len(second_materials["loud"]) >= 5
    assert len(second_points["heard"]) + len(second_points["missed"]) + len(second_points["quiet"]) >= 25


def test_probe_two_figures_hold(second_materials, second_points):
    assert len(second_materials["heard"]) >= 5
    assert len(second_materials["quiet"]) >= 4
    assert len(second_materials["alarms"]) <= 3
    assert len(second_points["heard"]) >= 12
    assert second_points["alarms"] == []
