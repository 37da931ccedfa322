"""Round r26 (form26): formulation and grammar slips sets 51/52 missed, finds whose suggestion was wrong and a
quiet free sentence, fixed by their class — each with a bad and a good case, and the suggestion a reviewer would
write (F235 double negations, F186 半/大致, F169 a word moved in the Thought's name and the 作为 slot, the crossed
verbs of 两个确立/两个维护, F151's event as subject, F234's habit of going first, F236 set phrases reversed)."""

from __future__ import annotations

import pytest

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD
from test_typo25_fixes import _codes, _mended  # the same reading of a finding's place and its fix

_AT = "一是学得不够深。"


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


def _at(passage: str, packs):
    text = GOOD.replace(_AT, _AT + passage)
    document = read_bytes(text.encode("utf-8"), "t.txt", ".txt")
    return text, review_outline(parse_document(document, packs), packs).findings


@pytest.mark.parametrize(
    "passage, code, wrong, right",
    [
        ("不得不否认，我对新职工的思想动态掌握不够。", "F235", "不得不否认", "不可否认"),
        (
            "我们不能否认班子在食堂监管上没有失职。",
            "F235",
            "我们不能否认班子在食堂监管上没有失职",
            "我们必须承认班子在食堂监管上存在失职",
        ),
        ("不可否认，支部在党费公示上不存在任何疏漏。", "F235", "不存在任何疏漏", "存在疏漏"),
        ("有的项目大约拖了半年左右。", "F186", "大约拖了半年左右", "拖了半年左右"),
        ("护坡工程大致延误了三周上下。", "F186", "大致延误了三周上下", "大致延误了三周"),
        (
            "对习近平中国特色社会主义新时代思想理解不深。",
            "F169",
            "习近平中国特色社会主义新时代思想",
            "习近平新时代中国特色社会主义思想",
        ),
        (
            "要坚决做到“两个确立”、坚定拥护“两个维护”。",
            "F169",
            "坚决做到“两个确立”、坚定拥护“两个维护”",
            "坚定拥护“两个确立”、坚决做到“两个维护”",
        ),
        (
            "通过开展这次专题读书班，使支委成员认识到差距。",
            "F151",
            "通过开展这次专题读书班，使支委成员",
            "这次专题读书班使支委成员",
        ),
        (
            "对习近平社会主义中国特色新时代思想理解不深。",
            "F169",
            "习近平社会主义中国特色新时代思想",
            "习近平新时代中国特色社会主义思想",
        ),
        ("我不能否认在带队伍上没有懈怠。", "F235", "没有懈怠", "有所懈怠"),
        ("征地工作约耗时半年左右。", "F186", "约耗时半年左右", "耗时半年左右"),
        ("在社区义务巡逻中，我总是首当其冲，但家里的事顾不上。", "F234", "首当其冲", "冲在前面"),
        ("课题中期考核完成情况差强人意，我负有一定责任。", "F236", "差强人意", "不尽如人意"),
        ("去年我们不孚众望，圆满完成了展会保障任务。", "F236", "不孚众望", "不负众望"),
    ],
)
def test_the_slip_is_found_with_the_writers_fix(packs, passage, code, wrong, right):
    text, findings = _at(passage, packs)
    assert _mended(text, findings, code, wrong, right)


def test_crossed_verbs_raise_no_half_mend(packs):
    """The crossed verbs are one slip: F132 and F141 (做到“两个确立”) stay quiet on it."""
    passage = "要坚决做到“两个确立”、坚定拥护“两个维护”。"
    text, findings = _at(passage, packs)
    assert not {"F132", "F141"} & _codes(text, findings, passage)


@pytest.mark.parametrize(
    "passage, code",
    [
        ("不能否认，我们的整改还有不少差距，我没有尽到提醒的责任。", "F235"),
        ("不可否认，这项制度本身没有问题，问题出在执行上。", "F235"),
        ("这批设备大约用了五年，故障率在3%左右，每次检修半天左右。", "F186"),
        ("把学习贯彻习近平新时代中国特色社会主义思想作为长期任务，每天学习半小时。", "F169"),
        ("要坚定拥护“两个确立”、坚决做到“两个维护”。", "F169"),
        ("窗口一出问题，我总是首当其冲，群众的怨气都冲着我来。", "F234"),
        ("遇到群众投诉，我作为窗口负责人总是首当其冲，被批评也是常事。", "F234"),
        ("今年考核成绩差强人意，但与先进单位相比还有差距。", "F236"),
        ("群众说我们的工作不孚众望，这个评价值得深思。", "F236"),
    ],
)
def test_right_passages_stay_quiet(packs, passage, code):
    text, findings = _at(passage, packs)
    assert code not in _codes(text, findings, passage)


def test_a_word_of_the_class_in_the_slot_is_still_read(packs):
    """The 作为 slot is free, but 首要任务 written as its near word 中心任务 is still a slip (the classes)."""
    passage = "把学习贯彻习近平新时代中国特色社会主义思想作为中心任务。"
    text, findings = _at(passage, packs)
    assert "F169" in _codes(text, findings, passage)
