"""Round r25 (typo25): slips sets 49/50 missed and finds whose suggestion was wrong, fixed by their class —
each with a bad and a good case, and the suggestion a reviewer would write."""

from __future__ import annotations

import pytest

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

_AT = "一是学得不够深。"


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


def _review(text: str, packs):
    document = read_bytes(text.encode("utf-8"), "t.txt", ".txt")
    return text, review_outline(parse_document(document, packs), packs).findings


def _at(passage: str, packs, where: str = _AT, title: str | None = None):
    text = GOOD.replace(where, where + passage)
    if title is not None:
        text = text.replace("王建国2023年度主题教育专题民主生活会", title)
    return _review(text, packs)


def _mended(text: str, findings, code: str, wrong: str, right: str) -> bool:
    """Whether a finding of `code` over `wrong` offers a suggestion that turns `wrong` into `right`."""
    s = text.index(wrong)
    e = s + len(wrong)
    for f in findings:
        if f.code != code or not (f.start < e and f.end > s):
            continue
        lo, hi = min(s, f.start), max(e, f.end)
        want = text[lo:s] + right + text[e:hi]
        if any(text[lo : f.start] + one + text[f.end : hi] == want for one in f.suggestions):
            return True
    return False


def _codes(text: str, findings, passage: str) -> set[str]:
    s = text.index(passage)
    return {f.code for f in findings if s <= f.start < s + len(passage)}


@pytest.mark.parametrize(
    "passage, wrong, right",
    [
        ("我请假没有参加组织生会。", "组织生会", "组织生活会"),
        ("支部的三会课记录不全。", "三会课", "三会一课"),
        ("会前没有准备民主生会发言提纲。", "民主生会", "民主生活会"),
        ("落实一岗责还有温差。", "一岗责", "一岗双责"),
    ],
)
def test_t327_party_life_name_with_a_dropped_character(packs, passage, wrong, right):
    text, findings = _at(passage, packs)
    assert _mended(text, findings, "T327", wrong, right)


def test_t327_quiet_on_the_names_and_on_words_they_hide(packs):
    passage = "开展主题日活动，落实主题党日、三会一课和一岗双责，农村居民生活会越来越好，谈谈话也好。"
    text, findings = _at(passage, packs)
    assert "T327" not in _codes(text, findings, passage)


def test_t142_reads_ye_for_yuan_after_a_person_noun(packs):
    text, findings = _at("为14名青年科研人页配备了导师。", packs)
    assert _mended(text, findings, "T142", "人页", "人员")
    passage = "在网站首页开设专栏，每一页都刊登党员的体会。"
    text, findings = _at(passage, packs)
    assert "T142" not in _codes(text, findings, passage)


def test_f235_a_double_negation_that_turns_the_sense(packs):
    text, findings = _at("我不能不否认，自己有“以干代学”的现象。", packs)
    assert _mended(text, findings, "F235", "不能不否认", "不能否认")
    text, findings = _at("不能不说我在有些方面没有一定的差距，请批评。", packs)
    assert _mended(
        text, findings, "F235", "不能不说我在有些方面没有一定的差距", "应该说我在有些方面还有一定的差距"
    )
    passage = "不能不说，这是一次深刻的教育；我不得不承认自己还有差距，不可否认。"
    text, findings = _at(passage, packs)
    assert "F235" not in _codes(text, findings, passage)


def test_f132_liangge_queli_after_a_verb_of_doing(packs):
    text, findings = _at("书记讲到要在思想上做到“两个确立”，我才有触动。", packs)
    assert _mended(text, findings, "F132", "做到“两个确立”", "深刻领悟“两个确立”的决定性意义")
    text, findings = _at("我对坚决做到“两个确立”的认识不深。", packs)
    assert _mended(text, findings, "F132", "做到“两个确立”", "做到“两个维护”")


def test_f198_member_with_a_word_of_another_length_is_mended_whole(packs):
    passage = "深刻领悟“两个确立”的决定性意义，即确立习近平总书记党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。"
    text, findings = _at(passage, packs)
    assert _mended(text, findings, "F198", "确立习近平总书记党中央的核心", "确立习近平同志党中央的核心")


def test_f178_level_takes_tigao_as_well(packs):
    text, findings = _at("切实增强服务企业的水平。", packs)
    assert _mended(text, findings, "F178", "增强", "提高")
    assert _mended(text, findings, "F178", "增强", "提升")


def test_p102_half_width_semicolon_before_a_turn_is_a_comma(packs):
    text, findings = _at("全年服务患者4100余人次;但有部分患者反映排队时间长。", packs)
    assert _mended(text, findings, "P102", ";", "，")
    text, findings = _at("学习不深;研讨不够;调研不实。", packs)
    assert _mended(text, findings, "P102", ";", "；")
    f = next(f for f in findings if f.code == "P102")
    assert "，" not in f.suggestions


def test_f182_reason_blend_keeps_the_reason(packs):
    text, findings = _at("一些问题的原因是由于对条例学习不深造成的，我有责任。", packs)
    assert _mended(text, findings, "F182", "原因是由于对条例学习不深造成的", "原因是对条例学习不深")
    passage = "产生这些问题的原因是学习不深；这是由于学习不深造成的。"
    text, findings = _at(passage, packs)
    assert "F182" not in _codes(text, findings, passage)


def test_r171_offers_the_openings_count_of_the_same_thing(packs):
    text = GOOD.replace(
        "通过座谈会、个别访谈征求意见建议23条，",
        "围绕“五个带头”，通过座谈会、个别访谈共收集到意见建议14条，其中涉及本人的6条，",
    ).replace(_AT, _AT + "针对征求到的16条意见，没有逐条细化。")
    text, findings = _review(text, packs)
    assert _mended(text, findings, "R171", "16条意见", "14条意见")


def test_r125_this_meeting_keeps_its_own_zhuanti(packs):
    text, findings = _at("我们将以这次党史学习教育专题民主生活会为契机抓好整改。", packs)
    assert _mended(text, findings, "R125", "党史学习教育专题", "专题")


def test_f182_without_a_head_before_it_deleting_yuanyin_is_offered_too(packs):
    text, findings = _at("项目推进慢，主要原因是由于前期论证不充分造成的。", packs)
    assert _mended(text, findings, "F182", "原因是由于前期论证不充分造成的", "是由于前期论证不充分造成的")
    text, findings = _at("一些问题的原因是由于对条例学习不深造成的，我有责任。", packs)
    f = next(f for f in findings if f.code == "F182")
    assert f.suggestions == ["原因是对条例学习不深"]
