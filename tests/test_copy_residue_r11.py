"""Traces of copying found by the material's own consistency, round r11 (R117, R119, R121, R123–R127;
docs/review-copy-traces.md). Every material here is written for these tests."""

from __future__ import annotations

import pytest

from mingjing.catalogue import all_rules
from mingjing.parse import parse_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.deadlines import meeting_time
from mingjing.rules.examples import example_document

BY_CODE = {r.code: r for r in all_rules()}

HEAD = "{unit}领导班子{year}年度民主生活会对照检查材料"
BODY = """{unit}领导班子{year}年度民主生活会对照检查材料

按照上级党组织关于召开{year}年度民主生活会的通知要求，班子成员逐一谈心谈话，{opening}现将对照检查情况报告如下。

一、存在的问题

（一）理论学习不够深入。一是学用结合不紧，全年中心组学习12次，专题研讨只有3次。{problem}

（二）服务群众不够主动。一是窗口服务时间安排不合理，群众反映午间办事难，去年收到相关意见9条。

二、原因剖析

（一）理论武装有所放松，满足于读文件、记笔记。

（二）宗旨意识有所淡化，没有把群众的感受放在首位。

三、整改措施

（一）深化理论学习。每季度开展1次专题研讨，{measure}

（二）改进窗口服务。推行午间错时服务，{year2}年3月底前完成窗口调整。{tail}
"""


def material(
    unit: str = "柳川县自然资源局",
    year: int = 2024,
    opening: str = "",
    problem: str = "",
    measure: str = "",
    tail: str = "",
) -> str:
    return BODY.format(
        unit=unit, year=year, year2=year + 1, opening=opening, problem=problem, measure=measure, tail=tail
    )


def findings(code: str, text: str, packs, no_framework: bool = False) -> list[str]:
    outline = parse_document(example_document(text), packs)
    if no_framework:
        outline.framework = None
    rule = BY_CODE[code]
    return [f.excerpt for f in rule.check(ReviewContext(outline, packs), rule)]


# ---- R123: deadlines before the meeting -----------------------------------------------------------


def test_deadline_of_the_materials_own_year_is_before_its_meeting(packs):
    text = material(measure="2024年10月底前完成学习计划修订。")
    assert findings("R123", text, packs) == ["2024年10月底前"]


def test_deadline_after_the_meeting_is_quiet(packs):
    assert findings("R123", material(measure="2025年10月底前完成学习计划修订。"), packs) == []


def test_plan_named_for_the_year_under_review(packs):
    text = material(measure="制定2024年度理论学习计划。")
    assert findings("R123", text, packs) == ["2024年度"]


def test_date_line_in_december_allows_that_years_end(packs):
    text = material(measure="2024年12月底前完成学习计划修订。") + "\n柳川县自然资源局党组\n2024年12月20日\n"
    assert meeting_time_of(text, packs) == (2024, 12)
    assert findings("R123", text, packs) == []


def test_done_deadline_is_a_report_not_a_promise(packs):
    text = material(measure="2024年6月底前已完成学习计划修订。")
    assert findings("R123", text, packs) == []


def test_unknown_meeting_time_says_nothing(packs):
    text = material(measure="2024年10月底前完成学习计划修订。").replace("2024年度", "")
    assert findings("R123", text, packs, no_framework=True) == []


def meeting_time_of(text: str, packs) -> tuple[int, int] | None:
    return meeting_time(ReviewContext(parse_document(example_document(text), packs), packs))


# ---- R124: a sibling unit of the author's kind ----------------------------------------------------


def test_sibling_customs_named_once(packs):
    text = material(unit="白鹭海关", problem="二是对西湾海关转来的布控指令跟进不及时。")
    assert findings("R124", text, packs) == ["西湾海关"]


def test_sibling_named_as_a_partner_is_quiet(packs):
    text = material(unit="白鹭海关", problem="二是与西湾海关的联合查验开展不多。")
    assert findings("R124", text, packs) == []


def test_numbered_sibling_branch(packs):
    text = material(unit="柳川县税务局第一税务分局", problem="二是没有对照第五税务分局的做法查找风险。")
    assert findings("R124", text, packs) == ["第五税务分局"]


# ---- R125, R126: another year's campaign or circumstances -----------------------------------------


@pytest.mark.parametrize("year, expected", [(2025, ["党纪学习教育"]), (2024, [])])
def test_campaign_under_way_in_its_own_year_only(packs, year, expected):
    text = material(year=year, problem="二是在党纪学习教育中查摆问题不够具体。")
    assert findings("R125", text, packs) == expected


def test_old_meeting_name_under_a_new_title(packs):
    text = material(year=2025, opening="会前按照召开党纪学习教育专题民主生活会的要求征求了意见，")
    # the meeting's name is the span since round r15: its fix is the year's meeting (开好2025年度民主生活会)
    assert findings("R125", text, packs) == ["党纪学习教育专题"]


def test_last_congress_plenum_as_first_task(packs):
    text = material(year=2023, measure="把学习贯彻党的十九届四中全会精神作为首要政治任务。")
    assert findings("R125", text, packs) == ["十九届四中全会"]


def test_pandemic_as_this_years_work(packs):
    text = material(year=2024, problem="二是今年疫情防控任务重，外业核查大多推迟。")
    assert findings("R126", text, packs) == ["二是今年疫情防控任务重，外业核查大多推迟。"]
    assert findings("R126", text.replace("今年", "疫情三年"), packs) == []


# ---- R127: a paragraph cut off --------------------------------------------------------------------


def test_paragraph_stopping_on_a_modal_before_a_set_apart_paragraph(packs):
    text = material(tail="对标先进单位找差距，我们将")
    assert findings("R127", text + "\n以更实的作风抓好整改。\n", packs) == ["我们将"]


# ---- R119: the author's department and subject ----------------------------------------------------


def test_other_department_claimed_against_the_opening(packs):
    text = material(
        unit="柳川县自来水公司",
        opening="结合本人担任调度科科长以来的工作，",
        problem="二是我所在的营销科对用户投诉回复不及时。",
    )
    assert findings("R119", text, packs) == ["营销科"]
    assert findings("R119", text.replace("我所在的营销科", "我所在的调度科"), packs) == []


def test_teacher_lessons_in_another_subject(packs):
    text = material(
        unit="柳川县第二中学",
        opening="结合本人担任初一英语教师的实际，",
        problem="二是在地理课堂上讲授时事不够。",
    )
    assert findings("R119", text, packs) == ["地理"]


# ---- R121: this year's meeting named is no look back ----------------------------------------------


def test_old_slogan_in_the_sentence_that_calls_this_years_meeting(packs):
    text = material(year=2025, opening="对照“四个带头”，")
    assert findings("R121", text, packs) == ["四个带头"]


def test_sibling_city_named_once_and_market_is_no_city(packs):
    text = material(
        unit="临江市审计局", problem="二是柳州市审计发现的问题整改迟缓，对小微市场主体的走访也不够。"
    )
    assert findings("R124", text, packs) == ["柳州市"]


def test_this_campaign_of_an_earlier_year(packs):
    text = material(year=2016, opening="以这次群众路线教育实践活动为契机，")
    assert findings("R125", text, packs) == ["群众路线教育实践活动"]
    assert findings("R125", material(year=2014, opening="以这次群众路线教育实践活动为契机，"), packs) == []


def test_last_years_meeting_two_years_back(packs):
    text = material(year=2025, opening="上年度2023年度民主生活会查摆的问题已整改完毕，")
    assert findings("R128", text, packs) == ["2023年度民主生活会"]
    assert findings("R128", text.replace("上年度2023年度", "上年度2024年度"), packs) == []


def test_fact_dated_after_the_meeting(packs):
    text = material(year=2023, problem="二是2024年8月汛期巡查中，对隐患点复核不及时。")
    assert findings("R129", text, packs) == ["2024年8月"]
    assert findings("R129", text.replace("2024年8月", "2023年8月"), packs) == []


def test_own_years_of_service_told_twice(packs):
    text = material(opening="本人参加工作十九年，", problem="二是自认为参加工作26年，经验够用。")
    assert findings("R130", text, packs) == ["参加工作26年"]
    assert findings("R130", text.replace("参加工作26年", "参加工作19年"), packs) == []


def test_own_village_read_by_its_place_in_the_line_and_a_visit_needs_its_purpose(packs):
    text = material(unit="杏林村党支部", problem="二是我到枫桥村各村民小组走访不够。").replace("领导班子", "")
    assert findings("R117", text, packs) == ["枫桥村"]
    assert findings("R117", text.replace("走访不够", "学习取经不够"), packs) == []


def test_season_of_the_year_under_review(packs):
    text = material(measure="力争2024年秋季学期开设两门选修课。")
    assert findings("R123", text, packs) == ["2024年秋季学期"]
    assert findings("R123", text.replace("2024年秋季", "2025年秋季"), packs) == []


def test_a_kind_of_city_is_no_sibling(packs):
    text = material(
        unit="临江市审计局", problem="二是服务国际化大都市建设的办法不多，对开发区的审计覆盖不够。"
    )
    assert findings("R124", text, packs) == []


def test_lines_wrapped_by_a_converter_are_no_cut(packs):
    wrapped = material(
        problem="二是对基层反映的问题，跟踪督办不够，有的问题拖了两个月才", tail="对标先进单位找差距，我们将"
    )
    wrapped = wrapped.replace("拖了两个月才", "拖了两个月才\n\n答复。")
    assert findings("R127", wrapped + "\n\n以更实的作风抓好整改。\n", packs) == []


def test_pandemic_as_this_years_cause(packs):
    text = material(year=2023, problem="二是今年受疫情影响，外业核查大多推迟。")
    assert findings("R126", text, packs) == ["二是今年受疫情影响，外业核查大多推迟。"]
