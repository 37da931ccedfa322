"""OCR bench: seconds per scanned page. The bundled example is printed to PDF (LibreOffice), scanned
at 200 dpi (pdftoppm) with a slight turn and grain, and read back page by page; beside it, the same
PDF's text layer read by pdftotext in the same run. Prints time per page and character accuracy.
Run: `make bench` (needs tesseract-ocr-chi-sim, LibreOffice, poppler-utils)."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from parse_speed import print_table  # noqa: E402

EXAMPLE = ROOT / "examples" / "张三-对照检查材料.docx"


def main() -> int:
    from rapidfuzz.distance import Levenshtein

    from mingjing.read import read_document
    from mingjing.read.ocr import ocr_image, rasterise_pdf_page, tesseract_available
    from scan_factory import rasterise, render_pdf, scanned_pdf, scanner_flaws

    if not tesseract_available():
        print("错误：未安装 tesseract-ocr-chi-sim，无法测量文字识别速度", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        text_pdf = render_pdf(EXAMPLE, tmp)
        pages = [scanner_flaws(p, seed=k) for k, p in enumerate(rasterise(text_pdf, tmp))]
        scan = scanned_pdf(pages, tmp / "scan.pdf")
        data = scan.read_bytes()
        per_page = []
        for number in range(1, len(pages) + 1):
            t = time.perf_counter()
            image, dpi = rasterise_pdf_page(data, number, "scan.pdf")
            ocr_image(image, "scan.pdf", dpi)
            per_page.append(time.perf_counter() - t)
        t = time.perf_counter()
        doc = read_document(scan)
        whole = time.perf_counter() - t
        t = time.perf_counter()
        read_document(text_pdf)
        text_layer = time.perf_counter() - t
    original = read_document(EXAMPLE).text.replace("\n", "")
    read = doc.text.replace("\n", "")
    accuracy = 1 - Levenshtein.distance(original, read) / len(original)
    print_table(
        [
            (
                f"扫描件识别（{len(pages)} 页，200 dpi，Tesseract chi_sim）",
                f"{statistics.median(per_page):.1f} s/页（中位数）",
                f"同一 PDF 的文字层（pdftotext）：{text_layer:.2f} s/份",
            ),
            (
                "整份读取（识别 + 分段）",
                f"{whole:.1f} s，字符准确率 {accuracy:.2%}",
                f"低置信片段 {len(doc.low_confidence)} 处，{sum(e - s for s, e in doc.low_confidence)} 字",
            ),
        ]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
