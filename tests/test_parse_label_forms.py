"""Forms of real materials no earlier fixture had: how parts and items are numbered or marked
(`问题一：`, `一）`, `1)`, `Ⅰ、`, `①`, `★`/`●`), aspect-major materials with numbered sub-parts, and
Word files whose headings are styles (docs/real-materials.md)."""

import re

import docx
import pytest

from conftest import FIXTURES
from mingjing.parse import parse_document
from mingjing.parse.labels import NAMED_RANK, match_label
from mingjing.read import read_bytes, read_document

REALFORMS = FIXTURES / "realforms" / "materials"


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _outline(o):
    return [(s.kind, s.heading, [i.heading for i in s.items]) for s in o.sections]


def test_an_aspect_major_material_with_numbered_sub_parts_is_one_round_per_aspect(packs):
    """`一、在政治纪律方面` then `（一）存在问题` `（二）原因分析` `（三）整改措施`: one round of parts per
    aspect, as with `【存在问题】` sub-headings — the problems part headed by the aspect, its
    `存在问题` block its one item with that aspect; sure of itself (no order or label breaks held
    against it)."""
    o = parse_document(read_document(REALFORMS / "aspect_major_numbered_subparts.txt"), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        (kind, heading)
        for aspect in ("在政治纪律方面", "在组织纪律方面", "在廉洁纪律方面")
        for kind, heading in (("problems", aspect), ("causes", "原因分析"), ("measures", "整改措施"))
    ]
    assert [s.label for s in o.sections[:3]] == ["一、", "（二）", "（三）"]
    assert [(i.heading, i.aspect) for s in o.sections if s.kind == "problems" for i in s.items] == [
        ("存在问题", "政治纪律"),
        ("存在问题", "组织纪律"),
        ("存在问题", "廉洁纪律"),
    ]
    assert o.confidence >= 0.9


def test_an_aspect_major_material_with_numbered_sub_parts_is_reviewed_round_by_round(packs):
    """The review sees each round's causes and measures (`parse/sections.py::aspect_rounds`): no
    S104/S105 (parts missing), no S106 (parts out of order), no A101/A102 (problems unanswered)."""
    from mingjing.parse.sections import aspect_rounds
    from mingjing.rules.review import review_outline

    o = parse_document(read_document(REALFORMS / "aspect_major_numbered_subparts.txt"), packs)
    assert [[s.kind for s in r] for r in aspect_rounds(o.sections)] == [
        ["problems", "causes", "measures"]
    ] * 3
    codes = {f.code for f in review_outline(o, packs).findings}
    assert not {"S104", "S105", "S106", "A101", "A102"} & codes


def test_numbered_sub_parts_under_a_part_that_names_problems_are_not_aspect_major(packs):
    """`一、存在的问题` names a part: `（一）…（二）…` under it are its items, never rounds."""
    text = (
        "2022年度组织生活会对照检查材料\n一、存在的问题\n（一）存在问题较多的是学习。学得不深。\n"
        "（二）纪律方面。请假不及时。\n二、原因分析\n（一）思想放松。\n三、整改措施\n（一）每周学习。\n"
    )
    assert [s.kind for s in _parse(text, packs).sections] == ["problems", "causes", "measures"]


@pytest.mark.parametrize(
    "label, value",
    [
        ("问题一：", 1),
        ("问题2：", 2),
        ("原因三、", 3),
        ("措施十二：", 12),
        ("整改措施1.", 1),
        ("【问题四】", 4),
    ],
)
def test_an_item_named_and_numbered_is_labelled_at_the_items_level(label, value):
    """Its rank is left to the document: one deeper than the part above it."""
    m = match_label(label + "学习不深入，学用脱节。")
    assert m is not None and (m.rank, m.value, m.text) == (NAMED_RANK, value, label.rstrip())


@pytest.mark.parametrize(
    "sentence", ["问题一直没有解决。", "问题1个也没有整改。", "原因一方面在于学习不够。"]
)
def test_the_word_before_a_number_in_a_sentence_is_no_label(sentence):
    assert match_label(sentence) is None


def test_items_headed_problem_one_take_the_words_after_the_label(packs):
    """`问题一：学习贯彻党的创新理论方面。…` / `措施1：…`: the heading is what follows the label, and
    the aspect is read from it."""
    o = parse_document(read_document(REALFORMS / "named_item_labels.txt"), packs)
    problems = o.sections[0]
    assert [i.label for i in problems.items] == ["问题一：", "问题二：", "问题三：", "问题四："]
    assert [i.aspect for i in problems.items] == [
        "学习贯彻党的创新理论情况",
        "党性修养提高情况",
        "联系服务群众情况",
        "发挥先锋模范作用情况",
    ]
    arabic = _parse(
        o.document.text.replace("问题一：", "问题1：")
        .replace("措施一：", "措施1：")
        .replace("措施二：", "措施2："),
        packs,
    )
    assert _outline(arabic) == _outline(o)


# (item label of the tuned fixture's style) → the same items labelled another way real materials use
RELABELLINGS = {
    "half brackets": lambda n: f"{n}）",
    "named": lambda n: f"问题{n}：",
    "bracketed named": lambda n: f"【问题{n}】",
    "circled": lambda n: "①②③④⑤⑥⑦⑧⑨"[_number(n) - 1],
    "bullet": lambda n: "● ",
    "square bullet": lambda n: "■",
}


def _number(cn: str) -> int:
    return "一二三四五六七八九".index(cn) + 1


@pytest.mark.parametrize("style", sorted(RELABELLINGS))
@pytest.mark.parametrize(
    "name",
    [
        "four_label_levels",
        "personal_matters_part",
        "banzi_opinions_prior_direction",
        "literary_part_headings",
    ],
)
def test_relabelling_the_items_another_way_gives_the_same_outline(packs, name, style):
    """A property of the reading, not of one label style: the items of a fixture labelled `（一）`
    relabelled `一）`, `问题一：`, `【问题一】`, `①`, `●` or `■` give the same parts and item headings."""
    text = (REALFORMS / f"{name}.txt").read_text(encoding="utf-8")
    relabelled = re.sub(r"(?m)^（([一二三四五六七八九])）", lambda m: RELABELLINGS[style](m.group(1)), text)
    assert relabelled != text
    assert _outline(_parse(relabelled, packs)) == _outline(_parse(text, packs))


def test_roman_and_circled_numbers_are_labels(packs):
    o = parse_document(read_document(REALFORMS / "roman_circled_labels.txt"), packs)
    assert [(s.label, s.kind, s.heading) for s in o.sections] == [
        ("Ⅰ、", "problems", "存在的问题"),
        ("Ⅱ、", "causes", "产生问题的原因"),
        ("Ⅲ、", "measures", "整改措施"),
    ]
    assert [i.label for i in o.sections[0].items] == ["①", "②", "③"]


def test_bullets_take_their_rank_from_the_labels_around_them(packs):
    """`★` heading the parts (nothing numbered above them) and `●` the items under them; `■`/`◆`
    under numbered parts are their items. The bullet is the label, never part of the heading."""
    o = parse_document(read_document(REALFORMS / "bullet_headings.txt"), packs)
    assert [(s.label, s.heading, len(s.items)) for s in o.sections] == [
        ("★", "存在的问题", 3),
        ("★", "问题产生的原因", 2),
        ("★", "整改措施", 3),
    ]
    assert {i.label for s in o.sections for i in s.items} == {"●"}
    text = (REALFORMS / "bullet_headings.txt").read_text(encoding="utf-8")
    numbered = text.replace("★存在的问题", "一、存在的问题").replace("★问题产生的原因", "二、问题产生的原因")
    numbered = numbered.replace("★整改措施", "三、整改措施").replace("●", "■")
    assert _outline(_parse(numbered, packs)) == _outline(o)


def test_points_under_bulleted_items_stay_points(packs):
    """`◆` items with `1.` points under them: the bullets are the items (one rank deeper than the
    part above), the numbered lines their points."""
    text = (
        "2022年度组织生活会对照检查材料\n一、存在的问题\n◆学习不够深入\n1.自学时间少。\n2.笔记记得多想得少。\n"
        "◆服务不够主动\n1.群众来电有时推给别人。\n二、整改措施\n◆每周学习两次。\n"
    )
    o = _parse(text, packs)
    assert [(i.heading, [p.label for p in i.points]) for i in o.sections[0].items] == [
        ("学习不够深入", ["1.", "2."]),
        ("服务不够主动", ["1."]),
    ]


def test_a_word_file_with_heading_styles_and_no_numbers(packs, tmp_path):
    """Parts as `Heading 1`, items as `Heading 2`, no numbers anywhere: parts and items by style."""
    d = docx.Document()
    d.add_paragraph("县档案馆党支部党员2022年度组织生活会对照检查材料", style="Title")
    d.add_paragraph("按照支部安排，我对照党员标准查找了问题，现报告如下。")
    outline = [
        (
            "查摆的主要问题",
            [
                ("理论学习不够深入", "集中学习时记笔记多，会后思考少。"),
                ("服务群众不够主动", "查档群众多时解释不够耐心。"),
            ],
        ),
        ("产生问题的根源", [("宗旨意识有所淡化", "对自己要求有所放松。")]),
        (
            "今后的整改措施",
            [("坚持每周学习", "每周三下午集中学习两小时。"), ("改进服务方式", "推行预约查档。")],
        ),
    ]
    for part, items in outline:
        d.add_heading(part, level=1)
        for heading, body in items:
            d.add_heading(heading, level=2)
            d.add_paragraph(body)
    path = tmp_path / "styled.docx"
    d.save(str(path))
    o = parse_document(read_document(path), packs)
    assert o.title == "县档案馆党支部党员2022年度组织生活会对照检查材料"
    assert [(s.kind, s.heading, [i.heading for i in s.items]) for s in o.sections] == [
        ("problems", "查摆的主要问题", ["理论学习不够深入", "服务群众不够主动"]),
        ("causes", "产生问题的根源", ["宗旨意识有所淡化"]),
        ("measures", "今后的整改措施", ["坚持每周学习", "改进服务方式"]),
    ]
    assert {s.by for s in o.sections} == {"style"}


PART_RELABELLINGS = {
    "roman": lambda n: "ⅠⅡⅢⅣⅤⅥⅦⅧⅨ"[_number(n) - 1] + "、",
    "star": lambda n: "★",
    "part": lambda n: f"第{n}部分 ",
    "half bracket": lambda n: f"{n}）",
}


@pytest.mark.parametrize("style", sorted(PART_RELABELLINGS))
@pytest.mark.parametrize(
    "name",
    [
        "four_label_levels",
        "banzi_opinions_prior_direction",
        "member_no_heading_no_causes",
        "aspect_major_numbered_subparts",
        "causes_subjective_objective",
        "named_item_labels",
    ],
)
def test_relabelling_the_parts_another_way_gives_the_same_outline(packs, name, style):
    """The parts `一、` relabelled `Ⅰ、`, `★`, `第一部分` or `一）` give the same parts and items — also where
    a bullet heads a part after an item's text (`★今后努力方向` after `（四）…。`) and where it heads an
    aspect over numbered sub-parts (`★在政治纪律方面` / `（一）存在问题`)."""
    text = (REALFORMS / f"{name}.txt").read_text(encoding="utf-8")
    relabelled = re.sub(
        r"(?m)^([一二三四五六七八九])、", lambda m: PART_RELABELLINGS[style](m.group(1)), text
    )
    assert relabelled != text
    assert _outline(_parse(relabelled, packs)) == _outline(_parse(text, packs))


def test_decimal_outline_numbers_are_labels(packs):
    """`1 存在的问题`, `1.1 在…方面` (report-style numbering, as state firms write): parts and items, the
    numbers never part of a heading; `1.1.1` numbers a level under them."""
    o = parse_document(read_document(REALFORMS / "decimal_outline_numbering.txt"), packs)
    assert [(s.label, s.kind, s.heading) for s in o.sections] == [
        ("1", "problems", "存在的问题"),
        ("2", "causes", "问题产生的原因"),
        ("3", "measures", "整改措施"),
    ]
    assert [i.label for i in o.sections[0].items] == ["1.1", "1.2"]
    text = (REALFORMS / "decimal_outline_numbering.txt").read_text(encoding="utf-8")
    deeper = text.replace("落实重大事项", "1.1.1 落实重大事项").replace("对下属企业", "1.2.1 对下属企业")
    o = _parse(deeper, packs)
    assert [[p.label for p in i.points] for i in o.sections[0].items] == [["1.1.1"], ["1.2.1"]]


@pytest.mark.parametrize(
    "text",
    ["1.5倍的增长来自新项目。", "3 月份以来我参加了学习。", "1.2万亩土地已流转。", "12 个问题已整改。"],
)
def test_a_quantity_at_the_start_of_a_paragraph_is_no_label(text):
    assert match_label(text) is None


def test_parts_numbered_by_chapter(packs):
    text = (REALFORMS / "decimal_outline_numbering.txt").read_text(encoding="utf-8")
    chapters = re.sub(r"(?m)^([123]) ", lambda m: f"第{'一二三'[int(m.group(1)) - 1]}章 ", text)
    o = _parse(chapters, packs)
    assert [(s.label, s.heading) for s in o.sections] == [
        ("第一章", "存在的问题"),
        ("第二章", "问题产生的原因"),
        ("第三章", "整改措施"),
    ]
    assert [i.heading for i in o.sections[0].items] == [
        "在带头严守政治纪律和政治规矩方面",
        "在带头履行全面从严治党政治责任方面",
    ]
