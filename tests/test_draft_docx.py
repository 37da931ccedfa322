"""The drafted .docx in GB/T 9704-2012 layout, checked in the file and on paper: LibreOffice turns
it into PDF; lines per page and characters per line are read from the PDF text, and one page is
looked at as an image (ink inside the margins, title centred, page number below the text)."""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from conftest import FIXTURES, libreoffice_convert, run_cli
from mingjing.read.legacy import find_soffice

NOTES = sorted((FIXTURES / "draft" / "team").glob("*.yaml"))[0]
FONTS_CONF = Path(__import__("mingjing.render", fromlist=["x"]).__file__).parent / "fonts.conf"
DPI = 100
MM = DPI / 25.4  # pixels per millimetre


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("docx")
    out = tmp / "材料.docx"
    result = run_cli("draft", NOTES, "--output", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def pdf(drafted) -> Path:
    if find_soffice() is None:
        pytest.skip("LibreOffice is installed by make test")
    tmp = drafted.parent
    env = {**os.environ, "HOME": str(tmp), "FONTCONFIG_FILE": str(FONTS_CONF)}
    libreoffice_convert(str(drafted), "pdf", str(tmp), profile=tmp / "profile", timeout=300, env=env)
    return tmp / "材料.pdf"


def _page_lines(pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(y, xMin, xMax, text) of each line on a page, from pdftotext's word boxes (points)."""
    from lxml import etree

    out = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        check=True,
    ).stdout
    root = etree.fromstring(out, etree.XMLParser(recover=True))
    lines = []
    for line in root.iter("{*}line"):
        text = "".join(w.text or "" for w in line.iter("{*}word"))
        lines.append((round(float(line.get("yMax"))), float(line.get("xMin")), float(line.get("xMax")), text))
    return lines


def test_page_setup_and_fonts_in_the_file(drafted):
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document(str(drafted))
    section = document.sections[0]
    assert (round(section.page_width / Mm(1)), round(section.page_height / Mm(1))) == (210, 297)
    assert [
        round(m / Mm(1))
        for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ] == [37, 35, 28, 26]
    xml = drafted.read_bytes()
    import zipfile

    with zipfile.ZipFile(drafted) as z:
        body = z.read("word/document.xml").decode("utf-8")
        fonts = z.read("word/fontTable.xml").decode("utf-8")
        footers = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/footer"))
    assert xml.startswith(b"PK")
    assert re.search(r'<w:docGrid w:type="lines" w:linePitch="579"/>', body)
    for name in ("方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312"):
        assert f'w:eastAsia="{name}"' in body
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="Noto Serif CJK SC"/>' in fonts
    assert '<w:font w:name="黑体"><w:altName w:val="Noto Sans CJK SC"/>' in fonts
    paragraphs = document.paragraphs
    title = paragraphs[0]
    assert title.alignment == 1 and title.runs[0].font.size == Pt(22)  # centred, 2号
    heading = next(p for p in paragraphs if p.text.startswith("一、"))
    assert heading.runs[0].font.size == Pt(16) and 'w:eastAsia="黑体"' in heading.runs[0]._r.xml
    item = next(p for p in paragraphs if p.text.startswith("（一）在理论学习方面。"))
    assert item.runs[0].text == "（一）在理论学习方面。" and 'w:eastAsia="楷体_GB2312"' in item.runs[0]._r.xml
    assert 'w:eastAsia="仿宋_GB2312"' in item.runs[1]._r.xml
    assert footers.count("PAGE") == 2 and footers.count("— ") == 2  # odd and even pages


def test_pdf_pages_have_22_lines_of_28_characters(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842", info)
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 3
    cell = (210 - 28 - 26) / 28 * 72 / 25.4  # one character of the grid, in points
    left, right = 28 * 72 / 25.4, (210 - 26) * 72 / 25.4
    lengths: Counter = Counter()
    for page in range(2, pages):  # the first page has the title, the last is not full
        lines = _page_lines(pdf, page)
        numbers = [t for _, _, _, t in lines if re.fullmatch(r"—\s*\d+\s*—", t)]
        assert [n.replace(" ", "") for n in numbers] == [f"—{page}—"]
        baselines = {y for y, _, _, t in lines if t not in numbers}
        assert len(baselines) == 22, (page, sorted(baselines))
        for _, x_min, x_max, text in lines:
            if re.search(r"[ -~]", text) or text in numbers:
                continue  # digits and Latin letters are narrower than a grid cell
            assert x_min >= left - 1 and x_max <= right + cell / 2
            if x_max >= right - cell / 2:  # a full line (not the end of a paragraph)
                indent = round((x_min - left) / cell)
                lengths[len(text) + indent] += 1
    assert sum(lengths.values()) >= 8, lengths
    assert set(lengths) <= {27, 28, 29}, lengths
    assert lengths.most_common(1)[0][0] == 28, lengths


def test_pdf_uses_the_fallback_fonts(pdf):
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSerifCJK" in fonts  # 仿宋_GB2312, 楷体_GB2312, 方正小标宋简体 → Noto Serif CJK SC
    assert "NotoSansCJK" in fonts  # 黑体 → Noto Sans CJK SC


def _page_image(pdf: Path, page: int):
    from PIL import Image

    prefix = pdf.with_name(f"page{page}")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(DPI),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
        capture_output=True,
    )
    return Image.open(f"{prefix}.png").convert("L")


def _ink_rows_cols(image, box=None):
    import numpy as np

    pixels = np.asarray(image if box is None else image.crop(box))
    ink = pixels < 128
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    return rows, cols, ink


def test_page_images_keep_the_margins_and_centre_the_title(pdf):
    first = _page_image(pdf, 1)
    width, height = first.size
    assert abs(width / MM - 210) < 1 and abs(height / MM - 297) < 1
    rows, cols, ink = _ink_rows_cols(first)
    # the text area: 28 mm from the left, 26 mm from the right, starting 37 mm from the top
    assert cols.min() / MM >= 28 - 1
    assert cols.max() / MM <= 210 - 26 + 1
    assert rows.min() / MM >= 37 - 1
    # the title: the first band of ink rows, centred on the page
    gaps = [k for k in range(1, len(rows)) if rows[k] - rows[k - 1] > 3]
    title_rows = rows[: gaps[0]]
    title_cols = [c for c in range(ink.shape[1]) if ink[title_rows.min() : title_rows.max() + 1, c].any()]
    centre = (title_cols[0] + title_cols[-1]) / 2 / MM
    assert abs(centre - (28 + (210 - 26)) / 2) < 4  # centred in the text area (and so on the page)
    # a full page: body text ends above the bottom margin; the page number sits below it
    second = _page_image(pdf, 2)
    rows, cols, _ = _ink_rows_cols(second)
    body_rows = rows[rows / MM <= 297 - 35 + 1]
    footer_rows = rows[rows / MM > 297 - 35 + 1]
    assert len(body_rows) and len(footer_rows)
    assert body_rows.max() / MM > 297 - 35 - 12  # the body fills the page down to the margin
    assert footer_rows.min() / MM < 297 - 20  # the number is about 7 mm below the text area
    _, number_cols, _ = _ink_rows_cols(second, (0, int(footer_rows.min()), width, int(footer_rows.max()) + 1))
    assert number_cols.min() / MM < 60  # page 2 (even): the number stands at the left
    assert cols.min() / MM >= 28 - 1 and cols.max() / MM <= 210 - 26 + 1
