"""A page's furniture around the material (r13): a shared file's name and rating over the material's own
title, a forum post's divider run into the title's line; a thread's `——正文完——` and `回复 3#` replies
under the material belong to no part."""

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes

BODY = "一、存在的问题\n（一）政治纪律方面。一是学习不够系统。\n二、问题产生的原因\n理论学习抓得不紧。\n三、整改措施\n每周读原著一次。\n"


def _title(head: str) -> str | None:
    return parse_document(read_bytes((head + BODY).encode("utf-8"), "m.txt", ".txt"), load_frameworks()).title


def test_a_rated_line_under_a_shared_file_name_holds_the_title():
    head = (
        "资料首页 > 党建 > 民主生活会\n"
        "水务局班子2024年民主生活会材料（四个带头）.docx\n"
        "★★★☆☆ 3.8分（12人评价）东湖区水务局领导班子2024年度民主生活会对照检查材料\n"
        "按照区委要求，班子查摆了问题。\n"
    )
    assert _title(head) == "东湖区水务局领导班子2024年度民主生活会对照检查材料"


def test_a_forum_divider_before_the_title_is_no_part_of_it():
    head = (
        "论坛 › 党建交流 › 帮忙看看这份材料\n"
        "楼主 青山 发表于 2026-1-5\n"
        "各位好，这是我第一次写这种材料，下面是初稿，请大家帮忙看看结构对不对。\n"
        "===以下为正文===南湾街道党工委委员2025年度民主生活会个人对照检查材料\n"
        "按照街道党工委安排，我查摆了问题。\n"
    )
    assert _title(head) == "南湾街道党工委委员2025年度民主生活会个人对照检查材料"


def test_a_title_with_stars_of_its_own_words_is_kept_whole():
    head = "★东湖区水务局领导班子2024年度民主生活会对照检查材料\n按照区委要求，班子查摆了问题。\n"
    assert _title(head) is not None


def test_replies_after_a_thread_s_end_mark_add_no_example_to_the_last_item():
    tail = (
        "——————正文完——————\n"
        "回复  1#  老党员   发表于 2026-1-12 21:40\n"
        "写得不错，措施可以再具体些，比如写明完成时限。\n"
        "回复  2#  小李   发表于 2026-1-12 22:15\n"
        "同意楼上，比如每月学习几次也可以写上。\n"
    )
    for end in ("", tail):
        text = "南湾街道党工委委员2025年度民主生活会个人对照检查材料\n" + BODY + end
        outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), load_frameworks())
        last = outline.sections[-1]
        assert last.kind == "measures"
        assert "回复" not in outline.document.text[last.start : last.end]
