"""Round r22, second wave (parse22b, issue 11): the page forms parse22's probe 2 showed misread, read as their
classes — `…情况` aspect lines (bracketed or bare) heading the problems, a bulletin's masthead that is no title, a
lead-in announcing the problems that states none of them, a printed page's number under the title or over a
numbered line that runs on no line."""

from mingjing.parse import parse_document
from mingjing.parse.readings import _statement
from mingjing.read import read_bytes
from mingjing.read.rejoin import page_break


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "p.txt", ".txt"), packs)


def _shape(outline):
    return [(s.kind, [i.heading for i in s.items if i.heading]) for s in outline.sections]


STATE_LINES = (
    "专题组织生活会个人检视材料\n\n按照支部安排，我从四个方面检视了自己，现报告如下。\n\n"
    "{o}学习贯彻党的创新理论情况{c}\n\n一是自学不够经常。二是学用结合不紧。\n\n"
    "{o}联系服务群众情况{c}\n\n一是走访群众偏少。二是回应诉求不及时，办理工单拖延。\n\n"
    "问题原因\n\n主要是宗旨意识有所淡化，党性锻炼放松。\n\n"
    "整改措施\n\n1、每周自学不少于3小时。\n2、每月走访群众不少于4户。\n"
)


def test_state_aspect_lines_bracketed_or_bare_head_the_problems_items(packs):
    for o, c in (("【", "】"), ("", "")):
        outline = _parse(STATE_LINES.format(o=o, c=c), packs)
        assert _shape(outline)[0] == ("problems", ["学习贯彻党的创新理论情况", "联系服务群众情况"]), (o, c)
        assert [s.kind for s in outline.sections] == ["problems", "causes", "measures"]


def test_a_bulletin_masthead_is_no_title(packs):
    for masthead in (
        "干部教育参考资料 第12期",
        "机关党建工作简报  2024年第7期（总第86期）",
        "学习参考（第3期）",
    ):
        text = f"{masthead}\n\n本期刊发某局长的发言摘要，供学习参考。\n\n……我在以下几个方面还存在差距：在理论学习方面，一是学得不深；二是用得不活。"
        outline = _parse(text, packs)
        assert outline.title in (None, ""), masthead


def test_a_lead_in_announcing_the_problems_states_none():
    assert not _statement("……联系思想和工作实际，我在以下几个方面还存在差距")
    assert not _statement("经过查摆，支部在以下方面还存在不足")
    assert _statement("理论学习存在差距")  # (a heading that states one problem still does)


def test_a_page_number_under_the_title_or_over_a_numbered_line_runs_on_no_line():
    title = "中共某县教育局机关第三支部委员会党纪学习教育专题组织生活会对照检查材料"
    body = "根据局机关党委通知要求，支部委员会在开展党纪学习教育的"
    assert not page_break([title, "— 1 —", body], 1, 42)
    assert not page_break(["（三）在带头履行全面从严治党政治责任方面", "- 2 -", "（1）…"], 1, 42)
    # (inside a sentence the page's number is still read past)
    assert page_break(["支部委员会在开展党纪学习教育的基础上组织支委逐一", "- 2 -", "谈心谈话。"], 1, 42)


def test_a_scanned_title_keeps_no_page_number(packs):
    text = (
        "中共安河县教育局机关第三支部委员会\n党纪学习教育专题组织生活会对照检查材料\n\n— 1 —\n\n"
        "根据局机关党委通知要求，支部委员会在开展党纪学习教育的基础\n上，对照六项纪律进行了检视，现将情况报告如下。\n"
        "一、存在的问题\n（一）在组织纪律方面\n（1）支委会有1次推迟召开。（2）党费收缴登记不及时。\n"
    )
    outline = _parse(text, packs)
    assert outline.title == "中共安河县教育局机关第三支部委员会党纪学习教育专题组织生活会对照检查材料"
