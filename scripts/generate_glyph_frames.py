"""Generate the whole-character shape neighbours of one frame (rules/data/glyph_frames.tsv, read by
mingjing.rules.shape_neighbours): 中 for 虫, 害 for 客, 风 for 凤, 申 for 甲, 杳 for 查, 居 for 届.

The look-alike table (scripts/generate_glyph_look_alikes.py) scores the share of ink within one pixel of
the other glyph's: a changed inner part (日/月 in 明/朋, 口/旦 in 杏/查) costs too much ink to pass its 0.80.
The parts table (scripts/generate_glyph_parts.py) relates a character to its components only. Here two
whole characters are neighbours when they share a frame — one half of the glyph (top, bottom, left, right)
drawn alike — and the other half is near too. Every GB 2312 character is drawn in Noto Serif CJK SC (the
宋体-like face of printed pages; package fonts-noto-cjk, SIL Open Font Licence, needed at generation time
only) at INNER pixels in a square of SIZE, placed by the font (its em box: 虫 and 中 keep their 口 in one
place; cutting each glyph to its ink's box was tried and lost 虫/中, 工/干: a stroke more moves the box); then

1. shortlist: the SHORTLIST nearest characters by the cosine of Gaussian-blurred bitmaps, of the whole
   square and of each half (a shared half finds its neighbours even where the other half differs);
2. score: a chamfer likeness — the mean, over one glyph's ink, of max(0, 1 - d / REACH) where d is the
   distance to the other glyph's nearest ink (scipy's distance transform), both directions averaged — of
   the whole square (`whole`) and, per half, the lower of the two directions, the best half (`frame`);
3. keep: for each character its KEEP best by `whole` and its KEEP best by (whole + frame) / 2, each of
   THRESHOLD or more and `whole` below SAME (drawn the same: a variant, not a slip), scored by the larger
   of the two; then the relation is made symmetric and cut at MAX_LIST, best first.

The output depends only on the font file, Pillow's rasteriser and scipy; the header records the font's
version. Run from the repository root: python scripts/generate_glyph_frames.py (about half a minute), then
scripts/generate_glyph_frame_pairs.py and scripts/generate_long_word_slips.py, which read it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from scipy.ndimage import distance_transform_edt

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_glyph_look_alikes as gl

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/mingjing/rules/data/glyph_frames.tsv"
FACE = "Noto Serif CJK SC"
DRAW = 96  # the canvas a glyph is drawn on before it is cut to its ink
SIZE = 48  # the square the ink's box is scaled into
INNER = 44  # the longer side of the ink's box in that square
BLUR = 2.0
SHORTLIST = 40  # candidates per character from the whole square, and as many from each half
REACH = 5.0  # pixels: ink this far from the other glyph's counts for nothing
THRESHOLD = 0.70
KEEP = 6  # of each ranking
SAME = 0.985  # a whole likeness this high is a variant drawn the same, not a slip
MAX_LIST = 10
HALF = SIZE // 2
REGIONS = {
    "top": (slice(0, HALF), slice(0, SIZE)),
    "bottom": (slice(HALF, SIZE), slice(0, SIZE)),
    "left": (slice(0, SIZE), slice(0, HALF)),
    "right": (slice(0, SIZE), slice(HALF, SIZE)),
}


def draw_boxed(chars: list[str]) -> np.ndarray:
    """Each character's ink drawn in the square as the font places it (the em box: 虫 and 中 keep their
    口 in one place), the font's size INNER."""
    loaded, _version = gl.font(FACE)
    face = gl.ImageFont.truetype(loaded.path, INNER, index=loaded.index)
    out = np.zeros((len(chars), SIZE, SIZE), dtype=np.uint8)
    for i, c in enumerate(chars):
        im = Image.new("L", (SIZE, SIZE), 0)
        ImageDraw.Draw(im).text((SIZE / 2, SIZE / 2), c, fill=255, font=face, anchor="mm")
        out[i] = np.asarray(im)
    return out


def shortlist(ink: np.ndarray) -> np.ndarray:
    """Per character, the nearest others by blurred cosine of the whole square and of each half."""
    n = len(ink)
    blurred = np.stack(
        [np.asarray(Image.fromarray(g).filter(ImageFilter.GaussianBlur(BLUR)), dtype=np.float32) for g in ink]
    )
    picks = []
    for region in [(slice(0, SIZE), slice(0, SIZE)), *REGIONS.values()]:
        b = blurred[:, region[0], region[1]].reshape(n, -1).copy()
        b /= np.linalg.norm(b, axis=1, keepdims=True) + 1e-9
        rows = []
        for s in range(0, n, 512):
            sim = b[s : s + 512] @ b.T
            sim[np.arange(len(sim)), np.arange(s, s + len(sim))] = -np.inf
            rows.append(np.argpartition(-sim, SHORTLIST, axis=1)[:, :SHORTLIST])
        picks.append(np.concatenate(rows))
    return np.concatenate(picks, axis=1)


def scores(ink: np.ndarray, cand: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(whole, frame) of every shortlisted pair (module docstring)."""
    n = len(ink)
    on = ink >= 128
    near = np.stack([np.clip(1 - distance_transform_edt(~g) / REACH, 0, None) for g in on]).astype(np.float32)
    masks = np.zeros((1 + len(REGIONS), SIZE, SIZE), dtype=np.float32)
    masks[0] = 1
    for k, (ys, xs) in enumerate(REGIONS.values(), 1):
        masks[k, ys, xs] = 1
    flat_near = near.reshape(n, -1)
    weights = (on[:, None] * masks[None]).reshape(n, len(masks), -1).astype(np.float32)  # ink per region
    amount = np.maximum(weights.sum(axis=2), 1.0)  # (n, regions)
    whole = np.zeros(cand.shape, dtype=np.float32)
    frame = np.zeros(cand.shape, dtype=np.float32)
    for a in range(n):
        c = cand[a]
        a_to_c = (weights[a] @ flat_near[c].T).T / amount[a]  # (cands, regions): a's ink near c's
        c_to_a = np.einsum("crp,p->cr", weights[c], flat_near[a]) / amount[c]
        both = (a_to_c + c_to_a) / 2
        whole[a] = both[:, 0]
        frame[a] = np.minimum(a_to_c[:, 1:], c_to_a[:, 1:]).max(axis=1)
    return whole, frame


def neighbour_lists(chars: list[str], ink: np.ndarray) -> dict[str, list[tuple[str, float]]]:
    cand = shortlist(ink)
    whole, frame = scores(ink, cand)
    framed = (whole + frame) / 2
    best: dict[tuple[str, str], float] = {}
    for a, c in enumerate(chars):
        kept: dict[int, float] = {}
        for ranking in (whole[a], framed[a]):  # the best by the whole, and by the shared half
            seen: dict[int, float] = {}
            for b, r, w, f in zip(cand[a], ranking, whole[a], framed[a], strict=True):
                if w < SAME and r >= THRESHOLD:
                    seen[int(b)] = max(w, f)
            for b, s in sorted(seen.items(), key=lambda x: -x[1])[:KEEP]:
                kept[b] = s
        for b, s in kept.items():
            pair = (c, chars[b]) if c < chars[b] else (chars[b], c)
            best[pair] = max(best.get(pair, 0.0), float(s))
    lists: dict[str, list[tuple[str, float]]] = {}
    for (x, y), s in best.items():
        lists.setdefault(x, []).append((y, s))
        lists.setdefault(y, []).append((x, s))
    return {c: sorted(v, key=lambda x: (-x[1], x[0]))[:MAX_LIST] for c, v in lists.items()}


def main() -> int:
    chars = gl.gb2312()
    version = gl.font(FACE)[1]
    lists = neighbour_lists(chars, draw_boxed(chars))
    order = {c: i for i, c in enumerate(chars)}
    pairs = sum(len(v) for v in lists.values()) // 2
    header = [
        "# Generated by scripts/generate_glyph_frames.py (do not edit by hand; rerun it): for each GB 2312",
        "# character, the whole characters of one frame whose glyphs are nearest (chamfer likeness of the",
        f"# whole and of the best shared half, {version}, ink box in {SIZE}px), best first, score ≥ {THRESHOLD}.",
        f"# {len(lists)} characters, {pairs} pairs. char<TAB>neighbours<TAB>scores (per cent)",
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
