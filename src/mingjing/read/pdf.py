"""Read a PDF's text layer: re-join broken lines, drop page numbers, tidy CJK spacing.

Text comes from poppler's pdftotext -layout when it is installed, otherwise from pypdf's layout
mode; bench/parse_speed.py measures both (time and paragraphs recovered) on the same PDF.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mingjing.errors import InputError
from mingjing.external import ExternalTimeout, run_bounded
from mingjing.read.assemble import DocumentBuilder

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】…—"
_SPACE_AFTER_CJK = re.compile(f"(?<=[{_CJK}{_CJK_PUNCT}]) +(?=[{_CJK}{_CJK_PUNCT}A-Za-z0-9])")
_SPACE_BEFORE_CJK = re.compile(f"(?<=[A-Za-z0-9%]) +(?=[{_CJK}{_CJK_PUNCT}])")
_PAGE_NUMBER = re.compile(
    r"^[-—–－\s]*\d{1,4}[-—–－\s]*$|^\d{1,4}\s*/\s*\d{1,4}$|"
    r"^第\s*\d{1,4}\s*页(\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?$|^[Pp]age\s*\d+(\s*of\s*\d+)?$"
)
_ENDS_SENTENCE = tuple("。！？；：”’）》】…")
_STARTS_BLOCK = re.compile(
    r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|"
    r"\d{1,2}(?:[.．](?!\d)|[.．](?=(?:19|20)\d\d年)|、)|"
    r"[①-⑳]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]|"
    r"(首先|其次|再次|最后)[，,、])"
)


def tidy_spacing(line: str) -> str:
    """'2023 年度' → '2023年度': PDFs put spaces between Chinese and digits or Latin letters."""
    line = _SPACE_AFTER_CJK.sub("", line)
    return _SPACE_BEFORE_CJK.sub("", line)


def extract_pages(data: bytes, name: str, max_pages: int, engine: str | None = None) -> list[str]:
    """Layout text of each page (indentation and blank lines kept), by pdftotext if available,
    else pypdf; `engine` forces one ("pdftotext" or "pypdf")."""
    engine = engine or ("pdftotext" if shutil.which("pdftotext") else "pypdf")
    if engine == "pdftotext":
        return _pdftotext(data, name, max_pages)
    return _pypdf(data, name, max_pages)


def _pdftotext(data: bytes, name: str, max_pages: int) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="mingjing-pdf-") as tmp:
        src = Path(tmp) / "input.pdf"
        src.write_bytes(data)
        try:
            proc = run_bounded(
                ["pdftotext", "-layout", "-enc", "UTF-8", "-l", str(max_pages), str(src), "-"],
                timeout=120,
                memory_mb=2048,
            )
        except ExternalTimeout:
            raise InputError(f"{name}：读取 PDF 超时，文件可能过大或已损坏") from None
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode != 0:
            if "password" in err.lower() or "encrypt" in err.lower():
                raise InputError(f"{name}：PDF 已加密，请先解除密码保护")
            raise InputError(f"{name}：PDF 文件已损坏，无法读取文字")
        text = proc.stdout.decode("utf-8", "replace")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def _pypdf(data: bytes, name: str, max_pages: int) -> list[str]:
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{name}：PDF 已加密，请先解除密码保护")
        return [page.extract_text(extraction_mode="layout") or "" for page in reader.pages[:max_pages]]
    except InputError:
        raise
    except Exception:  # pypdf raises many kinds for a broken file
        raise InputError(f"{name}：PDF 文件已损坏，无法读取文字") from None


@dataclass
class Line:
    text: str
    indent: int  # leading spaces beyond the page's left margin
    gap_before: bool  # a blank line (paragraph spacing) separates it from the previous line
    confidence: list[float] | None = None  # OCR: Tesseract's confidence (0–100) for each character


def page_lines(pages: list[str], builder: DocumentBuilder | None = None) -> list[Line]:
    """Non-empty lines with their indentation; page numbers go to the document's footer extras."""
    lines: list[Line] = []
    for page in pages:
        raw = [r.rstrip() for r in page.splitlines()]
        margin = min((len(r) - len(r.lstrip(" ")) for r in raw if r.strip()), default=0)
        gap = False
        for r in raw:
            if not r.strip():
                gap = bool(lines)
                continue
            text = tidy_spacing(" ".join(r.split()))
            if _PAGE_NUMBER.match(text):
                if builder is not None:
                    builder.add_extra("pagenumber", text)
                continue
            indent = len(r) - len(r.lstrip(" ")) - margin
            lines.append(Line(text, indent, gap))
            gap = False
        # a page break is no paragraph break by itself
    return lines


def read_pdf(data: bytes, builder: DocumentBuilder, name: str, engine: str | None = None) -> None:
    pages = extract_pages(data, name, builder.limits.max_pdf_pages, engine)
    if all(p.strip() for p in pages):
        for paragraph in join_lines(page_lines(pages, builder)):
            builder.add(paragraph)
        return
    # scanned pages (no text layer) are read by OCR, page by page, text pages as they are
    from mingjing.read.ocr import NOT_INSTALLED, rasterise_pdf_page, tesseract_available
    from mingjing.read.scan import add_lines, ocr_page_lines

    if not tesseract_available():
        if any(p.strip() for p in pages):  # blank pages among text pages: read the text as before
            for paragraph in join_lines(page_lines(pages, builder)):
                builder.add(paragraph)
            return
        raise InputError(f"{name}：这是扫描版 PDF（没有文字层）。{NOT_INSTALLED}")
    lines: list[Line] = []
    scanned = []
    for number, page in enumerate(pages, start=1):
        if page.strip():
            lines.extend(page_lines([page], builder))
        else:
            scanned.append(number)
            image, dpi = rasterise_pdf_page(data, number, name)
            lines.extend(ocr_page_lines(image, name, builder, dpi))
    if not any(line.text.strip() for line in lines):
        raise InputError(
            f"{name}：这是扫描版 PDF（没有文字层），文字识别也未能识别出文字；请提供清晰的扫描件或 Word 原稿"
        )
    add_lines(builder, lines, scanned)


def join_lines(lines: list[Line]) -> list[str]:
    """Re-join the lines a PDF broke inside a paragraph (see `group_lines`)."""
    return [join_group(group) for group in group_lines(lines)]


def join_group(group: list[Line]) -> str:
    text = group[0].text
    for line in group[1:]:
        text += _joiner(text, line.text) + line.text
    return text


def _joiner(before: str, after: str) -> str:
    return " " if before[-1].isascii() and before[-1].isalpha() and after[0].isascii() else ""


def group_lines(lines: list[Line]) -> list[list[Line]]:
    """The lines of each paragraph.

    With layout signals (blank lines between paragraphs, or first-line indents) a line starts a
    paragraph when a blank line or an indent precedes it, or the line before it is short.
    Without them, a full line that does not end a sentence continues on the next line unless
    that line starts a numbered block.
    """
    if not lines:
        return []
    widths = sorted(len(line.text) for line in lines)
    full = widths[int(len(widths) * 0.9)] if len(widths) >= 5 else widths[-1]
    signals = any(line.gap_before for line in lines[1:]) or sum(
        1 for line in lines if line.indent >= 2
    ) >= max(2, len(lines) // 20)
    groups: list[list[Line]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        prev_full = len(prev.text) >= full * 0.85
        if signals:
            continues = prev_full and not line.gap_before and line.indent < 2 and prev.indent < 4
        else:
            continues = (
                prev_full and not prev.text.endswith(_ENDS_SENTENCE) and not _STARTS_BLOCK.match(line.text)
            )
        if continues:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups
