"""A text whose own title (or opening) names another genre is told so once (S100) and proofread,
with no structure finding; a material's title keeps the material's review."""

from __future__ import annotations

import pytest

from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.other_genres import title_genre
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD


@pytest.mark.parametrize(
    "title,genre",
    [
        ("北坡村党支部2023年度组织生活会主持词", "主持词"),
        ("县林业局局长2024年度述职述责述廉报告", "述职报告"),
        ("关于2024年度机关党委民主生活会召开情况的报告", "情况报告"),
        ("在全区警示教育大会上的讲话（5200字）", "讲话稿"),
        ("第二季度支部书记讲党课：把纪律挺在前面", "讲话稿"),
        ("街道2023年工作总结范文", "工作总结或计划"),
        ("关于召开2024年度组织生活会的通知", "通知"),
        ("王丽2023年度组织生活会个人对照检查材料", None),
        ("县财政局班子民主生活会对照检查情况报告", None),
        ("关于落实中央八项规定精神的自查报告", None),
        ("李强2024年度民主生活会发言提纲", None),
        ("", None),
    ],
)
def test_title_genre(title, genre):
    assert title_genre(title) == genre


DEBRIEF = (
    "2023年，我担任学院党委书记，认真履行管党治党第一责任人职责，现将抓基层党建工作情况述职如下。\n"
    "一、履职情况\n"
    "（一）抓理论武装。全年组织党委理论学习中心组学习十二次，专题研讨四次，各支部开展主题党日活动六十余场，"
    "教工党员参加学习的比例达到百分之九十五以上，学生党员全部完成网上培训，学院的部份支部还结合专业开展了宣讲。\n"
    "（二）抓支部建设。推动七个教工党支部书记全部由“双带头人”担任，新发展学生党员二十三名，"
    "完成支部换届三个，支部活动经费全部按时拨付到位，年底对各支部工作进行了考核评比。\n"
)
SCRIPT = (
    "河西社区第二党支部2024年度组织生活会主持词\n"
    "同志们：\n"
    "按照街道党工委的统一部署，今天我们召开2024年度组织生活会。会前，支部组织党员集中学习了党章和《中国共产党"
    "纪律处分条例》，通过座谈和走访征求意见建议十五条，支委之间、支委与党员之间普遍开展了谈心谈话。今天会议"
    "有四项议程：一是支部书记代表支委会作对照检查；二是党员逐一开展批评与自我批评；三是民主评议党员；四是请"
    "指导组同志讲话。应到党员三十一名，实到二十八名，三名同志因病因公请假，符合规定人数，下面开始第一项议程。\n"
)


def review(text: str, packs):
    return review_outline(parse_document(read_bytes(text.encode("utf-8"), "t.txt", ".txt"), packs), packs)


def test_a_meeting_script_is_refused_once_and_has_no_structure_finding(packs):
    report = review(SCRIPT, packs)
    refusal = [f for f in report.findings if f.code == "S100"]
    assert len(refusal) == 1 and "主持词" in refusal[0].message
    assert not [
        f
        for f in report.findings
        if f.category not in ("typo", "formulation", "punctuation", "residue") and f.code != "S100"
    ]
    assert report.verdict == "reject"


def test_an_untitled_debrief_is_another_genre_and_still_proofread(packs):
    report = review(DEBRIEF, packs)
    assert [f.code for f in report.findings if f.category == "structure"] == ["S100"]
    assert "述职报告" in report.findings[0].message or any("述职报告" in f.message for f in report.findings)
    assert any(f.excerpt == "部份" for f in report.findings)  # the wording is still read


def test_a_material_titled_as_a_report_on_its_examination_is_reviewed_as_a_material(packs):
    report = review(GOOD.replace("个人对照检查材料", "个人对照检查情况报告"), packs)
    assert "S100" not in [f.code for f in report.findings]
