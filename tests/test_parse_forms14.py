"""Forms the parser misread at round r14 (parse14): item headings that paraphrase a pack aspect, part
names fused to a sentence that counts, `其一` numbering, symbol-font bullets that lost their font, a
year's long aspect with its own commas, a continuation line over a cut copy. Each case is written in the
project's own words; `tests/fixtures/realforms14` holds whole materials of these forms."""

import pytest

from mingjing.parse import parse_document
from mingjing.parse.aspect_terms import clauses, key_terms, one_word_aspect, paraphrased_aspect
from mingjing.parse.aspects import map_aspect
from mingjing.parse.labels import match_bullet
from mingjing.parse.sections import fused_name, section_kind
from mingjing.read import read_bytes


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _aspects(outline):
    return [(i.heading, i.aspect) for s in outline.sections if s.kind == "problems" for i in s.items]


@pytest.mark.parametrize(
    "pack, heading, aspect",
    [
        # one of the aspect's halves, `上` for `方面`, 带头 dropped
        ("mzshh-2025", "在对党忠诚、政治能力上", "带头强化政治忠诚、提高政治能力"),
        ("mzshh-2025", "在扛起管党治党责任上", "带头坚决扛起管党治党责任"),
        # halves reordered, two of three parts
        ("mzshh-2024", "在增强党性、砥砺作风方面", "带头增强党性、严守纪律、砥砺作风"),
        # another verb over the aspect's object
        ("mzshh-2024", "在落实全面从严治党责任方面", "带头履行全面从严治党政治责任"),
        ("mzshh-2022", "在贯彻执行党中央决策部署上", "带头贯彻落实党中央决策部署"),
        ("mzshh-2022", "在落实管党治党政治责任方面", "带头落实全面从严治党政治责任"),
        # a shortened wording sharing most of its two-character words
        ("zhuti-2023-b2", "在学习贯彻新思想上", "学习贯彻习近平新时代中国特色社会主义思想"),
        ("mzshh-2022", "在领悟“两个确立”决定性意义上", "带头深刻领悟“两个确立”的决定性意义"),
    ],
)
def test_a_paraphrased_aspect_is_mapped_by_its_key_terms(packs, pack, heading, aspect):
    assert map_aspect(packs[pack], heading) == aspect


@pytest.mark.parametrize(
    "pack, heading",
    [
        # one part of three, the others other words: no single answer
        ("mzshh-2024", "（二）在带头提升能力、严守纪律、抵砺作风方面"),
        # one two-character word shared only (`服务群众` is not `服务人民`)
        ("zhuti-2023-b2", "在服务群众方面"),
        # a word every aspect of the pack holds
        ("zzshh-2025", "在纪律规定方面"),
        ("zzshh-2025", "在落实规定要求方面"),
    ],
)
def test_a_heading_sharing_little_with_any_aspect_stays_unmapped(packs, pack, heading):
    assert paraphrased_aspect(packs[pack], heading) is None


def test_key_terms_are_the_clauses_no_other_aspect_shares(packs):
    terms = key_terms(packs["zzshh-2025"])
    assert "政治纪律" in terms["政治纪律"]
    assert not any("规定要求" in t for ts in terms.values() for t in ts)  # every discipline's full wording
    assert clauses("带头强化政治忠诚、提高政治能力") == ["强化政治忠诚", "提高政治能力"]
    assert clauses("严守政治纪律和政治规矩") == ["严守政治纪律", "政治规矩"]


def test_a_one_word_heading_is_weak_evidence(packs):
    """`党性修养方面`: a keyword of one aspect, word for word; `作风建设方面` the sector's wording of 工作作风
    (an aspect named by two words, its head word kept), never of a three-part aspect that ends in 作风."""
    assert one_word_aspect(packs["mzshh-2025"], "党性修养方面") == "带头固本培元、增强党性"
    assert one_word_aspect(packs["zhuti-2023"], "在作风建设方面") == "工作作风"
    assert one_word_aspect(packs["zhuti-2023"], "在政治建设方面") is None  # 政治 is 政治素质's first word
    assert map_aspect(packs["mzshh-2025"], "党性修养方面") is None  # alone, never


def test_another_packs_aspect_name_is_no_one_word_paraphrase(packs):
    """`在担当作为方面` in a 2024 material keeps the 2023 campaign's aspect name (a keyword of the 2024
    pack too): left unmapped, for the coverage checks to report."""
    elsewhere = frozenset({"担当作为"})
    assert (
        one_word_aspect(packs["mzshh-2024"], "在担当作为方面")
        == "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新"
    )
    assert one_word_aspect(packs["mzshh-2024"], "在担当作为方面", elsewhere) is None


def test_a_one_word_heading_maps_only_beside_items_that_map(packs):
    """The same `在作风建设方面` in a material whose items follow the pack, and in one that follows aspects
    of its own (`在履职尽责方面`): mapped in the first only."""
    follows = (
        "主题教育专题民主生活会个人对照检查材料\n一、存在的问题\n（一）在理论学习方面。学得不深。\n"
        "（二）在政治素质方面。站位不高。\n（三）在作风建设方面。下基层少。\n二、整改措施\n（一）每周自学一次。\n"
    )
    own = (
        "主题教育专题民主生活会个人对照检查材料\n一、存在的问题\n（一）在履职尽责方面。推进慢。\n"
        "（二）在服务企业方面。上门少。\n（三）在作风建设方面。下基层少。\n二、整改措施\n（一）每周自学一次。\n"
    )
    assert ("在作风建设方面", "工作作风") in _aspects(_parse(follows, packs))
    assert ("在作风建设方面", None) in _aspects(_parse(own, packs))


def test_a_fused_part_name_is_its_kind_whatever_the_sentence_counts(packs):
    heading = "查摆的主要问题对照党的六项纪律，支委会结合征求到的15条意见，逐项查找了以下问题"
    assert fused_name(heading) == len("查摆的主要问题")
    assert fused_name("对照六项纪律查摆的问题围绕支部确定的检视重点，我逐项对照") == len(
        "对照六项纪律查摆的问题"
    )
    assert fused_name("今后努力的方向一是加强纪律学习，二是规范报备流程") == len("今后努力的方向")
    assert fused_name("下步整改措施针对上述问题，支委会将抓好以下工作") == len("下步整改措施")
    assert section_kind("今后努力的方向") == "measures"
    text = (
        "2025年度组织生活会对照检查材料\n一、查摆的主要问题对照党的六项纪律，支委会结合征求到的15条意见，逐项查找了以下问题。\n"
        "（一）政治纪律方面。一是学得不深；二是用得不够。\n（二）组织纪律方面。一是执行不严；二是报告不够。\n"
        "二、原因分析\n一是学习不够；二是意识不强。\n"
    )
    first = _parse(text, packs).sections[0]
    assert (first.kind, first.heading) == ("problems", "查摆的主要问题")


def test_qi_yi_counts_items_as_di_yi_does(packs):
    text = (
        "党纪学习教育专题组织生活会个人对照检查材料\n一、存在的问题\n其一，在遵守政治纪律方面。学得不细。\n"
        "其二，在遵守组织纪律方面。报备不全。\n二、整改措施\n其一，逐条学习条例。\n其二，外出书面报备。\n"
    )
    o = _parse(text, packs)
    assert [i.heading for i in o.sections[0].items] == ["在遵守政治纪律方面", "在遵守组织纪律方面"]
    assert [i.heading for i in o.sections[1].items] == ["逐条学习条例", "外出书面报备"]


def test_a_symbol_font_bullet_that_lost_its_font_is_a_bullet():
    assert match_bullet("Ø\t加强理论学习：每月读一本书") is not None
    assert match_bullet("\uf06c 加强理论学习") is not None
    assert match_bullet("l\t加强理论学习") is not None
    assert match_bullet("Ø 12毫米的钢管") is None  # a diameter, not a bullet
    assert match_bullet("n个问题") is None
    assert match_bullet("lean 管理") is None


def test_a_long_aspect_with_its_own_commas_heads_its_paragraph(packs):
    text = (
        "2022年度民主生活会班子对照检查材料\n一、存在的问题\n"
        "在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”上，一是理解不深；"
        "二是转化不够。\n在带头学习贯彻习近平新时代中国特色社会主义思想上，一是以读代学；二是学用脱节。\n"
        "二、整改措施\n一是加强学习；二是改进作风。\n"
    )
    assert _aspects(_parse(text, packs)) == [
        (
            "在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”上",
            "带头深刻领悟“两个确立”的决定性意义",
        ),
        ("在带头学习贯彻习近平新时代中国特色社会主义思想上", "带头学习贯彻习近平新时代中国特色社会主义思想"),
    ]


def test_a_continuation_line_is_no_title(packs):
    text = "（接上页）\n（二）在带头增强党性方面。一是学得不深；二是用得不够。\n二、整改措施\n（一）每周自学一次。\n"
    assert _parse(text, packs).title == ""
