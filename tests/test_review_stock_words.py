"""A102/A101 tie causes and measures to an aspect by its own words, never by the genre's stock ones:
通过深刻反思 (how a causes part often opens) answers no aspect, though 带头深刻领悟“两个确立”… has 深刻
(blind-4 b09 was judged kindly so; its redraft, which drops the opening, was not); nor does 识不, the
piece of 意识不强 and 认识不深 that tied blind-6 b04's 群众纪律 item to its causes."""

from __future__ import annotations

from conftest import FIXTURES
from mingjing.rules.context import ReviewOptions
from mingjing.rules.review import review_file

B09 = FIXTURES / "realforms_blind4" / "materials" / "b09_mzshh-2022_geren_wangye.txt"
OPENING = "通过深刻反思，我认为产生上述问题的根源主要有三点："


def _a102_aspects(path, packs) -> list[str]:
    report = review_file(path, packs, ReviewOptions(select=["A102"]))
    return [report.outline.document.text[f.start : f.end] for f in report.findings]


def test_a_stock_opening_of_the_causes_answers_no_aspect(packs):
    assert OPENING in B09.read_text(encoding="utf-8")
    assert "带头深刻感悟“两个确立”的决定性意义方面" in _a102_aspects(B09, packs)


def test_a_cause_in_the_aspects_own_words_still_answers_it(packs, tmp_path):
    text = B09.read_text(encoding="utf-8").replace(
        OPENING + "一是", OPENING + "一是对“两个确立”的决定性意义领悟不透；二是"
    )
    path = tmp_path / "b09.txt"
    path.write_text(text, encoding="utf-8")
    found = _a102_aspects(path, packs)
    assert "带头深刻感悟“两个确立”的决定性意义方面" not in found
    assert "带头发扬斗争精神方面" in found  # the other unanswered aspects stay


def test_a_piece_of_two_words_ties_nothing(packs, tmp_path):
    """意识不够强 (a problem) and 认识不深 (a cause) share 识不, which is no word of either. Since r28 (spec28) the
    material's cause heading 纪律意识还不够牢固 (discipline in general) answers every 纪律 aspect, so it is
    written as another root here, leaving 认识不深 as the only tie the item could take."""
    from mingjing.rules.correspondence import bigrams

    assert "识不" not in bigrams("服务师生和家长的意识不够强") & bigrams("对纪律认识不深")
    material = FIXTURES / "realforms_blind6" / "materials" / "b04_dangji-2024_zhibu_banzi.txt"
    text = material.read_text(encoding="utf-8")
    assert "（一）纪律意识还不够牢固。" in text
    path = tmp_path / material.name
    path.write_text(
        text.replace("（一）纪律意识还不够牢固。", "（一）理论学习还不够深入。"), encoding="utf-8"
    )
    assert "落实群众纪律、服务师生和家长的意识不够强" in _a102_aspects(path, packs)
