"""Read scanned materials: page images → lines of text with a confidence for every character.

Tesseract (Debian `tesseract-ocr` + `tesseract-ocr-chi-sim`) is run as a program through
`run_bounded`, one page at a time, asking for its TSV output (one row per recognised word with its
box and confidence). Before that the page is cleaned with Pillow where that helps: EXIF rotation undone, greyscale, the
skew measured by projection profiles and undone when it is large, uneven lighting flattened and
thresholded. Lines come back with their left edge and vertical position so that the PDF
line joiner (`read/pdf.py`) can find paragraphs by first-line indent and spacing, as it does for
text PDFs.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from mingjing.errors import InputError
from mingjing.external import ExternalTimeout, run_bounded

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

LANGUAGE = "chi_sim"
# a word Tesseract itself rates below this (0–100) is marked 识别可能有误. Measured on the example scan
# of tests/test_ocr.py (3,310 characters): 17 of the 20 misread characters fall in such spans, which
# cover 4.1 % of the text
LOW_CONFIDENCE = 70.0
_PAGE_TIMEOUT = 180
_MAX_PIXELS = 60_000_000  # a 600 dpi A3 page; larger images are refused before decoding
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF), (0x3000, 0x303F), (0xFF00, 0xFFEF))
NOT_INSTALLED = (
    "识别扫描件需要文字识别程序 Tesseract：请安装 tesseract-ocr 和 tesseract-ocr-chi-sim"
    "（离线安装包已包含），或提供 Word 原稿"
)


@dataclass
class OcrLine:
    text: str
    confidence: list[float]  # one per character of text, 0–100
    left: int
    top: int
    width: int
    height: int


def tesseract_available() -> bool:
    if not shutil.which("tesseract"):
        return False
    try:
        proc = run_bounded(["tesseract", "--list-langs"], timeout=30)
    except (OSError, ExternalTimeout):
        return False
    return LANGUAGE in proc.stdout.decode("utf-8", "replace").split()


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return any(a <= o <= b for a, b in _CJK_RANGES)


# -- cleaning ---------------------------------------------------------------------------------
def load_image(data: bytes, name: str) -> list[tuple[PILImage, int | None]]:
    """Every frame of an image file (a multi-page TIFF has several), upright, in greyscale, with the
    resolution it says it was scanned at (None when it does not say)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = _MAX_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        frames: list[tuple[PILImage, int | None]] = []
        for k in range(getattr(image, "n_frames", 1)):
            image.seek(k)
            dpi = image.info.get("dpi")
            dpi = round(float(dpi[0])) if dpi and 72 < float(dpi[0]) <= 1200 else None
            frames.append((ImageOps.exif_transpose(image).convert("L"), dpi))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
        raise InputError(f"{name}：图片已损坏或过大，无法读取") from None
    return frames


def otsu_threshold(values: np.ndarray) -> int:
    hist = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    levels = np.arange(256)
    weight_bg = np.cumsum(hist)
    weight_fg = total - weight_bg
    sum_bg = np.cumsum(hist * levels)
    mean_bg = sum_bg / np.maximum(weight_bg, 1)
    mean_fg = (sum_bg[-1] - sum_bg) / np.maximum(weight_fg, 1)
    between = weight_bg * weight_fg * (mean_bg - mean_fg) ** 2
    return int(np.argmax(between))


def estimate_skew(image: PILImage, max_angle: float = 5.0) -> float:
    """Degrees to rotate the page (counter-clockwise) so its text lines run level: the angle whose
    row profile of ink is sharpest (largest sum of squared row-to-row differences)."""
    from PIL import Image

    small = image.copy()
    small.thumbnail((900, 900))
    arr = np.asarray(small)
    ink = Image.fromarray(((arr < otsu_threshold(arr)) * 255).astype(np.uint8))

    def sharpness(angle: float) -> float:
        rows = np.asarray(
            ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0), dtype=np.float64
        ).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-max_angle, max_angle + 1e-9, 0.5), key=sharpness)
    fine = np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1)
    return float(max(fine, key=sharpness))


def flatten_background(image: PILImage) -> PILImage | None:
    """Even out uneven lighting (a phone photo, a shadow across a scan) by dividing the page by its
    blurred background; None when the background is already even (Tesseract's own Otsu
    binarisation is then better than any threshold applied here — measured in tests/test_ocr.py)."""
    from PIL import Image, ImageFilter

    small = image.copy()
    small.thumbnail((300, 300))
    background = small.filter(ImageFilter.MaxFilter(9)).filter(ImageFilter.GaussianBlur(8))
    levels = np.asarray(background, dtype=np.float64)
    if np.percentile(levels, 95) - np.percentile(levels, 5) < 40:
        return None
    full = np.asarray(background.resize(image.size, Image.Resampling.BILINEAR), dtype=np.float64)
    arr = np.asarray(image, dtype=np.float64) / np.maximum(full, 1) * 255
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(np.where(arr < otsu_threshold(arr), 0, 255).astype(np.uint8))


# below this skew Tesseract's own line finding does better than a resampled page (measured: a page
# turned 1.2° reads 8 errors raw and 17 deskewed; turned 3° it reads 54 raw and 13 deskewed)
DESKEW_FROM = 1.5


def clean_page(image: PILImage) -> PILImage:
    """Greyscale page → level page for Tesseract, thresholded only where the lighting is uneven."""
    from PIL import Image

    angle = estimate_skew(image)
    if abs(angle) >= DESKEW_FROM:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return flatten_background(image) or image


# -- recognition ------------------------------------------------------------------------------
def recognise(image: PILImage, name: str) -> list[OcrLine]:
    """Run Tesseract on one cleaned page; lines in reading order."""
    with tempfile.TemporaryDirectory(prefix="mingjing-ocr-") as tmp:
        src = Path(tmp) / "page.png"
        image.save(src)
        try:
            proc = run_bounded(
                [
                    "tesseract",
                    str(src),
                    "stdout",
                    "-l",
                    LANGUAGE,
                    "--psm",
                    "6",
                    "-c",
                    "preserve_interword_spaces=1",
                    "tsv",
                ],
                timeout=_PAGE_TIMEOUT,
                memory_mb=2048,
                env=_tesseract_env(),
            )
        except ExternalTimeout:
            raise InputError(f"{name}：文字识别超时，扫描件可能过大") from None
        except OSError:
            raise InputError(f"{name}：{NOT_INSTALLED}") from None
    if proc.returncode != 0:
        raise InputError(f"{name}：文字识别失败（{_first_line(proc.stderr)}）")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def _tesseract_env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"  # one page at a time, one core: the server is shared
    return env


def _first_line(err: bytes) -> str:
    lines = [x for x in err.decode("utf-8", "replace").splitlines() if x.strip()]
    return lines[-1][:120] if lines else "未知错误"


def parse_tsv(tsv: str) -> list[OcrLine]:
    """Tesseract's TSV → lines; words are joined without spaces between Chinese characters."""
    lines: dict[tuple[int, int, int], dict[str, Any]] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        level = int(cols[0])
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        left, top, width, height = (int(c) for c in cols[6:10])
        if level == 4:
            lines[key] = {"left": left, "top": top, "width": width, "height": height, "words": []}
        elif level == 5 and cols[11].strip() and key in lines:
            lines[key]["words"].append((cols[11].strip(), max(float(cols[10]), 0.0)))
    out = []
    for line in lines.values():
        chars: list[tuple[str, float]] = []
        for word, conf in line["words"]:
            if (
                chars
                and chars[-1][0].isascii()
                and chars[-1][0].isalnum()
                and word[0].isascii()
                and word[0].isalnum()
            ):
                chars.append((" ", conf))
            chars.extend((c, conf) for c in word)
        chars = full_width_punctuation(chars)
        if chars:
            out.append(
                OcrLine(
                    "".join(c for c, _ in chars),
                    [c for _, c in chars],
                    line["left"],
                    line["top"],
                    line["width"],
                    line["height"],
                )
            )
    return out


def full_width_punctuation(chars: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A scan cannot show whether a mark was typed half- or full-width: next to Chinese text it is
    read as the full-width mark, and straight quotes become curly ones, opening then closing."""
    out = list(chars)
    opening = True
    for k, (c, conf) in enumerate(out):
        prev = out[k - 1][0] if k else ""
        nxt = out[k + 1][0] if k + 1 < len(out) else ""
        near_cjk = (prev and _is_cjk(prev)) or (nxt and _is_cjk(nxt))
        if c in _HALF_TO_FULL and near_cjk and not (c in ",:" and prev.isdigit() and nxt.isdigit()):
            out[k] = (_HALF_TO_FULL[c], conf)
        elif c in '"“”' and (near_cjk or c != '"'):
            out[k] = ("“" if opening else "”", conf)
            opening = not opening
    return out


def scan_resolution(src: Path, page: int) -> int:
    """The resolution the page's largest image was scanned at (poppler's pdfimages), 300 if unknown.
    Rendering at the scan's own resolution reads best (measured: a 200 dpi scan rendered at 300 dpi
    read “（六）” as “(xs）”, at 200 dpi right)."""
    try:
        proc = run_bounded(
            ["pdfimages", "-list", "-f", str(page), "-l", str(page), str(src)], timeout=60, memory_mb=1024
        )
    except (OSError, ExternalTimeout):
        return 300
    best = (0, 300)
    for row in proc.stdout.decode("utf-8", "replace").splitlines()[2:]:
        cols = row.split()
        if len(cols) >= 14 and cols[2] == "image" and cols[12].isdigit():
            best = max(best, (int(cols[3]) * int(cols[4]), int(cols[12])))
    return min(max(best[1], 150), 600)


def rasterise_pdf_page(data: bytes, page: int, name: str, dpi: int | None = None) -> tuple[PILImage, int]:
    """One page of a PDF as a greyscale image (poppler's pdftoppm), at the scan's resolution."""
    from PIL import Image

    if not shutil.which("pdftoppm"):
        raise InputError(f"{name}：扫描版 PDF 需要 poppler-utils（pdftoppm）才能识别，请先安装")
    with tempfile.TemporaryDirectory(prefix="mingjing-ocr-") as tmp:
        src = Path(tmp) / "input.pdf"
        src.write_bytes(data)
        dpi = dpi or scan_resolution(src, page)
        try:
            proc = run_bounded(
                [
                    "pdftoppm",
                    "-r",
                    str(dpi),
                    "-gray",
                    "-png",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    str(src),
                    str(Path(tmp) / "page"),
                ],
                timeout=120,
                memory_mb=2048,
            )
        except ExternalTimeout:
            raise InputError(f"{name}：扫描页转换图片超时，文件可能过大或已损坏") from None
        pages = sorted(Path(tmp).glob("page*.png"))
        if proc.returncode != 0 or not pages:
            raise InputError(f"{name}：扫描页无法转换为图片，PDF 可能已损坏")
        with Image.open(pages[0]) as image:
            return image.convert("L"), dpi


# Tesseract reads small marks (。，) best at about 300 dpi; a scan made at less is rendered at its own
# resolution (where its strokes are sharpest) and then enlarged with Lanczos. Measured on the 200 dpi
# example scan: native 71 of 74 。 found (3 headings lost their full stop), enlarged ×1.5 all 74.
TARGET_DPI = 300


def ocr_image(image: PILImage, name: str, dpi: int | None = None) -> list[OcrLine]:
    from PIL import Image

    if dpi and dpi < TARGET_DPI * 0.85:
        scale = TARGET_DPI / dpi
        image = image.resize(
            (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
        )
    return recognise(clean_page(image), name)
