"""Forms of real public copies (r17, issue 11): 再比如 and a later ；-clause's 例如 as examples, a space
before a full-width mark inside an item heading, a title's document name a PDF space cut off, a first line
numbered as a page's piece over `一、…情况` parts."""

from conftest import FIXTURES
from mingjing.parse import parse_document
from mingjing.parse.labels import example_spans
from mingjing.read import read_bytes, read_document


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def test_next_example_words_open_examples():
    text = "学得不深。比如，只读了原文。再比如，没有写体会。工作还有差距，又比如在调研时只听汇报。"
    assert len(example_spans(text)) == 3


def test_a_later_semicolon_clause_example_is_its_own():
    text = "例如，甲问题拖了两个月才完成；部分成员不重视，例如乙问题只转了一次文件。"
    assert len(example_spans(text)) == 2
    # two markers in one clause stay one example
    assert len(example_spans("例如，甲问题，例如乙问题，都没有改。")) == 1


def test_a_space_before_a_comma_cuts_no_item_heading(packs):
    o = _parse(
        "一、存在的问题\n1、服务群众做得不够 ，宗旨意识有待增强。一是听课少；二是答复慢。\n"
        "2、制度执行有所放松 ，管理有待规范。一是考勤不严；二是公开不及时。\n",
        packs,
    )
    # the heading is the text's own slice (the page's space kept: every span reads back as its text)
    assert [i.heading for i in o.sections[0].items] == [
        "服务群众做得不够 ，宗旨意识有待增强",
        "制度执行有所放松 ，管理有待规范",
    ]


def test_a_pdf_space_before_the_documents_name_stays_in_the_title(packs):
    text = (FIXTURES / "probes17" / "realparse17b" / "materials").glob("t01_*")
    o = parse_document(read_document(next(text)), packs)
    assert o.title == "区水利局领导班子2025年度查摆 问题清单（两个方面共5条）".replace(" ", "")


def test_a_first_line_numbered_as_a_piece_is_the_title(packs):
    o = _parse(
        "作风建设问题及整改措施【第二篇】\n\n一、班子执行民主集中制情况。\n\n班子坚持集体领导，重大事项集体研究。\n\n"
        "二、班子落实中央八项规定精神情况。\n\n一是严格公务接待。二是精简会议文件。\n",
        packs,
    )
    assert o.title == "作风建设问题及整改措施【第二篇】"
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("other", "班子执行民主集中制情况"),
        ("other", "班子落实中央八项规定精神情况"),
    ]
