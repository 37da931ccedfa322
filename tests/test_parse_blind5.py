"""Forms behind blind parse set 5's first misses, each fixed by its general cause (docs/real-materials.md)."""

import pytest

from conftest import FIXTURES
from mingjing.parse import parse_document
from mingjing.parse.sections import section_kind
from mingjing.read import read_bytes

BLIND5 = FIXTURES / "realforms_blind5" / "materials"


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


BODY = (
    "一、存在的问题\n（一）在理论学习方面。学得不深，读原著满足于划重点。\n"
    "（二）在政治素质方面。对错误言论的警惕性不够高。\n"
    "二、产生问题的原因\n（一）理论武装不够自觉。\n三、整改措施\n（一）每周自学原著不少于4小时。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "巡视整改专题民主生活会个人发言提纲（国企党委书记）",
        "县审计局党组2025年度以案促改专题民主生活会领导班子对照检查材料",
        "市政协机关党组巡察反馈问题整改专题民主生活会对照检查材料",
    ],
)
def test_a_special_meeting_takes_no_annual_pack(packs, title):
    """A meeting called for one purpose (巡视整改, 以案促改) is not the year's meeting: no pack, and
    C100 names what has none — never the annual pack the year or the items would suggest (blind-5
    b04 took the standing 2016 pack, b08 2025's)."""
    assert _parse(title + "\n按照要求，现对照检查如下。\n" + BODY, packs).framework is None


def test_c100_names_the_special_meeting_that_has_no_pack(packs):
    from mingjing.read import read_document
    from mingjing.rules.review import review_outline

    o = parse_document(read_document(BLIND5 / "b04_xunshi_null_guoqi_webpage.txt"), packs)
    c100 = [f for f in review_outline(o, packs).findings if f.code == "C100"]
    # (r21: a hint, not a warning: no pack could exist for a special meeting, whose matters are the feedback's)
    assert len(c100) == 1 and c100[0].severity == "info"
    assert "“巡视整改专题民主生活会”是为专门事项召开的会议" in c100[0].message
    assert "没有统一的框架包" in c100[0].message and "frameworks import" not in c100[0].message


def test_the_years_meeting_with_a_campaign_keeps_its_pack(packs):
    o = _parse("王平2023年度主题教育专题民主生活会个人对照检查材料\n" + BODY, packs)
    assert o.framework is not None and o.framework.id == "zhuti-2023"


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("以案为鉴查摆的突出问题", "problems"),
        ("对照案例检视出的问题", "problems"),
        ("对照案例查摆自身差距", "other"),
        ("反面典型案例剖析情况", "other"),
        ("案件基本情况及警示", "other"),
    ],
)
def test_problems_found_by_looking_at_a_case_are_problems(heading, kind):
    assert section_kind(heading) == kind


def test_named_items_under_half_bracket_parts_are_items(packs):
    """Parts `一）…三）` and measures `措施1：…`: the named labels number items one rank under the
    part, never parts of their own (blind-5 b10)."""
    text = (
        "2022年度组织生活会对照检查材料\n一）存在的问题\n●学习不够深入。自学少。\n●服务不够主动。\n"
        "二）原因剖析\n●理想信念有所松懈。\n三）整改措施\n措施1：加强学习。每周读原文两次。\n"
        "措施2：改进服务。群众来电当天回复。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.heading, [i.heading for i in s.items]) for s in o.sections] == [
        ("problems", "存在的问题", ["学习不够深入", "服务不够主动"]),
        ("causes", "原因剖析", ["理想信念有所松懈"]),
        ("measures", "整改措施", ["加强学习", "改进服务"]),
    ]


def test_circled_points_run_in_a_paragraph_are_points(packs):
    """`①…。②…。③…。` in the paragraph under an item: three points (blind-5 b06); a `②` inside a
    sentence, or in a paragraph that does not open with `①`, starts nothing."""
    text = (
        "2022年度组织生活会对照检查材料\n一、存在的问题\n◆理论学习方面\n"
        "①学习缺少计划，想起来就学，忙起来就放。②学用脱节，写材料还是老一套。③笔记记得多，思考得少。\n"
        "◆服务群众方面\n走访群众只有2次，办法②号文件规定的事项没有跟踪到底，群众有意见。\n"
        "二、整改措施\n◆每周学习两次。\n"
    )
    o = _parse(text, packs)
    first, second = o.sections[0].items
    assert [p.label for p in first.points] == ["①", "②", "③"]
    assert [p.label for p in second.points] == [""]


def test_a_title_whose_last_word_is_broken_onto_the_next_line(packs):
    """`…民主生活会个人对照检查` / `材料` (a PDF's line break): one title (blind-5 b06)."""
    text = "东湖区委副书记2024年度民主生活会个人对照检查\n材料\n林振华\n" + BODY
    o = _parse(text, packs)
    assert o.title == "东湖区委副书记2024年度民主生活会个人对照检查材料"
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]


def test_lines_that_run_on_are_joined_where_the_text_shows_no_page_width(packs):
    """A few lines broken by a PDF in a text of long paragraphs (no common width to go by): a long
    line of sentences that ends in the middle of a word runs on into the next, once the text shows
    the habit twice (blind-5 b06); a single such break is the writer's, left for P119 to report."""
    text = (
        "2022年度组织生活会对照检查材料\n一、存在的问题\n（一）理论学习方面\n"
        "①调查研究有时走马观花，2024年我牵头的3个调研课题中，有1个主要依靠部门报送的材料形成报告，到\n"
        "基层蹲点不够。②批评和自我批评的辣味不足，在分管部门的专题会议上指出问题时，往往点到为止。③对\n"
        "分管部门文风会风的要求不够严格，重复报送材料的问题没有解决。\n"
        "（二）服务群众方面\n走访群众只有2次。\n二、整改措施\n（一）每周学习两次。\n"
    )
    o = _parse(text, packs)
    first = o.sections[0].items[0]
    assert [p.label for p in first.points] == ["①", "②", "③"]
    assert first.points[0].text.endswith("形成报告，到基层蹲点不够。")
    once = text.replace("③对\n分管部门", "③对分管部门")
    o = _parse(once, packs)
    assert "形成报告，到\n基层蹲点不够。" in o.document.text
    heading_then_text = (
        "2022年度组织生活会对照检查材料\n一、存在的问题\n（一）在理论学习、调查研究、联系群众等方面\n"
        "学得不深。\n二、整改措施\n（一）每周学习两次。\n"
    )
    o = _parse(heading_then_text, packs)
    assert [i.heading for i in o.sections[0].items] == ["在理论学习、调查研究、联系群众等方面"]


def test_a_lone_yishi_opening_an_items_body_is_its_point(packs):
    """`3)廉洁纪律方面:一是…。` with no 二是: the writer's series of one, one point (blind-5 b07);
    a 一是 further into the text is not counted."""
    text = (
        "2025年度组织生活会党员个人发言提纲\n■存在的问题\n"
        "1)政治纪律方面:一是自学不多;二是对不实说法没有澄清。\n"
        "2)廉洁纪律方面:一是对隐性变异的“吃拿卡要”警惕不够。\n"
        "3)工作纪律方面:执行首问负责制不到位，其中一是转接电话的问题。\n"
        "■下一步努力方向\n针对以上问题,我将从两个方面改进:一是加强学习;二是严守纪律。\n"
    )
    o = _parse(text, packs)
    assert [[p.label for p in i.points] for i in o.sections[0].items] == [["一是", "二是"], ["一是"], [""]]


def test_a_repeated_item_number_keeps_every_item_in_order(packs):
    """The writer's slip `1)` twice: still every item, in order (blind-5 b07)."""
    text = (
        "2025年度组织生活会党员个人发言提纲\n■存在的问题\n1)政治纪律方面:自学不多。\n1)组织纪律方面:交党费推迟。\n"
        "3)廉洁纪律方面:收到水果没有报告。\n■下一步努力方向\n针对以上问题,我将加强学习。\n"
    )
    o = _parse(text, packs)
    assert [i.heading for i in o.sections[0].items] == ["政治纪律方面", "组织纪律方面", "廉洁纪律方面"]
