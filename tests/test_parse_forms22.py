"""Round r22 (parse22, issue 11): the forms parse set 42 lost, read as their classes — aspect lines with no
problems heading, aspects run into one excerpt's paragraph with its causes and measures after them, `1.` parts
over `（一）` items, an outline's summaries with commas, an OCR page's comma lines and spaced numbers, a unit
line the signature repeats, a bracketed meeting line under a title."""

import pytest

from mingjing.parse import parse_document
from mingjing.parse.embedded import run_in_aspects
from mingjing.parse.readings import NAMED_SIGNATURE
from mingjing.read import read_bytes
from mingjing.read.rejoin import _MEETING_NOTE, title_lines


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "p.txt", ".txt"), packs)


def _shape(outline):
    return [(s.kind, [i.heading for i in s.items if i.heading]) for s in outline.sections]


def test_aspect_lines_with_no_problems_heading_head_the_problems_items(packs):
    text = (
        "2025年度组织生活会个人对照检查材料\n\n按照支部要求，我对照六项纪律查找了问题，现报告如下。\n\n"
        "【政治纪律方面】\n\n一是理论学习不够主动，自学时间少。二是辨别错误言论不够敏锐。\n\n"
        "【廉洁纪律方面】\n\n一是对小节重视不够。二是报销票据整理不及时。\n\n"
        "整改措施\n\n一、加强理论学习。每周自学不少于3小时。\n\n二、守牢廉洁底线。不收任何礼品。\n\n"
        "对照检查人：吴晓岚\n2026年1月10日\n"
    )
    o = _parse(text, packs)
    assert _shape(o) == [
        ("problems", ["政治纪律方面", "廉洁纪律方面"]),
        ("measures", ["加强理论学习", "守牢廉洁底线"]),
    ]
    assert [i.aspect for i in o.sections[0].items] == ["政治纪律", "廉洁纪律"]


def test_a_signature_names_no_part():
    for line in ("对照检查人：吴晓岚", "对照检查人：何 静", "发言人：邓立群"):
        assert NAMED_SIGNATURE.match(line)
    assert not NAMED_SIGNATURE.match("对照检查存在的问题：学习不够")


def test_aspects_run_into_one_paragraph_are_cut_where_each_opens_its_series():
    text = (
        "……我查摆出以下问题：在理论学习方面，一是学得不深；二是用得不活。在工作作风方面，一是调研不实；"
        "二是落实不力。究其原因，主要是党性锻炼放松。下一步，我将每周自学。"
    )
    cuts = run_in_aspects(text)
    assert [text[c : c + 6] for c in cuts] == ["在理论学习方", "在工作作风方", "究其原因，主", "下一步，我将"]
    # one aspect phrase in a paragraph is a point's wording, never a cut
    assert run_in_aspects("我在理论学习方面，一是学得不深；二是用得不活。") == []


def test_an_excerpts_run_in_aspects_are_items_and_its_causes_and_measures_parts(packs):
    text = (
        "学习资料（第2期）\n\n【节选】某局党组书记在2022年度民主生活会上的发言（部分）\n\n"
        "……对照“六个带头”，我查摆出以下问题：在带头学习贯彻习近平新时代中国特色社会主义思想方面，一是学习不够系统；"
        "二是学用结合不紧。在带头贯彻落实党中央决策部署方面，一是执行不够坚决；二是督促不够有力。"
        "究其原因，主要是理论武装不够深入。下一步，我将带头深学细悟，每月调研不少于2次。\n"
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert [i.heading for i in o.sections[0].items] == [
        "在带头学习贯彻习近平新时代中国特色社会主义思想方面",
        "在带头贯彻落实党中央决策部署方面",
    ]
    assert o.framework is not None and o.framework.id == "mzshh-2022"


def test_arabic_parts_over_chinese_numbered_items(packs):
    text = (
        "以案促改专题民主生活会个人发言提纲\n\n1.对照案件查摆的问题\n\n（一）对“一把手”监督缺位\n\n"
        "一是不敢提不同意见。二是没有向上级反映。\n\n（二）廉洁风险防控不严\n\n一是验收把关不严。二是审核不细。\n\n"
        "2.原因剖析\n\n（一）理想信念有所动摇。\n\n3.整改方向\n\n（一）带头落实民主集中制。\n"
    )
    o = _parse(text, packs)
    assert _shape(o)[0] == ("problems", ["对“一把手”监督缺位", "廉洁风险防控不严"])
    cut = _parse(text.replace("1.对照案件查摆的问题\n\n", ""), packs)
    assert _shape(cut)[0] == ("problems", ["对“一把手”监督缺位", "廉洁风险防控不严"])


def test_an_outlines_summary_with_commas_stays_in_its_heading(packs):
    text = (
        "2022年度民主生活会个人发言提纲\n\n一、对照“六个带头”查摆的问题\n\n"
        "（一）带头发扬斗争精神方面：碰硬不够，攻坚不够\n一是纠正形象工程苗头不坚决。\n二是协调推诿问题不够硬气。\n\n"
        "（二）带头贯彻落实党中央决策部署方面：落实不够精准，督导不够到位\n一是动态监测有漏评风险。\n\n"
        "二、产生问题的根源\n\n（一）理论武装的自觉性不够强\n\n三、下一步整改方向\n\n（一）在深学笃行上持续用力\n"
    )
    o = _parse(text, packs)
    assert [i.heading for i in o.sections[0].items] == [
        "带头发扬斗争精神方面：碰硬不够，攻坚不够",
        "带头贯彻落实党中央决策部署方面：落实不够精准，督导不够到位",
    ]


@pytest.mark.parametrize(
    "line,joined",
    [
        ("（主题教育专题组织生活会）", True),
        ("（2025年度组织生活会）", True),
        ("（2024年1月）", False),
        ("（县委办主任 张三）", False),
    ],
)
def test_a_bracketed_meeting_line_under_a_title_is_the_titles(line, joined):
    assert bool(_MEETING_NOTE.match(line)) == joined
    texts = [
        "个 人 检 视 剖 析 材 料",
        line,
        "市外事办公室机关党支部  韩雪",
        "根据机关党委的通知要求，我认真学习。",
    ]
    assert (title_lines(texts) == (0, 2)) == joined


def test_a_unit_line_the_signature_repeats_stays_over_the_title(packs):
    text = (
        "中共某市老年大学总支部委员会\n2016年度领导班子民主生活会对照检查材料\n\n"
        "根据通知要求，总支班子认真查摆问题。现报告如下。\n\n一、存在的主要问题\n（一）政治纪律方面\n学习不够深入。\n"
        "二、整改措施\n（一）加强学习。\n\n第1页 共1页\n\n中共某市老年大学总支部委员会\n2017年1月12日\n"
    )
    assert _parse(text, packs).title == "中共某市老年大学总支部委员会2016年度领导班子民主生活会对照检查材料"


def test_an_ocr_line_that_stops_at_a_comma_runs_on():
    """A wrapped page's line that stops at a comma, however short, runs on into the next (`…没有报名，` /
    `最后是…`): a paragraph never ends inside its sentence."""
    prose = "按照学校党总支关于召开主题教育专题组织生活会的通知要求，我认真学习了党章和党的创新理论，" * 8
    lines = [prose[k : k + 25] for k in range(0, 200, 25)]
    text = (
        "\n".join(lines)
        + "。\n\n（1）承担急难任务不够主动。学校开设康复训练课程需\n要教师转岗培训，我以年龄偏大为由没有报名，\n"
        "最后是两名年轻党员教师承担了这项任务。（2）带头创新不够。\n"
    )
    doc = read_bytes(text.encode("utf-8"), "p.txt", ".txt")
    paras = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert paras[-1].startswith("（1）") and "没有报名，最后是两名" in paras[-1]
