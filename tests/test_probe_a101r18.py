"""The a101r18 probes (tests/fixtures/probes18/a101r18/, eval/probe_a101r18.py): short whole materials with an
aspect no measure answers, whose only ties to the measures are a closing pledge after the last measure (通过这次
组织生活会，我将…群众; 以此次民主生活会为契机，敬畏人民…) or the 中国共产党 that opens another Party regulation's
title (A101 must name it), and materials whose every aspect is answered (A101 must stay quiet), one with its
measures in a paragraph opened as a pledge.

Probe 1 (`first/`: 8 materials), written before the code changed. On main: 1 of 5 unanswered aspects heard,
3 of 3 answered materials quiet, no A101 false alarm. On this branch: 5 of 5, 3 of 3, none.

Probe 2 (`second/`: 6 materials), written after the code stopped changing and run once:
**3 of 4 unanswered aspects heard (main 0), 2 of 2 answered materials quiet (main 2), no A101 false alarm.**

The floors below hold the figures reached; the seen sets' cases the round fixed are held by name.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.review import review_outline
from probe_a101r18 import material_results

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_probe_one_figures_hold():
    materials = material_results("first")
    assert len(materials["heard"]) >= 5
    assert len(materials["quiet"]) >= 3
    assert materials["alarms"] == []


def test_probe_two_figures_hold():
    materials = material_results("second")
    assert len(materials["heard"]) >= 3
    assert len(materials["quiet"]) >= 2
    assert materials["alarms"] == []


def _a101(path: Path) -> list[str]:
    packs = load_frameworks()
    doc = read_document(path)
    report = review_outline(parse_document(doc, packs), packs)
    return [doc.text[f.start : f.end] for f in report.findings if f.code == "A101"]


@pytest.mark.parametrize(
    "name, heading",
    [
        ("heldout26/h04_dangji-2024_qixiangju_geren.txt", "群众纪律方面"),  # 通过这次专题组织生活会…一方群众
        ("heldout30/h01_mzshh-2025_gongdiangongsi_banzi.txt", "管党治党责任"),
        ("heldout26/h03_mzshh-2024_shitongjiju_banzi.txt", "全面从严治党政治责任"),
    ],
)
def test_seen_unanswered_aspects_are_named(name, heading):
    assert any(heading in text for text in _a101(FIXTURES / "review" / name))


def test_a_measure_counting_the_problem_s_things_answers_it():
    # 全县14个基层社中仍有5个经营困难 → 完成5个困难基层社的改造提升 (the closing pledge answered it before)
    path = FIXTURES / "realforms_blind23" / "materials" / "b08_mzshh-2022_gongxiaoshe-xian_banzi.txt"
    assert not any("决策部署" in text for text in _a101(path))
