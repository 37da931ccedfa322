"""The parse16 probes (tests/fixtures/probes16/parse16, written before the round's code, and parse16b,
written after it and run once): sub-headings inside problem items, theme lines under a title, `【…方面】`
and `■`/`◆`/`▲` item marks, named examples, pages cut inside their problems.

Probe 1 (13 materials), first run on main (fe806b8): framework 13/13, titles 11/13 (two `——` theme lines
under a whole title not joined), sections 34/34, items 97/101 (precision 97/100: `【在…方面】` lines alone
not read as items, their `一是` paragraphs read instead), aspects 37/43, points 28/34, examples 0/3
(`典型事例：`, `典型案例` over a paragraph). After that run two items' aspects were relabelled (s02's
`管党治党责任压得不实`, s12's third problem: the pack's 管党治党 aspect their words name; main then 39/43).
On parse16: every kind 100 %.
Probe 2 (9 materials), first and only run on parse16's code: framework 8/9, titles 9/9, sections 25/25,
items 66/66, aspects 26/26, points 16/16, examples 2/2, every precision 100 % — the one miss t06, a cut
page with no title and no year that the pack rule gives dangji-2024 from two of its six disciplines
(annotated `null`: two packs share them). On main: framework 8/9, titles 8/9, sections 25/25 (precision
25/31), items 58/66 (precision 58/71), aspects 20/26, points 10/16, examples 0/2.
"""

import sys
from collections import Counter

import pytest

from conftest import FIXTURES, ROOT
from mingjing.parse import parse_document
from mingjing.parse.labels import example_spans
from mingjing.read import read_bytes
from mingjing.read.rejoin import theme_line

sys.path.insert(0, str(ROOT / "eval"))
from parse_accuracy import KINDS, score_files

PROBES = FIXTURES / "probes16"
FLOORS = {"parse16": {}, "parse16b": {"framework": 8}}  # below 100 %: what the first run found


@pytest.mark.parametrize("name", ["parse16", "parse16b"])
def test_the_probes_hold_their_figures(packs, name):
    total: Counter = Counter()
    for _, c in score_files(PROBES / name, packs):
        total.update(c)
    assert total["title_expected"] >= 9
    for kind in KINDS:
        floor = FLOORS[name].get(kind, total[kind + "_expected"])
        assert total[kind + "_correct"] >= floor, kind
        found = total.get(kind + "_found")
        if found:
            right = total["aspects_correct_nonnull"] if kind == "aspects" else total[kind + "_correct"]
            assert right == found, f"{name} {kind} precision {right}/{found}"


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


TITLE = (
    "县林业局党支部党员2025年度组织生活会个人对照检查材料\n\n按照支部要求，现将个人对照检查情况报告如下。\n\n"
)
ITEM = "（{n}）{aspect}方面。{text}\n{subs}"
ASPECTS = [("政治纪律", "学习不够深入。"), ("工作纪律", "下乡指导少。"), ("廉洁纪律", "防范意识不强。")]


def _per_item(subs: str, head: str = "存在的问题\n", tail: str = "") -> str:
    items = "".join(
        ITEM.format(n="一二三"[k], aspect=a, text=t, subs=subs) for k, (a, t) in enumerate(ASPECTS)
    )
    return TITLE + head + items + tail


@pytest.mark.parametrize(
    "subs",
    [
        "原因分析：\n思想上重视不够。\n整改措施：\n每月专题学习一次。\n",
        "原因：思想上重视不够。\n整改措施：每月专题学习一次。\n",
        "【原因剖析】思想上重视不够。\n【整改措施】每月专题学习一次。\n",
        "具体表现：\n表现在多个环节。\n典型案例：\n今年3月一份文件延误了一周。\n",
    ],
)
@pytest.mark.parametrize("head", ["存在的问题\n", "一、存在的问题\n"])
def test_sub_headings_under_every_item_of_a_series_open_no_part(packs, subs, head):
    """Each problem given its own cause and measure (or case) by lines under it: one problems part with
    its three items, whether the part's heading is numbered or not."""
    o = _parse(_per_item(subs, head), packs)
    assert [s.kind for s in o.sections] == ["problems"]
    assert [i.heading for i in o.sections[0].items] == [a + "方面" for a, _ in ASPECTS]


def test_real_parts_after_items_with_sub_headings_stay_parts(packs):
    """The causes and measures parts after such items are parts still (the last item's own lines are
    counted off the pattern first)."""
    tail = "原因剖析\n（一）学习不够。\n（二）作风不实。\n整改措施\n（一）加强学习。\n（二）改进作风。\n"
    o = _parse(_per_item("原因：重视不够。\n措施：加强学习。\n", tail=tail), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "原因剖析"),
        ("measures", "整改措施"),
    ]
    assert [len(s.items) for s in o.sections] == [3, 2, 2]


def test_parts_numbered_on_across_their_headings_stay_parts(packs):
    """Items numbered on across unnumbered part headings (`（一）（二）` problems, `原因分析`, `（三）（四）`):
    a gap with no such line breaks the pattern, so the headings still head parts."""
    text = (
        TITLE
        + "存在的问题\n（一）政治纪律方面。学习不够深入。\n（二）工作纪律方面。下乡指导少。\n"
        + "原因分析\n（三）理论学习不够。\n（四）作风不实。\n"
        + "整改措施\n（五）加强学习。\n（六）改进作风。\n"
    )
    assert [s.kind for s in _parse(text, packs).sections] == ["problems", "causes", "measures"]


def test_an_aspect_major_material_keeps_its_rounds(packs):
    """`存在问题：` under each aspect names the problems: aspect-major rounds, not item sub-headings."""
    text = TITLE + "".join(
        f"{'一二'[k]}、在{a}方面\n存在问题：{t}\n原因剖析：重视不够。\n整改措施：加强学习。\n"
        for k, (a, t) in enumerate(ASPECTS[:2])
    )
    kinds = [s.kind for s in _parse(text, packs).sections]
    assert kinds == ["problems", "causes", "measures"] * 2


@pytest.mark.parametrize(
    "line, aspect_item",
    [
        ("【在政治纪律方面】", True),
        ("【在强化政治忠诚、提高政治能力上】", True),
        ("【征求意见情况】", False),  # no aspect: no item heading of its own
    ],
)
def test_a_bracketed_aspect_line_alone_heads_its_item(packs, line, aspect_item):
    text = (
        TITLE
        + "一、存在的问题\n"
        + f"{line}\n一是学习不够深入。二是落实不够有力。\n"
        + "【在工作纪律方面】\n一是下乡指导少。二是办事拖延。\n"
        + "二、原因剖析\n（一）学习不够。\n（二）作风不实。\n"
    )
    headings = [i.heading for i in _parse(text, packs).sections[0].items]
    assert (line.strip("【】") in headings) == aspect_item


@pytest.mark.parametrize(
    "second, joined",
    [
        ("——聚焦“五个带头”深入查摆问题", True),
        ("——以“五个带头”为镜，深入查摆问题", True),
        ("——县交通运输局局长 马骏", False),  # the speaker
        ("——县交通运输局局长马骏", False),
        ("————————————", False),  # a divider
        ("——来源：县委办公室", False),
    ],
)
def test_a_theme_line_under_a_whole_title_joins_it(second, joined):
    assert theme_line(second) == joined


def test_a_theme_line_joins_the_title_but_a_speaker_line_does_not(packs):
    body = "按照县委要求，现报告如下。\n\n一、存在的问题\n（一）在政治纪律方面。学习不够。\n（二）在工作纪律方面。作风不实。\n"
    head = "县林业局党组2025年度民主生活会对照检查材料\n"
    assert _parse(head + "——聚焦“五个带头”查摆问题\n" + body, packs).title.endswith(
        "——聚焦“五个带头”查摆问题"
    )
    assert _parse(head + "——县林业局局长 林海\n" + body, packs).title == head.strip()


@pytest.mark.parametrize(
    "text, count",
    [
        ("一是审核不严。\n典型事例：今年3月有一笔资金滞留。", 1),
        ("一是审核不严。\n典型案例\n今年3月有一笔资金滞留。", 1),
        ("一是审核不严。\n具体事例如下：今年3月有一笔资金滞留。", 1),
        ("一是审核不严，组织了典型案例学习。", 0),  # the words inside a sentence: no example announced
        ("一是对案例教学重视不够。", 0),
    ],
)
def test_a_line_announcing_an_example_is_one(text, count):
    assert len(example_spans(text)) == count


def test_a_forum_posters_counters_are_no_title(packs):
    """A thread's poster lines (`楼主 … 发表于 …`, `阅读权限 20 帖子 356 积分 1102`, the edit stamp) and the
    poster's own sentence stand over the material's title: the title is the material's."""
    text = (
        "公文交流区 › 党建材料\n【原创分享】县局党员党纪学习教育对照检查（已脱敏，求轻拍）\n"
        "楼主 老李 发表于 2024-7-28 21:13\n"
        "阅读权限 20 帖子 356 积分 1102\n本帖最后由 老李 于 2024-7-28 21:20 编辑\n"
        "刚开完会，把材料发上来，大家参考。\n"
        "王海同志党纪学习教育专题组织生活会个人对照检查材料\n"
        "按照要求，我对照六项纪律查找了问题，现报告如下。\n"
        "一、存在的问题\n（一）政治纪律方面。学习不够。\n（二）工作纪律方面。作风不实。\n"
    )
    assert _parse(text, packs).title == "王海同志党纪学习教育专题组织生活会个人对照检查材料"


def test_contents_lines_whose_page_numbers_are_field_errors_head_no_part(packs):
    """A Word contents whose page references failed (`\t错误！未定义书签。`): contents lines, no parts."""
    contents = "".join(
        f"第{n}部分  {h}\t错误！未定义书签。\n"
        for n, h in zip("一二三", ("存在的问题", "原因剖析", "整改措施"))
    )
    text = (
        "县卫生院党支部书记2025年度组织生活会个人对照检查材料\n目录\n"
        + contents
        + "按照要求，现报告如下。\n"
        + "第一部分  存在的问题\n一是学习不够。\n二是作风不实。\n"
        + "第二部分  原因剖析\n一是理论学习放松。\n二是宗旨意识淡化。\n"
        + "第三部分  整改措施\n一是加强学习。\n二是改进作风。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "原因剖析"),
        ("measures", "整改措施"),
    ]


def test_a_title_at_a_scans_width_does_not_run_into_the_preamble(packs):
    """A scanned copy wrapped at the title's own width: the title line names the document, no sentence
    mark — it never runs on into the sentence under it."""
    preamble = (
        "根据市委关于开好民主生活会的通知要求，局领导班子把学习贯彻党的二十大精神贯穿会前准备全过程，" * 3
    )
    width = 26  # (the title's own width: 23 characters and four digits)
    lines = [preamble[k : k + width] for k in range(0, len(preamble), width)]
    text = (
        "柳江市路政局领导班子2022年度民主生活会对照检查材料\n"
        + "\n".join(lines)
        + "现报告如下。\n一、存在的问题\n（一）在政治方面。学习不够。\n（二）在作风方面。作风不实。\n"
    )
    assert _parse(text, packs).title == "柳江市路政局领导班子2022年度民主生活会对照检查材料"


@pytest.mark.parametrize(
    "labels, problems",
    [
        ("一二三三五六", True),  # `（三）` twice: the writer's slip in a run of six
        ("一二三五六七", True),  # one number skipped
        ("一二一二", False),  # two runs, a restart: no slip
        ("一三", False),  # too short a run to tell a slip from a break
    ],
)
def test_one_numbering_slip_keeps_a_cut_pages_problems(packs, labels, problems):
    """A page cut below its problems heading, its aspect items numbered with one slip, then the causes."""
    aspects = ["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"]
    text = (
        "说明：本提纲按要求列出要点，会上展开发言。\n\n"
        + "".join(f"（{n}）{a}方面\n（1）学得不够系统。\n（2）结合不紧。\n" for n, a in zip(labels, aspects))
        + "二、原因剖析\n（一）理想信念有所松懈。\n（二）宗旨意识有所淡化。\n"
        + "三、整改方向\n（一）在深化理论武装上下功夫。\n（二）在转变作风上下功夫。\n"
    )
    kinds = [s.kind for s in _parse(text, packs).sections]
    assert (kinds[:1] == ["problems"]) == problems


@pytest.mark.parametrize(
    "line, named",
    [
        ("存在问题一：学习不够深入。", True),
        ("突出问题2：服务企业不够精准。", True),
        ("主要问题三、落实不够有力。", True),
        ("存在的问题 1、学习方面：学习抓得不紧。", False),  # a part's heading run into its first item
        ("存在问题较多，主要是学习不够。", False),
    ],
)
def test_a_problem_named_and_numbered_is_an_item_label(line, named):
    from mingjing.parse.labels import NAMED_RANK, match_label

    label = match_label(line)
    assert (label is not None and label.rank == NAMED_RANK) == named
