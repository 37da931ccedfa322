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
    counts it as the causes part: it used to find no causes part and say nothing. It reads the
    causes the items state, not their measures."""
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.review import review_file

    report = review_file(BLIND / "b08_causes_measures_merged.txt", packs, ReviewOptions(select=["A102"]))
    assert [f.code for f in report.findings] == ["A102", "A102"]
    assert "两个确立" in report.findings[0].message
    # the part's headings are measures (加强理论学习…): only its stated causes (产生问题的根本原因是…)
    # answer for causes, and none speaks to carrying out the central decisions (文旅产业, 安全生产)
    assert "决策部署" in report.findings[1].message


def test_a_merged_part_closing_and_a_measure_headed_item_with_no_cause(packs, tmp_path):
    """Blind 25's hospital material (r14): its last merged item is headed by what will be done and states no
    cause, and the material closes with 我将以这次组织生活会为契机…; the closing is no measure of that item and
    the item gives no cause; a long cause loses its 原因是 lead."""
    text = (
        "张敏2025年度组织生活会对照检查材料\n\n一、存在的问题\n\n（一）关于政治纪律\n\n理论学习不够深入，今年只读了1本原著。\n\n"
        "（二）关于生活纪律\n\n对家人照顾较少，孩子今年高考，我陪伴得很少。\n\n二、原因分析及整改措施\n\n"
        "（一）加强理论学习，提高政治站位。原因是对理论学习的重要性认识不足，认为学好业务就行，"
        "对学习的系统性、持续性重视不够，没有把学习当作分内之事。今后每周自学不少于2小时。\n\n"
        "（二）注重家庭家风。合理安排工作和生活，多关心家人，以良好的家风支持工作。\n\n"
        "我将以这次组织生活会为契机，认真落实以上整改措施，自觉接受组织和同志们的监督。\n"
    )
    path = tmp_path / "材料.txt"
    path.write_text(text, encoding="utf-8")
    notes, _ = extract_file(path, packs, "zzshh-2025")
    assert len(notes.causes) == 1 and not notes.causes[0].text.startswith("原因是"), notes.causes
    assert notes.measures[-1].measure == "注重家庭家风"
    assert notes.measures[-1].text == "合理安排工作和生活，多关心家人，以良好的家风支持工作。"
