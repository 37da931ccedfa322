"""The .docx reader: Word automatic numbering rendered as Word shows it, furniture kept apart."""

import docx
import pytest

from conftest import MATERIALS
from docx_factory import (
    abstract_xml,
    add_footnote,
    add_numbered_style,
    autonumbered_docx,
    level_xml,
    num_xml,
    number_paragraph,
    plain_docx,
    set_numbering,
)
from mingjing.read import read_document

TYPED = sorted([*MATERIALS.glob("*.txt"), *(MATERIALS.parent / "heldout" / "materials").glob("*.txt")])


@pytest.mark.parametrize("typed", TYPED, ids=[p.name for p in TYPED])
def test_autonumbered_docx_reads_exactly_like_the_typed_text(tmp_path, typed):
    lines = typed.read_text(encoding="utf-8").splitlines()
    path = autonumbered_docx(lines, tmp_path / "autonumbered_headings.docx")
    doc = read_document(path)
    assert doc.text == read_document(typed).text
    numbered = [p for p in doc.paragraphs if p.numbered]
    assert numbered, "labels must come from numbering.xml"
    raw = docx.Document(path)
    assert not any(p.text.startswith(("一、", "（一）")) for p in raw.paragraphs), (
        "labels are not in the runs"
    )


def _doc_with(levels, paragraphs, tmp_path, nums=None, styles=()):
    """paragraphs: (text, numId, ilvl) with numId None for plain paragraphs."""
    d = docx.Document()
    for style in styles:
        add_numbered_style(d, *style)
    for text, num_id, ilvl in paragraphs:
        if isinstance(num_id, str):  # a style name
            d.add_paragraph(text, style=num_id)
            continue
        p = d.add_paragraph(text)
        if num_id is not None:
            number_paragraph(p, num_id, ilvl)
    set_numbering(d, [abstract_xml(1, levels)], nums or [num_xml(1, 1)])
    path = tmp_path / "numbering.docx"
    d.save(path)
    return read_document(path).text.split("\n")


@pytest.mark.parametrize(
    "fmt,text,start,expected",
    [
        ("chineseCounting", "%1、", 1, ["一、甲", "二、乙", "三、丙"]),
        ("chineseCountingThousand", "第%1条", 9, ["第九条甲", "第十条乙", "第十一条丙"]),
        ("ideographTraditional", "%1.", 1, ["甲.甲", "乙.乙", "丙.丙"]),
        ("decimal", "（%1）", 1, ["（1）甲", "（2）乙", "（3）丙"]),
        ("decimalEnclosedCircle", "%1", 19, ["⑲甲", "⑳乙", "㉑丙"]),
        ("upperLetter", "%1.", 25, ["Y.甲", "Z.乙", "AA.丙"]),
        ("lowerRoman", "%1)", 3, ["iii)甲", "iv)乙", "v)丙"]),
        ("decimalZero", "%1", 9, ["09甲", "10乙", "11丙"]),
    ],
)
def test_number_formats_and_start_values(tmp_path, fmt, text, start, expected):
    levels = [level_xml(0, fmt, text, start=start)]
    assert _doc_with(levels, [("甲", 1, 0), ("乙", 1, 0), ("丙", 1, 0)], tmp_path) == expected


def test_levels_restart_and_multilevel_text(tmp_path):
    levels = [
        level_xml(0, "chineseCounting", "%1、"),
        level_xml(1, "chineseCounting", "（%2）"),
        level_xml(2, "decimal", "%1.%3"),
    ]
    paras = [("问题", 1, 0), ("理论", 1, 1), ("政治", 1, 1), ("细目", 1, 2), ("原因", 1, 0), ("思想", 1, 1)]
    assert _doc_with(levels, paras, tmp_path) == [
        "一、问题",
        "（一）理论",
        "（二）政治",
        "一.1细目",
        "二、原因",
        "（一）思想",
    ]


def test_lvl_restart_zero_never_restarts(tmp_path):
    levels = [level_xml(0, "chineseCounting", "%1、"), level_xml(1, "decimal", "%2.", restart=0)]
    paras = [("甲", 1, 0), ("a", 1, 1), ("乙", 1, 0), ("b", 1, 1)]
    assert _doc_with(levels, paras, tmp_path) == ["一、甲", "1.a", "二、乙", "2.b"]


def test_start_override_restarts_a_list_and_level_override_changes_format(tmp_path):
    levels = [level_xml(0, "decimal", "%1.")]
    nums = [
        num_xml(1, 1),
        num_xml(2, 1, {0: 1}),
        num_xml(3, 1, level_overrides={0: level_xml(0, "chineseCounting", "%1是", start=1)}),
    ]
    paras = [("a", 1, 0), ("b", 1, 0), ("c", 2, 0), ("d", 2, 0), ("e", 3, 0)]
    assert _doc_with(levels, paras, tmp_path, nums=nums) == ["1.a", "2.b", "1.c", "2.d", "一是e"]


def test_is_legal_renders_decimal(tmp_path):
    levels = [level_xml(0, "chineseCounting", "%1、"), level_xml(1, "decimal", "%1.%2", legal=True)]
    assert _doc_with(levels, [("a", 1, 0), ("乙", 1, 1)], tmp_path) == ["一、a", "1.1乙"]


def test_numbering_from_paragraph_style(tmp_path):
    levels = [
        level_xml(0, "chineseCounting", "%1、", pstyle="MJSection"),
        level_xml(1, "chineseCounting", "（%2）"),
    ]
    paras = [("存在的问题", "MJ Section", None), ("理论学习", 1, 1), ("原因", "MJ Section", None)]
    out = _doc_with(levels, paras, tmp_path, styles=[("MJSection", "MJ Section", 1, 0)])
    assert out == ["一、存在的问题", "（一）理论学习", "二、原因"]


def test_numid_zero_removes_numbering(tmp_path):
    levels = [level_xml(0, "decimal", "%1.")]
    assert _doc_with(levels, [("a", 1, 0), ("b", 0, 0), ("c", 1, 0)], tmp_path) == ["1.a", "b", "2.c"]


def test_tab_suffix_keeps_digits_apart(tmp_path):
    levels = [level_xml(0, "decimal", "%1.", suff="tab")]
    assert _doc_with(levels, [("2024年3月底前完成", 1, 0)], tmp_path) == ["1. 2024年3月底前完成"]


def test_furniture_is_kept_apart_from_the_body(tmp_path):
    path = plain_docx(
        ["标题材料", "一、存在的问题", "（一）理论学习方面。学习不够深入。"],
        tmp_path / "furniture.docx",
        header="内部资料 注意保存",
        footer="第1页 共3页",
        watermark="某某文库",
        comment=("理论学习", "请补充具体事例"),
        table=[["序号", "问题"], ["1", "学习不够"]],
    )
    doc = read_document(path)
    assert doc.text.split("\n") == [
        "标题材料",
        "一、存在的问题",
        "（一）理论学习方面。学习不够深入。",
        "序号",
        "问题",
        "1",
        "学习不够",
    ]
    extras = {(e.kind, e.text) for e in doc.extras}
    assert ("header", "内部资料 注意保存") in extras
    assert ("footer", "第1页 共3页") in extras
    assert ("watermark", "某某文库") in extras
    assert ("comment", "请补充具体事例") in extras
    assert [p.in_table for p in doc.paragraphs] == [False] * 3 + [True] * 4
    for e in doc.extras:
        assert e.text not in doc.text


def test_tracked_deletions_and_hidden_text_are_not_read(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    p = d.add_paragraph("保留")
    p._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>删除的</w:delText></w:r></w:del>'
        )
    )
    p._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a"><w:r><w:t>插入的</w:t></w:r></w:ins>')
    )
    p._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"))
    path = tmp_path / "tracked.docx"
    d.save(path)
    assert read_document(path).text == "保留插入的"


def test_heading_styles_give_levels(tmp_path):
    d = docx.Document()
    d.add_heading("一、存在的问题", level=1)
    d.add_heading("（一）理论学习方面", level=2)
    d.add_paragraph("正文")
    path = tmp_path / "headings.docx"
    d.save(path)
    doc = read_document(path)
    assert [p.level for p in doc.paragraphs] == [1, 2, None]


def test_footnotes_are_kept_apart(tmp_path):
    path = add_footnote(
        plain_docx(["标题材料", "一、存在的问题"], tmp_path / "footnote.docx"), "本材料摘自某文库"
    )
    doc = read_document(path)
    assert doc.text == "标题材料\n一、存在的问题"
    assert [(e.kind, e.text) for e in doc.extras if e.kind == "footnote"] == [
        ("footnote", "本材料摘自某文库")
    ]


def test_text_boxes_are_read_once_and_kept_apart(tmp_path):
    from docx.oxml import parse_xml

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    box = "<w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent>"
    run = (
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx>'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        f"</mc:Fallback></mc:AlternateContent></w:r>"
    )
    d = docx.Document()
    p = d.add_paragraph("正文段落")
    p._p.append(parse_xml(run))
    header = d.sections[0].header.paragraphs[0]
    header.text = "页眉"
    header._p.append(parse_xml(run))
    path = tmp_path / "textbox.docx"
    d.save(path)
    doc = read_document(path)
    assert doc.text == "正文段落"
    assert [e.text for e in doc.extras if e.kind == "textbox"] == ["文本框里的字"]
    assert [e.text for e in doc.extras if e.kind == "header"] == ["页眉\n文本框里的字"]


def test_page_number_fields_are_not_read_as_footer_text(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.add_paragraph("正文")
    footer = d.sections[0].footer.paragraphs[0]
    footer.text = "第"
    footer._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    for xml in (
        "<w:r {ns}><w:t>页 共</w:t></w:r>",
        '<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
        "<w:r {ns}><w:instrText>NUMPAGES</w:instrText></w:r>",
        '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r {ns}><w:t>3</w:t></w:r>",
        '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
        "<w:r {ns}><w:t>页</w:t></w:r>",
    ):
        footer._p.append(parse_xml(xml.format(ns=nsdecls("w"))))
    header = d.sections[0].header.paragraphs[0]
    header.text = "第2页 共6页"
    path = tmp_path / "fields.docx"
    d.save(path)
    extras = {(e.kind, e.text) for e in read_document(path).extras}
    assert ("footer", "第页 共页") in extras
    assert ("header", "第2页 共6页") in extras
