"""Traces of copying found by the material's own consistency (R117–R121, R203, R205, R106): each
finding names the place it disagrees with, and what a material rightly names stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.rules.edit_leftovers import edit_leftovers
from mingjing.rules.examples import example_document
from mingjing.rules.review import review_outline

ROOT = Path(__file__).resolve().parent.parent

TOWN = """白鹭镇党委领导班子2025年度民主生活会对照检查材料

根据县委的通知要求，镇党委班子紧扣“五个带头”，广泛征求意见建议18条，现将对照检查情况报告如下。
一、存在的问题
（一）在带头强化政治忠诚、提高政治能力方面。一是学习不够系统，班子集中学习全年只有9次。
（二）在带头干事创业、担当作为方面。一是推动产业项目办法不多，{body}
二、产生问题的原因
（一）理论学习不够深入，学用结合不紧。
三、整改措施
（一）每月开展一次集中学习，2026年6月底前完成全部篇目的研讨。
{closing}
"""


def codes(text: str) -> list[tuple[str, str]]:
    packs = load_frameworks()
    report = review_outline(parse_document(example_document(text), packs), packs)
    return [(f.code, f.excerpt) for f in report.findings if f.category == "residue"]


@pytest.mark.parametrize(
    "body,closing,expected",
    [
        ("今年推动芦溪镇的茶叶加工厂落地不力。", "", ("R117", "芦溪镇")),
        ("全乡有4个项目没有按期开工。", "", ("R117", "全乡")),
        ("", "镇党委班子将以整改实效推动青峰镇各项事业再上新台阶。", ("R117", "青峰镇")),
        ("对照“四个带头”查摆，项目推进慢。", "", ("R121", "四个带头")),
        ("2023年党纪学习教育中查摆的问题还有2项没有整改。", "", ("R118", "2023年党纪学习教育")),
    ],
)
def test_a_trace_of_copying_is_found(body: str, closing: str, expected: tuple[str, str]) -> None:
    assert expected in codes(TOWN.format(body=body, closing=closing))


@pytest.mark.parametrize(
    "body",
    [
        "我们到芦溪镇学习茶叶加工的做法只去过一次。",  # a town visited
        "与相邻的芦溪镇合办的冷链项目进展慢。",  # a neighbour worked with
        "全镇有4个项目没有按期开工，推动白鹭镇产业升级办法不多。",  # the own town
        "对照去年“四个带头”查摆问题的整改，还有2项没有完成。",  # last year's rectification
        "2024年党纪学习教育中查摆的问题还有2项没有整改。",  # the year it was held
        "全局观念不强，服务全局的意识不够。",  # 全局 is the whole picture, no unit
    ],
)
def test_what_a_material_names_rightly_stays_quiet(body: str) -> None:
    assert not [c for c in codes(TOWN.format(body=body, closing="")) if c[0] in ("R117", "R118", "R121")]


def test_the_leftovers_of_an_edit_are_cut() -> None:
    text = "服务群众不够主动，对于。比如，在去年春运，在去年春运保障工作中联系不够。要把安全摆在突出位置放在第一位。"
    found = {text[s:e] for s, e, _ in edit_leftovers(text)}
    assert found == {"，对于", "在去年春运，"}  # two positions kept side by side: F159, not R120


def test_a_finished_sentence_is_no_leftover() -> None:
    text = "对于群众反映的问题，我在去年春运中，在现场协调了3次。要把安全摆在突出位置。会议审议通过。"
    assert list(edit_leftovers(text)) == []


DISTRICT = TOWN.replace("白鹭镇党委领导班子", "滨江区水务局领导班子").replace("镇党委班子", "局党组")


def test_a_county_word_in_a_district_material_is_found() -> None:
    text = DISTRICT.format(body="全县有4座泵站没有按期完成改造。", closing="")
    assert ("R117", "全县") in codes(text)


def test_a_district_material_speaking_of_its_district_stays_quiet() -> None:
    text = DISTRICT.format(body="全区有4座泵站没有按期完成改造，全市排名靠后。", closing="")
    assert not [c for c in codes(text) if c[0] == "R117"]


def test_an_anniversary_awaited_after_it_passed_is_found() -> None:
    text = TOWN.format(body="以喜迎建党100周年的精神状态推进项目还不够。", closing="")
    assert ("R118", "喜迎建党100周年") in codes(text)


def test_a_part_left_out_is_found_and_an_attachment_left_out_is_not() -> None:
    found = codes(TOWN.format(body="比如，（具体事例略）。", closing="附件：班子整改任务清单（略）"))
    assert ("R106", "（具体事例略）") in found
    assert not [c for c in found if c[1] == "（略）"]


def test_a_date_before_the_material_year_is_found() -> None:
    found = codes(TOWN.format(body="", closing="白鹭镇党委\n二〇二四年一月十五日"))
    assert ("R122", "二〇二四年一月十五日") in found


def test_a_date_in_the_next_year_stays_quiet() -> None:
    assert not [c for c in codes(TOWN.format(body="", closing="白鹭镇党委\n2026年1月15日")) if c[0] == "R122"]


def test_another_meeting_named_as_this_one_is_found() -> None:
    found = codes(TOWN.format(body="本次组织生活会前征求的意见还没有全部反馈。", closing=""))
    assert ("R122", "组织生活会") in found


BUREAU = TOWN.replace("白鹭镇党委领导班子", "青川县民政局党组领导班子").replace("镇党委班子", "局党组")


def test_another_departments_line_of_work_is_found() -> None:
    found = codes(BUREAU.format(body="对推动全县统计事业发展谋划不深。", closing=""))
    assert ("R117", "统计") in found


def test_the_own_line_of_work_and_partners_stay_quiet() -> None:
    body = "对推动全县民政事业发展谋划不深，与财政部门沟通不够，配合推动教育系统工作也不主动。"
    assert not [c for c in codes(BUREAU.format(body=body, closing="")) if c[0] == "R117"]


def test_two_positions_kept_are_one_formulation_finding():
    """摆在…位置放在第一位: F159 reports the redundancy once; R120 (residue) does not report it again."""
    from mingjing.read import read_bytes
    from mingjing.rules.review import review_outline

    clean = (ROOT / "tests" / "fixtures" / "review" / "clean" / "c02_mzshh2024.txt").read_text(
        encoding="utf-8"
    )
    at = clean.index("。", clean.index("一、")) + 1
    text = clean[:at] + "我没有把安全生产摆在突出位置放在第一位，3月份检查滞后两天。" + clean[at:]
    packs = load_frameworks()
    report = review_outline(parse_document(read_bytes(text.encode(), "m.txt", ".txt"), packs), packs)
    codes = {f.code for f in report.findings if "放在第一位" in text[f.start : f.end]}
    assert codes == {"F159"}
