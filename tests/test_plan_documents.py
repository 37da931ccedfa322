"""A rectification plan (…整改方案) is a document of its own: its first line is its title, even when the
title says 查摆问题, and the review finds no problems, causes or last year's report missing in it."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline

PLAN = (
    "县农业农村局党组2025年度民主生活会查摆问题整改方案\n"
    "\n"
    "日期:2026-02-03\n"
    "字数:1320字\n"
    "\n"
    "为抓好局党组2025年度民主生活会查摆问题的整改落实，结合农业农村工作实际，制定本方案。\n"
    "一、总体要求\n"
    "坚持问题导向、目标导向，把整改落实同推进乡村全面振兴结合起来，确保每个问题都有责任人、有时限、有成效。\n"
    "二、整改任务\n"
    "（一）理论学习抓得不够实。局党组每月开展1次集中学习，2026年3月底前完成专题研讨2次，由办公室负责督促。\n"
    "（二）联系服务群众不够经常。班子成员每季度到联系村走访不少于2次，6月底前解决群众反映的灌溉渠修复问题。\n"
    "（三）项目资金监管不够严。9月底前完成高标准农田项目资金专项检查，对发现的问题建立台账、逐项销号。\n"
    "三、保障措施\n"
    "局党组书记负总责，班子成员按分工抓好落实，整改情况每月向党组会议报告一次，年底向全局干部职工通报。\n"
)


def test_the_plan_title_is_read_as_the_title(packs):
    outline = parse_document(read_bytes(PLAN.encode("utf-8"), "plan.txt"), packs)
    assert outline.title == "县农业农村局党组2025年度民主生活会查摆问题整改方案"
    assert not [s for s in outline.sections if s.kind == "problems"]


def test_no_missing_part_is_reported_in_a_plan(packs):
    outline = parse_document(read_bytes(PLAN.encode("utf-8"), "plan.txt"), packs)
    codes = {f.code for f in review_outline(outline, packs).findings}
    assert not codes & {"S101", "S103", "S104", "S150", "C101"}, codes


def test_a_material_with_its_plan_keeps_its_parts_checked(packs):
    text = PLAN.replace("查摆问题整改方案", "对照检查材料及整改方案")
    outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt"), packs)
    codes = {f.code for f in review_outline(outline, packs).findings}
    assert "S103" in codes, codes
