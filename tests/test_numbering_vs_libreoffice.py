"""Cross-check: our rendering of Word numbering equals LibreOffice's, a real Word-compatible renderer.

LibreOffice exports a .docx to plain text with each list label in front of its paragraph; the
labels we compute from numbering.xml must be the same characters.
"""

import os

import docx
import pytest

from conftest import libreoffice_convert, material_lines
from docx_factory import (
    abstract_xml,
    add_numbered_style,
    autonumbered_docx,
    level_xml,
    num_xml,
    number_paragraph,
    set_numbering,
)
from mingjing.read import read_document
from mingjing.read.legacy import find_soffice

pytestmark = pytest.mark.skipif(
    find_soffice() is None and os.environ.get("CI") != "true",
    reason="LibreOffice is installed by make test (in CI its absence fails)",
)

FORMATS = [
    ("chineseCounting", "%1、", 1),
    ("chineseCountingThousand", "（%1）", 1),
    ("ideographTraditional", "%1.", 1),
    ("decimalEnclosedCircle", "%1", 1),
    ("upperLetter", "%1.", 1),
    ("decimal", "%1.", 5),
    ("lowerRoman", "%1)", 1),
    ("chineseLegalSimplified", "%1、", 1),
]


def libreoffice_lines(path, tmp_path):
    out = tmp_path / "lo"
    libreoffice_convert(
        str(path), "txt:Text (encoded):UTF8", str(out), profile=tmp_path / "profile", timeout=180
    )
    text = (out / (path.stem + ".txt")).read_text(encoding="utf-8-sig")
    # LibreOffice separates the label from the text with a tab and indents with spaces
    return [line.strip().replace("\t", "").replace(" ", "") for line in text.splitlines() if line.strip()]


def ours(path):
    return [line.replace(" ", "") for line in read_document(path).text.split("\n")]


def test_formats_and_long_lists_match_libreoffice(tmp_path):
    d = docx.Document()
    abstracts, nums = [], []
    for i, (fmt, text, start) in enumerate(FORMATS, start=1):
        abstracts.append(abstract_xml(i, [level_xml(0, fmt, text, start=start)]))
        nums.append(num_xml(i, i))
        for n in range(1, 31):
            number_paragraph(d.add_paragraph(f"{fmt}第{n}项"), i, 0)
    set_numbering(d, abstracts, nums)
    path = tmp_path / "formats.docx"
    d.save(path)
    assert ours(path) == libreoffice_lines(path, tmp_path)


def test_multilevel_restarts_overrides_and_styles_match_libreoffice(tmp_path):
    d = docx.Document()
    add_numbered_style(d, "MJSection", "MJ Section", 1, 0)
    levels = [
        level_xml(0, "chineseCounting", "%1、", pstyle="MJSection"),
        level_xml(1, "chineseCounting", "（%2）"),
        level_xml(2, "decimal", "%3."),
        level_xml(3, "decimal", "（%4）"),
        level_xml(4, "decimalEnclosedCircle", "%5"),
    ]
    plan = [
        ("MJ Section", None),
        (1, 1),
        (1, 2),
        (1, 2),
        (1, 3),
        (1, 4),
        (1, 4),
        (1, 1),
        (1, 2),
        ("MJ Section", None),
        (1, 1),
        (2, 2),
        (2, 2),
        (1, 1),
        ("MJ Section", None),
        (1, 1),
    ]
    for k, (num, ilvl) in enumerate(plan):
        if isinstance(num, str):
            d.add_paragraph(f"节{k}", style=num)
        else:
            number_paragraph(d.add_paragraph(f"段{k}"), num, ilvl)
    set_numbering(d, [abstract_xml(1, levels)], [num_xml(1, 1), num_xml(2, 1, {2: 7})])
    path = tmp_path / "multilevel.docx"
    d.save(path)
    assert ours(path) == libreoffice_lines(path, tmp_path)


def test_autonumbered_fixture_matches_libreoffice(tmp_path):
    path = autonumbered_docx(material_lines("zzshh_2023_short_phone.txt"), tmp_path / "phone.docx")
    assert ours(path) == libreoffice_lines(path, tmp_path)


def test_template_list_number_styles_match_libreoffice(tmp_path):
    """The default template's `List Number` / `List Number 2` styles (numbering through the style
    only, two separate lists): the second goes on counting across the first, in both renderers."""
    d = docx.Document()
    for part in range(1, 4):
        d.add_paragraph(f"第{part}部分的标题", style="List Number")
        for item in range(1, 3):
            d.add_paragraph(f"第{part}部分第{item}条", style="List Number 2")
            d.add_paragraph("这一条下面的正文。")
    path = tmp_path / "list_number.docx"
    d.save(path)
    lines = ours(path)
    assert lines[:3] == ["1.第1部分的标题", "1.第1部分第1条", "这一条下面的正文。"]
    assert "6.第3部分第2条" in lines
    assert lines == libreoffice_lines(path, tmp_path)
