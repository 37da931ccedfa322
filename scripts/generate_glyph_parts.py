"""Generate the characters one glyph part away from each other (rules/data/glyph_parts.tsv, read by
mingjing.rules.glyph_parts): 员 → 贝, 程 → 呈, 虫 → 中, 旱 → 早.

The look-alike table (scripts/generate_glyph_look_alikes.py) compares whole glyphs: a character that
lost a part to a scan or a 五笔 key (员 read as 贝, its 口 gone; 程 typed as 呈) differs from it by a
large share of its ink and is not listed. This script measures that relation on the glyphs. Every
GB 2312 character is drawn at SIZE pixels in Noto Serif CJK SC (the 宋体-like face of printed pages;
package fonts-noto-cjk, as for the look-alike table), cut to its ink's bounding box, and

1. parts: the top, bottom, left and right part of each glyph, cut at CUTS of its box's height or width
   (a part keeps 1 - cut of the box), each stretched to the whole square, as a character standing alone
   fills it;
2. shortlist: for each part the SHORTLIST characters nearest by the cosine of their blurred bitmaps
   (every glyph, also stretched to its box, at a coarse LOW pixels);
3. score: the ink-overlap score of the look-alike table (the share of each glyph's ink within one pixel
   of the other's, the two directions averaged) between the part and the whole character;
4. keep: a pair (whole, part) scoring THRESHOLD or more, at most KEEP parts for a whole character, best
   first; then the relation is made symmetric (a part lost or a part added): a character's list is its
   own parts, then the WHOLES best characters it is a part of.

Run from the repository root: python scripts/generate_glyph_parts.py (numpy, Pillow; a few minutes).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_glyph_look_alikes as gl

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/mingjing/rules/data/glyph_parts.tsv"
FACE = "Noto Serif CJK SC"
SIZE = 48  # the stretched square compared
LOW = 16  # the shortlist's coarse square
CUTS = (0.3, 0.4, 0.5)  # where a glyph's box is cut (the part keeps the rest)
SHORTLIST = 8
THRESHOLD = 0.78
KEEP = 4  # a character's parts kept, best first …
WHOLES = 3  # … then the best characters it is a part of


def boxed(im: Image.Image) -> Image.Image | None:
    box = im.getbbox()
    return im.crop(box) if box else None


def square(im: Image.Image, size: int) -> np.ndarray:
    return np.asarray(im.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32) / 255.0


def parts(im: Image.Image) -> list[Image.Image]:
    w, h = im.size
    out = []
    for cut in CUTS:
        out.append(im.crop((0, round(h * cut), w, h)))  # bottom part
        out.append(im.crop((0, 0, w, round(h * (1 - cut)))))  # top part
        out.append(im.crop((round(w * cut), 0, w, h)))  # right part
        out.append(im.crop((0, 0, round(w * (1 - cut)), h)))  # left part
    return [p for p in (boxed(p) for p in out) if p is not None and min(p.size) > 4]


def blur(a: np.ndarray) -> np.ndarray:
    v = np.asarray(
        Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1)), np.float32
    )
    v = v.ravel()
    return v / (np.linalg.norm(v) + 1e-9)


def inked(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A square's ink and the pixels within one pixel of it (a 3×3 dilation)."""
    ink = a >= 0.5
    near = np.asarray(Image.fromarray(ink.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(3))) >= 128
    return ink, near


def overlap(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> float:
    """The share of each glyph's ink within one pixel of the other's, the two directions averaged."""
    (ink_a, near_a), (ink_b, near_b) = a, b
    sa, sb = max(int(ink_a.sum()), 1), max(int(ink_b.sum()), 1)
    return float(((ink_a & near_b).sum() / sa + (ink_b & near_a).sum() / sb) / 2)


def main() -> int:
    chars = gl.gb2312()
    face, version = gl.font(FACE)
    glyphs = gl.draw(chars, face)
    whole = [boxed(im) for im in glyphs]
    keep = [i for i, im in enumerate(whole) if im is not None]
    full = {i: inked(square(whole[i], SIZE)) for i in keep}
    low = np.stack([blur(square(whole[i], LOW)) for i in keep])
    best: dict[tuple[int, int], float] = {}
    for i in keep:
        ps = parts(whole[i])
        if not ps:
            continue
        pl = np.stack([blur(square(p, LOW)) for p in ps])
        sim = pl @ low.T
        found: dict[int, float] = {}
        for row, p in zip(sim, ps, strict=True):
            pf = inked(square(p, SIZE))
            for j in np.argsort(-row)[:SHORTLIST]:
                b = keep[int(j)]
                if b == i:
                    continue
                s = overlap(pf, full[b])
                if s >= THRESHOLD and s > found.get(b, 0.0):
                    found[b] = s
        for b, s in sorted(found.items(), key=lambda x: -x[1])[:KEEP]:
            best[(i, b)] = s
    own: dict[str, list[tuple[str, float]]] = {}
    wholes: dict[str, list[tuple[str, float]]] = {}
    for (i, b), s in best.items():
        own.setdefault(chars[i], []).append((chars[b], s))
        wholes.setdefault(chars[b], []).append((chars[i], s))
    order = {c: k for k, c in enumerate(chars)}
    lines = []
    for c in sorted(set(own) | set(wholes), key=order.__getitem__):
        ranked = sorted(own.get(c, []), key=lambda x: (-x[1], x[0]))
        ranked += [
            x for x in sorted(wholes.get(c, []), key=lambda x: (-x[1], x[0])) if x[0] not in dict(ranked)
        ][:WHOLES]
        lines.append(
            f"{c}\t{''.join(t for t, _ in ranked)}\t{' '.join(str(round(s * 100)) for _, s in ranked)}"
        )
    header = [
        "# Generated by scripts/generate_glyph_parts.py (do not edit by hand; rerun it): for each GB 2312",
        "# character, the characters that look like one part of its glyph (top, bottom, left or right, cut at",
        f"# {', '.join(str(c) for c in CUTS)} of its box) or of whose glyph it looks like one part; {version},",
        f"# {SIZE}px, ink within one pixel, score ≥ {THRESHOLD}. {len(lines)} characters, {len(best)} pairs.",
        "# char<TAB>neighbours<TAB>scores (per cent)",
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} characters, {len(best)} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
