"""Forms behind blind parse set 4's first misses, each fixed by its general cause (docs/real-materials.md)."""

import pytest

from mingjing.parse import parse_document, title_words
from mingjing.parse.labels import inline_markers, split_heading
from mingjing.parse.sections import merged_kind
from mingjing.read import read_bytes

BODY = (
    "按照支部的安排，我认真学习了规定篇目，征求意见6条，现对照检查如下。\n"
    "一、存在的问题\n"
    "（一）在理论学习方面。学得不深，读原著满足于划重点。\n"
    "（二）在政治素质方面。对错误言论的警惕性不够高。\n"
    "二、产生问题的原因\n"
    "（一）理论武装不够自觉。忙于事务时就放松学习。\n"
    "三、整改措施\n"
    "（一）每周自学原著不少于4小时。\n"
)


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def test_a_table_of_contents_under_page_furniture_is_skipped(packs):
    """`目录`, a breadcrumb and `（含问题清单）` above the contents are furniture: the contents' lines
    that stand again after the title are still a table of contents (blind-4 b09)."""
    contents = "一、存在的问题\n二、产生问题的原因\n三、整改措施\n"
    top = "范文网 > 心得体会 > 民主生活会\n（含问题清单）\n目录\n"
    title = "王平2023年度主题教育专题民主生活会个人对照检查材料\n"
    o = _parse(top + contents + title + BODY, packs)
    assert o.title == title.strip()
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "产生问题的原因"),
        ("measures", "整改措施"),
    ]
    assert [i.heading for i in o.sections[0].items] == ["在理论学习方面", "在政治素质方面"]


@pytest.mark.parametrize(
    "lines, title",
    [
        (
            "中共石桥镇农机服务站支部委员会\n2024年党纪学习教育专题组织生活会对照检查材料",
            "中共石桥镇农机服务站支部委员会2024年党纪学习教育专题组织生活会对照检查材料",
        ),
        (
            "县 水务局党组领导班子\n2024 年度民主生活会对照检查材料",
            "县水务局党组领导班子2024年度民主生活会对照检查材料",
        ),
        # a post with its holder's name written on to it is the title's subject (blind-11 b06)
        (
            "县粮食储备公司党支部委员、副经理宋明哲\n2025年度民主生活会个人对照检查材料",
            "县粮食储备公司党支部委员、副经理宋明哲2025年度民主生活会个人对照检查材料",
        ),
        # a speaker's line (post and a person's name set apart by a wide gap) is never half of the title
        (
            "县水利局党组书记、局长  何涛\n2024年度民主生活会个人对照检查材料",
            "2024年度民主生活会个人对照检查材料",
        ),
        # a post and its holder's name after one space, right over the meeting's line: the title's first line
        # (blind-30 b02, b07)
        (
            "县水利局党组书记、局长 何涛\n2024年度民主生活会个人对照检查材料",
            "县水利局党组书记、局长何涛2024年度民主生活会个人对照检查材料",
        ),
    ],
)
def test_a_units_line_joins_the_year_line_of_its_title(packs, lines, title):
    """A unit's line with no person's name (`…支部委员会`, `…党委领导班子`) is the first half of a
    title whose second line starts with its year (blind-4 b05, b07); stray spaces are dropped."""
    o = _parse(lines + "\n" + BODY, packs)
    assert o.title == title
    assert title_words(o.document.text[o.title_start : o.title_end]) == title


def test_a_half_width_full_stop_ends_a_heading_and_a_sentence():
    """记事本 text ends its sentences with a half-width `.`: it ends a heading like `。` (blind-4 b10),
    never inside a number."""
    body = "学习方面.平时忙农活,学习抓得不紧."
    end, rest = split_heading(body)
    assert body[:end] == "学习方面" and body[rest:].startswith("平时")
    assert split_heading("全年完成1.5万亩改造任务")[0] == len("全年完成1.5万亩改造任务")


def test_parenthesised_points_run_in_one_paragraph_are_points(packs):
    """`表现在:(1)…;(2)…;(3)…` in one paragraph: three points, an example in the third (blind-4 b10)."""
    text = (
        "存在的问题\n"
        "1、学习方面:平时学习抓得不紧.\n"
        "2、服务群众方面:表现在:(1)讲技术讲得多、示范少;(2)回复村民电话不及时;"
        "(3)对留守老人关心不够.例如,两户老人的果园缺人手,我没有组织党员去帮忙.\n"
        "整改措施\n"
        "1、每周至少学习两次.\n"
        "2、每月到田间示范不少于4次.\n"
    )
    o = _parse(text, packs)
    items = o.sections[0].items
    assert [i.heading for i in items] == ["学习方面", "服务群众方面"]
    assert [p.label for p in items[1].points] == ["(1)", "(2)", "(3)"]
    assert len(items[1].points[2].examples) == 1
    assert [i.heading for i in o.sections[1].items] == ["每周至少学习两次", "每月到田间示范不少于4次"]
    assert inline_markers("共有(1)项任务") == []  # one number in brackets is no series


def test_a_causes_paragraph_with_a_long_lead_in_has_no_item_heading(packs):
    """`…根源主要有三点：一是…；二是…` in one paragraph: the part's points, no item (blind-4 b09)."""
    text = BODY.replace(
        "（一）理论武装不够自觉。忙于事务时就放松学习。\n",
        "通过深刻反思，我认为产生上述问题的根源主要有三点：一是理论武装不够；二是宗旨意识淡化；三是要求放松。\n",
    )
    o = _parse(text, packs)
    causes = o.sections[1]
    assert [i.heading for i in causes.items] == [""]
    assert [p.label for p in causes.items[0].points] == ["一是", "二是", "三是"]


def test_a_merged_part_whose_items_turn_to_what_will_be_done_is_measures():
    """Each item states its cause, then turns to the measure in a sentence of its own (`下一步，…`,
    `今后…`): measures (blind-4 b05); causes without that turn stay causes."""
    headings = ["纪律意识不够牢固", "服务意识还不够强"]
    turned = ["。支委会重视不够。下一步，每月安排1次纪律学习。", "。下一步，设立党员示范岗。"]
    assert merged_kind(headings, turned) == "measures"
    assert merged_kind(headings, ["。支委会重视不够。", "。下一步，设立党员示范岗。"]) == "causes"


ASPECT_MAJOR = (
    "县医院内科党支部党员2023年度主题教育专题组织生活会检视剖析材料\n"
    "根据院党委安排，我按照四个方面逐项检视剖析，现报告如下。\n"
    "一、学习贯彻党的创新理论情况\n【存在问题】\n"
    "理论学习相对薄弱。一是学习时间没有保障；二是学得不深，没有结合医院改革思考。\n"
    "【原因剖析】\n认为把病看好就行，对学习的重要性认识不足。\n"
    "【整改措施】\n每周理论学习不少于3小时，年内写2篇学习体会。\n"
    "二、联系服务群众情况\n【存在问题】\n"
    "对患者的感受体谅不够。比如，8月份一位患者家属多次询问用药事项，我只让护士转告。\n"
    "【原因剖析】\n宗旨意识不够牢固。\n"
    "【整改措施】\n每周三参加一次病区健康宣教，出院患者一周内电话随访。\n"
    "以上剖析，请同志们批评指正。\n党员：陶思远\n2024年1月12日\n"
)


def test_an_aspect_major_material_is_one_round_of_parts_per_aspect(packs):
    """Each aspect a numbered part holding 【存在问题】【原因剖析】【整改措施】 (blind-4 b04): the outline
    is problems → causes → measures once per aspect, the problems part headed by the aspect, its
    【存在问题】 block its one item with the aspect; the framework follows the title."""
    o = _parse(ASPECT_MAJOR, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "学习贯彻党的创新理论情况"),
        ("causes", "原因剖析"),
        ("measures", "整改措施"),
        ("problems", "联系服务群众情况"),
        ("causes", "原因剖析"),
        ("measures", "整改措施"),
    ]
    assert o.framework is not None and o.framework.id == "zzshh-2023"
    first, second = o.sections[0].items[0], o.sections[3].items[0]
    assert (first.heading, first.aspect, [p.label for p in first.points]) == (
        "存在问题",
        "学习贯彻党的创新理论情况",
        ["一是", "二是"],
    )
    assert second.aspect == "联系服务群众情况" and len(second.points[0].examples) == 1
    assert "批评指正" not in o.document.text[o.sections[-1].start : o.sections[-1].end]  # nor the signature
    assert o.confidence >= 0.6


def test_an_aspect_major_material_is_reviewed_round_by_round(packs):
    """No S106 for the rounds, no S104/S105, and each round's causes and measures answer its own
    problems (A101/A102 by position); a round without measures is still reported."""
    from mingjing.rules.review import review_outline

    codes = [f.code for f in review_outline(_parse(ASPECT_MAJOR, packs), packs).findings]
    assert not {"S104", "S105", "S106", "A101", "A102"} & set(codes)
    cut = ASPECT_MAJOR.replace("【整改措施】\n每周三参加一次病区健康宣教，出院患者一周内电话随访。\n", "")
    findings = review_outline(_parse(cut, packs), packs).findings
    assert [cut[f.start : f.end] for f in findings if f.code == "A101"] == ["存在问题"]


def test_parts_with_bracketed_sub_headings_under_a_problems_part_are_not_aspect_major(packs):
    """`一、存在的问题` names a part: its 【…】 lines are not rounds of an aspect-major material."""
    text = BODY.replace("（一）在理论学习方面。", "【在理论学习方面】\n").replace(
        "（二）在政治素质方面。", "【在政治素质方面】\n"
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]


def test_a_title_naming_the_packs_year_meeting_and_words_keeps_the_pack_whatever_the_items(packs):
    """Items that map to no aspect (`值班安排有私心`) do not lose the framework the title names in full
    (blind-4 b04 lost it); a yearly `2024年度组织生活会` is still not 2024's 党纪学习教育 pack."""
    body = (
        "根据院党委安排，我进行了检视剖析，现报告如下。\n一、存在的问题\n"
        "（一）值班安排有私心。春节值班没有报名。\n（二）病历书写不规范。\n"
        "二、整改措施\n（一）带头报名节假日值班。\n"
    )
    o = _parse("县医院内科党支部党员2023年度主题教育专题组织生活会检视剖析材料\n" + body, packs)
    assert o.framework is not None and o.framework.id == "zzshh-2023"
    o = _parse("周立新2024年度组织生活会个人对照检查材料\n" + body, packs)
    assert o.framework is None


def test_a_parts_only_paragraph_running_its_points_after_an_opening_sentence_has_no_item(packs):
    """`今后我将…逐项抓好整改。一是…；二是…` as the measures part's only paragraph: the part's points,
    no item heading (blind-4 b08); two such paragraphs are two items headed by their sentences."""
    one = "今后我将对照查摆出的问题逐项抓好整改。一是每月写1篇学习体会；二是年内参加培训不少于2次。\n"
    o = _parse(BODY.replace("（一）每周自学原著不少于4小时。\n", one), packs)
    assert [i.heading for i in o.sections[2].items] == [""]
    assert [p.label for p in o.sections[2].items[0].points] == ["一是", "二是"]
    two = "深化理论学习。一是每月写1篇体会；二是每周自学半天。\n改进工作作风。一是每季度调研1次；二是当月回复来信。\n"
    o = _parse(BODY.replace("（一）每周自学原著不少于4小时。\n", two), packs)
    assert [i.heading for i in o.sections[2].items] == ["深化理论学习", "改进工作作风"]


def test_a_named_signature_closes_the_material_but_a_measures_last_line_does_not(packs):
    """`党员：陶思源` under the closing formula belongs to no item; `完成时限：长期坚持` is the measure's."""
    o = _parse(BODY + "以上剖析，请同志们批评指正。\n党员：陶思源\n", packs)
    assert "陶思源" not in o.document.text[o.sections[-1].start : o.sections[-1].end]
    o = _parse(BODY + "完成时限：长期坚持\n", packs)
    assert o.document.text[o.sections[-1].start : o.sections[-1].end].endswith("长期坚持")
