"""The reviewer16 probes (tests/fixtures/probes16/reviewer16/, eval/probe_reviewer16.py): short whole materials
with an aspect no measure answers (A101 must name it) or with every aspect answered in words of the writer's
own (A101 must stay quiet), and problem points with and without a fact (E104).

Probe 1 (`first/`: 16 materials, 44 points), written before the code changed. On main: 4 of 8 unanswered
aspects heard, 5 of 8 answered materials quiet, 7 A101 false alarms in all; 17 of 20 factless points
marked, 0 of 24 factual ones. On this branch: 5 of 8 heard, 6 of 8 quiet, 4 false alarms (the three
points and the factual ones unchanged).

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
    assert len(first_materials["alarms"]) <= 4


def test_probe_one_factless_points_are_marked(first_points):
    assert len(first_points["heard"]) >= 17


def test_probe_one_factual_points_stay_quiet(first_points):
    assert first_points["alarms"] == []
