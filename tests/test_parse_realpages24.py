"""Round r24 (realpages24, issue 11): forms of real public pages the parser lost — a lost indent of question
marks, a dotted indent before the labels, a page of two pieces tagged `第一篇：` `第二篇：`, footnotes under the
text, an official document's page numbers between dashes in a text with no page width."""

from types import SimpleNamespace

import pytest

from mingjing.parse import parse_document
from mingjing.parse.embedded import footnote_line, is_page_line, piece_tag
from mingjing.read import read_bytes
from mingjing.read.insertions import lost_indents, unindented

TITLE = "县水务局机关党支部党员2023年度组织生活会个人对照检查材料"
BODY = [
    "按照支部安排，我对照四个方面认真检视，现报告如下。",
    "一、存在的问题",
    "（一）学习贯彻党的创新理论情况。一是学习不够系统。二是联系业务不紧。",
    "（二）联系服务群众情况。下基层次数偏少，全年只有4次。",
    "二、问题产生的原因",
    "一是理论武装不够自觉；二是宗旨意识有所淡化。",
    "三、整改措施",
    "（一）抓实理论学习。每周自学不少于3小时。",
    "（二）改进工作作风。每月下基层不少于2次。",
]


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "p.txt", ".txt"), packs)


def _shape(outline):
    return [(s.kind, s.heading, [i.heading for i in s.items if i.by != "text"]) for s in outline.sections]


@pytest.fixture
def plain(packs):
    return _shape(_parse("\n".join([TITLE, *BODY]), packs))


@pytest.mark.parametrize("mark", ["??? ", "?? ", "？？", "\ufffd\ufffd ", "  ?? "])
def test_a_lost_indent_of_question_marks_is_read_past(mark, packs, plain):
    text = "\n".join([TITLE, *(mark + line for line in BODY)])
    outline = _parse(text, packs)
    assert _shape(outline) == plain
    assert outline.title == TITLE
    # every character still stands at its column in the user's file
    line = text.split("\n")[2]
    heading = outline.sections[0].heading_start
    assert outline.document.text[heading:].startswith("存在的问题")
    assert line.index("一、") >= len(mark.rstrip(" ")) - 1


def test_a_single_question_mark_at_a_lines_start_is_the_writers():
    assert not lost_indents(["??? 一、存在的问题", "二、原因分析"])
    assert lost_indents(["??? 一、存在的问题", "??? 二、原因分析"])
    assert unindented("?? 二、原因") == [(c, k) for k, c in enumerate("?? 二、原因") if k >= 3]
    # (a question of the writer's own in a sentence is no indent)
    assert not lost_indents(["为什么会这样? 我想了很久。", "为什么? 因为…"])


@pytest.mark.parametrize("dots", ["·", "··", "  ·", "•"])
def test_a_dotted_indent_before_a_label_is_read_past(dots, packs, plain):
    body = [line if not line.startswith(("（", "一是")) else dots + line for line in BODY]
    assert _shape(_parse("\n".join([TITLE, *body]), packs)) == plain


def test_a_bullet_with_no_label_after_it_stays_a_bullet():
    assert not lost_indents(["· 学习不够系统。", "· 联系业务不紧。"])
    assert lost_indents(["··第一，学习方面。", "··第二，作风方面。"])


def test_a_page_of_two_pieces_tagged_by_number_reads_each_tag_as_a_page_line(packs):
    second = "县水务局机关党支部班子2023年度组织生活会对照检查材料"
    text = "\n".join(
        [
            "组织生活会对照检查材料（2篇）",
            "第一篇：" + TITLE,
            TITLE,
            *BODY,
            "第二篇：" + second,
            second,
            *BODY,
        ]
    )
    outline = _parse(text, packs)
    assert outline.title == TITLE
    assert [s.kind for s in outline.sections] == ["problems", "causes", "measures"] * 2
    assert not any("篇" in s.heading for s in outline.sections)
    part = SimpleNamespace(text="一、存在的问题")
    assert piece_tag("第二篇：" + second, "\n" + second, [])  # its title stands again below it
    assert piece_tag("第12篇:某某对照检查材料", "\n根据…", [part])  # a piece's parts stood above it
    assert not piece_tag("第2篇: 某某对照检查材料", "\n根据…", [])  # alone at the top: it heads the title
    assert not piece_tag("第一，学习方面。", "", [part])


def test_footnotes_under_the_text_are_no_points(packs):
    body = list(BODY)
    body[2] = "（一）学习贯彻党的创新理论情况。学习不够系统[1]。"
    body[3] = "（二）联系服务群众情况。下基层次数偏少，全年只有4次①。"
    text = "\n".join([TITLE, *body, "注释：", "[1]据个人学习台账。", "①见支部2023年考勤记录。"])
    outline = _parse(text, packs)
    last = outline.sections[-1].items[-1]
    assert last.heading == "改进工作作风"
    assert [p.label for p in last.points if p.label] == []
    assert all("台账" not in p.text and "考勤" not in p.text for p in last.points)


def test_circled_points_with_nothing_referring_to_them_stay_points(packs):
    text = "\n".join(
        [TITLE, *BODY[:-1], "（二）改进工作作风。", "①每月下基层不少于2次。", "②每季度走访联系户1次。"]
    )
    last = _parse(text, packs).sections[-1].items[-1]
    assert [p.label for p in last.points] == ["①", "②"]


@pytest.mark.parametrize(
    "piece, before, found",
    [
        ("[1]据台账。", "学习不够系统[1]。", True),
        ("①见纪要。", "只有6次①。", True),
        ("①每月学习。", "三、整改措施", False),  # nothing refers to it: a point
        ("①每月学习。", "学习还停留在面上。①专题研讨。", False),  # a run-in point after a sentence's end
        ("注释：", "学习不够系统[1]。", False),  # (the heading alone: no note under it in this text)
    ],
)
def test_a_footnote_is_a_line_a_reference_points_to(piece, before, found):
    text = before + "\n" + piece
    assert footnote_line(piece, text, len(before) + 1) is found


def test_an_official_page_number_between_dashes_is_read_past(packs):
    body = list(BODY)
    body[2] = "（一）学习贯彻党的创新理论情况。一是学习不够系统，集中学习之外很少翻阅原著，对新思想的"
    text = "\n".join(
        [TITLE, *body[:3], "— 1 —", "核心要义把握不准。二是联系业务不紧。", *body[3:6], "- 2 -", *body[6:]]
    )
    outline = _parse(text, packs)
    first = outline.sections[0].items[0]
    assert [p.label for p in first.points] == ["一是", "二是"]
    assert "原著，对新思想的核心要义把握不准。" in first.points[0].text
    assert ("pagenumber", "— 1 —") in [(e.kind, e.text) for e in outline.document.extras]
    causes = outline.sections[1]
    assert [p.label for i in causes.items for p in i.points] == ["一是", "二是"]  # the number is no point
    assert is_page_line("— 3 —") and is_page_line("－12－") and not is_page_line("— 全文完 —")


def test_a_government_sites_open_information_card_is_no_title(packs):
    card = (
        "    • 信息索引号:\n\n        113307020501239999/2026-00112\n\n    • 文件名称:\n\n        "
        + TITLE
        + "\n\n"
        "    • 发布机构:\n\n        县水务局\n\n    • 成文日期:\n\n        2026-01-20\n\n"
    )
    text = card + TITLE + "\n日期:2026-01-22 09:15:40 来源:县水务局 浏览量:\n分享:\n朗读\n" + "\n".join(BODY)
    outline = _parse(text, packs)
    assert outline.title == TITLE
    assert [s.kind for s in outline.sections] == ["problems", "causes", "measures"]
