"""Page shapes the r9 judge's pages and blind sets 14–15 still broke (issue 11, round r9 second parse
helper): a problems list no heading names after a preamble sentence that sums it up or a lead that
runs into its first point. Every text is this project's own words (docs/real-materials.md)."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


# a unit's analysis: the lead names the problems and runs into `一是` in its own paragraph; the
# series goes on in the paragraphs below
LEAD_INTO_FIRST_POINT = (
    "整体上看，全所干部在过去一年的作风建设中有了明显进步，服务窗口的群众满意度有所提升。"
    "但对照上级要求，工作中主要存在两个方面问题：一是个别班子成员带头作用不够，分管工作抓得不细。"
    "有的同志下基层次数少，对窗口的排队情况心中无数。\n"
    "二是业务学习不够系统，新政策掌握得不及时。去年两次政策调整，都是群众来问了才去查文件。\n"
)


def test_a_lead_that_runs_into_the_first_point_starts_a_problems_part(packs):
    o = _parse(LEAD_INTO_FIRST_POINT, packs)
    assert [s.kind for s in o.sections] == ["problems"]
    # the part starts at its first point: the lead before it is the preamble
    assert o.document.text[o.sections[0].start :].startswith("一是个别班子成员")
    assert [i.heading for i in o.sections[0].items] == [
        "个别班子成员带头作用不够，分管工作抓得不细",
        "业务学习不够系统，新政策掌握得不及时",
    ]
    # the same lead with points that state what will be done is no problems list
    plans = LEAD_INTO_FIRST_POINT.replace(
        "个别班子成员带头作用不够，分管工作抓得不细", "加强班子建设"
    ).replace("业务学习不够系统，新政策掌握得不及时", "坚持每月集中学习新政策")
    assert _parse(plans, packs).sections == []
    # a lead that names no problems (`…做法如下：一是…`) starts nothing either
    assert _parse(LEAD_INTO_FIRST_POINT.replace("两个方面问题", "两个方面做法"), packs).sections == []


def test_a_preamble_sentence_that_sums_up_the_problems_announces_the_list_below(packs):
    summed = (
        "关于社区党建工作的自查报告\n"
        "按照街道党工委的要求，现将社区党建工作方面存在的问题总结如下。\n"
        "一是落实组织生活制度有差距，主题党日多是读文件。\n"
        "二是推进网格党建有短板，楼栋党小组长多年没有调整。\n"
    )
    o = _parse(summed, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "")]
    assert o.preamble_start is not None and o.document.text[o.preamble_start :].startswith("按照街道党工委")
    # `…情况报告如下。` names no problems: it announces the whole text, not a list of them
    assert _parse(summed.replace("存在的问题总结如下", "的情况报告如下"), packs).sections == []


def test_titles_that_name_a_part_are_titles_when_the_page_marks_them_so(packs):
    body = (
        "一、存在的问题\n（一）学习不够深入。平时读原著少，笔记记得多、思考得少。\n"
        "二、整改措施\n（一）每周读原著两小时，每月交一篇体会。\n"
    )
    # a page's title, its url and date, a site's blurb, then the title again over the material
    repeated = (
        "当前位置：首页 > 范文大全 > 整改报告 >\n学习方面存在不足\nwww.example-fanwen.cn 2022-03-01\n"
        "学习是提高本领的基础。以下是本站整理的学习方面存在不足，供大家参考。\n学习方面存在不足\n" + body
    )
    assert _parse(repeated, packs).title == "学习方面存在不足"
    # a line that names the document before a colon and the problems after it
    colon = "关于迎接巡察的汇报材料：基层党建方面存在的问题和原因分析\n按照工作安排，现汇报如下。\n" + body
    assert _parse(colon, packs).title == "关于迎接巡察的汇报材料：基层党建方面存在的问题和原因分析"
    # a line naming the problems numbered as the page's piece
    piece = "对照工作作风方面存在的不足【二】\n作风建设是一项长期任务，需要常抓不懈，久久为功。\n" + body
    assert _parse(piece, packs).title == "对照工作作风方面存在的不足【二】"
    # the same line neither repeated, nor numbered, nor naming a document is no title: a part's name
    assert _parse("学习方面存在不足\n" + body, packs).title == ""


def test_a_lone_status_part_over_what_was_done_well_is_not_a_problems_aspect(packs):
    status = (
        "县供销社2025年党建工作分析报告\n"
        "按照县委组织部的要求，社党委对一年来的党建工作进行了梳理，现报告如下。\n"
        "一、党建工作总体情况\n"
        "（一）夯实基层组织，建强战斗堡垒。全年新建基层网点党小组6个，发展党员3名。\n"
        "（二）深化作风建设，提升服务质效。开展走访农户活动，收集意见建议40余条。\n"
    )
    o = _parse(status, packs)
    assert [(s.kind, s.heading, [i.heading for i in s.items]) for s in o.sections] == [
        ("other", "党建工作总体情况", ["夯实基层组织，建强战斗堡垒", "深化作风建设，提升服务质效"])
    ]
    # the same part over problems it states is one aspect holding them: the problems
    problems = status.replace("夯实基层组织，建强战斗堡垒", "基层组织建设不够扎实").replace(
        "深化作风建设，提升服务质效", "服务群众的作风不够深入"
    )
    assert [s.kind for s in _parse(problems, packs).sections] == ["problems"]


def test_a_part_named_for_how_bad_habits_show_is_the_problems(packs):
    from mingjing.parse.sections import section_kind

    assert section_kind("推诿扯皮的主要表现") == "problems"
    assert section_kind("慵懒散漫的突出表现") == "problems"
    # how something good shows, or a bare `主要表现`, names no part
    assert section_kind("工作成效的突出表现") is None
    assert section_kind("主要表现") is None
    text = (
        "关于机关作风的调研报告\n当前机关作风总体是好的，但个别干部仍有推诿扯皮的现象，影响了办事效率。\n"
        "一、推诿扯皮的主要表现\n（一）遇事绕着走。群众来办事，能推就推。\n（二）办事拖着办。一件小事跑三趟。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "推诿扯皮的主要表现")]


def test_part_headings_run_into_their_text_in_a_text_that_names_no_part(packs):
    # a short account of what a branch did: `一、X。text`, `二、X，Y。text`, `三、X。` — three `other` parts
    simplified = (
        "我们村党小组是怎样开好月度例会的\n我们党小组坚持每月开一次例会，收到了较好的效果。主要做法有：\n"
        "一、定好例会时间。每月5日晚上开会，农忙时顺延，雷打不动。\n"
        "二、结合村里的大事，讲好政策。每次例会先学一段政策，再议村里的事。\n"
        "三、开展党员互帮活动。\n党员两两结对，帮困难户收种庄稼。\n"
    )
    headings = ["定好例会时间", "结合村里的大事，讲好政策", "开展党员互帮活动"]
    traditional = simplified.translate(
        str.maketrans("们党开时结会动帮难种庄稼织", "們黨開時結會動幫難種莊稼織")
    )
    for text in (simplified, traditional):
        o = _parse(text, packs)
        assert o.traditional == (text is traditional)
        assert [s.kind for s in o.sections] == ["other"] * 3
        assert [s.heading for s in o.reading().sections] == headings
        assert all(not s.items for s in o.sections)


def test_a_how_to_numbered_in_arabic_has_its_parts_and_no_sentence_for_a_title(packs):
    # a how-to with no title: `1.` parts on lines of their own, the first with `(1)` items under a
    # sentence that leads into them (`…组成。其写法是:`), which is no title though it names the document
    text = (
        "发言提纲和发言稿都是会上用的文字，提纲只列要点，发言稿要写成完整的话。\n"
        "1.发言提纲的写法\n"
        "发言提纲一般由标题、开头、要点和结尾组成。其写法是:\n"
        "(1)标题。写明会议名称和发言人。\n"
        "(2)开头。用一两句话说明发言的缘由。\n"
        "(3)要点。按问题、原因、措施的顺序列出。\n"
        "2.写发言提纲要注意的事\n"
        "要点要短，一条只说一件事，不要写成长段落。\n"
    )
    o = _parse(text, packs)
    assert o.title == ""
    assert [(s.kind, s.heading, [i.heading for i in s.items]) for s in o.sections] == [
        ("other", "发言提纲的写法", ["标题", "开头", "要点"]),
        ("other", "写发言提纲要注意的事", []),
    ]
    # `1.` lines with nothing numbered below them are no parts
    flat = "\n".join(line for line in text.splitlines() if not line.startswith("("))
    assert _parse(flat, packs).sections == []


def test_an_essays_one_paragraph_of_causes_after_its_lead_is_a_causes_part(packs):
    essay = (
        "基层站所是服务群众的最前沿，站所干部的作风直接关系群众的获得感。近年来各地在这方面做了不少工作。\n"
        "少数站所干部作风漂浮的问题仍然存在，必须找准问题的根源。究其实质，主要有以下几点：理想信念有所动摇，"
        "有的干部觉得在基层干好干坏一个样，对自己要求不严；监督管理不够到位，站所远离机关，日常管理宽松软；"
        "激励机制不够健全，干多干少差别不大，干部的积极性受到影响。\n"
    )
    o = _parse(essay, packs)
    assert [(s.kind, s.heading, s.by) for s in o.sections] == [("causes", "", "position")]
    assert o.document.text[o.sections[0].start :].startswith("少数站所干部")
    # the same lead over what was done well (no shortcoming stated) is no causes part
    lead, _, _ = essay.partition("究其实质")
    done = (
        lead
        + "究其实质，主要有以下几点：坚持每月集中学习一次，建立了干部联系农户的制度，推行了办事公开，群众满意度逐年提高。\n"
    )
    assert _parse(done, packs).sections == []
