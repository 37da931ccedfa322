"""Round r25 (realpages25, issue 11): forms of real public pages that lost the title — a page's number for its piece
set with the title (`…材料【第一篇】`, `【1】…`, `…材料篇一`), a site's genre tag before it (`【对照检查】…`), a
library's counters in a list over it (`- 约 7页`, `- 2024-01-21 发布于湖南`, `- 举报`), a viewer's welcome and path over
its page header run into the title's line (`…材料【推荐3篇】2026/X/XX…材料【第一篇】根据…`)."""

import pytest

from mingjing.parse.embedded import title_run_in
from test_parse_realpages24 import BODY, TITLE, _parse, _shape


@pytest.fixture
def plain(packs):
    """The material's outline with its title alone over it (realpages24's material)."""
    return _shape(_parse("\n".join([TITLE, *BODY]), packs))


@pytest.mark.parametrize(
    "line",
    [
        TITLE + "【第一篇】",
        TITLE + "【一】",
        TITLE + "【篇二】",
        "【1】" + TITLE,
        "【第2篇】" + TITLE,
        TITLE + "篇一",
        TITLE + "范文二",
    ],
)
def test_a_pieces_number_with_its_title_is_no_part_of_it(line, packs, plain):
    outline = _parse("\n".join([line, *BODY]), packs)
    assert outline.title == TITLE
    assert _shape(outline) == plain
    # the title's span is the title's words in the user's file
    assert outline.document.text[outline.title_start : outline.title_end] == TITLE


def test_a_pieces_number_stays_where_the_rest_names_no_document(packs):
    # (`…问题及整改措施【第二篇】`: the number is what marks the line as the page's piece title; test_parse_real_copies)
    text = "作风建设问题及整改措施【第二篇】\n\n一、班子执行民主集中制情况。\n\n班子坚持集体领导。\n"
    assert _parse(text, packs).title == "作风建设问题及整改措施【第二篇】"


@pytest.mark.parametrize("tag", ["【对照检查】", "【发言材料】", "【检视剖析】"])
def test_a_sites_genre_tag_before_the_title_is_no_part_of_it(tag, packs, plain):
    outline = _parse("\n".join([tag + TITLE, *BODY]), packs)
    assert outline.title == TITLE
    assert _shape(outline) == plain


def test_a_meetings_name_in_brackets_stays_the_titles(packs):
    title = "【组织生活会】县水务局机关党支部党员个人对照检查材料"
    assert _parse("\n".join([title, *BODY]), packs).title == title


def test_a_librarys_counters_over_the_title_are_no_part_of_it(packs, plain):
    counters = ["- 0", "- 0", "- 约3.6千字", "- 约 7页", "- 2024-01-21 发布于湖南", "- 举报"]
    outline = _parse("\n".join([*counters, TITLE, *BODY]), packs)
    assert outline.title == TITLE
    assert _shape(outline) == plain


def test_a_viewers_page_header_run_into_the_titles_line(packs):
    run = "".join(
        [
            TITLE + "【推荐3篇】2026/X/XX" + TITLE + "【第一篇】",
            BODY[0],
            *(line for line in BODY[1:]),
        ]
    )
    text = "\n".join(
        ["您好，欢迎访问七七文档", "当前位置：首页 > 办公文档 > 党团工作 > " + TITLE + "【推荐3篇】", run]
    )
    outline = _parse(text, packs)
    assert outline.title == TITLE
    assert [s.kind for s in outline.sections] == ["problems", "causes", "measures"]
    assert [i.heading for i in outline.sections[0].items] == ["学习贯彻党的创新理论情况", "联系服务群众情况"]


def test_a_viewers_stamp_needs_a_document_before_it_and_a_title_after_it():
    glued = TITLE + "【第一篇】" + BODY[0] + "一、存在的问题" * 3
    assert title_run_in(glued) == len(TITLE + "【第一篇】")
    stamped = TITLE + "【推荐3篇】2026/X/XX" + glued
    assert title_run_in(stamped) == len(TITLE + "【推荐3篇】2026/X/XX" + TITLE + "【第一篇】")
    # (a date in a sentence before the text is no page header)
    assert title_run_in("今年1月我参加了学习2026/1/12" + glued) == 0


@pytest.mark.parametrize("welcome", ["您好，欢迎访问七七文档", "清源文库，欢迎您！"])
def test_a_sites_welcome_is_no_title(welcome, packs, plain):
    outline = _parse("\n".join([welcome, TITLE, *BODY]), packs)
    assert outline.title == TITLE
    assert _shape(outline) == plain


@pytest.mark.parametrize("number", ["范文1", "范文2", "1"])
def test_a_collections_headline_yields_to_its_first_pieces_own_title(number, packs, plain):
    text = "\n".join(
        [
            "2023年度组织生活会个人对照检查材料范文精选",
            "下面是小编精心整理的组织生活会个人对照检查材料，希望能给大家带来帮助。",
            TITLE + number,
            *BODY,
        ]
    )
    outline = _parse(text, packs)
    assert outline.title == TITLE
    assert _shape(outline) == plain


def test_a_compilation_with_no_pieces_title_keeps_its_own(packs):
    # (realpages24's 汇编: the members' parts stand under the compilation's title with no title of their own)
    title = "实验中学领导班子成员2024年度民主生活会个人对照检查材料汇编"
    assert _parse("\n".join([title, "校党委书记 鲍正勤", *BODY[1:]]), packs).title == title


def test_a_date_after_the_title_names_no_year_of_a_meeting(packs):
    body = [
        "根据县委的通知，局党组认真查摆，现报告如下。",
        "一、存在的问题",
        "（一）在带头严守政治纪律和政治规矩方面。警示教育抓得不够经常。",
        "（二）在带头履行全面从严治党政治责任方面。追责偏软。",
        "二、原因分析",
        "政治站位不够高。",
        "三、整改措施",
        "（一）开展警示教育。每半年通报1次典型案例。",
    ]
    for dated in ("（2025年1月）", "（2025年2月10日）"):
        title = "县统计局党组领导班子2024年度民主生活会对照检查材料" + dated
        outline = _parse("\n".join([title, *body]), packs)
        assert outline.framework is not None and outline.framework.id == "mzshh-2024"
    # (a year named as such that no pack covers still has none)
    outline = _parse("\n".join(["县统计局党组领导班子2031年度民主生活会对照检查材料", *body]), packs)
    assert outline.framework is None


def test_a_wechat_articles_collection_line_over_the_title_is_no_part_of_it(packs, plain):
    head = ["原创 清风笔谈 清风笔谈 2026年01月12日 08:30 湖南", "收录于合集 #民主生活会 12个"]
    outline = _parse("\n".join([*head, TITLE, *BODY]), packs)
    assert outline.title == TITLE
    assert _shape(outline) == plain


@pytest.mark.parametrize("mark", ["📌", "📌 ", "# ", "## "])
def test_a_page_editors_pin_or_markdown_mark_before_a_label_is_no_part_of_the_heading(mark, packs, plain):
    body = [mark + line if line[1:2] == "、" else line for line in BODY]
    outline = _parse("\n".join([TITLE, *body]), packs)
    assert _shape(outline) == plain
    assert [s.heading for s in outline.sections] == ["存在的问题", "问题产生的原因", "整改措施"]


def test_a_pin_with_no_label_after_it_is_no_label():
    from mingjing.parse.labels import match_label

    assert match_label("📌存在的问题") is None
    assert match_label("#民主生活会# 一、存在的问题") is None  # (a topic tag, no markdown mark)
    label = match_label("📌一、存在的问题")
    assert label is not None and label.rank == 1 and label.end == len("📌一、")
