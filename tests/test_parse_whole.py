"""The outline is decided as a whole: lead-in sentences, stray paragraphs, locality of edits."""

import pytest

from conftest import FIXTURES
from test_parse import check_offsets, parse_text

REALFORMS = FIXTURES / "realforms" / "materials"
ALL_MATERIALS = sorted(
    [
        *(FIXTURES / "materials").glob("*.txt"),
        *REALFORMS.glob("*.txt"),
        *(FIXTURES / "heldout" / "materials").glob("*.txt"),
    ]
)
LEAD_IN = (REALFORMS / "leadin_inline_items.txt").read_text(encoding="utf-8")


def shape(outline):
    return [(s.kind, s.heading, [i.heading for i in s.items]) for s in outline.sections]


def test_lead_in_sentences_are_intro_text_not_headings(packs):
    o = parse_text(LEAD_IN, packs)
    check_offsets(o)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "检视出的问题"),
        ("causes", "问题产生的原因"),
        ("measures", "整改措施"),
    ]
    assert [len(s.items) for s in o.sections] == [6, 3, 3]
    assert o.framework.id == "zhuti-2023"
    assert o.confidence >= 0.9
    assert all(s.by == "label" for s in o.sections)
    causes = o.sections[1]
    assert "究其原因" in o.document.text[causes.heading_end : causes.items[0].start]


def test_cutting_the_text_after_causes_keeps_the_same_parts(packs):
    whole = parse_text(LEAD_IN, packs)
    cut = parse_text(LEAD_IN[: LEAD_IN.index("三、整改措施")], packs)
    assert shape(cut) == shape(whole)[:2]


@pytest.mark.parametrize(
    "stray",
    [
        "存在的问题",
        "原因分析",
        "下一步打算",
        "针对上述问题，今后我将从以下方面改进：",
        "第1页 共3页",
        "【整改措施】",
        "整改措施：见附件。",
    ],
)
def test_one_stray_paragraph_does_not_flip_the_outline(packs, stray):
    lines = LEAD_IN.split("\n")
    whole = [(s.kind, s.heading) for s in parse_text(LEAD_IN, packs).sections]
    for at in range(2, len(lines)):
        text = "\n".join([*lines[:at], stray, *lines[at:]])
        where = len("\n".join(lines[:at])) + 1
        got = [(s.kind, s.heading) for s in parse_text(text, packs).sections if s.start != where]
        assert got == whole, (at, stray)


def test_problems_items_without_a_heading_are_found_by_position(packs):
    text = (
        "王海2023年度主题教育专题民主生活会对照检查材料\n"
        "会前我学习了规定篇目，征求意见4条，现对照六个方面做如下对照检查：\n"
        "（一）在理论学习方面。学习不系统，读原著少。\n（二）在政治素质方面。政治敏锐性不强。\n"
        "二、产生问题的原因\n（一）学习自觉性不够。\n三、整改措施\n（一）每周读原著半天。\n"
    )
    o = parse_text(text, packs)
    check_offsets(o)
    assert [(s.kind, s.by) for s in o.sections] == [
        ("problems", "position"),
        ("causes", "label"),
        ("measures", "label"),
    ]
    assert [i.heading for i in o.sections[0].items] == ["在理论学习方面", "在政治素质方面"]
    assert [i.aspect for i in o.sections[0].items] == ["理论学习", "政治素质"]


def test_by_tells_how_each_part_and_item_was_recognised(packs):
    o = parse_text((REALFORMS / "colon_parts_no_labels.txt").read_text(encoding="utf-8"), packs)
    assert [s.by for s in o.sections] == ["keyword"] * 3
    assert [i.by for i in o.sections[0].items] == ["keyword", "keyword"]
    # the causes part's one plain paragraph: the part's own text, no item (model.TEXT_ITEM)
    assert [i.by for i in o.sections[1].items] == ["text"]


def shape_one(s):
    return (s.kind, s.heading, tuple(i.heading for i in s.items))


STRAYS = ("存在的问题", "究其原因，主要有以下几点：", "第2页 共5页", "这一年工作很忙。")


CAUSES_LEAD_IN = STRAYS[1]
PART_NAMING = STRAYS[:2]


def _named_parts(outline) -> bool:
    """Some part of the outline is named by its heading's words (not found by position, not `other`)."""
    return any(s.by != "position" and s.kind != "other" for s in outline.sections)


def _headless_at(outline, at: int) -> bool:
    """The offset falls inside or before a problems part that no heading names (found by position):
    what a stray lead-in puts above its items decides what they are."""
    return any(s.by == "position" and s.kind == "problems" and at <= s.end for s in outline.sections)


def _assert_local(base, edited, at: int, shift: int, removed: bool, why):
    """Parts: the same list, except a part headed by the edited paragraph itself (whose items may
    then be found by position, as when a material has no problems heading, or which its lead-in
    sentence now opens). Items: the same in every part that neither holds the edit nor stands just
    before it."""
    inside = (lambda s: at <= s.start < at - shift) if removed else (lambda s: False)
    # a removed part heading whose part goes on under its lead-in sentence (`究其原因，主要有以下几点：`
    # now opening causes, with no heading): the same part, started by what stood under the heading
    gone = {s.kind for s in base.sections if inside(s)}
    added = (
        (lambda s: at <= s.start < at + shift)
        if not removed
        else (lambda s: s.start == at and not s.heading and s.kind in gone)
    )
    # a stray lead-in added just above a part that a lead-in opens with no heading: it opens that part
    opened = {s.kind for s in edited.sections if added(s)} if not removed else set()
    # a part heading added right above a numbered part that names no kind (`存在的问题` over
    # `一、关于医院领导班子`) may take that part as its first item
    next_other = next((s for s in base.sections if s.start >= at), None) if opened else None
    if next_other is not None and next_other.kind != "other":
        next_other = None
    heads = [
        (s.kind, s.heading)
        for s in base.sections
        if not inside(s)
        and s.by != "position"
        and not (s.start == at and not s.heading and s.kind in opened)
        and s is not next_other
    ]
    got = [(s.kind, s.heading) for s in edited.sections if not added(s) and s.by != "position"]
    got = [h for h in got if next_other is None or h != (next_other.kind, next_other.heading)]
    assert got == heads, why
    before = [shape_one(s) for s in base.sections if s.end < at][:-1]
    base_end = at - shift if removed else at  # where the text after the edit starts, in each
    edited_end = at if removed else at + shift
    # a stray heading added over a part found by position (`存在的问题` above `二是…` `三是…`) heads that
    # part: after the edit, the parts hold the same items
    after = [(s.kind, shape_one(s)[2]) for s in base.sections if s.start >= base_end and s is not next_other]
    got_before = [shape_one(s) for s in edited.sections if s.end < at]
    got_after = [
        (s.kind, shape_one(s)[2])
        for s in edited.sections
        if (s.start >= edited_end or added(s)) and not (next_other is not None and added(s))
    ]
    assert got_before[: len(before)] == before, why
    assert not after or got_after[len(got_after) - len(after) :] == after, why


@pytest.mark.parametrize("path", ALL_MATERIALS, ids=lambda p: p.stem)
def test_an_edit_changes_the_outline_only_around_it(packs, path):
    """Removing any one paragraph, or adding a stray one anywhere, changes the outline only around
    the edit (a deterministic sweep over every fixture and position)."""
    text = parse_text(path.read_text(encoding="utf-8"), packs).document.text  # as the reader made it
    lines = text.split("\n")
    base = parse_text(text, packs)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for k in range(1, len(lines)):
        if not lines[k].strip():
            continue
        removed = parse_text("\n".join(lines[:k] + lines[k + 1 :]), packs)
        if lines[k] in (lines[k - 1], lines[k + 1 : k + 2] and lines[k + 1]):
            # one of a line the page doubled (`三、评议结果` twice): the same outline without it
            assert [shape_one(s) for s in removed.sections] == [shape_one(s) for s in base.sections]
        else:
            _assert_local(base, removed, offsets[k], -len(lines[k]) - 1, True, (path.name, "remove", k))
        for stray in STRAYS:
            if lines[k] == lines[k - 1]:
                break  # between the copies of a line the page doubled: two parts numbered alike
            if stray == CAUSES_LEAD_IN and _headless_at(base, offsets[k]):
                continue  # a lead-in naming causes above a list no heading names makes it causes
            if stray in PART_NAMING and not _named_parts(base):
                continue  # where no line names a part, one that does decides the reading
            added = parse_text("\n".join([*lines[:k], stray, *lines[k:]]), packs)
            _assert_local(base, added, offsets[k], len(stray) + 1, False, (path.name, "add", k, stray))


def test_parse_says_in_one_line_when_the_structure_is_uncertain(tmp_path, packs):
    from conftest import run_cli
    from mingjing.render.outline_tree import confidence_line

    text = (REALFORMS / "colon_parts_no_labels.txt").read_text(encoding="utf-8")
    contested = (
        text.replace("产生问题的原因：", "一、")
        .replace("整改措施：", "二、整改措施：")
        .replace("存在的问题：", "三、存在的问题：")
        + "\n原因分析\n"
    )
    (tmp_path / "m.txt").write_text(contested, encoding="utf-8")
    out = run_cli("parse", str(tmp_path / "m.txt"))
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if "结构：" in line]
    assert len(lines) == 1 and "另一种读法还能找到“原因”部分" in out.stdout.replace("\n│   ", "")
    plain = parse_text(LEAD_IN, packs)
    assert plain.confidence >= 0.9 and plain.kinds_elsewhere == []
    assert "结构：" not in run_cli("parse", str(REALFORMS / "leadin_inline_items.txt")).stdout
    plain.confidence = 0.4
    assert confidence_line(plain).startswith("结构：识别把握不大（置信度 0.40）")


def test_framework_follows_title_and_aspects_whatever_the_length(packs):
    """2023 主题教育 in the title and items 理论学习…廉洁自律: zhuti-2023, even when the preamble
    names the second batch and the material runs on for pages."""
    text = LEAD_IN.replace(
        "2023年主题教育专题民主生活会个人发言提纲", "张某2023年度主题教育专题民主生活会个人发言提纲"
    ).replace("按照县委主题教育领导小组的安排，", "按照县委关于第二批主题教育的安排，")
    longer = text + "\n".join(["此外，这一年里我还参加了多项专项工作，情况较多，这里不一一列举。"] * 300)
    for material in (text, longer):
        o = parse_text(material, packs)
        assert o.framework.id == "zhuti-2023"
        assert [i.aspect for i in o.sections[0].items] == [
            "理论学习",
            "政治素质",
            "能力本领",
            "担当作为",
            "工作作风",
            "廉洁自律",
        ]


def test_json_outline_carries_by_and_confidence(packs):
    from mingjing.model import outline_summary, outline_to_dict

    o = parse_text(LEAD_IN, packs)
    d = outline_to_dict(o)
    assert d["schema"] == "mingjing.outline/1" and d["confidence"] == o.confidence
    assert [s["by"] for s in d["sections"]] == ["label"] * 3
    assert {i["by"] for s in d["sections"] for i in s["items"]} == {"label"}
    summary = outline_summary(o)
    assert summary["confidence"] == o.confidence and summary["sections"][0]["items"][0]["by"] == "label"


# a member's material: problems by position, then a lead-in sentence alone starts the measures
NO_HEADINGS = (
    "周强2023年度主题教育专题组织生活会发言提纲\n"
    "会前我参加了支部的两次集中学习，现把自己的问题向大家汇报：\n"
    "（一）学习贯彻党的创新理论方面。读原著少，笔记今年只记了十几页。\n"
    "（二）联系服务群众方面。走访居民不多，楼里反映的停车难没有跟进。\n"
    "{lead}\n"
    "1.每周读原著两次，每月写一篇体会。\n2.每月走访居民不少于8户，反映的问题一周内报社区。\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "针对以上问题，今后我将做到以下几点：",
        "针对上述不足，下一步我打算从以下两个方面改进：",
        "今后我将从以下几个方面加以改进：",
    ],
)
def test_a_lead_in_sentence_that_starts_a_part_is_its_intro_not_its_heading(packs, lead):
    o = parse_text(NO_HEADINGS.format(lead=lead), packs)
    check_offsets(o)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", ""), ("measures", "")]
    measures = o.sections[1]
    assert measures.heading_start == measures.heading_end == measures.start
    assert o.document.text[measures.start : measures.items[0].start].strip() == lead
    assert [i.heading for i in measures.items] == [
        "每周读原著两次，每月写一篇体会",
        "每月走访居民不少于8户，反映的问题一周内报社区",
    ]
    # the lead-in that ends the preamble stays in it; the problems part starts at its first item
    assert o.document.text[o.preamble_start : o.preamble_end].endswith("现把自己的问题向大家汇报：")
    assert o.sections[0].by == "position" and o.sections[0].start == o.document.text.index("（一）")
    assert o.confidence >= 0.6


def test_a_short_heading_ending_in_a_colon_stays_a_heading(packs):
    o = parse_text(NO_HEADINGS.format(lead="整改措施如下："), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", ""), ("measures", "整改措施如下")]
