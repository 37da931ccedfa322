"""Traces of copying found by the material's own consistency, round r12 (R117, R119, R124, R125,
R131–R135; docs/review-copy-traces.md). Every material here is written for these tests, in wordings
other than the blind sets'."""

from __future__ import annotations

from mingjing.catalogue import all_rules
from mingjing.parse import parse_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.examples import example_document

BY_CODE = {r.code: r for r in all_rules()}

BODY = """{head}
{line}

{opening}按照上级党组织关于召开{meeting}的通知要求，班子成员逐一谈心谈话，征求意见建议18条。现将对照检查情况报告如下。

一、{last}

{last_text}

二、存在的问题

（一）理论学习不够深入。一是学用结合不紧，全年中心组学习12次，专题研讨只有3次。{problem}

（二）服务群众不够主动。一是窗口服务时间安排不合理，群众反映午间办事难，收到相关意见9条。

三、原因剖析

（一）理论武装有所放松，满足于读文件、记笔记。

（二）宗旨意识有所淡化，没有把群众的感受放在首位。

四、整改措施

（一）深化理论学习。每季度开展1次专题研讨。{measure}

（二）改进窗口服务。推行午间错时服务，建立群众意见台账。{tail}
"""


def material(
    head: str = "柳川县自然资源局领导班子2025年度民主生活会对照检查材料",
    line: str = "",
    meeting: str = "2025年度民主生活会",
    opening: str = "",
    last: str = "上年度民主生活会整改落实情况",
    last_text: str = "上年度查摆的6个问题已整改5个，1个正在推进。",
    problem: str = "",
    measure: str = "",
    tail: str = "",
) -> str:
    return BODY.format(
        head=head,
        line=line,
        meeting=meeting,
        opening=opening,
        last=last,
        last_text=last_text,
        problem=problem,
        measure=measure,
        tail=tail,
    )


def findings(code: str, text: str, packs) -> list[str]:
    outline = parse_document(example_document(text), packs)
    rule = BY_CODE[code]
    return [f.excerpt for f in rule.check(ReviewContext(outline, packs), rule)]


# ---- R131: this year said to be another ----------------------------------------------------------


def test_anniversary_of_another_year_said_of_this_one(packs):
    text = material(opening="今年恰逢中华人民共和国成立70周年，")
    assert findings("R131", text, packs) == ["今年恰逢中华人民共和国成立70周年"]


def test_anniversary_of_the_meeting_year_is_right(packs):
    # a 2025年度 meeting is held early in 2026: 今年 may be either
    assert findings("R131", material(opening="今年是抗战胜利80周年，"), packs) == []
    assert findings("R131", material(opening="今年是红军长征胜利九十周年，"), packs) == []


def test_first_year_after_a_congress(packs):
    text = material(opening="今年是学习贯彻党的二十大精神的开局之年，")
    assert findings("R131", text, packs) == ["今年是学习贯彻党的二十大精神的开局之年"]


# ---- R132: the own campaign dated before its launch ----------------------------------------------


def test_campaign_dated_a_year_before_its_launch(packs):
    text = material(
        head="中共柳川县自然资源局机关党支部党纪学习教育专题组织生活会对照检查材料",
        meeting="党纪学习教育专题组织生活会",
        opening="自2023年5月以来，支部按照党纪学习教育部署，组织党员逐章学习条例。",
    )
    assert findings("R132", text, packs) == ["2023年5月"]


def test_campaign_dated_after_its_launch_or_with_others(packs):
    head = "中共柳川县自然资源局机关党支部党纪学习教育专题组织生活会对照检查材料"
    meeting = "党纪学习教育专题组织生活会"
    right = material(head=head, meeting=meeting, opening="2024年5月以来，支部按照党纪学习教育部署学习条例。")
    several = material(
        head=head, meeting=meeting, opening="2021年以来，支部先后开展党史学习教育、主题教育和党纪学习教育。"
    )
    assert findings("R132", right, packs) == []
    assert findings("R132", several, packs) == []


# ---- R133: the other batch of 主题教育 -------------------------------------------------------------


def test_first_batch_named_in_a_second_batch_material(packs):
    text = material(
        head="柳川县自然资源局领导班子第二批主题教育专题民主生活会对照检查材料",
        meeting="主题教育专题民主生活会",
        opening="这次会议是第一批主题教育的收尾环节，",
    )
    # the campaign's whole name since round r15: fixed to 第二批主题教育 or 主题教育
    assert findings("R133", text, packs) == ["第一批主题教育"]


# ---- R134: a 年度 meeting named with the wrong year ------------------------------------------------


def test_this_meeting_named_with_last_years_number(packs):
    text = material(measure="借助这次2024年度民主生活会，梳理学习短板。")
    assert findings("R134", text, packs) == ["2024年度民主生活会"]


def test_last_meeting_two_years_back_under_a_rectification_heading(packs):
    text = material(
        last="2024年度民主生活会查摆问题整改情况",
        last_text="对2023年度民主生活会提出的问题，班子建立了整改台账。",
    )
    assert findings("R134", text, packs) == ["2023年度民主生活会"]


def test_older_meeting_outside_a_look_back_is_quiet(packs):
    text = material(problem="自2023年度民主生活会以来，班子中心组学习次数逐年减少。")
    assert findings("R134", text, packs) == []


# ---- R135: another unit where only the own one can stand -----------------------------------------


def test_other_college_promised_development(packs):
    text = material(
        head="江州大学机械工程学院党委领导班子2025年度民主生活会对照检查材料",
        tail="以实际行动推动材料学院各项事业高质量发展。",
    )
    assert findings("R135", text, packs) == ["材料学院"]


def test_other_institute_promises_rectification(packs):
    text = material(
        head="省农业科学院植物保护研究所领导班子2025年度民主生活会对照检查材料",
        tail="\n\n土壤肥料研究所领导班子将以这次民主生活会为新起点，抓好整改。",
    )
    assert findings("R135", text, packs) == ["土壤肥料研究所"]


def test_own_unit_abbreviated_and_generic_kinds_are_quiet(packs):
    head = "江州市城市建设投资集团有限公司党委领导班子2025年度民主生活会对照检查材料"
    assert findings("R135", material(head=head, tail="推动江州城投集团高质量发展。"), packs) == []
    assert findings("R135", material(head=head, tail="推动所属子公司高质量发展。"), packs) == []


# ---- R117, R119, R124, R125: the wider readings ---------------------------------------------------


def test_town_organ_in_a_streets_material(packs):
    text = material(
        head="西关街道党工委领导班子2025年度民主生活会对照检查材料",
        measure="乡党委每月听取1次学习情况汇报。",
    )
    assert findings("R117", text, packs) == ["乡党委"]


def test_post_of_another_kind_of_unit_in_a_bureaus_material(packs):
    text = material(problem="二是作为县长时那种抓落实的韧劲有所减弱。")
    assert findings("R119", text, packs) == ["县长"]


def test_another_field_claimed_than_the_opening_lists(packs):
    text = material(
        head="柳川县自然资源局副局长张明2025年度民主生活会个人对照检查材料",
        opening="结合分管的耕地保护和执法监察工作，",
        problem="二是作为分管测绘地理信息的副局长，对项目进度跟踪不够。",
    )
    assert findings("R119", text, packs) == ["测绘地理信息"]


def test_numbered_branch_against_its_committees_name(packs):
    text = material(
        head="中共柳川县自然资源局机关第一支部委员会2025年度组织生活会对照检查材料",
        meeting="2025年度组织生活会",
        measure="第四党支部要每月通报整改进度。",
    )
    assert findings("R124", text, packs) == ["第四党支部"]


def test_campaign_of_another_year_as_this_years_frame(packs):
    text = material(opening="围绕党史学习教育“学史明理、学史增信、学史崇德、学史力行”总要求，")
    assert findings("R125", text, packs) == ["党史学习教育"]


def test_district_word_in_a_city_units_material(packs):
    head = "临江市疾病预防控制中心领导班子2025年度民主生活会对照检查材料"
    text = material(head=head, problem="全市报告及时率不高。", tail="推动全区疾控工作提质增效。")
    assert findings("R117", text, packs) == ["全区"]
    zone = "临江市高新区管委会领导班子2025年度民主生活会对照检查材料"
    assert (
        findings("R117", material(head=zone, problem="全市报告及时率不高。", tail="推动全区工作。"), packs)
        == []
    )


def test_branch_sibling_sharing_the_tail_of_the_own_name(packs):
    text = material(
        head="省电网公司东港供电服务分公司领导班子2025年度民主生活会对照检查材料",
        problem="西港供电服务分公司的计量差错也暴露出班子监督不力。",
    )
    assert findings("R124", text, packs) == ["西港供电服务分公司"]


def test_another_departments_field_as_ones_trade(packs):
    text = material(
        head="市纪委监委驻市交通运输局纪检监察组组长李明2025年度民主生活会个人对照检查材料",
        problem="二是对水利领域的专业知识学习不够。",
    )
    assert findings("R117", text, packs) == ["水利"]


def test_a_college_speaks_of_its_whole_university(packs):
    text = material(
        head="马克思主义学院党委领导班子2025年度民主生活会对照检查材料",
        measure="每学期面向全校开展宣讲不少于6场。",
    )
    assert findings("R117", text, packs) == []


def test_no_year_in_the_title_no_correction_of_the_meetings_year(packs):
    text = material(
        head="柳川县自然资源局领导班子民主生活会对照检查材料",
        measure="借助这次2024年度民主生活会，梳理学习短板。",
    )
    assert findings("R134", text, packs) == []
