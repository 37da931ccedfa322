"""Dated facts of plans, plenums and congresses (F224, F225) and Party regulations' short titles (F226):
round r18, formulas18b."""

from __future__ import annotations

import pytest

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

_AT = "一是学得不够深。"


def _findings(sentence: str, year: int = 2025) -> list:
    text = GOOD.replace("王建国2023年度主题教育专题", f"王建国{year}年度").replace(_AT, _AT + sentence)
    packs = load_frameworks()
    report = review_outline(parse_document(read_bytes(text.encode("utf-8"), "t.txt", ".txt"), packs), packs)
    at = text.index(sentence)
    return [
        (f.code, f.category, f.suggestions) for f in report.findings if at <= f.start < at + len(sentence)
    ]


def test_plan_phase_is_one_formulation_finding_with_its_fix():
    """`今年是“十四五”规划的开局之年` in a 2025 material: one finding, a formulation (R118 no longer reads it)."""
    found = _findings("今年是“十四五”规划的开局之年，任务艰巨。")
    assert [(c, k) for c, k, _ in found] == [("F224", "formulation")]
    assert list(found[0][2]) == ["今年是“十四五”规划的收官之年"]


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("学习二十届三中全会审议通过的“十五五”规划建议不深。", "F225"),
        ("学习十九届五中全会通过的党的第三个历史决议不深。", "F225"),
        ("2022年召开的党的十九大作出了部署。", "F225"),
        ("学习《中国共产党章程》和《巡视工作条例》不深。", "F226"),
        ("对照《中华人民共和国民营企业促进法》检视不深。", "F213"),
    ],
)
def test_wrong_fact_or_name_is_heard(sentence, code):
    assert code in [c for c, _, _ in _findings(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "学习二十届四中全会审议通过的“十五五”规划建议不深。",
        "学习党的二十届三中全会精神和“十五五”规划建议不深。",
        "学习《中国共产党巡视工作条例》（以下简称《条例》）不深。",
        "学习《中华人民共和国个人所得税法》不深。",
        "今年是“十四五”规划收官之年，任务艰巨。",
    ],
)
def test_right_fact_stays_quiet(sentence):
    assert not [c for c, k, _ in _findings(sentence) if k == "formulation"]
