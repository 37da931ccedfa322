"""Generate the look-alike characters of their glyphs (rules/data/glyph_look_alikes.tsv, read by
mingjing.rules.glyph_look_alikes): 疔 for 疗, 菅 for 营, 灸 for 炎, 汕 for 油, 贷 for 货.

The hand-written look-alikes (data/similar_shapes.yaml) and the families of one phonetic part miss
the pairs a scan or a 五笔 key confuses whose parts differ: 了/丁 inside 疗/疔, 吕/官 inside 营/菅. This
script measures the glyphs themselves. Every GB 2312 character (6,763: what an input method or an OCR
program writes) is drawn at SIZE pixels in Noto Serif CJK SC and Noto Sans CJK SC (the CJK fonts
scripts/install-system-deps.sh installs, package fonts-noto-cjk; Serif is the 宋体-like face of
printed pages, Sans the 黑体-like one), then

1. shortlist: the SHORTLIST nearest characters by the cosine of the Gaussian-blurred bitmaps
   (radius BLUR, both fonts averaged: a coarse, shift-tolerant likeness of the whole shape);
2. score: of each shortlisted pair, the share of each glyph's ink that lies within one pixel of the
   other's ink (a 3×3 dilation), the two directions and the two fonts averaged — 1.0 is the same
   glyph, a stroke more or less costs that stroke's share of the ink;
3. keep: for each character its KEEP best with a score of THRESHOLD or more, then make the relation
   symmetric (a slip goes either way) and cut each list at MAX_LIST, best first.

The output depends only on the font files and Pillow's rasteriser; the header records the fonts'
versions. Run from the repository root: python scripts/generate_glyph_look_alikes.py (numpy and
Pillow, both dependencies of mingjing; a few minutes on one core).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from mingjing.rules.gb2312 import gb2312_characters

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/mingjing/rules/data/glyph_look_alikes.tsv"
FACES = ("Noto Serif CJK SC", "Noto Sans CJK SC")
SIZE = 64  # pixels of the square each glyph is drawn in
PAD = 4  # the font size is SIZE - 2 * PAD
BLUR = 2.0  # Gaussian radius of the shortlist's blurred bitmaps
SHORTLIST = 60  # candidates per character scored in full
KEEP = 4  # a character's own best look-alikes kept before the relation is made symmetric
THRESHOLD = 0.80  # the least score kept (measured on the known pairs: docs/review-lexicon.md)
MAX_LIST = 6  # the longest list of one character after symmetry
# a glyph is compared at these offsets (pixels) too: a part drawn a little higher in one character (王 in 主)
SHIFTS = tuple((dy, dx) for dy in (-2, 0, 2) for dx in (-2, 0, 2))


def gb2312() -> list[str]:
    """The 6,763 characters of GB 2312, in its order (level 1 by reading, then level 2 by radical)."""
    return list(gb2312_characters())


def font(face: str) -> tuple[ImageFont.FreeTypeFont, str]:
    """The installed font of a face (fc-list), and its version; exits with the package to install."""
    try:
        listing = subprocess.run(
            ["fc-list", "-f", "%{file}|%{family}|%{index}|%{fontversion}|%{style}\n"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise SystemExit(f"fc-list failed ({e}): install fontconfig and fonts-noto-cjk") from e
    for line in listing.splitlines():
        path, families, index, version, style = (line.split("|") + ["", "", "", ""])[:5]
        if face in families.split(",") and style.split(",")[0] == "Regular":
            return ImageFont.truetype(path, SIZE - 2 * PAD, index=int(index)), f"{face} {version}"
    raise SystemExit(f"font {face!r} not installed: apt-get install fonts-noto-cjk")


def draw(chars: list[str], face: ImageFont.FreeTypeFont) -> list[Image.Image]:
    out = []
    for c in chars:
        im = Image.new("L", (SIZE, SIZE), 0)
        ImageDraw.Draw(im).text((SIZE / 2, SIZE / 2), c, fill=255, font=face, anchor="mm")
        out.append(im)
    return out


def shortlist(glyphs: list[list[Image.Image]]) -> np.ndarray:
    """Per character, the SHORTLIST others nearest by the cosine of blurred bitmaps (fonts averaged)."""
    n = len(glyphs[0])
    sim = np.zeros((n, n), dtype=np.float32)
    for ims in glyphs:
        b = np.stack(
            [np.asarray(im.filter(ImageFilter.GaussianBlur(BLUR)), dtype=np.float32).ravel() for im in ims]
        )
        b /= np.linalg.norm(b, axis=1, keepdims=True) + 1e-9
        sim += b @ b.T
    np.fill_diagonal(sim, -np.inf)
    return np.argsort(-sim, axis=1, kind="stable")[:, :SHORTLIST]


def scores(glyphs: list[list[Image.Image]], cand: np.ndarray) -> np.ndarray:
    """The ink-overlap score (module docstring) of every shortlisted pair."""
    out = np.zeros(cand.shape, dtype=np.float32)
    for ims in glyphs:
        ink = np.stack([np.asarray(im) >= 128 for im in ims]).astype(np.float32)
        near = np.stack([np.asarray(im.filter(ImageFilter.MaxFilter(3))) >= 128 for im in ims]).astype(
            np.float32
        )
        amount = np.maximum(ink.sum(axis=(1, 2)), 1.0)
        best = np.zeros(cand.shape, dtype=np.float32)
        for dy, dx in SHIFTS:
            moved = np.roll(ink, (dy, dx), axis=(1, 2)).reshape(len(ims), -1)  # a's ink, shifted
            moved_near = np.roll(near, (dy, dx), axis=(1, 2)).reshape(len(ims), -1)
            flat_ink, flat_near = ink.reshape(len(ims), -1), near.reshape(len(ims), -1)
            for a in range(len(ims)):
                c = cand[a]
                a_near_c = (flat_near[c] @ moved[a]) / amount[a]  # a's ink close to c's
                c_near_a = (flat_ink[c] @ moved_near[a]) / amount[c]
                best[a] = np.maximum(best[a], (a_near_c + c_near_a) / 2)
        out += best / len(glyphs)
    return out


def look_alike_lists(
    chars: list[str], cand: np.ndarray, score: np.ndarray
) -> dict[str, list[tuple[str, float]]]:
    best: dict[tuple[str, str], float] = {}
    for a, c in enumerate(chars):
        ranked = sorted(zip(cand[a], score[a], strict=True), key=lambda x: -x[1])[:KEEP]
        for b, s in ranked:
            if s >= THRESHOLD:
                pair = (c, chars[b]) if c < chars[b] else (chars[b], c)
                best[pair] = max(best.get(pair, 0.0), float(s))
    lists: dict[str, list[tuple[str, float]]] = {}
    for (x, y), s in best.items():
        lists.setdefault(x, []).append((y, s))
        lists.setdefault(y, []).append((x, s))
    return {c: sorted(v, key=lambda x: (-x[1], x[0]))[:MAX_LIST] for c, v in lists.items()}


def main() -> int:
    chars = gb2312()
    faces = [font(face) for face in FACES]
    glyphs = [draw(chars, f) for f, _ in faces]
    cand = shortlist(glyphs)
    lists = look_alike_lists(chars, cand, scores(glyphs, cand))
    order = {c: i for i, c in enumerate(chars)}
    pairs = sum(len(v) for v in lists.values()) // 2
    header = [
        "# Generated by scripts/generate_glyph_look_alikes.py (do not edit by hand; rerun it): for each GB 2312",
        "# character, the characters whose glyphs look most like it (ink within one pixel of the other's,",
        f"# {', '.join(v for _, v in faces)}, {SIZE}px), best first, score ≥ {THRESHOLD}.",
        f"# {len(lists)} characters, {pairs} pairs. char<TAB>look-alikes<TAB>scores (per cent)",
    ]
    lines = [
        f"{c}\t{''.join(b for b, _ in lists[c])}\t{' '.join(str(round(s * 100)) for _, s in lists[c])}"
        for c in sorted(lists, key=order.__getitem__)
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lists)} characters, {pairs} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
