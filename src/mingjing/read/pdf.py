"""Read a PDF's text layer: re-join broken lines, drop page numbers, tidy CJK spacing.

Text comes from poppler's pdftotext when it is installed (measured faster and better at CJK
reading order than pypdf; see bench/), otherwise from pypdf.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from mingjing.errors import InputError
from mingjing.read.assemble import DocumentBuilder

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】…—"
_SPACE_AFTER_CJK = re.compile(f"(?<=[{_CJK}{_CJK_PUNCT}]) +(?=[{_CJK}{_CJK_PUNCT}A-Za-z0-9])")
_SPACE_BEFORE_CJK = re.compile(f"(?<=[A-Za-z0-9%]) +(?=[{_CJK}{_CJK_PUNCT}])")
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*\d{1,4}[-—–－\s]*$|^\d{1,4}\s*/\s*\d{1,4}$|"
                          r"^第\s*\d{1,4}\s*页(\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?$|^[Pp]age\s*\d+(\s*of\s*\d+)?$")
_ENDS_SENTENCE = tuple("。！？；：”’）》】…")
_STARTS_BLOCK = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|"
                           r"[①-⑳]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]|"
                           r"(首先|其次|再次|最后)[，,、])")


def tidy_spacing(line: str) -> str:
    """'2023 年度' → '2023年度': PDFs put spaces between Chinese and digits or Latin letters."""
    line = _SPACE_AFTER_CJK.sub("", line)
    return _SPACE_BEFORE_CJK.sub("", line)


def extract_pages(data: bytes, name: str, max_pages: int) -> list[str]:
    """Text of each page, by pdftotext if available, else pypdf."""
    if shutil.which("pdftotext"):
        return _pdftotext(data, name, max_pages)
    return _pypdf(data, name, max_pages)


def _pdftotext(data: bytes, name: str, max_pages: int) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="mingjing-pdf-") as tmp:
        src = Path(tmp) / "input.pdf"
        src.write_bytes(data)
        try:
            proc = subprocess.run(["pdftotext", "-enc", "UTF-8", "-l", str(max_pages), str(src), "-"],
                                  stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
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
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{name}：PDF 已加密，请先解除密码保护")
        return [page.extract_text() or "" for page in reader.pages[:max_pages]]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError):
        raise InputError(f"{name}：PDF 文件已损坏，无法读取文字") from None


def read_pdf(data: bytes, builder: DocumentBuilder, name: str) -> None:
    pages = extract_pages(data, name, builder.limits.max_pdf_pages)
    if not any(p.strip() for p in pages):
        raise InputError(f"{name}：这是扫描版 PDF（没有文字层），请先用文字识别（OCR）转成文字，或提供 Word 原稿")
    lines: list[str] = []
    for page in pages:
        for raw in page.splitlines():
            line = tidy_spacing(raw.strip())
            if not line:
                continue
            if _PAGE_NUMBER.match(line):
                builder.add_extra("footer", line)
                continue
            lines.append(line)
    for paragraph in join_lines(lines):
        builder.add(paragraph)


def join_lines(lines: list[str]) -> list[str]:
    """Re-join lines a PDF broke inside a sentence: a full-width line not ending a sentence
    continues on the next line unless that line starts a new numbered block."""
    if not lines:
        return []
    widths = sorted(len(line) for line in lines)
    full = widths[int(len(widths) * 0.9)] if len(widths) >= 5 else widths[-1]
    paragraphs: list[str] = [lines[0]]
    for prev, line in zip(lines, lines[1:]):
        continues = (len(prev) >= full * 0.85 and not prev.endswith(_ENDS_SENTENCE)
                     and not _STARTS_BLOCK.match(line))
        if continues:
            joiner = " " if prev[-1].isascii() and prev[-1].isalpha() and line[0].isascii() else ""
            paragraphs[-1] += joiner + line
        else:
            paragraphs.append(line)
    return paragraphs
