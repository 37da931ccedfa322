"""The parse17 probes (tests/fixtures/probes17/parse17, written before the round's code, and parse17b,
written after it and run once): a post and its holder's name over the meeting's line, examples after an
outline's `——` or a list's glyph, a site's links after the text, a lone `典型案例` line inside the problems,
parts after an aspect-major material's rounds.

Probe 1 (11 materials), first run on main (f81a5be9): framework 11/11, titles 6/11, sections 42/43 (precision
42/43), items 85/87 (precision 85/86), aspects 40/42, points 50/52 (precision 50/58), examples 8/16. On parse17:
every kind 100 %, every precision 100 %.
Probe 2 (6 materials), first and only run on parse17's code: every kind 100 %, point precision 19/30 — `●`
bullet lines under r02's items read as points (the sets' convention counts only 一是 and （1） markers; main
the same) and r03's `1.` links under a `推荐阅读` line the reader drops. On main: titles 4/6, sections 24/25,
items precision 48/49, examples 5/9, point precision 19/30.
"""

import sys
from collections import Counter

import pytest

from conftest import FIXTURES, ROOT
from mingjing.parse import parse_document
from mingjing.parse.labels import announces_example, example_spans
from mingjing.read import read_bytes
from mingjing.read.rejoin import split_title

sys.path.insert(0, str(ROOT / "eval"))
from parse_accuracy import KINDS, score_files

PROBES = FIXTURES / "probes17"
# below 100 %: what the first run found (precision as right / found)
PRECISION = {"parse17": {}, "parse17b": {"points": (19, 30)}}


@pytest.mark.parametrize("name", ["parse17", "parse17b"])
def test_the_probes_hold_their_figures(packs, name):
    total: Counter = Counter()
    for _, c in score_files(PROBES / name, packs):
        total.update(c)
    assert total["title_expected"] >= 6
    for kind in KINDS:
        assert total[kind + "_correct"] == total[kind + "_expected"], kind
        found = total.get(kind + "_found")
        if found:
            right = total["aspects_correct_nonnull"] if kind == "aspects" else total[kind + "_correct"]
            floor = PRECISION[name].get(kind)
            assert right / found >= (floor[0] / floor[1] if floor else 1.0), f"{name} {kind} {right}/{found}"


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


BODY = (
    "按照支部要求，我对照六项纪律查找了问题，现报告如下。\n"
    "一、存在的问题\n（一）政治纪律方面。学习不够深入。\n（二）工作纪律方面。下乡指导少。\n"
    "二、整改措施\n（一）加强学习。每周自学。\n（二）改进作风。每月下乡。\n"
)


@pytest.mark.parametrize(
    "head, title",
    [
        # a post and its holder's name after one space, right over the meeting's line: the title's first line
        (
            "县林业局党组成员、副局长 林海\n2025年度民主生活会对照检查材料\n",
            "县林业局党组成员、副局长林海2025年度民主生活会对照检查材料",
        ),
        (
            "县中医院党委书记 郑群\n主题教育专题民主生活会发言提纲\n",
            "县中医院党委书记郑群主题教育专题民主生活会发言提纲",
        ),
        # a byline: the name set apart by a wide gap, a blank line under it, a member's line, brackets
        (
            "县林业局党组成员、副局长  林海\n2025年度民主生活会对照检查材料\n",
            "2025年度民主生活会对照检查材料",
        ),
        (
            "县林业局党组成员、副局长 林海\n\n2025年度民主生活会对照检查材料\n",
            "2025年度民主生活会对照检查材料",
        ),
        ("县林业局机关党支部党员 林海\n2025年度组织生活会对照检查材料\n", "2025年度组织生活会对照检查材料"),
        ("（县林业局副局长 林海）\n2025年度民主生活会对照检查材料\n", "2025年度民主生活会对照检查材料"),
    ],
)
def test_a_post_and_name_over_the_meetings_line_heads_the_title(packs, head, title):
    assert _parse(head + BODY, packs).title == title


def test_a_close_post_and_name_joins_only_when_close():
    first, second = "县林业局党组成员、副局长 林海", "2025年度民主生活会对照检查材料"
    assert split_title(first, second)
    assert not split_title(first, second, close=False)
    assert not split_title("——县林业局局长 林海", second)  # a speaker's dash line


@pytest.mark.parametrize(
    "text, count",
    [
        ("学用脱节\n——比如，中心组研讨4次，只有1次联系实际", 1),
        ("学用脱节\n—— 例如，全年只讲过1次党课", 1),
        ("学用脱节。\n● 比如，一份报表填错了单位", 1),
        ("学用脱节\n——例如\n", 1),
        ("学用脱节\n——如何改进，还没有想清楚", 0),  # no example word
        ("学用脱节\n——对案例教学重视不够", 0),
    ],
)
def test_an_example_after_a_dash_or_a_glyph_counts(text, count):
    assert len(example_spans(text)) == count


def test_outline_bullets_that_run_on_stay_lines_of_their_own(packs):
    """`——` bullets with no full stop, long enough to run on: each its own line, so `——例如` opens its example."""
    long = "对集团内社区卫生服务中心人员统筹使用顾虑多，推进缓慢，担心影响本院自身的医疗力量，协调的办法不多"
    lines = "".join(
        f"——{long}{k}\n——例如，检查结果互认喊了两年，至今只实现了检验结果互认{k}\n" for k in range(3)
    )
    text = (
        "县医院党委书记2023年主题教育专题民主生活会发言提纲\n"
        "一、主要问题\n（一）担当作为方面：攻坚克难的劲头不足\n"
        + lines
        + "二、整改方向\n1.推动改革攻坚\n2.改进工作作风\n"
    )
    item = _parse(text, packs).sections[0].items[0]
    assert sum(len(p.examples) for p in item.points) == 3


@pytest.mark.parametrize(
    "tail, points",
    [
        ("往期推荐\n▶ 我局开展春节前专项检查\n▶ 这些知识请收好\n阅读 2241\n", 0),
        (
            "▶ 我局开展春节前专项检查\n▶ 这些知识请收好\n",
            0,
        ),  # the list's name dropped: the glyphs after the formula
        ("相关文章：\n1.我局开展春节前专项检查\n2.这些知识请收好\n", 0),
    ],
)
def test_a_sites_links_after_the_text_are_no_points(packs, tail, points):
    text = (
        "县市场监管局党支部书记2025年度组织生活会个人对照检查材料\n"
        "一、存在的问题\n（一）政治纪律方面。学习不够深入。\n（二）工作纪律方面。检查重形式。\n"
        "二、整改措施\n（一）强化学习。每月学习一次。\n（二）改进执法。建立台账。\n"
        "以上对照检查，请同志们批评指正。\n" + tail
    )
    last = _parse(text, packs).sections[-1].items[-1]
    assert len([p for p in last.points if p.label]) == points


def test_glyph_points_before_the_closing_formula_stay_points(packs):
    text = (
        "县市场监管局党支部书记2025年度组织生活会个人对照检查材料\n"
        "一、存在的问题\n（一）政治纪律方面。学习不够深入。\n（二）工作纪律方面。检查重形式。\n"
        "二、整改措施\n（一）强化学习\n▶ 每月学习一次。\n▶ 每季度讲一次党课。\n（二）改进执法\n▶ 建立台账。\n▶ 每月通报。\n"
        "以上对照检查，请同志们批评指正。\n"
    )
    last = _parse(text, packs).sections[-1].items[-1]
    assert len([p for p in last.points if p.label]) == 2


@pytest.mark.parametrize(
    "line, announces",
    [
        ("典型案例", True),
        ("典型事例：今年7月一份报告迟报。", True),
        ("具体事例如下：", True),
        ("典型案例剖析", False),
    ],
)
def test_a_line_announcing_an_example(line, announces):
    assert announces_example(line) == announces


def test_a_lone_case_line_inside_the_problems_opens_no_part(packs):
    """Unnumbered part headings; `典型案例` alone over a paragraph inside the problems: that item's example."""
    text = (
        "县卫健局机关党支部党员2024年党纪学习教育专题组织生活会个人对照检查材料\n"
        "存在的问题\n（一）政治纪律方面\n学习浮于表面。\n（二）组织纪律方面\n请示报告不够及时。\n典型案例\n"
        "今年7月一起纠纷，我第二天才书面报告。\n（三）工作纪律方面\n督导重台账。\n"
        "整改措施\n（一）加强学习。每月自学。\n（二）严格报告。当天书面报告。\n"
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]
    assert len(o.sections[0].items) == 3


def test_a_case_part_after_the_problems_is_still_a_part(packs):
    text = (
        "县卫健局党组2024年度民主生活会对照检查材料\n"
        "存在的问题\n（一）政治纪律方面\n学习浮于表面。\n（二）组织纪律方面\n请示报告不够及时。\n"
        "典型案例剖析\n今年7月一起违纪案件暴露出监管漏洞。\n"
        "整改措施\n（一）加强学习。每月自学。\n（二）严格报告。当天书面报告。\n"
    )
    assert [s.kind for s in _parse(text, packs).sections] == ["problems", "other", "measures"]


def test_a_part_after_an_aspect_major_materials_rounds_is_a_part(packs):
    """`（一）…方面` rounds (存在问题 / 原因 / 整改措施) under `一、存在的问题及原因、整改措施`, then `二、…`."""
    rounds = "".join(
        f"（{n}）{a}方面\n存在问题：一是学习不够；二是落实不够。\n原因：重视不够。\n整改措施：每周自学。\n"
        for n, a in zip("一二三", ("政治纪律", "廉洁纪律", "工作纪律"))
    )
    text = (
        "县农业农村局党员2024年党纪学习教育专题组织生活会个人对照检查材料\n"
        "一、存在的问题及原因、整改措施\n"
        + rounds
        + "二、上年度整改落实情况\n上年度的3个问题已整改完成2个。\n"
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"] * 3 + ["other"]
    assert o.sections[-1].heading == "上年度整改落实情况"
