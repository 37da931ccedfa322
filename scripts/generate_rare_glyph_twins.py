"""Generate the everyday look-alikes of the rare characters (rules/data/rare_glyph_twins.tsv, read by
mingjing.rules.rare_glyphs, T169): 苗 for 苖, 明 for 眀, 事 for 亊, 密 for 宻, 每 for 毎.

A scan read by an engine trained on a larger character set, or an input method set to GBK, puts a rare
character for an everyday one it looks like; the glyph tables of GB 2312 (scripts/generate_glyph_frames.py,
generate_glyph_look_alikes.py) have no row for a character outside it. Here every CJK character GBK
encodes and GB 2312 lacks (U+4E00–U+9FA5, about 14,000: variants, rare and old characters) is drawn as
generate_glyph_frames.py draws (Noto Serif CJK SC, the em box, INNER pixels in a square of SIZE; package
fonts-noto-cjk, needed at generation time only) and compared with the 3,755 characters of GB 2312's level 1
(the everyday set a writer means):

1. shortlist: the SHORTLIST nearest everyday characters by the cosine of Gaussian-blurred bitmaps, of the
   whole square and of each half;
2. score: the chamfer likeness of generate_glyph_frames.py, `whole` and `frame` (the best shared half);
3. keep: the KEEP best by max(whole, (whole + frame) / 2), each of THRESHOLD or more. A variant drawn the
   same (亊/事) is kept: unlike two everyday characters it is exactly the slip looked for. A rare
   character with no glyph in the font (drawn as nothing) gets no row.

Run from the repository root: python scripts/generate_rare_glyph_twins.py (about two minutes).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from scipy.ndimage import distance_transform_edt

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate_glyph_frames as gf
import generate_glyph_look_alikes as gl
from mingjing.rules.gb2312 import gb2312_characters

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/mingjing/rules/data/rare_glyph_twins.tsv"
SHORTLIST = 30
THRESHOLD = 0.80  # stricter than the frame table's 0.70: a rare character is read for its nearest only
KEEP = 3
MIN_INK = 20  # pixels: fewer is a glyph the font lacks


def rare_characters() -> list[str]:
    """Every CJK unified character GBK encodes and GB 2312 does not."""
    out = []
    for code in range(0x4E00, 0x9FA6):
        c = chr(code)
        try:
            c.encode("gbk")
        except UnicodeEncodeError:
            continue
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            out.append(c)
    return out


def _blurred(ink: np.ndarray) -> np.ndarray:
    return np.stack(
        [
            np.asarray(Image.fromarray(g).filter(ImageFilter.GaussianBlur(gf.BLUR)), dtype=np.float32)
            for g in ink
        ]
    )


def shortlist(rare: np.ndarray, common: np.ndarray) -> np.ndarray:
    """Per rare character, the nearest everyday ones by blurred cosine of the whole square and each half."""
    br, bc = _blurred(rare), _blurred(common)
    picks = []
    for region in [(slice(0, gf.SIZE), slice(0, gf.SIZE)), *gf.REGIONS.values()]:
        r = br[:, region[0], region[1]].reshape(len(br), -1).copy()
        c = bc[:, region[0], region[1]].reshape(len(bc), -1).copy()
        r /= np.linalg.norm(r, axis=1, keepdims=True) + 1e-9
        c /= np.linalg.norm(c, axis=1, keepdims=True) + 1e-9
        rows = []
        for s in range(0, len(r), 1024):
            sim = r[s : s + 1024] @ c.T
            rows.append(np.argpartition(-sim, SHORTLIST, axis=1)[:, :SHORTLIST])
        picks.append(np.concatenate(rows))
    return np.concatenate(picks, axis=1)


def _near(on: np.ndarray) -> np.ndarray:
    return np.stack([np.clip(1 - distance_transform_edt(~g) / gf.REACH, 0, None) for g in on]).astype(
        np.float32
    )


def scores(rare: np.ndarray, common: np.ndarray, cand: np.ndarray) -> np.ndarray:
    """max(whole, (whole + frame) / 2) of every shortlisted pair (generate_glyph_frames.scores)."""
    masks = np.zeros((1 + len(gf.REGIONS), gf.SIZE, gf.SIZE), dtype=np.float32)
    masks[0] = 1
    for k, (ys, xs) in enumerate(gf.REGIONS.values(), 1):
        masks[k, ys, xs] = 1
    on_r, on_c = rare >= 128, common >= 128
    near_r, near_c = _near(on_r).reshape(len(rare), -1), _near(on_c).reshape(len(common), -1)
    w_r = (on_r[:, None] * masks[None]).reshape(len(rare), len(masks), -1).astype(np.float32)
    w_c = (on_c[:, None] * masks[None]).reshape(len(common), len(masks), -1).astype(np.float32)
    a_r, a_c = np.maximum(w_r.sum(axis=2), 1.0), np.maximum(w_c.sum(axis=2), 1.0)
    out = np.zeros(cand.shape, dtype=np.float32)
    for a in range(len(rare)):
        c = cand[a]
        a_to_c = (w_r[a] @ near_c[c].T).T / a_r[a]
        c_to_a = np.einsum("crp,p->cr", w_c[c], near_r[a]) / a_c[c]
        whole = (a_to_c[:, 0] + c_to_a[:, 0]) / 2
        frame = np.minimum(a_to_c[:, 1:], c_to_a[:, 1:]).max(axis=1)
        out[a] = np.maximum(whole, (whole + frame) / 2)
    return out


def main() -> int:
    rare_all = rare_characters()
    common = list(gb2312_characters(level_one_only=True))
    ink_all = gf.draw_boxed(rare_all)
    drawn = [i for i, g in enumerate(ink_all) if (g >= 128).sum() >= MIN_INK]
    rare = [rare_all[i] for i in drawn]
    ink_r, ink_c = ink_all[drawn], gf.draw_boxed(common)
    cand = shortlist(ink_r, ink_c)
    score = scores(ink_r, ink_c, cand)
    version = gl.font(gf.FACE)[1]
    lines = []
    pairs = 0
    for a, c in enumerate(rare):
        best: dict[int, float] = {}
        for b, s in zip(cand[a], score[a], strict=True):
            if s >= THRESHOLD:
                best[int(b)] = max(best.get(int(b), 0.0), float(s))
        kept = sorted(best.items(), key=lambda x: (-x[1], common[x[0]]))[:KEEP]
        if kept:
            pairs += len(kept)
            others = "".join(common[b] for b, _ in kept)
            lines.append(f"{c}\t{others}\t{' '.join(str(round(s * 100)) for _, s in kept)}")
    header = [
        "# Generated by scripts/generate_rare_glyph_twins.py (do not edit by hand; rerun it): for each CJK",
        "# character GBK encodes and GB 2312 lacks, the everyday characters (GB 2312 level 1) whose glyphs are",
        f"# nearest (chamfer likeness, whole or best shared half, {version}, {gf.SIZE}px), best first,",
        f"# score ≥ {THRESHOLD}. {len(lines)} characters, {pairs} pairs. char<TAB>neighbours<TAB>scores (per cent)",
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(
        f"{OUT.relative_to(ROOT)}: {len(lines)} of {len(rare_all)} characters, {pairs} pairs", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
