"""Generate the dictionary-derived confusion pairs of T404 (rules/data/confusion_pairs_generated.tsv).

Two two-character words of jieba's dictionary, both of frequency MIN_FREQ or more and neither a
proper name, that differ in one character read alike (toneless pinyin as each word reads it:
途径/途经, 启示/启事, 检查/检察). Either can be written for the other by an input method; T404
reports one only where the context is evidence for its twin and none for it (docs/real-word-errors.md).
Each row also says whether each word lies inside a longer word of the dictionary (T404 uses it to skip
twins that can have no lexicon evidence, for speed).

Run from the repository root: python scripts/generate_confusion_pairs.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import jieba
from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/mingjing/rules/data/confusion_pairs_generated.tsv"
MIN_FREQ = 50  # both words at least this frequent in jieba's dictionary (its noise lies below 10)
LONGER_MIN_FREQ = 5  # T404's LEX_MIN_FREQ: a longer word of jieba's dictionary that counts as known
NAMES = ("nr", "ns", "nt", "nz", "nrt", "nrfg", "eng")  # names of people, places, bodies
_TWO = re.compile(r"[\u4e00-\u9fff]{2}")


def words() -> dict[str, int]:
    out: dict[str, int] = {}
    path = Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or not _TWO.fullmatch(parts[0]):
            continue
        if len(parts) > 2 and parts[2] in NAMES:
            continue
        if int(parts[1]) >= MIN_FREQ:
            out[parts[0]] = int(parts[1])
    return out


def pairs(freq: dict[str, int]) -> list[tuple[str, str]]:
    by_kept: dict[tuple[int, str], list[str]] = defaultdict(list)
    for w in freq:
        by_kept[(1, w[0])].append(w)  # the second character changes
        by_kept[(0, w[1])].append(w)  # the first character changes
    out: set[tuple[str, str]] = set()
    for (changed, _), group in by_kept.items():
        readings = {w: lazy_pinyin(w)[changed] for w in group}
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if readings[a] == readings[b]:
                    out.add((a, b) if a < b else (b, a))
    return sorted(out)


def in_longer_words() -> set[str]:
    """Two-character strings inside a word of 3 to 5 characters of jieba's dictionary (frequency
    LONGER_MIN_FREQ or more): only such a twin can have lexicon evidence from jieba (T404 skips the
    others unless pypinyin's phrases, the genre's collocations or its collocates speak for them)."""
    out: set[str] = set()
    path = Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and 3 <= len(parts[0]) <= 5 and int(parts[1]) >= LONGER_MIN_FREQ:
            out.update(parts[0][i : i + 2] for i in range(len(parts[0]) - 1))
    return out


def rows() -> list[tuple[str, str, str, str]]:
    """(word, twin, 1 when the word is inside a longer word else 0, the same for the twin)."""
    longer = in_longer_words()
    return [(a, b, str(int(a in longer)), str(int(b in longer))) for a, b in pairs(words())]


def main() -> None:
    found = rows()
    lines = [
        "# word\ttwin\tword in a longer word\ttwin in a longer word (scripts/generate_confusion_pairs.py)"
    ]
    lines += ["\t".join(r) for r in found]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(found)} pairs of words of frequency {MIN_FREQ} or more → {OUT.name}")


if __name__ == "__main__":
    main()
