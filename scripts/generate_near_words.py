"""Generate T316's table of two-character near-words (rules/data/near_words.tsv.xz): a common
two-character word with one character replaced by one an input method or the eye confuses with it,
wider than T116's table (scripts/generate_misspellings.py), which leaves out these slips of real pages:

- T116 takes a same-sound character only when it is among the SOUND_CHOICES commonest of its syllable
  and tone and commoner than the right one (关键 → 关践 fails: 践 is neither), and drops a pair whose two
  characters are both common words alone (强 and 列: 强烈 → 强列);
- T116 never pairs syllables that differ only by a dialect-merged initial or final of the same tone
  (z/zh, c/ch, s/sh, n/l; en/eng, in/ing, an/ang: 仍然 réng → 任然 rén);
- (jieba's dictionary lists a few misspellings at its noise frequency, 脉膊 3 and 较正 3, beside real
  words at the same frequency, 客服 3 and 禁行 3: every entry stays a word, so those two stay unreported.)

A right word is a two-character entry of jieba's dictionary of frequency RIGHT_MIN_FREQ or more (no
name). A replacement is a character of the COMMON_CHARS commonest that shares a reading with its tone, or
differs only by a merged initial or final in the same tone, or a look-alike of data/similar_shapes.yaml.
The wrong form is kept unless it is a word, a piece of a longer word, holds a free character (一, 各,
着 …), is in T116's or the hand lists (they report it), or its characters would meet as single words by
chance more than 1/CHANCE_RATIO as often as the right word is written; or T316 reports it on a clean
fixture. Each guard's count is printed.

The same script writes T317's table (rules/data/near_phrases.tsv.xz): a set phrase (jieba's i and l of
frequency IDIOM_MIN_FREQ or more, the genre's fixed phrases) with one character replaced by one of the
PHRASE_CHOICES commonest characters of a merged initial or final in the same tone and of no shared
syllable (自始至终 zì → 至始至终 zhì; T111 and T124 hold the same-syllable slips); kept unless T111's or
T124's tables hold it, it is a word or a piece of a longer one, the replacement is a free character,
the half holding it is a word, another set phrase with the same three kept characters has a sound-alike
there, or T317 reports it on a clean fixture.

Run from the repository root: python scripts/generate_near_words.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml
from pypinyin.constants import PHRASES_DICT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import generate_misspellings as gm  # noqa: E402

OUT = ROOT / "src/mingjing/rules/data/near_words.tsv.xz"
OUT_PHRASES = ROOT / "src/mingjing/rules/data/near_phrases.tsv.xz"
IDIOM_MIN_FREQ = 5  # set phrases at least this frequent (自始至终 175; jieba's noise is 3)
PHRASE_CHOICES = 10  # the commonest characters of a merged syllable and tone an input method offers
RIGHT_MIN_FREQ = 1000  # right words at least this frequent in jieba's dictionary (强烈 5076, 关键 5721)
COMMON_CHARS = 3500  # replacements: characters a writer knows
CHANCE_RATIO = (
    3000  # the right word is written this many times as often as its wrong form would meet by chance
)
NOISE = 5  # a dictionary entry below this frequency is noise, not a word (脉膊 3)
INITIALS = (
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
)
MERGED_INITIALS = {"zh": "z", "ch": "c", "sh": "s", "l": "n"}
MERGED_FINALS = {"eng": "en", "ing": "in", "ang": "an", "iang": "ian", "uang": "uan"}
TONES = ("āēīōūǖ", "áéíóúǘńḿ", "ǎěǐǒǔǚň", "àèìòùǜǹ")


def tone(syllable: str) -> int:
    for k, marks in enumerate(TONES):
        if any(c in marks for c in syllable):
            return k + 1
    return 5


def merged(syllable: str) -> tuple[str, int]:
    """The syllable with merged initials and finals (shì → s|i) and its tone."""
    s = syllable.translate(gm._TONE)
    ini = next((i for i in INITIALS if s.startswith(i)), "")
    fin = s[len(ini) :]
    return MERGED_INITIALS.get(ini, ini) + "|" + MERGED_FINALS.get(fin, fin), tone(syllable)


def main() -> int:
    from mingjing.rules.classic_slips import entries as classic_entries
    from mingjing.rules.misspellings import entries
    from mingjing.rules.word_slips import two_character_slips, variant_forms

    freq, pos = gm.load_dictionary()
    cjk, _weight, ranked = gm.character_weights(freq)
    by_key: dict[tuple[str, int], set[str]] = {}
    for c in ranked[:COMMON_CHARS]:
        for r in gm.readings(c):
            by_key.setdefault(merged(r), set()).add(c)
    shapes: dict[str, set[str]] = {}
    data = yaml.safe_load(gm.SHAPES.read_text(encoding="utf-8"))
    for group in [*data["groups"], *gm.LOOK_ALIKES, *data.get("families", [])]:
        for a in group:
            shapes.setdefault(a, set()).update(b for b in group if b != a)

    def twins(c: str) -> set[str]:
        out = set(shapes.get(c, set()))
        for r in gm.readings(c):
            out |= by_key.get(merged(r), set())
        out.discard(c)
        return {t for t in out if not any(c in s and t in s for s in gm.INTERCHANGEABLE)}

    inside: set[str] = set()
    for w, f in cjk.items():
        if len(w) > 2 and f >= NOISE:
            inside.update(w[i : i + 2] for i in range(len(w) - 1))
    listed = set(two_character_slips()) | set(entries()) | set(classic_entries()) | set(variant_forms())
    total = sum(cjk.values())
    stats: Counter[str] = Counter()
    rights = {w for w, f in cjk.items() if len(w) == 2 and f >= RIGHT_MIN_FREQ and pos[w] not in gm.TWO_NAMES}
    rights -= listed
    stats["right forms"] = len(rights)
    found: dict[str, str] = {}
    for right in sorted(rights, key=lambda w: (-cjk[w], w)):
        for i, c in enumerate(right):
            for t in sorted(twins(c)):
                wrong = right[:i] + t + right[i + 1 :]
                stats["candidates"] += 1
                chance = max(1, cjk.get(wrong[0], 0)) * max(1, cjk.get(wrong[1], 0)) / total
                if wrong in found or wrong in listed:
                    stats["already listed"] += 1
                elif wrong in PHRASES_DICT or wrong in cjk:
                    stats["a word"] += 1
                elif wrong in inside:
                    stats["a piece of a word"] += 1
                elif gm.FREE_CHARS.intersection(wrong):
                    stats["holds a free character"] += 1
                elif cjk[right] < CHANCE_RATIO * chance:
                    stats["its characters meet by chance"] += 1
                else:
                    found[wrong] = right
    from mingjing.rules.near_words import near_words

    texts = gm.clean_texts()
    noisy = {text[s:e] for text in texts for s, e, _ in near_words(text, table=found)}
    stats["reported in clean text"] = len(noisy)
    print("reported in clean text:", " ".join(f"{w}→{found[w]}" for w in sorted(noisy)), file=sys.stderr)
    kept = {w: r for w, r in found.items() if w not in noisy}
    stats["kept"] = len(kept)
    header = (
        "Generated by scripts/generate_near_words.py (do not edit by hand; rerun it): a common two-character\n"
        "word with one character replaced by one of the same syllable and tone, of a merged initial or final\n"
        "in the same tone (z/zh, n/l, en/eng …) or a look-alike; the result no word, no piece of a word, not\n"
        f"in T116's or the hand tables, silent on the clean fixtures. wrong<TAB>right, {len(kept)} entries."
    )
    gm.write_xz(OUT, header, kept)
    gm.print_stats(stats)
    generate_phrases(cjk, pos, ranked, texts)
    return 0


def generate_phrases(cjk: dict[str, int], pos: dict[str, str], ranked: list[str], texts: list[str]) -> None:
    from mingjing.rules.misspellings import entries
    from mingjing.rules.near_words import near_phrases
    from mingjing.rules.phrase_slips import wide_slips

    genre = yaml.safe_load(gm.GENRE.read_text(encoding="utf-8"))["phrases"]
    idioms = {w for w, f in cjk.items() if len(w) == 4 and pos[w] in ("i", "l") and f >= IDIOM_MIN_FREQ}
    idioms |= {w for w in genre if len(w) == 4}
    by_key: dict[tuple[str, int], list[str]] = {}
    for c in ranked[:COMMON_CHARS]:
        for r in gm.readings(c):
            if len(by_key.setdefault(merged(r), [])) < PHRASE_CHOICES:
                by_key[merged(r)].append(c)
    inside = {w[i : i + 4] for w, f in cjk.items() if len(w) > 4 and f >= NOISE for i in range(len(w) - 3)}
    listed = set(entries()) | set(wide_slips())
    kept_chars: dict[str, set[str]] = {}
    for w in idioms:
        for j in range(4):
            kept_chars.setdefault(w[:j] + "?" + w[j + 1 :], set()).add(w[j])
    stats: Counter[str] = Counter()
    found: dict[str, str] = {}

    def toneless(c: str) -> set[str]:
        return {r.translate(gm._TONE) for r in gm.readings(c)}

    for w in sorted(idioms):
        for j, c in enumerate(w):
            for r in gm.readings(c):
                for t in by_key.get(merged(r), []):
                    if t == c or toneless(t) & toneless(c):
                        continue  # the same syllable: T111's and T124's
                    wrong = w[:j] + t + w[j + 1 :]
                    stats["candidates"] += 1
                    others = kept_chars[w[:j] + "?" + w[j + 1 :]] - {c}
                    if wrong in found or wrong in listed:
                        stats["already listed"] += 1
                    elif wrong in cjk or wrong in PHRASES_DICT or wrong in inside:
                        stats["a word or a piece of one"] += 1
                    elif t in gm.FREE_CHARS:
                        stats["a free character"] += 1
                    elif (wrong[:2] if j < 2 else wrong[2:]) in cjk:
                        stats["the half holding it is a word"] += 1
                    elif any(
                        merged(x) == merged(y) for o in others for x in gm.readings(o) for y in gm.readings(t)
                    ):
                        stats["another set phrase sounds alike there"] += 1
                    else:
                        found[wrong] = w
    noisy = {text[s:e] for text in texts for s, e, _ in near_phrases(text, table=found)}
    stats["reported in clean text"] = len(noisy)
    kept = {w: r for w, r in found.items() if w not in noisy}
    stats["kept"] = len(kept)
    header = (
        "Generated by scripts/generate_near_words.py (do not edit by hand; rerun it): a set phrase with one\n"
        "character replaced by a common one of a merged initial or final in the same tone and no shared\n"
        f"syllable; no word, no piece of a word, silent on the clean fixtures. wrong<TAB>right, {len(kept)} entries."
    )
    gm.write_xz(OUT_PHRASES, header, kept)
    gm.print_stats(stats, "phrases:")


if __name__ == "__main__":
    gm.run_then_build(main)
