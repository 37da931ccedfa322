"""A visibly cut copy says so once (S112) and the review drops what only the missing piece could
settle; a whole material, even one whose last full stop is missing, keeps every structure finding."""

from __future__ import annotations

from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

PROBLEMS_ONLY = GOOD.split("二、产生问题的原因")[0]
WHOLE_NO_MEASURES = GOOD.split("三、整改措施")[0].rstrip()


def review(text: str, packs):
    return review_outline(parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs), packs)


def codes(report) -> list[str]:
    return [f.code for f in report.findings]


def test_a_copy_stopping_mid_sentence_after_its_problems_says_it_is_cut(packs):
    text = (
        PROBLEMS_ONLY
        + "二、产生问题的原因\n（一）理论武装不够自觉。平时把读书当成应付检查的任务，读的多是辅导材料，对"
    )
    report = review(text, packs)
    cut = [f for f in report.findings if f.code == "S112"]
    assert len(cut) == 1 and "材料不完整" in cut[0].message and "整改措施" in cut[0].message
    assert not {"S104", "S105", "S151", "C100", "A101"} & set(codes(report))
    assert report.verdict != "pass"


def test_a_page_marker_shows_the_cut(packs):
    text = PROBLEMS_ONLY + "（未完，全文共3862字，登录后查看）\n"
    report = review(text, packs)
    assert "S112" in codes(report)
    assert "S105" not in codes(report) and "S104" not in codes(report)


def test_a_later_page_opening_inside_a_part_has_no_preamble_to_miss(packs):
    text = (
        "（三）服务群众不够主动。去年窗口群众反映排队时间长，我只在科务会上提过一次，没有跟进到底，"
        "直到今年三月才增开一个窗口，群众多等了半年。\n"
        "（四）自我要求有所放松。对单位内部报销把关不严，有两笔差旅费超标准报销，是审计时才发现的。\n"
        "二、产生问题的原因\n"
        "（一）宗旨意识有所淡化。把群众的小事当成小事，没有放在心上，对窗口服务的难处体会不深，"
        "总觉得等一等没有关系，以为"
    )
    report = review(text, packs)
    cut = [f for f in report.findings if f.code == "S112"]
    assert cut and "开头从“（三）”起" in cut[0].message
    assert "S102" not in codes(report) and "S103" not in codes(report)


def test_a_whole_material_without_its_last_full_stop_is_no_cut_copy(packs):
    report = review(GOOD.rstrip("。"), packs)
    assert "S112" not in codes(report)


def test_a_whole_material_missing_a_part_keeps_its_finding(packs):
    report = review(WHOLE_NO_MEASURES, packs)
    assert "S105" in codes(report) and "S112" not in codes(report)


def test_a_closing_formula_or_a_signature_is_no_cut(packs):
    for tail in ("\n以上对照检查，不当之处恳请同志们批评指正", "\n宁川县交通运输局党组书记、局长 王建国"):
        report = review(WHOLE_NO_MEASURES + tail, packs)
        assert "S112" not in codes(report), tail
        assert "S105" in codes(report), tail


def test_a_copy_stopping_just_after_its_last_part_began_is_cut(packs):
    text = GOOD.split("三、整改措施")[0] + "三、整改措施\n（一）强化理论学习。坚持每周集中学习，每季度"
    report = review(text, packs)
    assert "S112" in codes(report)
    assert "A101" not in codes(report) and "A103" not in codes(report)


def test_a_sites_line_after_a_whole_text_is_no_cut(packs):
    report = review(WHOLE_NO_MEASURES + "\n扫码关注本站，点击下载完整文档", packs)
    assert "S112" not in codes(report)
    assert "S105" in codes(report)


def test_a_signing_date_after_a_signature_is_no_cut(packs):
    """The unit's signature stops on a character and the date stands alone under it (r23): the material
    ends there, so a missing measures part is S105's, not a cut copy's."""
    for date in ("2025年9月10日", "二〇二五年九月十日", "2024年  月  日", "2024年1月"):
        text = WHOLE_NO_MEASURES + "\n\n中共宁川县交通运输局机关第一党支部委员会\n" + date
        found = codes(review(text, packs))
        assert "S112" not in found and "S105" in found, date


def test_a_line_stopping_on_a_date_inside_a_sentence_is_still_cut(packs):
    text = PROBLEMS_ONLY + "二、产生问题的原因\n（一）理论武装不够自觉。平时把读书当成任务，对2024年"
    assert "S112" in codes(review(text, packs))
