"""Scanned materials: a rasterised example comes back nearly character for character, with the same
outline; images and mixed PDFs read; findings on low-confidence characters become 识别可能有误."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from mingjing.frameworks import load_frameworks
from mingjing.model import Document
from mingjing.parse import parse_document
from mingjing.read import read_bytes, read_document
from mingjing.read.legacy import find_soffice
from mingjing.read.ocr import full_width_punctuation, parse_tsv, tesseract_available
from mingjing.read.scan import low_spans
from mingjing.rules.review import review_outline

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "张三-对照检查材料.docx"
HAVE_TOOLS = tesseract_available() and find_soffice() is not None and shutil.which("pdftoppm") is not None
needs_ocr = pytest.mark.skipif(
    not HAVE_TOOLS and os.environ.get("CI") != "true",
    reason="tesseract-ocr-chi-sim, LibreOffice and poppler are installed by make test",
)


def accuracy(original: str, read: str) -> float:
    a, b = original.replace("\n", ""), read.replace("\n", "")
    return 1 - Levenshtein.distance(a, b) / len(a)


def shape(outline):
    """The outline's structure: parts, items with their aspect and number of points (headings are
    text, checked by `same_outline` character by character)."""
    return [
        (s.kind, s.label, [(i.label, i.aspect, len(i.points)) for i in s.items]) for s in outline.sections
    ]


def same_outline(read, original) -> None:
    assert shape(read) == shape(original)
    headings = lambda o: [h for s in o.sections for h in [s.heading, *(i.heading for i in s.items)]]  # noqa: E731
    for got, want in zip(headings(read), headings(original)):
        assert Levenshtein.normalized_similarity(got, want) >= 0.85, (got, want)


@pytest.fixture(scope="module")
def frameworks():
    return load_frameworks()


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    from scan_factory import rasterise, render_pdf, scanned_pdf, scanner_flaws

    tmp = tmp_path_factory.mktemp("scan")
    text_pdf = render_pdf(EXAMPLE, tmp)
    clean = rasterise(text_pdf, tmp)
    pages = [scanner_flaws(p, angle=1.2 if k % 2 == 0 else -0.8, seed=k) for k, p in enumerate(clean)]
    return {
        "text_pdf": text_pdf,
        "clean": clean,
        "pages": pages,
        "pdf": scanned_pdf(pages, tmp / "张三-扫描件.pdf"),
    }


@needs_ocr
def test_scanned_pdf_reads_97_percent_of_characters_with_the_same_outline(scan, frameworks):
    original = read_document(EXAMPLE)
    doc = read_document(scan["pdf"])
    assert doc.source.format == "pdf" and doc.source.converted_with == "Tesseract OCR"
    assert doc.source.ocr_pages == list(range(1, len(scan["pages"]) + 1))
    acc = accuracy(original.text, doc.text)
    print(f"OCR accuracy {acc:.4f} on {len(original.text)} characters")
    assert acc >= 0.97
    same_outline(parse_document(doc, frameworks), parse_document(original, frameworks))


@needs_ocr
def test_pdf_mixing_text_and_scanned_pages_reads_both(scan, tmp_path, frameworks):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.add_page(PdfReader(scan["text_pdf"]).pages[0])
    for page in PdfReader(scan["pdf"]).pages[1:]:
        writer.add_page(page)
    mixed = tmp_path / "mixed.pdf"
    with open(mixed, "wb") as f:
        writer.write(f)
    original = read_document(EXAMPLE)
    doc = read_document(mixed)
    assert doc.source.ocr_pages == list(range(2, len(scan["pages"]) + 1))
    first_page = read_document(scan["text_pdf"]).text.split("\n")[:4]
    assert doc.text.split("\n")[:4] == first_page  # the text page exactly as its text layer says
    assert accuracy(original.text, doc.text) >= 0.97
    same_outline(parse_document(doc, frameworks), parse_document(original, frameworks))


@needs_ocr
def test_photo_with_a_shadow_is_read_as_an_image(scan, frameworks):
    from scan_factory import scanner_flaws

    photo = scanner_flaws(scan["clean"][0], angle=3.0, noise=25, shadow=0.55, seed=3)
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=85)
    doc = read_bytes(buf.getvalue(), "照片.jpg", ".jpg")
    assert doc.source.format == "image" and doc.source.ocr_pages == [1]
    original = read_document(EXAMPLE).text
    page_part = original[: len(doc.text)]
    assert accuracy(page_part, doc.text) >= 0.95
    assert doc.text.startswith("张三2023年度主题教育专题民主生活会")


@needs_ocr
def test_blank_scan_is_a_clear_error(tmp_path):
    from PIL import Image

    from mingjing.errors import InputError

    path = tmp_path / "空白.png"
    Image.new("L", (1600, 2200), 255).save(path)
    with pytest.raises(InputError, match="未识别出文字"):
        read_document(path)


def test_image_under_a_document_name_is_still_refused():
    from mingjing.errors import InputError

    with pytest.raises(InputError, match="PNG 图片"):
        read_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "材料.docx", ".docx")


def test_tsv_lines_join_chinese_words_without_spaces_and_keep_confidence():
    rows = [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "4\t1\t1\t1\t1\t0\t100\t50\t600\t40\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t50\t80\t40\t96.5\t学习",
        "5\t1\t1\t1\t1\t2\t190\t50\t40\t40\t41.0\t贯",
        "5\t1\t1\t1\t1\t3\t240\t50\t60\t40\t90\t2023",
        "5\t1\t1\t1\t1\t4\t300\t50\t60\t40\t90\tyear",
        "5\t1\t1\t1\t1\t5\t360\t50\t20\t40\t88\t,",
        "5\t1\t1\t1\t1\t6\t380\t50\t40\t40\t88\t彻",
    ]
    [line] = parse_tsv("\n".join(rows))
    assert line.text == "学习贯2023 year，彻"
    assert line.confidence[2] == 41.0 and line.confidence[0] == 96.5
    assert len(line.confidence) == len(line.text)
    assert low_spans(line.confidence) == [(2, 3)]


def test_straight_quotes_and_half_width_marks_next_to_chinese_become_full_width():
    chars = [(c, 90.0) for c in '建新功"的(总要求);比分3:2,好"']
    assert "".join(c for c, _ in full_width_punctuation(chars)) == "建新功“的（总要求）；比分3:2，好”"


def test_findings_on_low_confidence_characters_are_info_and_not_charged_as_typos(frameworks):
    from mingjing.rules.sample import GOOD

    # a whole material (a three-line scrap is refused as not a material, S100), with one 的/地 slip
    assert "我认真学习" in GOOD
    text = GOOD.replace("我认真学习", "我认真的学习", 1)
    from mingjing.model import Source
    from mingjing.read.assemble import DocumentBuilder
    from mingjing.read.limits import Limits

    def review(low):
        builder = DocumentBuilder(Source(path="扫描.pdf", format="pdf"), Limits())
        for line in text.split("\n"):
            builder.add(line)
        doc: Document = builder.build()
        doc.low_confidence = low
        return review_outline(parse_document(doc, frameworks), frameworks)

    plain = [f for f in review([]).findings if f.code.startswith("T")]
    assert plain and all(f.severity != "info" for f in plain)
    typo = plain[0]
    marked = {(f.code, f.start): f for f in review([(typo.start, typo.end)]).findings}
    doubted = marked[(typo.code, typo.start)]
    assert doubted.severity == "info" and doubted.message.startswith("识别可能有误")
    assert "不是原文的错别字" in doubted.message
    others = [f for f in marked.values() if not (f.start < typo.end and typo.start < f.end)]
    assert all(not f.message.startswith("识别可能有误") for f in others)


@needs_ocr
def test_a_scan_uploaded_to_the_web_app_is_read_and_reviewed(scan, tmp_path):
    from web_server import Browser, live_server
    from web_team import PASSWORD, make_people, upload

    buf = io.BytesIO()
    scan["pages"][0].save(buf, "PNG", dpi=(200, 200))
    with live_server(tmp_path) as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        assert author.login("陈立华", PASSWORD).status_code == 303
        r = upload(author, team.rounds["a"], name="签字扫描件.png", data=buf.getvalue())
        assert r.status_code == 303, r.text
        material = int(r.headers["location"].rsplit("/", 1)[1])
        [draft] = app.state.store.drafts(material)
        assert draft["format"] == "image" and draft["verdict"] in ("pass", "revise", "reject")
        report = author.get(f"/drafts/{draft['id']}/report").text
        assert "宁川县交通运输局" in report
        author.close()
