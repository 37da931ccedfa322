"""Generate T183's table (rules/data/genre_word_slips.tsv): the genre's two-character words typed with
one character of the same sound or of a shared phonetic part, where T116's table stops short.

T116's generator (generate_misspellings.py --two) takes a replacement only when it is commoner than
the right character or a listed look-alike, and drops a form whose two characters are common words
alone or would meet by chance (出抬 of 出台: 抬 is rarer than 台 and common alone); words the dictionary
lacks (轮候, 冷链) are never right forms there. The writers of these materials slip exactly so (出抬,
颠跛, 轮侯, 冷连, 较准). Here the right forms are the genre's working vocabulary:

- the two-character words of data/genre_words_two.yaml (the trades' words, written for mingjing);
- every two-character word of jieba's dictionary (frequency TWO_MIN_FREQ or more, no name) that the
  repository's clean materials write at least CLEAN_MIN times;

a replacement is a common character (the SHAPE_CHARS commonest) whose first reading is one of the
right character's readings with its tone (抬/台 tái, 跛/簸 bǒ, 较/校 jiào), or whose syllable is the
same in another tone and which shares a phonetic part with it (侯/候, 连/链: data/glyph_parts.tsv or a
look-alike). A form is kept unless it is a word or a piece of a word of frequency 5 or more, a
pypinyin phrase, a trade's word or a piece of a term of the repository's lexicons (新质 of 新质生产力),
holds a free character (一, 在, 的 …) or a verb's complement put second (管到), an adverb (却), a substance put second (供氧) or a place's or body's character (出县), opens
with a surname or ends like an abbreviated body, is already T116's, T130's or a hand list's, or a clean
fixture writes it at all (a pair made across a word's edge there: 新理念 holds 新理) (word_slips.reportable: it must stand apart from its neighbours).

Run from the repository root: python scripts/generate_genre_word_slips.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import generate_misspellings as gm  # noqa: E402

OUT = ROOT / "src/mingjing/rules/data/genre_word_slips.tsv"
WORDS = ROOT / "src/mingjing/rules/data/genre_words_two.yaml"
PARTS = ROOT / "src/mingjing/rules/data/glyph_parts.tsv"
TWO_MIN_FREQ = 10
CLEAN_MIN = 3  # the clean materials write the word at least this often: the genre's vocabulary
# a verb's complement of result or direction: put second it makes a verb phrase, no slip (管到关键处)
COMPLEMENTS = frozenset("到好住完成过来去出起开掉见着向往")
# the characters of a jurisdiction or a body: put in, they make a verb and its place (出县, 进村, 入院)
PLACES = frozenset("国省市县区乡镇村组州旗盟局厅处科室所站院校馆厂场港库")
# adverbs and linking words beyond the free characters: they stand before any verb (却有, 仍是, 均为)
ADVERBS = frozenset("却仍亦均皆则乃便既非未勿莫甚颇稍略尚犹共总另即凡倘若虽")
# substances and goods that follow a verb as its object (供氧, 供电, 输血, 缴税)
OBJECTS = frozenset("氧电水气油煤热暖粮肉药血票钱款费税物料")
SHAPE_CHARS = 5000  # a writer slips to a character he knows (跛 is the 4,515th)
_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
# the data files that hold wrong forms too (their pairs are no evidence of a word)
WRONG_FORMS = (
    "misspellings",
    "confusion",
    "similar_shapes",
    "spun_synonyms",
    "twin_compounds",
    "genre_words",
)


def first_reading(char: str) -> str:
    from pypinyin.constants import PINYIN_DICT

    return PINYIN_DICT.get(ord(char), "").split(",")[0]


def precision_texts() -> list[str]:
    """The clean materials of the precision probes (tests/fixtures/probes*/precision*/): clean text too."""
    from mingjing.read import read_document

    paths = sorted(ROOT.glob("tests/fixtures/probes*/precision*/**/*.txt"))
    return [read_document(p).text for p in paths]


def parts() -> dict[str, set[str]]:
    """Each character → the characters sharing a part of its glyph (both ways)."""
    out: dict[str, set[str]] = {}
    for line in PARTS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        char, neighbours, _ = line.split("\t")
        for n in neighbours:
            out.setdefault(char, set()).add(n)
            out.setdefault(n, set()).add(char)
    return out


def main() -> int:
    import yaml
    from pypinyin.constants import PHRASES_DICT

    from mingjing.rules.classic_slips import entries as classic_entries
    from mingjing.rules.glyph_look_alikes import look_alikes
    from mingjing.rules.misspellings import entries
    from mingjing.rules.word_slips import (
        BODY_SUFFIXES,
        shape_slip_table,
        two_character_slips,
        variant_forms,
    )

    freq, pos = gm.load_dictionary()
    cjk, _weight, ranked = gm.character_weights(freq)
    common = ranked[:SHAPE_CHARS]
    shared = parts()
    texts = gm.clean_texts() + precision_texts()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(text[i : i + 2] for i in range(len(text) - 1))
    hand_words = set(yaml.safe_load(WORDS.read_text(encoding="utf-8"))["words"])
    trade = set(yaml.safe_load(gm.TRADE.read_text(encoding="utf-8"))["words"])
    rights = {
        w
        for w, f in cjk.items()
        if len(w) == 2 and f >= TWO_MIN_FREQ and pos[w] not in gm.TWO_NAMES and counts[w] >= CLEAN_MIN
    }
    stats: Counter[str] = Counter()
    stats["clean materials' words"] = len(rights)
    rights |= hand_words
    stats["right forms"] = len(rights)
    by_reading: dict[str, list[str]] = {}
    by_syllable: dict[str, list[str]] = {}
    for c in common:
        r = first_reading(c)
        by_reading.setdefault(r, []).append(c)
        by_syllable.setdefault(r.translate(gm._TONE), []).append(c)

    def twins(c: str) -> set[str]:
        own = gm.readings(c)
        out = {t for r in own for t in by_reading.get(r, [])}
        for r in own:
            for t in by_syllable.get(r.translate(gm._TONE), []):
                if t in shared.get(c, ()) or t in look_alikes(c) or c in look_alikes(t):
                    out.add(t)
        out.discard(c)
        return {t for t in out if not any(c in s and t in s for s in gm.INTERCHANGEABLE)}

    inside: set[str] = set()
    for w, f in cjk.items():
        if len(w) > 2 and f >= 5:
            inside.update(w[i : i + 2] for i in range(len(w) - 1))
    # every pair written in the repository's own lexicons of the genre (新质 of 新质生产力)
    for path in sorted(WORDS.parent.glob("*.yaml")):
        if path.name.startswith(WRONG_FORMS):
            continue
        for run in _RUN.findall(path.read_text(encoding="utf-8")):
            inside.update(run[i : i + 2] for i in range(len(run) - 1))
    hand = set(entries(include_generated=False)) | set(classic_entries())
    # the hand lists' right forms and both forms of a variant pair (建帐/建账) are words
    hand |= {e.right for e in entries(include_generated=False).values()}
    hand |= {e.right for e in classic_entries().values()}
    hand |= {form for w, (right, _) in variant_forms().items() for form in (w, right)}
    t116, t130 = two_character_slips(), shape_slip_table()
    found: dict[str, str] = {}
    for right in sorted(rights, key=lambda w: (-cjk.get(w, 0), w)):
        for i, c in enumerate(right):
            for t in sorted(twins(c)):
                wrong = right[:i] + t + right[i + 1 :]
                stats["candidates"] += 1
                if wrong in found or wrong in hand or wrong in rights:
                    stats["already listed or right"] += 1
                elif wrong in t116 or wrong in t130:
                    stats["T116's or T130's"] += 1
                elif cjk.get(wrong, 0) >= 5 or wrong in PHRASES_DICT or wrong in trade or wrong in inside:
                    stats["a word or a piece of one"] += 1
                elif gm.FREE_CHARS.intersection(wrong):
                    stats["holds a free character (一放)"] += 1
                elif t in ADVERBS:
                    stats["an adverb put in (却有 of 确有)"] += 1
                elif i == 1 and t in OBJECTS:
                    stats["a substance put second: a verb and its object (供氧 of 供养)"] += 1
                elif t in PLACES:
                    stats["a place or body's character put in (出县 of 出县就医)"] += 1
                elif i == 1 and t in COMPLEMENTS:
                    stats["a verb's complement put second (管到 of 管好、管到、管住)"] += 1
                elif wrong[0] in gm.SURNAMES or wrong[1] in BODY_SUFFIXES:
                    stats["a surname first or a body's suffix last"] += 1
                else:
                    found[wrong] = right
    from mingjing.rules.genre_word_slips import slips_in

    reported = {t[s:e] for t in texts for s, e, _ in slips_in(t, found)}
    stats["reported in clean text"] = len(reported)
    # a pair the clean materials write at all is a pair the genre's text makes across a word's edge
    # (新理念 holds 新理, 年底前 底前): T116's guard would hear it there, at a cost on every review
    present = {w for w in found if any(w in t for t in texts)}
    stats["written in clean text"] = len(present)
    kept = {w: r for w, r in found.items() if w not in reported and w not in present}
    stats["kept"] = len(kept)
    gm.write(
        OUT,
        "Generated by scripts/generate_genre_word_slips.py (do not edit by hand; rerun it): a two-character\n"
        "word of the genre (data/genre_words_two.yaml, the dictionary's words the clean materials write)\n"
        "with one character replaced by a character of the same reading or of the same syllable and a\n"
        "shared phonetic part, the result no word nor a piece of one, absent from the clean fixtures.\n"
        f"wrong<TAB>right, {len(kept)} entries; T183 reads them behind T116's guard.",
        kept,
    )
    gm.print_stats(stats)
    return 0


if __name__ == "__main__":
    gm.run_then_build(main)
