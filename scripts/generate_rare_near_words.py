"""Generate T166's table of near-words of less common words (rules/data/near_words_rare.tsv.xz).

T316's table (scripts/generate_near_words.py) starts from the two-character words of jieba's
dictionary of frequency 1000 or more, and replaces a character by one of the same or a dialect-merged
reading, or a look-alike of the hand-written shape groups. Blind sets bring slips of the working words
below that bar (赊销 11, 脱钩 41, 垦区 44, 防线 844, 泄洪 153, 兜底 33) and of look-alikes the hand
groups lack (线/钱, 钩/勾). This table takes, by the same mechanism at real size:

- right words: the two-character words of jieba's dictionary of frequency RIGHT_MIN to 999, no name;
- replacements: every character of the COMMON_CHARS commonest whose first reading is the one the right
  word gives its character (pypinyin's reading of the word), or differs from it only by a merged initial
  or final in the same tone (T316's), when it is at least as common as the right character (an input
  method offers the commoner first; a coinage picks a rarer one on purpose: 互励, 释警); and the GLYPHS best
  glyph look-alikes of rules/glyph_look_alikes.py (drawn from the glyphs of GB 2312, score GLYPH_MIN or
  more), of any frequency (a scan has no preference);
- the same guards as T316 (the wrong form no word of jieba or pypinyin, no piece of a longer word, no
  free character, its characters not meeting by chance nearly as often as the right word is written)
  and more: a second character slipped after a common surname is left (汪济: a name), the wrong form is
  one slip of exactly one right word here (防钱 → 防线 only; a form two
  rare words could have come from is left), and T316's, T116's and T130's tables and the hand lists do
  not already hold it;
- right words also: the genre's own two-character terms jieba lacks or holds below RIGHT_MIN
  (rules/genre_lexicon.py: 销号, 专班, 双减), counted as GENRE_FREQ; and no piece of the genre's longer
  terms is a wrong form (巡河员: 河员 is no slip of 河源);
- the genre's own words: a form written anywhere in the clean fixtures of the review eval or the
  materials of the parse fixtures (`realforms*/materials`, 624,237 characters) is dropped — the working
  terms jieba lacks (提质, 警情, 双减, 扬尘, 逐章) look like slips of rare words (提示, 尽情, 双桨 …); then
  whatever T166 reports on the clean fixtures is dropped. (Measured with half of the parse materials held
  out: 3 reports in their 181,225 characters, 互送 and 压降 twice; ratio 30 without the genre's words: 88
  in all 352,038.)

Run from the repository root: python scripts/generate_rare_near_words.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

from pypinyin import Style, pinyin
from pypinyin.constants import PHRASES_DICT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import generate_misspellings as gm  # noqa: E402
import generate_near_words as gn  # noqa: E402

OUT = ROOT / "src/mingjing/rules/data/near_words_rare.tsv.xz"
RIGHT_MIN = 10  # right words at least this frequent (jieba's noise is 3–5: 脉膊 3; 赊销 11)
RIGHT_MAX = gn.RIGHT_MIN_FREQ  # from here on T316's table holds the word
COMMON_CHARS = gn.COMMON_CHARS
GLYPHS = 4  # the best look-alikes of a character's glyph
GLYPH_MIN = (
    88  # per cent: glyphs that alike (未/末 97, 垦/恳 89, 线/钱 88; 失/关 86 and 窗/窑 85 gave false alarms)
)
CHANCE_RATIO = 100  # T316 asks 3000 of its common words; a rare word is written far less often
GENRE_FREQ = 100  # a two-character term of the genre's lexicon that jieba lacks counts as this frequent
GENRE = ("tests/fixtures/realforms*/materials/*.txt", "tests/fixtures/realforms*/materials/*.docx")


def candidates(stats: Counter[str], ratio: float = CHANCE_RATIO, commoner: bool = True) -> dict[str, str]:
    """wrong → right of every slip the guards keep, before the clean fixtures are read."""
    from mingjing.rules.classic_slips import entries as classic_entries
    from mingjing.rules.glyph_look_alikes import look_alike_score, look_alikes
    from mingjing.rules.misspellings import entries
    from mingjing.rules.near_words import near_word_table
    from mingjing.rules.word_slips import shape_slip_table, two_character_slips, variant_forms

    freq, pos = gm.load_dictionary()
    cjk, weight, ranked = gm.character_weights(freq)
    by_key: dict[tuple[str, int], set[str]] = {}
    for c in ranked[:COMMON_CHARS]:
        for r in gm.readings(c):
            by_key.setdefault(gn.merged(r), set()).add(c)
    common = set(ranked[:COMMON_CHARS])

    def first(t: str) -> tuple[str, int] | None:
        """The merged first reading of `t` (an input method offers a character under that one)."""
        raw = gm.PINYIN_DICT.get(ord(t), "").split(",")[0]
        return gn.merged(raw) if raw else None

    @cache
    def twins(c: str, reading: str) -> dict[str, str]:
        """Each replacement of `c` read `reading` (as the right word reads it) and how it comes: by
        sound (its first reading merges with that one) or by glyph."""
        key = gn.merged(reading)
        out = {t: "sound" for t in by_key.get(key, set()) if first(t) == key}
        # a look-alike read alike too (垦/恳) is the likeliest slip of all: no frequency asked of it
        out.update(
            (t, "glyph")
            for t in look_alikes(c)[:GLYPHS]
            if look_alike_score(c, t) >= GLYPH_MIN and t in common
        )
        out.pop(c, None)
        return {t: k for t, k in out.items() if not any(c in s and t in s for s in gm.INTERCHANGEABLE)}

    from mingjing.rules.genre_lexicon import genre_terms

    inside: set[str] = set()
    for w, f in cjk.items():
        if len(w) > 2 and f >= gn.NOISE:
            inside.update(w[i : i + 2] for i in range(len(w) - 1))
    for w in genre_terms():  # the genre's longer terms too (巡河员: 河员 is no slip of 河源)
        if len(w) > 2:
            inside.update(w[i : i + 2] for i in range(len(w) - 1))
    listed = set(two_character_slips()) | set(entries()) | set(classic_entries()) | set(variant_forms())
    listed |= set(near_word_table()) | set(shape_slip_table())
    total = sum(cjk.values())
    rights = {
        w
        for w, f in cjk.items()
        if len(w) == 2 and RIGHT_MIN <= f < RIGHT_MAX and pos[w] not in gm.TWO_NAMES and w not in listed
    }
    # the genre's own two-character terms that jieba lacks or holds rarely (rules/genre_lexicon.py: 销号,
    # 专班, 双减), counted as GENRE_FREQ
    genre = {w for w in genre_terms() if len(w) == 2 and cjk.get(w, 0) < RIGHT_MIN and w not in listed}
    rights |= genre
    stats["right forms"] = len(rights)
    stats["the genre's terms"] = len(genre)
    sources: dict[str, set[str]] = {}
    for right in sorted(rights):
        said = pinyin(right, style=Style.TONE, errors="ignore")
        if len(said) != 2:
            continue
        for i, c in enumerate(right):
            for t, kind in sorted(twins(c, said[i][0]).items()):
                wrong = right[:i] + t + right[i + 1 :]
                stats["candidates"] += 1
                chance = max(1, cjk.get(wrong[0], 0)) * max(1, cjk.get(wrong[1], 0)) / total
                if commoner and kind == "sound" and weight[t] < weight[c]:
                    stats["the written character is the rarer"] += 1
                elif commoner and i == 1 and c not in gm.SURNAMES and wrong[0] in gm.SURNAMES:
                    stats["opens with a surname"] += 1
                elif wrong in listed:
                    stats["already listed"] += 1
                elif wrong in PHRASES_DICT or wrong in cjk:
                    stats["a word"] += 1
                elif wrong in inside:
                    stats["a piece of a word"] += 1
                elif gm.FREE_CHARS.intersection(wrong):
                    stats["holds a free character"] += 1
                elif wrong in genre:
                    stats["a term of the genre"] += 1
                elif cjk.get(right, GENRE_FREQ) < ratio * chance:
                    stats["its characters meet by chance"] += 1
                else:
                    sources.setdefault(wrong, set()).add(right)
    found = {w: next(iter(r)) for w, r in sources.items() if len(r) == 1}
    stats["slip of two or more words"] = len(sources) - len(found)
    return found


def kept_slips(stats: Counter[str]) -> dict[str, str]:
    """wrong → right of the table: the candidates less the genre's written forms and what T166 would
    report on the clean fixtures (a test compares the shipped table with this)."""
    from mingjing.read import read_document
    from mingjing.rules.rare_near_words import rare_near_words

    found = candidates(stats)
    texts = gm.clean_texts()
    genre = texts + [read_document(p).text for pattern in GENRE for p in sorted(ROOT.glob(pattern))]
    written = {t[i : i + 2] for t in genre for i in range(len(t) - 1)}
    stats["written in the genre's texts"] = sum(1 for w in found if w in written)
    found = {w: r for w, r in found.items() if w not in written}
    noisy = {text[s:e] for text in texts for s, e, _ in rare_near_words(text, table=found)}
    stats["reported in clean text"] = len(noisy)
    print("reported in clean text:", " ".join(f"{w}→{found[w]}" for w in sorted(noisy)), file=sys.stderr)
    kept = {w: r for w, r in found.items() if w not in noisy}
    stats["kept"] = len(kept)
    return kept


def main() -> int:
    stats: Counter[str] = Counter()
    kept = kept_slips(stats)
    header = (
        "Generated by scripts/generate_rare_near_words.py (do not edit by hand; rerun it): a two-character\n"
        f"word of jieba's dictionary of frequency {RIGHT_MIN}–{RIGHT_MAX - 1} with one character replaced by one of\n"
        "the same or a merged reading in the same tone or a glyph look-alike; the result no word, no piece of\n"
        "a word, the slip of no other word, not in T316's, T116's or T130's tables, silent on the clean\n"
        f"fixtures. wrong<TAB>right, {len(kept)} entries."
    )
    gm.write_xz(OUT, header, kept)
    gm.print_stats(stats)
    return 0


if __name__ == "__main__":
    gm.run_then_build(main)
