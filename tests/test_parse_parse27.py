"""Round r27 (parse27, issue 11): parse sets 51/52's misses, by class.

- A page's rule line (`────────`, `══════`, `＝＝＝＝`) between its header and the title is no piece of the title
  (set 51's b08).
- A row of bracketed page controls under a byline (`【字体：大 中 小】　【打印本页】　【关闭窗口】`) heads no part
  (set 51's b01).
- An outline's aspect-and-colon line (`（一）政治纪律方面：理论学习…结合不紧`) over numbered points with no sentence
  in them is headed by the aspect alone, as over dash points; over points written as sentences the whole line
  stays the heading (set 52's b08; sets 38 and 42 hold the other reading).
- A lead-in run into its paragraph (`产生以上问题的原因主要是：…；…。`) right under a part's heading line, nothing
  between, is that part's text, never a second part, whatever kind its words name (set 52's b09; probe 2's q05).
"""

import pytest

from test_parse_realpages24 import _parse

_BODY = [
    "一、存在的问题",
    "（一）在强化政治忠诚方面。一是学习不够系统；二是研讨不够深入。",
    "（二）在担当作为方面。一是攻坚办法不多；二是回应群众不及时。",
    "二、原因剖析",
    "（一）理论武装不够深入。",
    "（二）宗旨意识有所淡化。",
    "三、整改措施",
    "（一）每月集中学习一次。",
    "（二）年内办结群众诉求。",
]


@pytest.mark.parametrize(
    "rule", ["────────────────", "══════════════", "＝＝＝＝＝＝＝＝＝＝", "***********"]
)
def test_a_rule_line_over_the_title_is_no_piece_of_it(rule, packs):
    title = "桐川县供销合作社领导班子2025年度民主生活会对照检查材料"
    text = "\n".join([f"{title} - 供销范文网", "上传者：某某　　页数：5", rule, "", title, "", *_BODY])
    outline = _parse(text, packs)
    assert outline.title == title
    assert [s.kind for s in outline.sections] == ["problems", "causes", "measures"]


@pytest.mark.parametrize(
    "controls",
    [
        "【字体：大 中 小】　【打印本页】　【关闭窗口】",
        "【字号：大 中 小】 【我要打印】 【关闭】",
        "【打印】【返回顶部】【收藏本页】",
    ],
)
def test_a_row_of_bracketed_page_controls_heads_no_part(controls, packs):
    text = "\n".join(
        [
            "2025年度民主生活会个人对照检查材料",
            "县委委员、副县长 田守中",
            "发布时间：2026-01-12　来源：县政府办",
            controls,
            "按照县委的部署，我认真做了会前准备。现报告如下。",
            "【存在的问题】",
            "（一）在强化政治忠诚方面。一是学习不够系统；二是研讨不够深入。",
            "【原因分析】",
            "（一）理论武装不够深入。",
            "【整改措施】",
            "（一）每月集中学习一次。",
        ]
    )
    assert [(s.kind, s.heading) for s in _parse(text, packs).sections] == [
        ("problems", "存在的问题"),
        ("causes", "原因分析"),
        ("measures", "整改措施"),
    ]


def _aspect_colon(points: list[str]) -> str:
    return "\n".join(
        [
            "2025年度组织生活会个人发言提纲",
            "一、对照六项纪律查摆的问题",
            "（一）政治纪律方面：理论学习与本职工作结合不紧",
            *points,
            "（二）工作纪律方面：抓落实的韧劲不足",
            *points,
            "二、问题产生的原因",
            "（一）理论学习满足于完成规定动作",
            "三、整改措施",
            "（一）每月集中学习一次",
        ]
    )


@pytest.mark.parametrize("label", ["（{}）", "{}.", "{}、"])
def test_an_outlines_aspect_line_over_points_with_no_sentence_is_headed_by_the_aspect(label, packs):
    points = [label.format(1) + "学习后没有及时组织专题研讨", label.format(2) + "对群里的不实信息引导不及时"]
    problems = _parse(_aspect_colon(points), packs).sections[0]
    assert [i.heading for i in problems.items] == ["政治纪律方面", "工作纪律方面"]


def test_an_aspect_line_over_sentences_keeps_the_whole_line(packs):
    points = ["（1）学习后没有及时组织专题研讨。", "（2）对群里的不实信息引导不及时。"]
    problems = _parse(_aspect_colon(points), packs).sections[0]
    assert [i.heading for i in problems.items] == [
        "政治纪律方面：理论学习与本职工作结合不紧",
        "工作纪律方面：抓落实的韧劲不足",
    ]


@pytest.mark.parametrize(
    "heading, lead",
    [
        ("【问题产生的原因】", "产生以上问题的原因主要是"),
        ("【原因剖析】", "分析问题产生的原因主要有"),
        ("二、原因剖析", "产生上述问题的原因主要表现在"),
        ("【问题原因】", "检视出的问题主要表现在"),  # (its words name the problems: still the causes' text)
    ],
)
def test_a_lead_in_run_into_its_paragraph_under_a_causes_heading_is_its_text(heading, lead, packs):
    text = "\n".join(
        [
            "党纪学习教育专题组织生活会个人检视剖析材料",
            "【检视的问题】" if heading.startswith("【") else "一、检视的问题",
            "（一）政治纪律方面。一是学习不深；二是辨别不敏锐。",
            heading,
            f"{lead}：学习停留在读条文；对自己要求不严；宗旨意识不强。",
            "【整改措施】" if heading.startswith("【") else "三、整改措施",
            "（一）逐章学习条例。",
        ]
    )
    sections = _parse(text, packs).sections
    assert [s.kind for s in sections] == ["problems", "causes", "measures"]
    assert sections[1].heading == heading.strip("【】").split("、")[-1]
