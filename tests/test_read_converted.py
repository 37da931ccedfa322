""".doc/.wps through LibreOffice and PDF text layers: made from our .docx fixtures by LibreOffice here."""

import os

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from conftest import libreoffice_convert, material_lines, run_cli
from docx_factory import autonumbered_docx
from mingjing.errors import InputError
from mingjing.parse import parse_document
from mingjing.read import read_bytes, read_document
from mingjing.read.legacy import find_soffice
from mingjing.read.pdf import Line, join_lines, tidy_spacing

needs_lo = pytest.mark.skipif(
    find_soffice() is None and os.environ.get("CI") != "true",
    reason="LibreOffice is installed by make test (in CI its absence fails)",
)


def convert(path, fmt, tmp_path):
    out = tmp_path / "converted"
    libreoffice_convert(str(path), fmt, str(out), profile=tmp_path / "profile", timeout=180)
    return next(out.iterdir())


def add_page_number_footer(path):
    d = docx.Document(path)
    footer = d.sections[0].footer.paragraphs[0]
    footer._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">— </w:t></w:r>'))
    footer._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    footer._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> —</w:t></w:r>'))
    d.save(path)


@pytest.fixture(scope="module")
def standard_docx(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("std")
    path = autonumbered_docx(material_lines("mzshh_2023_zhuti_standard.txt"), tmp / "standard.docx")
    add_page_number_footer(path)
    return path


def outline_shape(outline):
    return [
        (s.kind, s.heading, [(i.heading, i.aspect, len(i.points)) for i in s.items]) for s in outline.sections
    ]


@needs_lo
def test_doc_made_by_libreoffice_reads_like_the_docx(standard_docx, tmp_path, packs):
    doc_file = convert(standard_docx, "doc", tmp_path)
    before = doc_file.read_bytes()
    doc = read_document(doc_file)
    assert doc.source.format == "doc" and doc.source.converted_with == "LibreOffice"
    assert doc.text == read_document(standard_docx).text
    assert doc_file.read_bytes() == before, "the input is never written to"
    assert outline_shape(parse_document(doc, packs)) == outline_shape(
        parse_document(read_document(standard_docx), packs)
    )


@needs_lo
def test_wps_is_read_through_libreoffice(standard_docx, tmp_path):
    doc_file = convert(standard_docx, "doc", tmp_path)
    wps = tmp_path / "材料.wps"
    wps.write_bytes(doc_file.read_bytes())
    doc = read_document(wps)
    assert doc.source.format == "wps"
    assert "（一）在理论学习方面" in doc.text


@needs_lo
def test_pdf_made_by_libreoffice_parses_like_the_docx(standard_docx, tmp_path, packs):
    pdf = convert(standard_docx, "pdf", tmp_path)
    doc = read_document(pdf)
    original = read_document(standard_docx)
    assert "2023年度" in doc.text and "2023 年度" not in doc.text
    assert not any(line.strip("— ").isdigit() for line in doc.text.split("\n")), "page numbers are dropped"
    assert any(e.kind == "pagenumber" and "1" in e.text for e in doc.extras)
    assert doc.text.split("\n")[2:] == original.text.split("\n")[2:]
    assert outline_shape(parse_document(doc, packs)) == outline_shape(parse_document(original, packs))


@needs_lo
def test_scanned_pdf_without_text_is_a_clear_error(tmp_path):
    d = docx.Document()
    d.add_picture(str(make_png(tmp_path / "scan.png")))
    path = tmp_path / "scan.docx"
    d.save(path)
    pdf = convert(path, "pdf", tmp_path)
    with pytest.raises(InputError, match="扫描版 PDF"):
        read_document(pdf)


def make_png(path):
    import struct
    import zlib

    width, height = 40, 20
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(tag, data):
        return (
            struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path


def test_missing_libreoffice_is_one_chinese_line_and_exit_2(tmp_path):
    fake = tmp_path / "old.doc"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = run_cli("parse", fake, env={"MINGJING_SOFFICE": ""})
    assert result.returncode == 2
    assert (
        result.stderr.count("\n") == 1
        and "LibreOffice" in result.stderr
        and "apt-get install" in result.stderr
    )
    assert "Traceback" not in result.stderr


@needs_lo
def test_web_page_saved_as_doc(tmp_path):
    page = tmp_path / "下载的模板.doc"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><p>李四对照检查材料</p>'
        "<p>一、存在的问题</p><p>（一）在理论学习方面。学习不够深入。</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.source.format == "html" and doc.source.converted_with == "LibreOffice"
    assert doc.text == "李四对照检查材料\n一、存在的问题\n（一）在理论学习方面。学习不够深入。"


@needs_lo
def test_garbage_doc_is_a_clear_error(tmp_path):
    fake = tmp_path / "broken.doc"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x17" * 3000)
    with pytest.raises(InputError, match="LibreOffice 无法转换"):
        read_document(fake)


def test_spacing_between_chinese_and_digits_is_removed():
    assert tidy_spacing("2023 年度 主题教育 共 12 次 ，PDF 文件") == "2023年度主题教育共12次，PDF文件"
    assert tidy_spacing("Microsoft Word 文档") == "Microsoft Word文档"


def _wrap(paragraph, width=20):
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


def test_line_joining_without_layout_signals():
    paragraphs = [
        "一、存在的问题",
        "（一）在理论学习方面。学习不够深入，对党的创新理论的学习还停留在表面，没有做到学深悟透，这是需要改进的地方。",
        "一是学得不深，没有系统学习原文原著，学习强国的文章也只是浏览，这方面的差距要正视。",
        "（二）在政治素质方面。站位不够高，对有些问题的认识不到位，需要认真改进。",
    ]
    lines = [Line(t, 0, False) for p in paragraphs for t in _wrap(p)]
    assert join_lines(lines) == paragraphs


def test_line_joining_with_indents():
    lines = [
        Line("一、存在的问题", 0, False),
        Line("（一）理论学习方面。学习不够深入，对党的创新理论。", 2, False),
        Line("一是学得不深，今后要加强学习，切实做到学深悟透。", 0, False),
        Line("（二）政治方面。", 2, False),
    ]
    assert (
        join_lines(lines)[1]
        == "（一）理论学习方面。学习不够深入，对党的创新理论。一是学得不深，今后要加强学习，切实做到学深悟透。"
    )


def test_corrupt_pdf_is_a_clear_error():
    with pytest.raises(InputError, match="PDF"):
        read_bytes(b"%PDF-1.4\n%broken file without objects\n", "broken.pdf", ".pdf")
