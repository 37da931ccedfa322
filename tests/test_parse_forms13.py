"""Page forms the parser misread at round r13 (parse13): titles under a forum's or an account's lines
and under a printed page's dateline, `（1）` points under `1.1` items, part headings fused to their first
sentence, `【】` part headings of no core kind, and a page run into a few long lines. Each case is
written in the project's own words; `tests/fixtures/realforms13` holds whole materials of these forms."""

from mingjing.parse import parse_document
from mingjing.parse.sections import fused_name
from mingjing.read import read_bytes


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


BODY = "一、存在的问题\n（一）政治纪律方面。学习文件只求读完，讨论时少有自己的话。\n二、整改措施\n（一）每周读一篇原文并写下体会。\n"


def test_a_thread_question_over_the_materials_own_title(packs):
    """A board's name and a thread's question (`…材料，求指点`) over the poster's lines: the line below
    that names the document is the title."""
    text = (
        "机关党建交流版\n求指点：社区支部党员的对照材料，第一次写\n回复  收藏  只看楼主\n网格员小唐  楼主\n"
        "写得不好，大家多提意见，人名都改了。\n2025年度组织生活会个人对照检查材料\n" + BODY
    )
    assert _parse(text, packs).title == "2025年度组织生活会个人对照检查材料"


def test_an_accounts_lines_over_a_title_in_two_lines(packs):
    """A WeChat account's name, its 原创 line and a 编者按 over a unit's line and the title's line."""
    text = (
        "长宁镇发布\n原创 镇党委办 长宁镇发布 2026年1月8日 18:02 四川\n"
        "编者按：镇党委班子召开了年度民主生活会，现将对照检查材料刊发如下。\n"
        "中共长宁镇委员会领导班子\n2025年度民主生活会对照检查材料\n" + BODY
    )
    assert _parse(text, packs).title == "中共长宁镇委员会领导班子2025年度民主生活会对照检查材料"


def test_a_first_line_that_names_the_document_stays_the_title(packs):
    """A title that names the document keeps its place, whatever names one further down."""
    text = "2025年度组织生活会个人对照检查材料\n（第三党支部 党员 贺青）\n我的对照检查材料如下。\n" + BODY
    assert _parse(text, packs).title == "2025年度组织生活会个人对照检查材料"


def test_a_printed_pages_dateline_is_no_line_of_the_title(packs):
    """`…办公室      2025年2月` (or its document number, `…〔2025〕7号`) over a title in two lines: the
    office's header, never the title's first line (a unit's line without a date is: `…党支部` over
    `…检视材料`)."""
    text = (
        "白鹭湾港务公司党委办公室                              2025年2月\n\n党纪学习教育专题组织生活会\n"
        "个人检视材料\n" + BODY
    )
    assert _parse(text, packs).title == "党纪学习教育专题组织生活会个人检视材料"
    text = (
        "白鹭湾港务公司纪委办公室                    白纪办〔2025〕7号\n\n党纪学习教育专题组织生活会\n个人检视材料\n"
        + BODY
    )
    assert _parse(text, packs).title == "党纪学习教育专题组织生活会个人检视材料"
    text = "白鹭湾港务公司第二党支部\n党纪学习教育专题组织生活会个人检视材料\n" + BODY
    assert _parse(text, packs).title == "白鹭湾港务公司第二党支部党纪学习教育专题组织生活会个人检视材料"


def test_points_under_decimal_items_stay_points(packs):
    """`1.` parts, `1.1` items and `（1）` points under each item: the points are no items."""
    text = (
        "2025年度组织生活会个人对照检查材料\n现将对照检查情况报告如下。\n1. 存在的问题\n1.1 政治纪律方面\n"
        "（1）学习文件只求读完。\n（2）讨论时少有自己的话。\n1.2 工作纪律方面\n（1）窗口办件有超时。\n"
        "2. 整改措施\n2.1 加强学习\n（1）每周读一篇原文。\n（2）每月交流一次。\n"
    )
    o = _parse(text, packs)
    assert [
        (s.kind, [(i.heading, len([p for p in i.points if p.label])) for i in s.items]) for s in o.sections
    ] == [
        ("problems", [("政治纪律方面", 2), ("工作纪律方面", 1)]),
        ("measures", [("加强学习", 2)]),
    ]


def test_a_part_heading_fused_to_its_first_sentence():
    """`存在的问题通过…，我…`: the part's name; a name that goes on (`…及原因`) or stands alone is whole."""
    assert fused_name("存在的问题通过征求意见和自我对照，我找到以下差距") == len("存在的问题")
    assert fused_name("整改措施针对上述问题，我将抓好三件事") == len("整改措施")
    assert fused_name("问题产生的原因回头细想，根子还在思想上") == len("问题产生的原因")
    assert fused_name("存在的问题及原因分析") == 0
    assert fused_name("整改措施和努力方向") == 0
    assert fused_name("存在的主要问题") == 0
    assert fused_name("学习贯彻党的创新理论情况") == 0


def test_fused_headings_in_a_material(packs):
    text = (
        "2025年度组织生活会个人对照检查材料\n现将对照检查情况报告如下。\n"
        "一、存在的问题通过征求意见和自我对照，我找到以下差距。\n（一）政治纪律方面。学习文件只求读完。\n"
        "二、整改措施针对上述问题，我将抓好以下几件事。\n（一）每周读一篇原文并写下体会。\n"
    )
    assert [(s.kind, s.heading) for s in _parse(text, packs).sections] == [
        ("problems", "存在的问题"),
        ("measures", "整改措施"),
    ]


def test_bracketed_parts_of_no_core_kind(packs):
    """`【会前准备情况】` before `【存在的问题】` and `【需要说明的事项】` after the last part are parts of
    their own; a site's `【返回顶部】` `【打印本页】` links and `【前言】` are not."""
    text = (
        "2025年度组织生活会个人对照检查材料\n【前言】\n按照支部通知，我作了认真准备。\n"
        "【会前准备情况】\n会前我谈心谈话六人次，收到意见四条。\n【存在的问题】\n"
        "1.政治纪律方面。学习文件只求读完。\n2.工作纪律方面。窗口办件有超时。\n【整改措施】\n"
        "1.每周读一篇原文并写下体会。\n【需要说明的事项】\n本人没有需要说明的个人事项。\n【返回顶部】\n【打印本页】\n"
    )
    assert [(s.kind, s.heading) for s in _parse(text, packs).sections] == [
        ("other", "会前准备情况"),
        ("problems", "存在的问题"),
        ("measures", "整改措施"),
        ("other", "需要说明的事项"),
    ]


def test_aspects_in_brackets_over_numbered_sub_parts(packs):
    """`【在政治纪律方面】` over `（一）存在问题` `（二）原因分析` `（三）整改措施`, aspect by aspect."""
    rounds = "".join(
        f"【在{a}方面】\n（一）存在问题\n{a}上有松懈，办事图省事。\n（二）原因分析\n要求放松了。\n（三）整改措施\n逐条对照整改。\n"
        for a in ("政治纪律", "组织纪律", "工作纪律")
    )
    o = _parse("2024年度党纪学习教育专题组织生活会个人对照检查材料\n我的检视如下。\n" + rounds, packs)
    assert [(s.kind, s.heading) for s in o.sections if s.kind == "problems"] == [
        ("problems", "在政治纪律方面"),
        ("problems", "在组织纪律方面"),
        ("problems", "在工作纪律方面"),
    ]


def test_a_line_of_a_few_line_page_that_opens_with_a_parts_name(packs):
    """A page that ran its paragraphs into a few lines: a line opening with `整改措施 1、…`, and a short
    line joined after a sentence's end (`…淡化。 三、整改措施 （一）…`)."""
    text = (
        "2025年度组织生活会个人对照检查材料 现将对照检查情况报告如下。 一、存在的问题 （一）政治纪律方面。"
        "学习文件只求读完，讨论时少有自己的话。 （二）工作纪律方面。窗口办件有超时，群众等得着急。\n"
        "二、原因分析 （一）学习自觉性不强。 （二）宗旨意识有所淡化。\n"
        "（三）要求有所放松。 三、整改措施 （一）每周读一篇原文。\n"
    )
    assert [s.kind for s in _parse(text, packs).sections] == ["problems", "causes", "measures"]
    text = (
        "2025年度组织生活会个人对照检查材料 现将对照检查情况报告如下。 存在的问题 1、政治纪律方面。学习文件只求读完。"
        " 2、工作纪律方面。窗口办件有超时。\n"
        "整改措施 1、每周读一篇原文并写下体会。 2、办件超时的逐件说明原因。 3、每月向支部报告一次。\n"
    )
    assert [(s.kind, s.heading) for s in _parse(text, packs).sections] == [
        ("problems", "存在的问题"),
        ("measures", "整改措施"),
    ]


def test_a_threads_replies_belong_to_no_part(packs):
    """Replies under a thread's material (`2楼  老周  2026-01-10 09:12`, then its text): the thread's,
    not the last measure's text; a `楼主` line over the material is looked past."""
    text = (
        "求指点：对照材料第一次写\n网格员小唐  楼主\n2025年度组织生活会个人对照检查材料\n"
        + BODY
        + "以上是我的对照检查，请大家批评指正。\n2楼  老周  2026-01-10 09:12\n写得实在，措施再具体一点。\n"
        "3楼  网格员小唐\n谢谢，我再改改。\n"
    )
    o = _parse(text, packs)
    last = o.sections[-1]
    assert o.document.text[last.start : last.end].endswith("每周读一篇原文并写下体会。")


def test_a_title_in_a_pages_form_and_under_its_controls(packs):
    """`标题：…材料（原创）` in a board's post form is the words between the field and the tag; a page's
    control (`阅读原文`) over a short title is no first half of it."""
    text = "发帖人：江边人 | 浏览：322\n标题：社区支部2025年度组织生活会对照检查材料（原创）\n正文：\n" + BODY
    o = _parse(text, packs)
    assert o.title == "社区支部2025年度组织生活会对照检查材料"
    assert o.document.text[o.title_start : o.title_end] == o.title
    text = (
        "公众号：长宁发布\n作者：镇机关党委\n阅读原文\n领导班子对照检查材料\n按照安排，现对照检查如下。\n"
        + BODY
    )
    assert _parse(text, packs).title == "领导班子对照检查材料"


def test_a_measure_heading_run_into_clauses_set_apart_by_a_semicolon(packs):
    """`（二）增强服务本领，提高办事效率 2026年3月底前…；6月底前…。`: a page joined the heading line to its
    text with a space; the text's clauses are set apart by a semicolon, not a comma."""
    text = (
        "2025年度组织生活会个人对照检查材料\n现将对照检查情况报告如下。\n一、存在的问题\n"
        "（一）政治纪律方面。学习文件只求读完。\n二、整改措施\n"
        "（一）加强理论学习，提升学用水平 每周读一篇原文，每月交流一次体会。\n"
        "（二）增强服务本领，提高办事效率 2026年3月底前梳理窗口事项清单；6月底前实现常办事项当天办结。\n"
    )
    measures = _parse(text, packs).sections[-1]
    assert [i.heading for i in measures.items] == ["加强理论学习，提升学用水平", "增强服务本领，提高办事效率"]
