"""The parser: numbering levels, section kinds, item headings, points, examples, aspects, offsets."""

import pytest

from mingjing.model import Document, Paragraph, Source
from mingjing.parse import parse_document, title_words
from mingjing.parse.labels import example_spans, inline_markers, match_label
from mingjing.parse.sections import intro_kind, merged_kind, section_kind
from mingjing.read import read_bytes


def parse_text(text, packs, framework=None):
    return parse_document(read_bytes(text.encode(), "t.txt", ".txt"), packs, framework)


def check_offsets(outline):
    text = outline.document.text
    assert title_words(text[outline.title_start : outline.title_end]) == outline.title
    for s in outline.sections:
        assert text[s.heading_start : s.heading_end] == s.heading
        assert s.start <= s.heading_start <= s.heading_end <= s.end
        for i in s.items:
            assert text[i.heading_start : i.heading_end] == i.heading
            assert s.start <= i.start <= i.end <= s.end
            for p in i.points:
                assert text[p.start : p.end] == p.text
                assert i.start <= p.start <= p.end <= i.end
                for e in p.examples:
                    assert text[e.start : e.end] == e.text
                    assert p.start <= e.start <= e.end <= p.end


@pytest.mark.parametrize(
    "text,rank,value,label",
    [
        ("一、存在的问题", 1, 1, "一、"),
        ("十二、其他", 1, 12, "十二、"),
        ("（三）在能力本领方面", 2, 3, "（三）"),
        ("(四)工作作风", 2, 4, "(四)"),
        ("1.学习不够", 3, 1, "1."),
        ("12、整改", 3, 12, "12、"),
        ("1. 2024年3月前", 3, 1, "1."),
        ("（2）落实", 4, 2, "（2）"),
        ("③举例", 5, 3, "③"),
        ("第一部分 存在的问题", 0, 1, "第一部分"),
    ],
)
def test_labels(text, rank, value, label):
    m = match_label(text)
    assert (m.rank, m.value, m.text) == (rank, value, label)


@pytest.mark.parametrize(
    "text", ["一是学习不够", "2023年度材料", "1.5倍的增长", "十分重视学习", "一方面要学习", "一、"]
)
def test_not_labels(text):
    assert match_label(text) is None


def test_inline_series():
    assert [m.label for m in inline_markers("学习不深。一是学得少；二是悟得浅；三是用得少。")] == [
        "一是",
        "二是",
        "三是",
    ]
    assert [m.label for m in inline_markers("第一，学习；第二，工作。第一时间赶到")] == ["第一", "第二"]
    assert [m.label for m in inline_markers("首先，要学；其次，要干；最后，要改。")] == [
        "首先",
        "其次",
        "最后",
    ]
    assert inline_markers("我是第一责任人，第二批单位。") == []
    assert inline_markers("一是只有一个要点。") == []


def test_an_item_headed_by_its_aspect_in_a_series_has_its_text_as_a_point(packs):
    """一是带头…方面，对…学得还不够深。: the aspect phrase is the heading and the rest of the line
    its point (it used to have none, so the point checks, E104, did not run on it)."""
    outline = parse_text(
        "2022年度民主生活会个人发言材料\n第一部分 存在的问题\n"
        "一是带头深刻领悟“两个确立”的决定性意义方面，对党的二十大精神学得还不够深，宣讲时照着稿子念。\n"
        "二是带头发扬斗争精神方面，对园区2家企业的用地矛盾协调了3个月没有结果。第二句也在。\n",
        packs,
    )
    items = outline.items("problems")
    assert [i.heading for i in items] == ["带头深刻领悟“两个确立”的决定性意义方面", "带头发扬斗争精神方面"]
    assert [[p.text for p in i.points] for i in items] == [
        ["对党的二十大精神学得还不够深，宣讲时照着稿子念。"],
        ["对园区2家企业的用地矛盾协调了3个月没有结果。第二句也在。"],
    ]


def test_examples_start_at_clause_starts():
    text = "学习不深，比如，2023年只读了一本书。例如去年3月没有参加研讨。又如9月缺课1次。比如说的话"
    spans = [text[a:b] for a, b in example_spans(text)]
    assert spans == [
        "比如，2023年只读了一本书。",
        "例如去年3月没有参加研讨。",
        "又如9月缺课1次。",
        "比如说的话",
    ]
    assert example_spans("如何做好工作，如期完成") == []


@pytest.mark.parametrize(
    "heading,kind",
    [
        ("存在的问题", "problems"),
        ("对照检视存在的问题", "problems"),
        ("检视剖析的问题", "problems"),
        ("对照检查情况", "problems"),
        ("问题产生的原因", "causes"),
        ("原因剖析", "causes"),
        ("根源剖析", "causes"),
        ("深刻剖析", "causes"),
        ("整改措施", "measures"),
        ("下一步努力方向", "measures"),
        ("今后的打算", "measures"),
        ("针对问题的整改措施", "measures"),
        ("上年度民主生活会整改措施落实情况", "other"),
        ("个人有关事项说明", "other"),
        # what the study brought is a part of its own before the problems (blind set 8's 【学习收获】)
        ("学习体会", "other"),
        ("理论学习体会不深", None),
    ],
)
def test_section_kinds(heading, kind):
    assert section_kind(heading) == kind


MATERIAL = """李四2023年度主题教育专题民主生活会对照检查材料
按照要求，我认真学习，广泛征求意见。
一、存在的问题
（一）在理论学习方面。学习不够深入。一是学得少，比如，2023年只读了2本书。二是悟得浅；三是用得少。
（二）政治素质方面存在的问题
1.站位不高。例如，对一次舆情反应迟缓。
2.敏锐性不强。
（三）在意识形态工作方面：抓得不紧。
二、产生问题的原因
（一）理想信念有所弱化。
（二）宗旨意识有所淡化。
三、整改措施
（一）加强学习。2024年6月底前读完原著。
"""


def test_outline_of_a_material(packs):
    o = parse_text(MATERIAL, packs)
    check_offsets(o)
    assert o.title == "李四2023年度主题教育专题民主生活会对照检查材料"
    assert o.document.text[o.preamble_start : o.preamble_end] == "按照要求，我认真学习，广泛征求意见。"
    assert o.framework.id == "zhuti-2023"
    assert [(s.kind, s.label, s.heading) for s in o.sections] == [
        ("problems", "一、", "存在的问题"),
        ("causes", "二、", "产生问题的原因"),
        ("measures", "三、", "整改措施"),
    ]
    items = o.sections[0].items
    assert [(i.label, i.heading, i.aspect) for i in items] == [
        ("（一）", "在理论学习方面", "理论学习"),
        ("（二）", "政治素质方面存在的问题", "政治素质"),
        ("（三）", "在意识形态工作方面", None),
    ]
    assert [p.label for p in items[0].points] == ["一是", "二是", "三是"]
    assert items[0].points[0].text == "一是学得少，比如，2023年只读了2本书。"
    assert [e.text for e in items[0].points[0].examples] == ["比如，2023年只读了2本书。"]
    assert [p.label for p in items[1].points] == ["1.", "2."]
    assert items[1].points[0].examples[0].text == "例如，对一次舆情反应迟缓。"
    assert [i.heading for i in o.sections[1].items] == ["理想信念有所弱化", "宗旨意识有所淡化"]


def test_framework_override_and_unknown(packs):
    o = parse_text(MATERIAL, packs, framework="zhuti-2023-b2")
    assert o.framework.id == "zhuti-2023-b2" and o.framework.forced
    assert all(i.aspect is None for i in o.sections[0].items[:1])
    from mingjing.errors import InputError

    with pytest.raises(InputError, match="未知的框架"):
        parse_text(MATERIAL, packs, framework="nope")


def test_bare_section_lines_and_aspect_headings(packs):
    text = """王五2023年度组织生活会个人对照检查材料
存在的问题
在学习贯彻党的创新理论方面：第一，学习不系统；第二，学用脱节。
在党性修养方面：党员意识不强。
原因分析
思想上重视不够。
整改措施
每周学习2次。
"""
    o = parse_text(text, packs)
    check_offsets(o)
    assert o.framework.id == "zzshh-2023"
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    items = o.sections[0].items
    assert [(i.heading, i.aspect) for i in items] == [
        ("在学习贯彻党的创新理论方面", "学习贯彻党的创新理论情况"),
        ("在党性修养方面", "党性修养提高情况"),
    ]
    assert [p.label for p in items[0].points] == ["第一", "第二"]


def test_no_framework_when_evidence_is_weak(packs):
    o = parse_text("学习心得\n一、学习体会\n今天学习了文件。\n", packs)
    assert o.framework is None
    assert all(i.aspect is None for i in o.items())


def test_document_without_title_or_sections(packs):
    o = parse_text("今天学习了文件，很有收获。\n明天继续学习。\n", packs)
    check_offsets(o)
    assert o.sections == []


def test_heading_styles_mark_sections_without_labels(packs):
    text = "# 赵六对照检查材料\n## 存在的问题\n### 理论学习方面\n学得不深。\n## 整改措施\n### 加强学习\n每天学习。\n"
    o = parse_document(read_bytes(text.encode(), "a.md", ".md"), packs)
    check_offsets(o)
    assert [s.kind for s in o.sections] == ["problems", "measures"]
    assert [i.heading for i in o.sections[0].items] == ["理论学习方面"]


def test_hand_built_document_offsets(packs):
    text = "标题材料\n一、存在的问题\n（一）在廉洁自律方面。比如，有一次。"
    paras, pos = [], 0
    for line in text.split("\n"):
        paras.append(Paragraph(pos, pos + len(line)))
        pos += len(line) + 1
    o = parse_document(Document(text, paras, Source("x", "txt")), packs, "zhuti-2023")
    check_offsets(o)
    assert o.sections[0].items[0].aspect == "廉洁自律"


def test_long_section_headings(packs):
    text = (
        "孙七2023年度主题教育专题民主生活会个人对照检查材料\n"
        "一、聚焦主题教育目标任务和“学思想、强党性、重实践、建新功”总要求，深入查摆存在的突出问题\n"
        "（一）在理论学习方面。学得不深。\n"
        "二、坚持刀刃向内、深挖细查，深刻剖析产生问题的思想根源\n（一）理想信念有所弱化。\n"
        "三、坚持以上率下、立行立改，明确今后努力方向和整改措施\n（一）加强学习。\n"
    )
    o = parse_text(text, packs)
    check_offsets(o)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert o.sections[0].items[0].aspect == "理论学习"


def test_intro_kind_of_lead_in_sentences():
    assert intro_kind("针对以上问题，我将从以下几个方面抓好整改") == "measures"
    assert intro_kind("深刻反思，问题产生的原因主要有以下几点") == "causes"
    assert intro_kind("对照会议确定的六个方面，我深入查摆了自身存在的问题，主要有") == "problems"


def test_merged_part_with_items_naming_their_problems_is_measures():
    headings = ["关于理论学习不深入的问题", "关于能力本领不足的问题", "关于担当作为不够的问题"]
    bodies = [
        "。原因在于学用脱节。整改措施：年底前读完原著。",
        "。原因在于紧迫感不强。整改措施：参加培训。",
        "。原因在于怕担风险。整改措施：建立台账，逐项销号。",
    ]
    assert merged_kind(headings, bodies) == "measures"
    # headings that state causes keep the part causes
    assert (
        merged_kind(["理想信念有所弱化", "宗旨意识有所淡化"], ["。思想上松了劲。", "。联系群众少了。"])
        == "causes"
    )


LEAD_INS = """赵六2024年度组织生活会个人对照检查材料
按照支部要求，我认真学习，征求意见6条。
对照检查的几个方面，我查摆出的问题主要有：
（一）理论学习方面。一是学得不深；二是用得不够。
（二）工作作风方面。一是调研少；二是落实慢。
产生问题的原因
深刻反思，主要有以下几个方面的原因：
1.理论武装不够。没有把学习摆在首位。
2.宗旨意识不牢。对群众诉求关注不够。
针对以上问题，我将从以下几个方面抓好整改：
（一）深化理论学习。每月参加1次集中学习。
（二）改进工作作风。每季度到基层调研2次。
"""


def test_lead_in_under_a_heading_is_its_intro_and_a_forward_lead_in_opens_measures(packs):
    o = parse_text(LEAD_INS, packs)
    check_offsets(o)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", ""),
        ("causes", "产生问题的原因"),
        ("measures", ""),
    ]
    assert [i.heading for i in o.sections[1].items] == ["理论武装不够", "宗旨意识不牢"]
    assert [i.heading for i in o.sections[2].items] == ["深化理论学习", "改进工作作风"]
