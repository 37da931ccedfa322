"""P134 (a 顿号 before a clause of its own) and P135 (a comma between two adverbials of one verb):
the erroneous sentences, and the lists and clauses of good text that must stay silent."""

import pytest

from mingjing.rules.list_marks import (
    clause_after_list,
    comma_before_last_item,
    comma_in_adverbials,
    comma_in_attributes,
)

CLAUSES = [
    ("学习内容不够系统、深入、文件看了，政策学了", "文件看了"),
    ("调研不够全面、材料写了，问题没找准", "材料写了"),
]
CLAUSES_SILENT = [
    "会议开了、文件发了，但没有深入思考",
    "《选读》中关于教育、科技、人才的篇目只精读了4篇",
    "与住建、水务、气象等部门的数据共享只接入了一半",
    "学习不够系统、深入",
]
ADVERBIALS = ["未能真正系统，透彻地学习领会材料", "能够真正深入，扎实地推进整改"]
ADVERBIALS_SILENT = [
    "我们工作要扎实，认真地完成任务",
    "不能太马虎，认真地对待",
    "不能一味消极，被动地等待",
    "没有深层次的思考，系统地学习不够",
]


@pytest.mark.parametrize("sentence, clause", CLAUSES)
def test_list_running_into_a_clause(sentence, clause):
    hits = list(clause_after_list(sentence))
    assert [c for _, c in hits] == [clause]
    assert sentence[hits[0][0]] == "、"


@pytest.mark.parametrize("sentence", CLAUSES_SILENT)
def test_lists_stay_silent(sentence):
    assert list(clause_after_list(sentence)) == []


@pytest.mark.parametrize("sentence", ADVERBIALS)
def test_comma_between_adverbials(sentence):
    hits = list(comma_in_adverbials(sentence))
    assert len(hits) == 1 and sentence[hits[0]] == "，"


@pytest.mark.parametrize("sentence", ADVERBIALS_SILENT)
def test_whole_clauses_stay_silent(sentence):
    assert list(comma_in_adverbials(sentence)) == []


def test_comma_between_parallel_attributes():
    sentence = "三是缺乏勇于负责，敢于担当的责任意识"
    assert [sentence[k] for k in comma_in_attributes(sentence)] == ["，"]


@pytest.mark.parametrize(
    "sentence",
    [
        "缺乏勇于负责、敢于担当的责任意识",
        "缺乏理论学习，工作中的问题很多",
        "增强政治意识，提高政治站位的能力",
    ],
)
def test_attributes_silent(sentence):
    assert list(comma_in_attributes(sentence)) == []


def test_comma_before_the_last_item_of_like_names():
    sentence = "通过召开党总支大会、总支委会，组织生活会，认真分析检查"
    assert [sentence[k] for k in comma_before_last_item(sentence)] == ["，"]


@pytest.mark.parametrize(
    "sentence",
    [
        "开展谈心谈话、征求意见，召开座谈会，",  # no like names
        "召开党总支大会、总支委会、组织生活会，",
        "学习党章、党规，对照检查。",
    ],
)
def test_lists_of_unlike_items_stay_silent(sentence):
    assert list(comma_before_last_item(sentence)) == []
