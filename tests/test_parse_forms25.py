"""The forms parse sets 47/48 lost (round r25, parse25), each general cause pinned in a text of this project's own
words: one item quoted alone with no part and no title (on its own or inside a news page with a `丨` column headline
and a site's `相关阅读：` links), a `学习和检视情况` part before the problems, and a case's parts (`…存在的漏洞`,
`以案促改的措施`)."""

from mingjing.parse import parse_document
from mingjing.parse.sections import section_kind
from mingjing.read import read_bytes


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _parts(outline):
    return [(s.kind, s.heading) for s in outline.sections]


LONE_ITEM = (
    "（四）在带头干事创业、担当作为方面。对照2025年度民主生活会的要求，我在推动职业教育改革上还有明显差距。一是攻坚的劲头不足，实训基地建设拖了"
    "两年还没有完工。二是办法不多，校企合作只签了协议，实习岗位不足30个。三是抓落实不够，年初确定的5件实事有2件"
    "没有完成。\n"
)


def test_an_item_quoted_alone_is_a_problems_part_found_by_position(packs):
    o = _parse(LONE_ITEM, packs)
    assert o.title == ""
    assert _parts(o) == [("problems", "")]
    (item,) = o.sections[0].items
    assert item.heading == "在带头干事创业、担当作为方面"
    assert item.aspect == "带头干事创业、担当作为"
    assert len([p for p in item.points if p.label]) == 3
    assert o.framework is not None and o.framework.id == "mzshh-2025"


def test_a_lone_item_naming_no_meeting_chooses_no_pack(packs):
    # (one aspect named and no meeting word: the guard for untitled texts chooses no pack; the part stands)
    o = _parse(LONE_ITEM.replace("对照2025年度民主生活会的要求，", ""), packs)
    assert _parts(o) == [("problems", "")]
    assert o.framework is None


def test_two_items_quoted_alone_are_both_items_of_the_part(packs):
    text = (
        "（二）组织纪律方面。执行请示报告制度不够严格，一是外出未按规定报备，二是个人事项填报不够细致。\n"
        "（三）廉洁纪律方面。廉洁自律意识有所松懈，一是对亲属的提醒不够，二是公务接待把关不严。\n"
    )
    o = _parse(text, packs)
    assert _parts(o) == [("problems", "")]
    assert [i.heading for i in o.sections[0].items] == ["组织纪律方面", "廉洁纪律方面"]


def test_a_numbered_line_that_names_no_aspect_makes_no_excerpt(packs):
    # (a numbered statement that names no aspect is no quoted item: nothing is found by position from it)
    o = _parse("（三）今年我们完成了管网改造工程。全年共改造12公里，群众满意度明显提升。\n", packs)
    assert all(s.kind != "problems" for s in o.sections)


def test_a_news_page_quoting_one_item_has_no_title_and_no_part_from_its_links(packs):
    text = (
        "北岭交通党建　首页 | 动态 | 学习\n"
        "基层动态丨局属单位党员领导干部开好2025年度民主生活会（发言摘登之一）\n"
        "2026-01-20　　来源：局机关党委　　浏览次数：88\n"
        "编者按：现摘登养护中心主任的个人对照检查发言片段，供学习参考。\n" + LONE_ITEM + "相关阅读：\n"
        "· 局党委开展以案促改专题警示教育\n"
        "· 养护中心存在问题整改推进会召开\n"
        "（责任编辑：周敏）\n"
    )
    o = _parse(text, packs)
    assert o.title == ""
    assert _parts(o) == [("problems", "")]
    assert [i.heading for i in o.sections[0].items] == ["在带头干事创业、担当作为方面"]
    assert "以案促改" not in o.document.text[o.sections[0].start : o.sections[0].end]


def test_a_column_headline_with_the_bar_character_is_no_title():
    from mingjing.parse.outline import _PAGE_TAG

    assert _PAGE_TAG.match("基层动态丨集团召开民主生活会")
    assert _PAGE_TAG.match("要闻｜集团召开民主生活会")


def test_study_and_examination_reports_are_other_parts_and_aspect_names_are_not():
    assert section_kind("学习和检视情况") == "other"
    assert section_kind("会前学习研讨及征求意见情况") == "other"
    assert section_kind("学习贯彻党的创新理论情况") is None
    assert section_kind("检视出的问题") == "problems"


def test_a_cases_parts_are_problems_and_measures():
    assert section_kind("集团管理中存在的漏洞") == "problems"
    assert section_kind("案件暴露出的薄弱环节") == "problems"
    assert section_kind("以案促改的措施") == "measures"
    assert section_kind("以案为鉴的整改举措") == "measures"
    assert section_kind("以案促改") == "other"
    assert section_kind("反面典型案例剖析") == "other"
    assert section_kind("堵塞管理漏洞") is None  # (what will be done about a gap names no problems part)


def test_a_case_material_with_two_problem_parts_of_run_on_points(packs):
    text = (
        "县粮食储备公司党委领导班子以案促改专题民主生活会对照检查材料\n"
        "根据上级部署，班子结合原副经理违纪案件进行了剖析，现对照检查如下。\n"
        "1.案件暴露出的班子自身问题\n"
        "一是监督责任落实不到位，对分管领导的提醒流于形式；二是警示教育不够经常，全年只开展1次。\n"
        "2.仓储管理中存在的漏洞\n"
        "一是出入库登记不规范，存在先出库后补单的情况；二是轮换粮质检把关不严。\n"
        "3.问题产生的根源\n"
        "一是理想信念有所松懈；二是制度执行刚性不足。\n"
        "4.以案促改的措施\n"
        "一是年底前修订仓储管理办法；二是每季度开展1次警示教育；三是建立出入库双人复核制度。\n"
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "problems", "causes", "measures"]
    assert [len([p for i in s.items for p in i.points if p.label]) for s in o.sections] == [2, 2, 2, 3]
