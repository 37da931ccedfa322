"""Make a scan of a material the way an office does: print (LibreOffice → PDF), scan (pdftoppm at
200 dpi), and the flaws of a real scanner: the sheet slightly turned, grain, optionally a shadow."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
from PIL import Image

from mingjing.read.legacy import find_soffice

DPI = 200


def render_pdf(docx: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            find_soffice(),
            f"-env:UserInstallation={(out_dir / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out_dir / (docx.stem + ".pdf")


def rasterise(pdf: Path, out_dir: Path, dpi: int = DPI) -> list[Image.Image]:
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(out_dir / "page")],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [Image.open(p).convert("L") for p in sorted(out_dir.glob("page-*.png"))]


def scanner_flaws(
    page: Image.Image, *, angle: float = 1.2, noise: float = 18.0, shadow: float = 0.0, seed: int = 7
) -> Image.Image:
    """Turn the sheet by `angle` degrees, add grain (standard deviation `noise` grey levels) and a
    shadow darkening the lower right corner by up to `shadow` (0–1)."""
    rng = np.random.default_rng(seed)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(page, dtype=np.float64)
    if shadow:
        yy, xx = np.mgrid[0 : a.shape[0], 0 : a.shape[1]]
        a = a * (1 - shadow * (xx / a.shape[1]) * (yy / a.shape[0]))
    a = a + rng.normal(0, noise, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scanned_pdf(pages: list[Image.Image], path: Path) -> Path:
    """A PDF of page images only (no text layer), as a scanner writes it."""
    pages[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return path
