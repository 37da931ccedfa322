"""Generate T176's evidence table (rules/data/context_twins.tsv.xz): a near twin's neighbours.

A compound of the lexicon (jieba's dictionary entries of 3 to 6 characters at frequency 3 or more that
are no names, and the genre's compounds of rules/data/twin_compounds.yaml and of the genre's lexicon,
rules/genre_lexicon.py) is cut into a two-character
member T and the rest X (营业 + 网点, 科研 + 攻关, 救助 + 站). Every two-character word W of jieba's
dictionary (frequency 3 or more, no name) that differs from T in one character — the same reading
without tones (网店/网点, 公关/攻关), or a glyph look-alike (货款/贷款, rules/glyph_look_alikes.py, score
GLYPH_MIN or more), or for the genre's compounds a word of the same reading in both characters (时间/实践,
史记/事迹: r28) — gets a row: written W beside X is a slip for T, unless W with X is itself a known
string (jieba, pypinyin's phrases, the genre's collocations and compounds). T176 reads the rows against the
document's segmentation and gates them (docs/real-word-errors.md, round r14). Two kinds of jieba's
evidence are left out: a rest that heads or opens more than PRODUCTIVE of its compounds (企业, 服务: 台资企业
is as good as 合资企业, whatever the dictionary lists), and a pair of siblings that share SIBLINGS rests or
more (县委/省委: both take 书记).

Rows: W, side of X (L before the word, R after it), X, T, source (j + the compound's jieba frequency,
g for the genre's list, l for the genre's lexicon, rules/genre_lexicon.py: as weak as a rare jieba
compound; h for a whole homophone of a member of the genre's list, r28). About 96,000 rows (0.4 MB compressed);
about 15 s on this machine.
Run from the repository root: python scripts/generate_context_twins.py (needs the `lexicon` extra).
"""

from __future__ import annotations

import lzma
import re
from collections import Counter, defaultdict
from pathlib import Path

import jieba
import yaml
from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.constants import PHRASES_DICT

from mingjing.rules.glyph_look_alikes import look_alike_score
from mingjing.rules.near_twin import collocations

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src/mingjing/rules/data"
OUT = DATA / "context_twins.tsv.xz"
MIN_FREQ = 3  # jieba's dictionary: every entry it lists (its noise starts here; T176 gates them by source)
GLYPH_MIN = 88
SIBLINGS = 2  # words that share this many rests are siblings of one paradigm (县委/省委), not slips
PRODUCTIVE = (
    20  # a rest that heads (or opens) more jieba compounds than this says little when a word lacks it
)
NAMES = {"nr", "ns", "nt", "nz", "nrt", "nrfg", "eng", "nrf"}
SUFFIXES = "组室员院局处科会队站所部委办制费区点证"  # one-character heads that close a compound
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def jieba_words() -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    path = Path(jieba.__file__).parent / "dict.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and _CJK.fullmatch(parts[0]):
            out[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return out


def genre_compounds() -> list[str]:
    data = yaml.safe_load((DATA / "twin_compounds.yaml").read_text(encoding="utf-8"))
    return [c for group in data["compounds"] for c in group]


def lexicon_compounds() -> list[str]:
    """The genre's lexicon's terms of 3 to 7 characters (rules/genre_lexicon.py: 市场监管所, 消防栓,
    纪检监察组) that twin_compounds.yaml does not list: source `l`, as weak as a rare jieba compound (its
    pairs speak only where the twin is no rarer than the written word or the document writes the twin:
    巡查组 and 巡察组 are both bodies)."""
    from mingjing.rules.genre_lexicon import genre_terms

    listed = set(genre_compounds())
    return [w for w in genre_terms() if 3 <= len(w) <= 7 and w not in listed]


def cuts(compound: str, lexicon: dict[str, tuple[int, str]], genre: bool) -> list[tuple[str, str, str]]:
    """(T, side of X, X): the compound cut into a two-character member and the rest, the rest a word
    of the dictionary (any length in the genre's list) or a one-character head on the right."""
    out = []
    for t, x, side in ((compound[:2], compound[2:], "R"), (compound[-2:], compound[:-2], "L")):
        if len(x) == 1 and not (side == "R" and x in SUFFIXES):
            continue
        if len(x) >= 2 and not genre and x not in lexicon:
            continue
        out.append((t, side, x))
    return out


def table_text() -> str:
    """The table's text (before compression)."""
    lexicon = jieba_words()
    genre = genre_compounds()
    known = set(lexicon) | set(PHRASES_DICT) | set(collocations()) | set(genre) | set(lexicon_compounds())
    twos = {w: f for w, (f, tag) in lexicon.items() if len(w) == 2 and f >= MIN_FREQ and tag not in NAMES}
    readings = {w: lazy_pinyin(w) for w in twos}
    by_kept: dict[tuple[int, str], list[str]] = defaultdict(list)
    for w in twos:
        by_kept[(1, w[0])].append(w)  # the second character differs
        by_kept[(0, w[1])].append(w)  # the first character differs

    twin_cache: dict[str, list[str]] = {}

    def near(t: str) -> list[str]:
        """The words one character off `t`: the written character read (in its word) as the meant one
        reads in `t` or by its first reading (a rarer reading makes false twins: 公司 for 公厕), or a glyph
        look-alike of it."""
        if t not in twin_cache:
            r = [
                set(pinyin(ch, style=Style.NORMAL, heteronym=True)[0][:1]) | {p}
                for ch, p in zip(t, lazy_pinyin(t))
            ]
            out = []
            for pos in (0, 1):
                for w in by_kept.get((pos, t[1 - pos]), ()):
                    if w == t:
                        continue
                    if readings[w][pos] in r[pos] or look_alike_score(w[pos], t[pos]) >= GLYPH_MIN:
                        out.append(w)
            twin_cache[t] = out
        return twin_cache[t]

    # whole-word homophones (r28): the words of the same reading without tones that differ in both characters
    # (时间 for 实践, 史记 for 事迹), an input method's first candidate for the syllables typed; taken for the
    # genre's own compounds only (every reading has many words: the genre's list is the evidence)
    by_reading: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for w, r in readings.items():
        by_reading[tuple(r)].append(w)

    def homophones(t: str) -> list[str]:
        return [w for w in by_reading.get(tuple(lazy_pinyin(t)), ()) if w[0] != t[0] and w[1] != t[1]]

    # how many of jieba's compounds (3 to 6 characters) a two-character word heads or opens: a homophone that heads
    # more than PRODUCTIVE takes any modifier (社会事件, 突发事件: no slip of 社会实践), one that opens more takes any
    # head; such a side gets no homophone's row
    spread: Counter[tuple[str, str]] = Counter()
    for word, (freq, tag) in lexicon.items():
        if 3 <= len(word) <= 6 and freq >= MIN_FREQ and tag not in NAMES:
            spread[("L", word[-2:])] += 1  # the rest stands on the left of a word that heads it
            spread[("R", word[:2])] += 1

    sources: list[tuple[str, str]] = [(c, "g") for c in genre]
    sources += [(c, "l") for c in lexicon_compounds()]
    for word, (freq, tag) in lexicon.items():
        if 3 <= len(word) <= 6 and freq >= MIN_FREQ and tag not in NAMES:
            sources.append((word, f"j{freq}"))
    # how many jieba compounds each rest heads (R: 台资企业, 网格服务 are as good as 合资企业) or opens (L)
    productive: Counter[tuple[str, str]] = Counter()
    for compound, source in sources:
        if source[0] == "j":
            for k in range(1, len(compound) - 1):
                productive[("R", compound[-k:])] += 1
                productive[("L", compound[:k])] += 1
    # the rests each two-character member takes (both sides), to tell siblings (县委/省委: 县委书记 and
    # 省委书记 both known) from slips: siblings that share SIBLINGS rests or more are no pair
    rests: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for compound, source in sources:
        for t, side, x in cuts(compound, lexicon, source in "gl"):
            rests[t].add((side, x))
    rows: set[tuple[str, str, str, str, str]] = set()
    for compound, source in sources:
        for t, side, x in cuts(compound, lexicon, source in "gl"):
            if source[0] == "j" and productive[(side, x)] > PRODUCTIVE:
                continue
            homes = [w for w in homophones(t) if spread[(side, w)] <= PRODUCTIVE] if source == "g" else []
            for w, kind in [(w, source) for w in near(t)] + [(w, "h") for w in homes]:
                if len(rests[w] & rests[t]) >= SIBLINGS:
                    continue
                if (x + w if side == "L" else w + x) not in known:
                    rows.add((w, side, x, t, kind))
    lines = ["\t".join(r) for r in sorted(rows)]
    return HEADER + "\n".join(lines) + "\n"


HEADER = "# Generated by scripts/generate_context_twins.py (do not edit by hand; rerun it).\n"


def main() -> None:
    text = table_text()
    OUT.write_bytes(lzma.compress(text.encode("utf-8"), preset=9))
    print(f"{OUT.name}: {text.count(chr(10)) - 1} rows")


if __name__ == "__main__":
    main()
