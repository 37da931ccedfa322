"""Spun synonyms: the reach of F161 on substitutions that are not its own table (issue 12).

A synonym spinner swaps words for near-synonyms without looking at their neighbours. This eval spins
every clean text of the review eval (tests/fixtures/review/clean, heldout*_clean) with its own table
of swaps, written apart from data/spun_synonyms.yaml (a few pairs are bound to be common to both,
most are not): each whole word of rjieba's segmentation that the table names is replaced, one at a
time, and the spun sentence is checked by F161's detector (`spun_words`). A swap is found when a
finding covers it, with the right fix when the suggestion holds the original word. Findings on
unspun sentences are counted as false alarms. Run: `python eval/spun_collocations.py` (`-v` lists
the swaps found and missed).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.rules.spun_synonyms import spun_words  # noqa: E402

# The eval's own spinner: word → what a spinner writes for it (not F161's table).
SPINS = {
    "态度": "态势",
    "安排": "放置",
    "研究": "研讨",
    "关心": "关注",
    "现在": "当下",
    "经常": "常常",
    "深入": "深化",
    "服务": "服侍",
    "能力": "才能",
    "作风": "风格",
    "建设": "修建",
    "组织": "构造",
    "群众": "民众",
    "宗旨": "主旨",
    "调查": "查询",
    "思想": "主意",
    "学习": "进修",
    "问题": "难题",
}
_SENTENCE = re.compile(r"[^。！？\n]+")


def main() -> None:
    import rjieba

    verbose = "-v" in sys.argv
    dirs = [
        ROOT / "tests/fixtures/review/clean",
        *sorted((ROOT / "tests/fixtures/review").glob("heldout*_clean")),
    ]
    planted = found = right = alarms = 0
    by_pair: dict[str, list[int]] = {}
    for path in sorted(p for d in dirs for p in d.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for sent in _SENTENCE.finditer(text):
            s = sent.group()
            alarms += sum(1 for _ in spun_words(s))
            at = 0
            for w in rjieba.cut(s, False):
                if w in SPINS:
                    spun = s[:at] + SPINS[w] + s[at + len(w) :]
                    end = at + len(SPINS[w])
                    hits = [h for h in spun_words(spun) if h[0] < end and at < h[1]]
                    planted += 1
                    row = by_pair.setdefault(f"{w}→{SPINS[w]}", [0, 0])
                    row[0] += 1
                    if hits:
                        found += 1
                        row[1] += 1
                        right += any(w in h[2] for h in hits)
                        if verbose:
                            print("found", hits[0][3], "→", hits[0][2])
                    elif verbose and row[0] <= 3:
                        print("missed", spun[max(0, at - 6) : end + 6])
                at += len(w)
    print(
        f"spun swaps planted {planted}, found {found} ({100 * found / max(planted, 1):.1f} %), right fix {right}"
    )
    print(f"findings on the unspun sentences: {alarms}")
    for pair, (n, k) in sorted(by_pair.items(), key=lambda x: -x[1][0]):
        print(f"  {pair}  {k}/{n}")


if __name__ == "__main__":
    main()
