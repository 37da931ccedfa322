"""Forms seen on real public pages never seen before (round of 2026-12-05), each in a fixture of the
project's own words (docs/real-materials.md, "Measured on real public pages")."""

from conftest import FIXTURES
from mingjing.parse import parse_document, title_words
from mingjing.parse.sections import section_kind
from mingjing.read import read_bytes, read_document

REALFORMS = FIXTURES / "realforms" / "materials"
# an excerpt of a self-check list by aspects, cut after its first aspect (the page's number after the
# list's name on the first line)
PROBLEM_LIST = (
    "县住建系统作风建设专项整治自查问题清单2\n"
    "县住建系统作风建设专项整治自查问题清单\n"
    "一、会风文风方面(4条)\n"
    "1.会议套会议，一个部署会议要开三层有的科室把上级会议再开一遍，再到基层所队开一遍，同一内容层层传达，基层干部一周有两个半天在开会。\n"
    "2.文件照抄照转，缺少结合本地的措施部分转发的通知只改了文头和落款，没有提出本系统的具体要求，基层反映看了不知道怎么干。\n"
    "3.材料报送多头重复同一项工作被三个科室分别要数据，基层所队要重复填报，报表格式不统一。\n"
    "4.督查检查频次偏高有的项目一个月内接受了四次检查，检查内容大多重复，占用了施工现场的时间。\n"
)


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def test_a_page_of_pieces_whose_piece_title_carries_its_number(packs):
    """`…范文(通用5篇)` and the site's blurb are the page's; the piece's own title (`…材料1`) is the
    title, without the page's number for it."""
    o = parse_document(read_document(REALFORMS / "page_pieces_numbered_title.txt"), packs)
    assert o.title == "机关支部班子组织生活会对照检查材料"
    assert o.document.text[o.title_start : o.title_end] == "机关支部班子组织生活会对照检查材料1"
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert title_words("党支部书记组织生活报告1") == "党支部书记组织生活报告"
    assert title_words("2023年度民主生活会对照检查材料") == "2023年度民主生活会对照检查材料"


def test_the_kind_of_meeting_alone_does_not_choose_a_years_pack(packs):
    """`…组织生活会对照检查材料` with no year: every year has one; one item that reads as an aspect of
    2023's pack is chance. With the year, the pack of that year."""
    o = parse_document(read_document(REALFORMS / "page_pieces_numbered_title.txt"), packs)
    assert o.framework is None
    text = (REALFORMS / "page_pieces_numbered_title.txt").read_text(encoding="utf-8")
    dated = text.replace(
        "机关支部班子组织生活会对照检查材料1", "机关支部班子2023年度主题教育专题组织生活会对照检查材料"
    )
    o = _parse(dated, packs)
    assert o.framework is not None and o.framework.id == "zzshh-2023"


def test_a_problem_list_excerpt_with_one_aspect_holding_its_numbered_problems(packs):
    """`…自查问题清单2` (the page's number) over the list's title, then `一、会风文风方面(4条)` holding
    `1.…` `2.…`: the title is the list's, the problems a part found by position whose one item is the
    aspect, its numbered problems the points; numbered lines that state problems (`…不足…`) are never
    read as parts."""
    o = _parse(PROBLEM_LIST, packs)
    assert o.title == "县住建系统作风建设专项整治自查问题清单"
    assert [(s.kind, s.by, s.heading) for s in o.sections] == [("problems", "position", "")]
    (item,) = o.sections[0].items
    assert (item.heading, [p.label for p in item.points]) == ("会风文风方面(4条)", ["1.", "2.", "3.", "4."])
    assert section_kind("县住建系统作风建设专项整治自查问题清单") is None
    assert section_kind("问题清单") == "problems"


def test_an_excerpt_opening_with_its_second_item_has_its_problems_found_by_position(packs):
    """A copy that starts at `（二）政治素质方面。…` (the part's heading and first item cut off): its
    items are problems found by position; further into a text, a run must start at 1."""
    items = (
        "（二）政治素质方面。作为镇长，会上强调多，会后落实少，集中学习停在通读摘抄。\n"
        "（三）能力本领方面。抓党建与抓发展统筹不够，征地拆迁等难题攻坚能力较弱。\n"
    )
    o = _parse(items, packs)
    assert [(s.kind, s.by) for s in o.sections] == [("problems", "position")]
    assert [i.heading for i in o.sections[0].items] == ["政治素质方面", "能力本领方面"]
    o = _parse("这一年我在镇里分管农业，工作中有些体会。\n" + items, packs)
    assert o.sections == []


def test_a_campaign_no_pack_covers_named_in_the_opening_gets_no_pack(packs):
    """`全县干部作风集中整顿活动开展以来，…` with no title: a campaign no pack covers; two items that
    read as 2023's aspects do not make it 2023's material."""
    text = (
        "全县干部作风集中整顿活动开展以来，镇党委广泛征求意见，现将存在问题报告如下：\n一、存在的主要问题\n"
        "（一）政治理论学习不够深，在学风上有差距。以会代学，自学不多。\n"
        "（二）开拓创新意识不够强，在担当作为上有差距。求稳怕乱，甘居中游。\n"
    )
    assert _parse(text, packs).framework is None


def test_last_years_rectification_opening_like_an_aspect_has_no_items(packs):
    """`在2022年度民主生活会上，我查摆出…` in a part on last year's rectification is prose, not an item
    headed by an aspect (the tuned and held-out sets had two such extra items)."""
    text = (
        "王平2023年度主题教育专题民主生活会对照检查材料\n一、上年度民主生活会整改落实情况\n"
        "在2022年度民主生活会上，我查摆出问题5个，制定整改措施8条，已全部完成。\n"
        "在理论学习上，制定了年度学习计划，撰写读书笔记2万字。\n"
        "二、存在的问题\n（一）在理论学习方面。学得不深。\n三、整改措施\n（一）每周读原著半天。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, len(s.items)) for s in o.sections] == [("other", 0), ("problems", 1), ("measures", 1)]


def test_a_piece_titled_by_what_it_holds_under_page_furniture(packs):
    """`…查摆问题(2篇)` and `篇一:…` are the page's; the piece's own title names what it holds
    (`…存在问题及整改措施`) and is the title, not a first problems part; `【前言】` is its preamble and
    `【存在的问题】` its problems part."""
    text = (
        "党员作用发挥情况查摆问题(2篇)\n篇一:党员作用发挥情况查摆问题\n党员先锋作用发挥存在问题及整改措施\n"
        "【前言】\n先锋作用是党员的本分，可现实中还有不少差距，值得认真查一查。\n【存在的问题】\n"
        "1、评先评优走过场。有的支部轮流坐庄，评出的先进群众不认。\n2、岗位作用不明显。窗口党员和群众一样排班，看不出区别。\n"
        "【整改措施】\n1、评先评优公开投票，结果公示三天。\n2、窗口设党员示范岗，亮身份接受监督。\n"
    )
    o = _parse(text, packs)
    assert o.title == "党员先锋作用发挥存在问题及整改措施"
    assert [(s.kind, s.heading, len(s.items)) for s in o.sections] == [
        ("problems", "存在的问题", 2),
        ("measures", "整改措施", 2),
    ]
    one_part = "存在问题及整改措施\n1、评先评优走过场。轮流坐庄。\n2、岗位作用不明显。看不出区别。\n"
    assert [s.kind for s in _parse(one_part, packs).sections] == ["problems"]


def test_a_clause_naming_the_part_right_under_its_heading_is_its_intro(packs):
    """`【产生问题的原因】` then `回头看这些问题，原因主要在自己：一是…；二是…`: the clause is the causes
    part's own opening, never a second causes part (seen in blind set 7 after its first run)."""
    text = (
        "2023年度主题教育专题组织生活会个人检视剖析材料\n对照主题教育的四个方面，我检视出以下问题：\n"
        "（一）学习贯彻党的创新理论情况\n一是自学很少。二是学了不会用。\n"
        "（二）党性修养提高情况\n一是党员意识淡化。二是批评不大胆。\n"
        "【产生问题的原因】\n回头看这些问题，原因主要在自己：一是学习不自觉；二是要求不严格。\n"
        "【今后的努力方向】\n（一）加强学习。每周自学两个晚上。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", ""),
        ("causes", "产生问题的原因"),
        ("measures", "今后的努力方向"),
    ]
