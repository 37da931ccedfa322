"""Findings the review drops where another one says what the text is (r22): hyphens typed for a dash between
two words mask nothing (P163 names the dash, R111 stays quiet; 邓--小平 still masks), and the marks inside a
template's drafting note (R106) are the note's."""

from passage_probe import passage_findings


def codes(passage: str) -> set[str]:
    return {code for _, _, code, _ in passage_findings(passage)}


def test_dash_between_words_is_no_mask():
    found = codes("二是建立用工单位社保缴纳情况月度核查机制--对拖欠社保的单位及时终止合作。")
    assert "P163" in found and "R111" not in found


def test_hyphens_inside_a_word_still_mask():
    assert "R111" in codes("三是坚持以马克思列宁主义、毛泽东思想、邓--小平理论为指导不够自觉。")


def test_marks_inside_a_drafting_note_are_the_note_s():
    found = codes("二是对身边同志提醒不够。（此处结合本人实际补充1-2个事例）")
    assert "R106" in found and "P149" not in found
