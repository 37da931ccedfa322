"""Scanned materials into a Document: images (.png/.jpg/.tif) and the scanned pages of a PDF.

OCR lines (`read/ocr.py`) become layout lines with an indent in characters and a spacing signal,
the PDF joiner groups them into paragraphs, and every run of characters Tesseract read with low
confidence becomes a `Document.low_confidence` span (the review marks findings there 识别可能有误).
"""

from __future__ import annotations

import re
import statistics
from typing import TYPE_CHECKING

import numpy as np

from mingjing.errors import InputError
from mingjing.read.assemble import DocumentBuilder, normalise_chars
from mingjing.read.ocr import (
    LOW_CONFIDENCE,
    NOT_INSTALLED,
    OcrLine,
    load_image,
    ocr_image,
    tesseract_available,
)
from mingjing.read.pdf import _PAGE_NUMBER, Line, _joiner, group_lines, tidy_spacing

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage


def layout_lines(ocr: list[OcrLine]) -> list[Line]:
    """Indent (in characters, from the text block's left edge) and paragraph spacing of OCR lines.

    The left edge is a straight line fitted to the lines' left ends (a slightly turned page has a
    slanted edge); a character's size is the median width per character of the longer lines; a
    paragraph gap is a line-to-line distance (between line middles) well above the usual one.
    """
    if not ocr:
        return []
    long = [line.width / len(line.text) for line in ocr if len(line.text) >= 8] or [
        line.width / max(len(line.text), 1) for line in ocr
    ]
    char = statistics.median(long) or 1.0
    slope, offset = _left_edge(ocr, char)
    middles = [line.top + line.height / 2 for line in ocr]
    pitches = [b - a for a, b in zip(middles, middles[1:])]
    usual = statistics.median(pitches) if pitches else 0
    lines = []
    for k, line in enumerate(ocr):
        indent = max(0, round((line.left - (offset + slope * middles[k])) / char))
        gap = k > 0 and pitches[k - 1] > usual + 0.6 * char
        lines.append(Line(line.text, indent, gap, line.confidence))
    return lines


def _left_edge(ocr: list[OcrLine], char: float) -> tuple[float, float]:
    """left ≈ offset + slope · y for the lines that start at the text block's edge (not indented)."""
    ys = np.array([line.top + line.height / 2 for line in ocr], dtype=np.float64)
    xs = np.array([line.left for line in ocr], dtype=np.float64)
    keep = xs <= np.percentile(xs, 50) + char / 2
    slope, offset = 0.0, float(np.median(xs[keep]))
    for _ in range(3):
        if keep.sum() >= 3 and np.ptp(ys[keep]) > 0:
            slope, offset = (float(v) for v in np.polyfit(ys[keep], xs[keep], 1))
        else:
            slope, offset = 0.0, float(np.median(xs[keep]))
        residual = xs - (offset + slope * ys)
        keep = residual <= char / 2
        if keep.sum() == 0:
            break
    return slope, offset


def ocr_page_lines(
    image: PILImage, name: str, builder: DocumentBuilder | None = None, dpi: int | None = None
) -> list[Line]:
    lines = []
    for line in layout_lines(ocr_image(image, name, dpi)):
        if _PAGE_NUMBER.match(tidy_spacing(line.text)):
            if builder is not None:
                builder.add_extra("pagenumber", line.text)
            continue
        lines.append(line)
    return lines


def low_spans(confidence: list[float], threshold: float = LOW_CONFIDENCE) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for k, conf in enumerate(confidence):
        if conf < threshold:
            if spans and spans[-1][1] == k:
                spans[-1] = (spans[-1][0], k + 1)
            else:
                spans.append((k, k + 1))
    return spans


_NUMERALS = "一二三四五六七八九十"
_TOP_LABEL = re.compile(f"^[{_NUMERALS}]+、")
_OPEN, _CLOSE = "（(《〈【[{", "）)》〉】]}"
_LABEL = re.compile(f"^[{re.escape(_OPEN)}]([^{re.escape(_OPEN + _CLOSE)}]{{1,2}})[{re.escape(_CLOSE)}]")


class LabelSequence:
    """Repair an unreadable bracket label from its neighbours: after （五） in the same part, a
    paragraph starting “(xs）” is （六）, and right after 二、… it is （一）. The repaired label is kept as low confidence."""

    def __init__(self) -> None:
        self.last: int | None = None  # the last bracket label's number; 0 right after 一、 二、 …

    def repair(self, chars: list[tuple[str, float]]) -> list[tuple[str, float]]:
        text = "".join(c for c, _ in chars)
        if _TOP_LABEL.match(text):
            self.last = 0
            return chars
        label = _LABEL.match(text)
        if not label:
            return chars
        inside = label.group(1)
        if len(inside) == 1 and inside in _NUMERALS:
            number = _NUMERALS.index(inside) + 1
        elif self.last is not None and self.last < 10 and not any(n in inside for n in _NUMERALS):
            number = self.last + 1  # unreadable: the next in the sequence
        else:
            self.last = None
            return chars
        self.last = number
        fixed = f"（{_NUMERALS[number - 1]}）"
        if text.startswith(fixed):
            return chars
        return [(c, 0.0) for c in fixed] + chars[label.end() :]


def add_lines(builder: DocumentBuilder, lines: list[Line], ocr_pages: list[int]) -> None:
    """Group lines into paragraphs and add them, keeping the low-confidence spans."""
    labels = LabelSequence()
    for group in group_lines(lines):
        chars: list[tuple[str, float]] = []
        for line in group:
            if chars:
                chars.extend((c, 100.0) for c in _joiner("".join(c for c, _ in chars), line.text))
            conf = line.confidence or [100.0] * len(line.text)
            chars.extend(zip(line.text, conf))
        # a character NFC made of two has no confidence of its own: taken as read well
        chars = _tidy([(c, 100.0 if conf is None else conf) for c, conf in normalise_chars(chars)])
        chars = labels.repair(alternate_quotes(chars))
        text = "".join(c for c, _ in chars)
        builder.add_marked(text, low_spans([c for _, c in chars]))
    builder.source.ocr_pages = list(ocr_pages)
    builder.source.converted_with = "Tesseract OCR"


def alternate_quotes(chars: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """OCR often turns a curly quote the wrong way round; in a paragraph they open and close in turn."""
    out = []
    opening = True
    for c, conf in chars:
        if c in "“”":
            c, opening = ("“" if opening else "”"), not opening
        out.append((c, conf))
    return out


def _tidy(chars: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`tidy_spacing` character by character: no spaces between Chinese and digits or letters."""
    text = "".join(c for c, _ in chars)
    keep = [True] * len(chars)
    for k, c in enumerate(text):
        if c == " " and tidy_spacing(text[max(0, k - 1) : k + 2]) != text[max(0, k - 1) : k + 2]:
            keep[k] = False
    return [ch for ch, ok in zip(chars, keep) if ok]


def read_image(data: bytes, builder: DocumentBuilder, name: str) -> None:
    """A photo or scan of a material (.png/.jpg/.tif, a multi-page TIFF page by page)."""
    if not tesseract_available():
        raise InputError(f"{name}：这是一张图片（扫描件或照片）。{NOT_INSTALLED}")
    frames = load_image(data, name)[: builder.limits.max_pdf_pages]
    lines: list[Line] = []
    for frame, dpi in frames:
        lines.extend(ocr_page_lines(frame, name, builder, dpi))
    if not lines:
        raise InputError(f"{name}：图片中未识别出文字；请提供更清晰的扫描件或 Word 原稿")
    add_lines(builder, lines, list(range(1, len(frames) + 1)))
