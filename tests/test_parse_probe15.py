"""The parse15 probes (tests/fixtures/probes15/parse15, written before the round's code, and parse15b,
written after it and run once): titles, lines that are no part, sentences that are no point.

Probe 1 (13 materials), first run on main (ca9ff04): framework 13/13, titles 12/13 (a slogan of three
spaced phrases whose 抓落实 read as a measures part's name), sections 39/39 (precision 100 %), items
114/114, aspects 50/50, points 63/63 with precision 63/64 and examples 0/1 (a `1.` list inside a `一是`
point's example taken for the item's points, the `一是` series lost). On parse15: every kind 100 %.
Probe 2 (8 materials), first and only run on parse15's code: every kind 100 % (framework 8/8, titles 8/8,
sections 24/24, items 58/58, aspects 25/25, points 38/38, examples 1/1); on main examples 0/1 (r07's
`（1）（2）` list inside a `比如` example read as the item's points).
"""

import sys
from collections import Counter

import pytest

from conftest import FIXTURES, ROOT
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.read.rejoin import _series_runs_on

sys.path.insert(0, str(ROOT / "eval"))
from parse_accuracy import KINDS, score_files

PROBES = FIXTURES / "probes15"


@pytest.mark.parametrize("name", ["parse15", "parse15b"])
def test_the_probes_hold_their_figures(packs, name):
    total: Counter = Counter()
    for _, c in score_files(PROBES / name, packs):
        total.update(c)
    assert total["title_expected"] >= 8
    for kind in KINDS:
        assert total[kind + "_correct"] == total[kind + "_expected"], kind
        found = total.get(kind + "_found")
        if found:
            right = total["aspects_correct_nonnull"] if kind == "aspects" else total[kind + "_correct"]
            assert right == found, f"{name} {kind} precision {right}/{found}"


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _points(item):
    return [p.label for p in item.points if p.label]


HEAD = "县林业局党组成员2025年度民主生活会个人对照检查材料\n\n按照要求，现将个人对照检查情况报告如下。\n\n一、存在的问题\n"
CAUSES = "二、原因剖析\n（一）学习有所放松。\n（二）宗旨意识淡化。\n三、整改措施\n（一）加强学习。\n（二）改进作风。\n"


def test_a_numbered_list_inside_a_shi_point_is_that_points_own(packs):
    """`一是…有以下几点不足：` `1.…` `2.…` `二是…`: the numbered lines are the first point's list (an
    example's details), the item's points are 一是 and 二是, and the example is kept."""
    text = (
        HEAD
        + (
            "（一）在干事创业、担当作为方面\n"
            "一是推进项目不够有力。例如，去年林区防火通道建设出现了以下问题：\n"
            "1.开工比计划晚了两个月；\n"
            "2.验收资料不全。\n"
            "二是服务林农不够主动，林权抵押贷款的政策宣传不到位。\n"
            "（二）在坚决扛起管党治党责任方面\n"
            "一是监督不够经常。\n二是提醒不够及时。\n"
        )
        + CAUSES
    )
    item = _parse(text, packs).sections[0].items[0]
    assert _points(item) == ["一是", "二是"]
    assert sum(len(p.examples) for p in item.points) == 1


def test_numbered_lines_under_an_item_with_no_shi_series_stay_its_points(packs):
    """`1.` `2.` lines under an item whose body runs no `一是` paragraph around them are its points."""
    text = (
        HEAD
        + (
            "（一）在干事创业、担当作为方面，主要表现为：\n"
            "1.推进项目不够有力；\n"
            "2.服务林农不够主动。\n"
            "（二）在坚决扛起管党治党责任方面\n"
            "1.监督不够经常。\n2.提醒不够及时。\n"
        )
        + CAUSES
    )
    items = _parse(text, packs).sections[0].items
    assert [_points(i) for i in items] == [["1.", "2."], ["1.", "2."]]


def test_a_slogan_of_three_spaced_phrases_is_the_title(packs):
    """`守初心　找差距　抓落实` over a post-and-name line and the opening: the title, though 抓落实 names
    measures; its spaces are dropped in the title's words."""
    text = (
        "守初心　找差距　抓落实\n"
        "县林业局党组书记、局长　林海\n\n"
        "按照县委的部署，我围绕会议主题，认真学习规定篇目，广泛听取意见，现对照检查如下。\n\n"
        "一、存在的问题\n（一）在固本培元、增强党性方面。参加支部组织生活不够经常。\n"
        "（二）在干事创业、担当作为方面。推进项目不够有力。\n"
    ) + CAUSES
    assert _parse(text, packs).title == "守初心找差距抓落实"


TWO_ITEMS = (
    "（一）在干事创业、担当作为方面。推进项目不够有力。\n（二）在坚决扛起管党治党责任方面。监督不够经常。\n"
)


@pytest.mark.parametrize(
    "tail, points",
    [
        # notes under the closing formula: closing lines, not the last measure's points
        (
            "以上发言，不当之处请同志们批评指正。\n备注：\n1. 发言控制在8分钟以内；\n2. 会后报送整改清单。\n",
            [],
        ),
        # a `说明：` line with numbered lines under it but no closing formula above: the measure's points
        ("说明：\n1. 每月调度一次；\n2. 年底前完成。\n", ["1.", "2."]),
    ],
)
def test_notes_below_the_closing_formula_are_no_measures_points(packs, tail, points):
    last = _parse(HEAD + TWO_ITEMS + CAUSES + tail, packs).sections[-1].items[-1]
    assert last.heading == "改进作风"
    assert _points(last) == points


def test_an_inline_series_the_page_broke_before_a_marker_runs_on():
    """A page line running `一是…；` after its lead and the next going on `二是…；三是…`: one series."""
    assert _series_runs_on(
        "究其根源，主要有以下几点：一是理论武装不够深入，学用结合不紧；", "二是宗旨意识淡化；三是担当不够"
    )
    # the next line stops at 二是 (points on lines of their own), or the series does not run inline above
    assert not _series_runs_on(
        "究其根源，主要有以下几点：一是理论武装不够深入，学用结合不紧；", "二是宗旨意识有所淡化。"
    )
    assert not _series_runs_on(
        "一是理论武装不够深入，学用结合不紧，学习的自觉性还不够高；", "二是宗旨意识淡化；三是担当不够"
    )
    assert not _series_runs_on(
        "究其根源，主要有以下几点：一是理论武装不够深入，学用结合不紧。", "二是宗旨意识淡化；三是担当不够"
    )


def test_a_wrapped_copy_keeps_a_broken_inline_series_in_one_paragraph(packs):
    """An OCR copy wrapped at a fixed width, its causes run inline and broken right before `二是`: the
    causes part has no items (one paragraph), as written before the wrap."""
    body = (
        "按照县委要求，本人围绕会议主题，认真学习，广泛征求意见，深入查摆问题，剖析根源，明确整改措施，现将个人对照检查情况报告如下，请予批评指正。"
        "对照检查中发现，自己在政治能力、党性修养、担当作为等方面还存在一些差距，需要在今后工作中认真加以改进和提高，切实做到知行合一、学用相长。"
    )
    width = 31
    body = body * 3  # enough full lines for the page width to show
    lines = [body[k : k + width] for k in range(0, len(body), width)]
    causes = [
        "究其根源，主要有以下几点：一是理论武装不够深入，学用结合不紧；",
        "二是宗旨意识有所淡化，服务意识不强；三是担当精神有所弱化，存在",
        "求稳怕错心理。",
    ]
    text = (
        "县林业局党组成员2025年度民主生活会个人对照检查材料\n"
        + "\n".join(lines)
        + "\n一、存在的问题\n（一）在固本培元、增强党性方面\n参加支部组织生活不够经常。\n"
        + "（二）在干事创业、担当作为方面\n推进项目不够有力。\n二、问题产生的原因\n"
        + "\n".join(causes)
        + "\n三、整改措施\n（一）加强学习。\n（二）改进作风。\n"
    )
    causes_part = next(s for s in _parse(text, packs).sections if s.kind == "causes")
    assert [i.heading for i in causes_part.items if i.heading and i.by != "text"] == []


def test_two_numbers_of_a_range_are_no_label():
    """`一、二季度…`, `三、四月份…`, `1、2月份…`: a range written with 、, never a part's or item's number."""
    from mingjing.parse.labels import match_label

    for text in (
        "一、二季度全县完成投资的进度偏慢。",
        "三、四月份是开工的黄金期。",
        "1、2月份的调度会有两次取消。",
    ):
        assert match_label(text) is None, text
    assert match_label("一、存在的问题").value == 1
    assert match_label("二、三个方面的原因").value == 2  # (a count, no counted time or batch)
    assert match_label("1、2023年度整改落实情况").value == 1


UNNUMBERED = (
    "县林业局党组领导班子2025年度民主生活会对照检查材料\n\n"
    "按照县委要求，班子认真查摆问题，现报告如下。\n\n"
    "存在的问题\n"
    "（一）在强化政治忠诚、提高政治能力方面\n一是学习不够深入。\n二是落实不够有力。\n"
    "{inside_problems}"
    "（二）在干事创业、担当作为方面\n一是推进项目办法不多。\n二是服务林农不够主动。\n"
    "{before_causes}"
    "原因剖析\n（一）理论学习有所放松。\n（二）宗旨意识有所淡化。\n"
    "整改措施\n（一）加强理论学习。\n{inside_measures}（二）改进工作作风。\n"
)


@pytest.mark.parametrize(
    "where, line",
    [
        ("inside_problems", "问题表现：\n"),
        ("inside_problems", "从征求意见情况看，群众反映比较集中的问题有以下几个：\n"),
        ("inside_measures", "具体措施：\n"),
        ("inside_measures", "整改目标：\n"),
        ("before_causes", "以上问题，根源在于以下几个方面：\n"),
        ("before_causes", "针对上述问题，班子进行了深刻反思：\n"),
    ],
)
def test_a_line_inside_an_unnumbered_part_is_no_part(packs, where, line):
    """Unnumbered part headings, and inside a part a line naming its kind again, or a lead-in sentence
    right over the next heading: three parts, each item where it was."""
    slots = {"inside_problems": "", "before_causes": "", "inside_measures": ""}
    plain = _parse(UNNUMBERED.format(**slots), packs)
    slots[where] = line
    o = _parse(UNNUMBERED.format(**slots), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "原因剖析"),
        ("measures", "整改措施"),
    ]
    assert [[i.heading for i in s.items] for s in o.sections] == [
        [i.heading for i in s.items] for s in plain.sections
    ]


@pytest.mark.parametrize(
    "head, title",
    [
        (
            "“以学促干”推动高质量发展\n——在县林业局党组2025年度民主生活会上的发言",
            "“以学促干”推动高质量发展——在县林业局党组2025年度民主生活会上的发言",
        ),
        (
            (
                "2025年度民主生活会班子对照检查材料（精选）\n来源：网络　时间：2026-01-05\n"
                "县林业局党组领导班子2025年度民主生活会对照检查材料"
            ),
            "县林业局党组领导班子2025年度民主生活会对照检查材料",
        ),
        (
            (
                "2025年度民主生活会班子对照检查材料\n来源：网络　作者：佚名　阅读：3521\n"
                "县林业局党组领导班子2025年度民主生活会对照检查材料"
            ),
            "县林业局党组领导班子2025年度民主生活会对照检查材料",
        ),
        (
            "【2025年度民主生活会】县林业局党组领导班子对照检查材料",
            "【2025年度民主生活会】县林业局党组领导班子对照检查材料",
        ),
        (
            "县林业局党组领导班子2025年度民主生活会对照检查材料\n2026年1月20日",
            "县林业局党组领导班子2025年度民主生活会对照检查材料",
        ),
    ],
)
def test_titles_over_subtitles_and_under_page_headlines(packs, head, title):
    body = UNNUMBERED.format(inside_problems="", before_causes="", inside_measures="").split("\n", 1)[1]
    assert _parse(head + "\n" + body, packs).title == title
