"""Forms of real public copies read in round r18 (realparse18; tests/fixtures/probes18/realparse18*): a page's
one-line outline over the title, a topic's title line over a numbered part, a part's name with a phrase after its
comma, a checklist's parts that count their entries, a lone `一是` under an item's lead that the cut left."""

from mingjing.parse.sections import fused_name
from test_parse_probe18 import _parse


def test_a_one_line_outline_over_the_title(packs):
    text = (
        "【提纲】一、存在的问题。（一）政治纪律方面。（二）组织纪律方面。二、原因分析。三、整改措施。\n"
        "县农机站党员2025年度组织生活会个人对照检查材料\n按照要求，现对照检查如下。\n一、存在的问题\n"
        "（一）政治纪律方面。一是学习不深。二是站位不高。\n（二）组织纪律方面。一是汇报不及时。二是请假不规范。\n"
    )
    outline = _parse(text, packs)
    assert outline.title == "县农机站党员2025年度组织生活会个人对照检查材料"
    assert [s.heading for s in outline.sections] == ["存在的问题"]
    # bad: a first line of text that only mentions two parts is no outline, the title stays the document line
    prose = _parse(
        "学习了一、二两个部分的内容。\n县农机站党员个人对照检查材料\n一、存在的问题\n1、学习不深。\n", packs
    )
    assert prose.title == "县农机站党员个人对照检查材料"


def test_a_topics_title_over_a_numbered_part(packs):
    text = "政治理论方面存在不足\n\n一、整改措施：\n\n1、强化学习意识。多读原著。\n\n2、强化监督意识。严格把关。\n"
    outline = _parse(text, packs)
    assert outline.title == "政治理论方面存在不足"
    assert [(s.kind, s.heading) for s in outline.sections] == [("measures", "整改措施")]
    # good: a part's own name on the first line is no title (`存在的问题` over `一、…`), nor is the topic line over
    # a problems part, which may be an aspect's heading over its round of parts (test_parse_page_shapes4)
    part = _parse("存在的问题\n一、原因分析\n1、学习不够。放松要求。\n", packs)
    assert part.title != "存在的问题"
    aspect = _parse(text.replace("整改措施", "存在的问题"), packs)
    assert aspect.title == ""


def test_a_parts_name_with_a_phrase_after_its_comma_is_one_heading():
    assert fused_name("存在的问题，存在问题的具体表现") == 0
    assert fused_name("查找出的问题，问题的主要表现") == 0
    # a sentence run on after the name is still cut at the name
    assert fused_name("存在的问题通过学习对照，我认为主要有三点") == len("存在的问题")


def test_a_checklists_parts_that_count_their_entries(packs):
    text = (
        "作风建设自查问题清单\n一、服务群众方面存在的问题（共2个）\n1.窗口效率不高，排队时间长。\n2.走访群众不经常。\n"
        "二、干部履职方面存在的问题（1条）\n1、少数干部推诿扯皮，跨部门事项不愿牵头。\n"
    )
    outline = _parse(text, packs)
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("problems", "服务群众方面存在的问题（共2个）"),
        ("problems", "干部履职方面存在的问题（1条）"),
    ]
    assert [len(s.items) for s in outline.sections] == [2, 1]


def test_entries_under_counted_aspect_lines_are_no_parts(packs):
    # an aspect's line counting its entries is an item of one problems part, the entries its points
    # (test_parse_pages), though the entries' own words (`…问题仍有反弹`) would make a reading of parts
    text = (
        "集团公司自查问题清单\n一、政治建设方面（2项）\n1、传达学习不够及时，记录不全。\n2、议题制度落实有偏差。\n"
        "二、作风建设方面（2项）\n1、调研不够深入，到基层次数少。\n2、文山会海问题仍有反弹，发文偏多。\n"
    )
    (section,) = _parse(text, packs).sections
    assert [(i.heading, len(i.points)) for i in section.items] == [
        ("政治建设方面（2项）", 2),
        ("作风建设方面（2项）", 2),
    ]
    # bad: without the counts the entries restart under plain aspect lines, which this rule leaves alone
    plain = _parse(text.replace("（2项）", ""), packs)
    assert plain.sections


def test_a_lone_first_point_under_an_items_lead(packs):
    text = (
        "学校党支部对照检查材料\n一、存在的问题\n（一）关于政治引领方面，主要是核心作用发挥不够：经过认真梳理，发现以下几个问题\n"
        "一是核心领导作用减弱。对党建工作关心不够，自身没有\n"
    )
    item = _parse(text, packs).sections[0].items[0]
    assert [p.label for p in item.points] == ["一是"]
    # good: with no `一是` paragraph the lead stays the item's one unlabelled point
    bare = _parse(text.replace("一是核心", "核心"), packs).sections[0].items[0]
    assert [p.label for p in bare.points if p.label] == []
