"""Generate rules/data/idioms_four.tsv, the four-character lexicon of T120 (rules/idiom_slips.py).

Rows `word<TAB>rare pairs`: every four-character entry of jieba's dictionary tagged `i` (成语), and
every other four-character entry of frequency FREQUENT or more that is no name nor number (实事求是 is
tagged n), less pypinyin's phrases (read at run time). `rare pairs` lists the offsets (0, 1, 2) of
the word's neighbouring pairs whose two characters are no word of jieba's dictionary and would meet by
chance at most RARE times in its corpus (rjieba's suggest_freq, 户枢 1) and one of whose characters is
itself rare (the frequencies of the dictionary's words holding it sum to at most RARE_CHAR: 枢 4,691):
such a pair in a text is nearly always the phrase, and the review finds it by its rare character. The
first row, `#<TAB>characters`, lists those rare characters. Pairs are computed for pypinyin's four-character phrases too, in a second
block (rows with an empty word column are not written; a row `=word<TAB>pairs` marks a phrase that
pypinyin knows, so the run-time list is the union).

Run from the repository root: python scripts/generate_idioms.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import jieba
import rjieba
from pypinyin.constants import PHRASES_DICT

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "mingjing" / "rules" / "data" / "idioms_four.tsv"
FREQUENT = 100
RARE = 3
RARE_CHAR = (
    5000  # one of the pair's characters this rare: its words' frequencies summed (枢 4,691; 研 62,412)
)
NAMES = {"nr", "ns", "nt", "nz", "nrt", "nrfg", "m", "j", "t"}
CJK4 = re.compile(r"[\u4e00-\u9fff]{4}")


def rare_pairs(word: str, rare: set[str]) -> str:
    return "".join(
        str(i)
        for i in range(3)
        if not rjieba.has_word(word[i : i + 2])
        and rjieba.suggest_freq(word[i : i + 2]) <= RARE
        and rare & set(word[i : i + 2])
    )


def main() -> None:
    pinyin = {p for p in PHRASES_DICT if CJK4.fullmatch(p)}
    words: set[str] = set()
    char_freq: Counter[str] = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            for c in set(word):
                char_freq[c] += int(freq)
            if CJK4.fullmatch(word) and (tag == "i" or (tag not in NAMES and int(freq) >= FREQUENT)):
                words.add(word)
    rare = {c for c, n in char_freq.items() if n <= RARE_CHAR}
    rows = [f"{w}\t{rare_pairs(w, rare)}" for w in sorted(words - pinyin)]
    rows += [f"={w}\t{pairs}" for w in sorted(pinyin) if (pairs := rare_pairs(w, rare))]
    used = sorted(
        {
            c
            for row in rows
            for w, _, pairs in [row.lstrip("=").partition("\t")]
            for i in pairs
            for c in w[int(i) : int(i) + 2]
            if c in rare
        }
    )
    rows.insert(0, "#\t" + "".join(used))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(words - pinyin)} words beside pypinyin's {len(pinyin)}; {len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
