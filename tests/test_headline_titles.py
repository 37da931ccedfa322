"""A headline with its subtitle after a colon is the page's title, though its words name a part
(`…:从剖析到整改` says 剖析)."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes

ESSAY = (
    "作风建设再出发:从剖析到整改\n"
    "在推进基层治理的过程中,作风建设始终是绕不开的课题,只有把问题找准、把根源挖深,整改才能落到实处,群众才能真正满意。\n"
    "一、找准作风问题\n"
    "有的干部习惯坐在办公室听汇报,下村次数少,群众反映的灌溉渠问题拖了半年才解决。\n"
    "二、挖深思想根源\n"
    "根本原因在于宗旨意识淡化,对群众的急难愁盼感受不深。\n"
)


def test_a_subtitled_headline_is_the_title(packs):
    outline = parse_document(read_bytes(ESSAY.encode("utf-8"), "essay.txt"), packs)
    assert outline.title == "作风建设再出发:从剖析到整改"


def test_a_colon_heading_over_its_points_is_no_title(packs):
    text = "存在的问题:学习不够深入\n一是对理论学习抓得不紧。二是调研不够深入。\n"
    outline = parse_document(read_bytes(text.encode("utf-8"), "t.txt"), packs)
    assert outline.title != "存在的问题:学习不够深入"
