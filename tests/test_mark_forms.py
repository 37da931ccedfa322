"""Marks of the wrong form (P156, P157, P159) and a paragraph closed by a semicolon (P158), round
r10b (issue 12)."""

from __future__ import annotations

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.mark_forms import angled_titles, nested_same_marks, ordinal_dunhao
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD


def _codes(text: str, code: str) -> list[str]:
    packs = load_frameworks()
    doc = read_bytes(text.encode("utf-8"), "x.txt", ".txt")
    report = review_outline(parse_document(doc, packs), packs)
    return [doc.text[f.start : f.end] for f in report.findings if f.code == code]


def test_angle_brackets_around_a_title() -> None:
    text = "组织学习<关于加强基层治理的意见>和＜＜村规民约＞＞，当a<b且c>d时不算。"
    assert [t for _, _, t in angled_titles(text)] == ["《关于加强基层治理的意见》", "《村规民约》"]


def test_quotation_inside_a_quotation_with_the_same_marks() -> None:
    text = "大家说“要当好“领头雁”才行”，又印发《关于贯彻《条例》的细则》。"
    found = [(text[a], text[b], o, c) for a, b, o, c in nested_same_marks(text, 0, len(text))]
    assert found == [("“", "”", "‘", "’"), ("《", "》", "〈", "〉")]


def test_unpaired_quotes_are_no_nesting() -> None:
    text = "他说“这件事要抓紧，又说“下周再议”。"
    assert list(nested_same_marks(text, 0, len(text))) == []


def test_ordinal_word_takes_a_comma() -> None:
    text = "第一，补课。第二、走访。他拿了第二、第三名。\n第三、整改。"
    # r18: a line's own label 第三、 takes a comma too (GB/T 15834; P188 reads 首先、 there alike)
    assert [text[k - 2 : k + 1] for k in ordinal_dunhao(text)] == ["第二、", "第三、"]


def test_paragraph_closing_a_series_with_a_semicolon() -> None:
    old = "（四）纪律规矩弦绷得不紧。对工程领域廉洁风险的严重性认识不足。"
    bad = GOOD.replace(old, "（四）纪律规矩弦绷得不紧。一是警示教育参加少；二是风险点排查不细；")
    assert _codes(bad, "P158") == ["；"]
    going_on = GOOD.replace(old, "（四）纪律规矩弦绷得不紧。一是警示教育参加少；\n二是风险点排查不细。")
    assert _codes(going_on, "P158") == []


def test_rhetorical_question_closed_by_a_full_stop() -> None:
    from mingjing.rules.mark_forms import rhetorical_full_stops

    text = "难道基层的困难就不是困难。这件事岂能一拖再拖。他说“难道要等”。难道不该改吗？"
    assert [text[k - 2 : k + 1] for k in rhetorical_full_stops(text)] == ["困难。", "再拖。"]


def test_dunhao_before_the_deng_closing_a_list() -> None:
    from mingjing.rules.mark_forms import dunhao_before_deng

    text = "清理了会议室、活动室、等场所，评定职称、等级，不能推一推、等一等，不能等项目、等资金，绕着走、等着看。"
    assert [text[k - 2 : k + 2] for k in dunhao_before_deng(text)] == ["动室、等"]
