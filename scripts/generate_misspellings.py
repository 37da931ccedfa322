"""Generate the dictionary-derived part of T111's lexicon (rules/data/misspellings_generated.tsv).

A frequent 成语 or 四字格 of jieba's dictionary with one character replaced by a look-alike
(data/similar_shapes.yaml and LOOK_ALIKES) or by a commoner character of the same sound and tone is a
likely slip when the result is not a word: not in jieba's dictionary, not in pypinyin's phrases, not
inside a longer word of jieba's dictionary, and silent on every clean fixture.

Two-character words were generated the same way and measured: 28,465 candidates, 106 of them present
in the ~130,000 characters of clean fixtures — far too noisy to ship; two-character slips stay
hand-written in data/misspellings.yaml.

Run from the repository root: python scripts/generate_misspellings.py > src/mingjing/rules/data/misspellings_generated.tsv
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import jieba
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TOP_IDIOMS = 3000  # the most frequent 四字格 words of both dictionaries (成语 and fixed phrases)
IDIOM_MIN_FREQ = 10
NAMES = ("ns", "nt", "nz", "eng")  # place, organisation and other proper names (nr holds many 成语)
COMMON_CHARS = 2500  # replacement characters: the commonest characters of the dictionary
# characters written either way in good text (异形词, pronouns, 的/地/得): never a replacement pair
INTERCHANGEABLE = [
    set("作做"),
    set("他她它"),
    set("象像"),
    set("帐账"),
    set("唯惟"),
    set("分份"),
    set("的地得"),
]
INTERCHANGEABLE += [set("那哪"), set("再在"), set("须需"), set("其奇"), set("即既"), set("己已")]
# look-alikes sharing a phonetic part that a writer confuses (beside data/similar_shapes.yaml)
LOOK_ALIKES = [["诲", "悔", "晦", "侮"], ["葺", "茸"], ["湎", "缅"], ["秉", "禀"], ["贸", "冒"], ["订", "定"]]
_TONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvnnnm")


# A wrong form made of two words of at least this frequency in jieba's dictionary is no slip: it reads
# as the two words (不知可否 is 不知 + 可否, not 不置可否).
TWO_WORDS_MIN = 100


def load_dictionary() -> tuple[dict[str, int], dict[str, str]]:
    freq: dict[str, int] = {}
    pos: dict[str, str] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
                pos[parts[0]] = parts[2] if len(parts) > 2 else ""
    return freq, pos


def readings(char: str) -> set[str]:
    """Pinyin syllables with their tone."""
    raw = PINYIN_DICT.get(ord(char), "")
    return {s for s in raw.split(",") if s}


def main() -> int:
    import yaml

    from mingjing.read import read_document

    freq, pos = load_dictionary()
    cjk = {w: f for w, f in freq.items() if all("\u4e00" <= c <= "\u9fff" for c in w)}
    weight: Counter[str] = Counter()
    for w, f in cjk.items():
        for c in w:
            weight[c] += f
    common = [c for c, _ in weight.most_common(COMMON_CHARS)]
    by_sound: dict[str, set[str]] = {}
    for c in common:
        for r in readings(c):
            by_sound.setdefault(r, set()).add(c)
    shapes: dict[str, set[str]] = {}
    data = yaml.safe_load((ROOT / "src/mingjing/rules/data/similar_shapes.yaml").read_text(encoding="utf-8"))
    for group in [*data["groups"], *LOOK_ALIKES]:
        for a in group:
            shapes.setdefault(a, set()).update(b for b in group if b != a)

    def twins(c: str, commoner: bool) -> set[str]:
        """Look-alikes, and common characters of the same sound and tone; in a two-character word
        only commoner ones (the writer slips from the rarer character to the commoner one: 沉湎 →
        沉缅; the input method offers the whole word, so a slip there is rarely between equals)."""
        out = set(shapes.get(c, set()))
        for r in readings(c):
            out |= {t for t in by_sound.get(r, set()) if not commoner or weight[t] > weight[c]}
        out.discard(c)
        return {t for t in out if not any(c in s and t in s for s in INTERCHANGEABLE)}

    inside: set[str] = set()  # every 2- to 4-character piece of a longer dictionary word
    for w in cjk:
        for n in (2, 3, 4):
            if len(w) > n:
                inside.update(w[i : i + n] for i in range(len(w) - n + 1))
    fours = sorted(
        (w for w, f in cjk.items() if len(w) == 4 and f >= IDIOM_MIN_FREQ and pos[w] not in NAMES),
        key=lambda w: -cjk[w],
    )[:TOP_IDIOMS]

    from mingjing.rules.misspellings import entries

    hand = entries(include_generated=False)
    hand_right = {e.right for e in hand.values()}
    found: dict[str, str] = {}
    for right in fours:
        for i, c in enumerate(right):
            for t in twins(c, True):
                wrong = right[:i] + t + right[i + 1 :]
                if wrong in hand or wrong in found or wrong in PHRASES_DICT or wrong in inside:
                    continue
                if wrong in hand_right or cjk.get(wrong, 0) * 50 >= cjk[right] or wrong in cjk:
                    continue
                if min(cjk.get(wrong[:2], 0), cjk.get(wrong[2:], 0)) >= TWO_WORDS_MIN:
                    continue  # two ordinary words side by side read as they are: 不知 + 可否, 人员 + 收入
                found[wrong] = right
    clean = sorted(
        [
            *ROOT.glob("tests/fixtures/review/*clean/*.txt"),
            *ROOT.glob("tests/fixtures/materials/*"),
            *ROOT.glob("tests/fixtures/heldout/materials/*"),
            *ROOT.glob("tests/fixtures/similarity/ind*"),
            *ROOT.glob("tests/fixtures/ledger/*.txt"),
        ]
    )
    texts = [read_document(p).text for p in clean]
    noisy = {w for w in found if any(w in t for t in texts)}
    kept = {w: r for w, r in sorted(found.items(), key=lambda x: (x[1], x[0])) if w not in noisy}
    print(
        "# Generated by scripts/generate_misspellings.py (do not edit by hand; rerun it): a frequent 成语 or\n"
        "# 四字格 of jieba's dictionary with one character replaced by a look-alike or by a commoner character\n"
        "# of the same sound and tone, the result not a word, a piece of a longer word or two words, silent on the\n"
        f"# clean fixtures. wrong<TAB>right, {len(kept)} entries; tests/test_misspellings.py walks them."
    )
    for w, r in kept.items():
        print(f"{w}\t{r}")
    print(f"{len(found)} candidates, {len(noisy)} on clean text, {len(kept)} kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
