"""Merged parts come apart on extract: a problem item that gives its cause (存在的问题及原因剖析), an
item of a 原因剖析及整改措施 part that gives a cause and then what will be done; so the redraft has
causes and measures and no gap. The review reads a merged part's causes as the causes (A102)."""

from __future__ import annotations

from conftest import FIXTURES
from mingjing.draft.extract import extract_file
from mingjing.draft.merged import cause_name, cause_then_measure, problem_then_cause

REAL = FIXTURES / "realforms" / "materials"
BLIND = FIXTURES / "realforms_blind" / "materials"


def test_a_problem_item_gives_its_cause_after_the_problem():
    assert problem_then_cause("到审计现场少，今年只参加了2个项目的进点会。根源在于宗旨意识有所淡化。") == (
        "到审计现场少，今年只参加了2个项目的进点会。",
        "根源在于宗旨意识有所淡化。",
    )
    text = "学习不深入，原因多方面都有一些。"  # 原因 inside the problem's own sentence: no cut
    assert problem_then_cause(text) == (text, "")
    assert cause_name("究其原因，是理论学习的自觉性不强。") == ("理论学习的自觉性不强", "")
    assert cause_name("产生问题的根本原因是理论学习不够深入，学用脱节。") == (
        "理论学习不够深入，学用脱节",
        "",
    )


def test_a_merged_item_states_the_cause_then_what_will_be_done():
    cause, measure = cause_then_measure(
        "对群众的文化需求了解不够，是公共文化服务不到位的重要原因。2023年6月前推动7个村的文化活动室全部正常开放。"
    )
    assert cause == "对群众的文化需求了解不够，是公共文化服务不到位的重要原因。"  # 重要 is no 要
    assert measure == "2023年6月前推动7个村的文化活动室全部正常开放。"
    assert cause_then_measure("存在“老好人”思想，怕得罪人。今后对违规经营一律依法查处。") == (
        "存在“老好人”思想，怕得罪人。",
        "今后对违规经营一律依法查处。",
    )


def test_problems_and_causes_in_one_part_give_causes(packs):
    notes, _ = extract_file(REAL / "problems_and_causes_merged.txt", packs)
    assert [c.cause for c in notes.causes] == [
        "理论学习的自觉性不强",
        "宗旨意识有所淡化",
        "“一岗双责”意识不强",
    ]
    words = "".join(p.own_words or p.problem or "" for a in notes.aspects for p in a.problems)
    assert "原因" not in words and "根源" not in words
    assert not notes.parts_left_out


def test_causes_and_measures_in_one_part_give_both(packs):
    notes, _ = extract_file(BLIND / "b08_causes_measures_merged.txt", packs)
    assert [c.cause for c in notes.causes] == [
        "理论学习不够深入，学用脱节",
        "对群众的文化需求了解不够，是公共文化服务不到位的重要原因",
        "存在“老好人”思想，怕得罪人",
        "对“一岗双责”认识不深",
    ]
    assert [m.measure for m in notes.measures][:2] == [
        "加强理论学习，筑牢思想根基",
        "强化宗旨意识，办好民生实事",
    ]
    assert notes.measures[0].text == "今后每月自学不少于10小时，2023年围绕文旅融合撰写调研报告1篇。"
    assert all("原因" not in (m.text or "") for m in notes.measures)


def test_the_review_reads_the_causes_of_a_merged_part(packs):
    """A102 (an aspect no cause speaks to) runs on a 原因剖析及整改措施 part read as measures, as S104
    counts it as the causes part: it used to find no causes part and say nothing."""
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.review import review_file

    report = review_file(BLIND / "b08_causes_measures_merged.txt", packs, ReviewOptions(select=["A102"]))
    assert [f.code for f in report.findings] == ["A102"]
    assert "两个确立" in report.findings[0].message
