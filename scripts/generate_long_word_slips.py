"""Generate T168's table of slips inside words of three characters or more
(rules/data/long_word_slips.tsv.xz, read by mingjing.rules.long_word_slips).

The two-character tables (T116, T166, T316) and the four-character sayings (T151, T401) leave the longer
working words and the names of bodies: a scan or a 五笔 key that changes one character of 检察院, drops
one from 人民检察院 or reads a look-alike twice (抗早旱). This table takes, at full size:

- right words: jieba's dictionary words of 3 to 7 Chinese characters of frequency RIGHT_MIN or more, no
  person's name (tag nr*) and no idiom or set phrase of four characters (tags i, l: T151's and T401's);
- slips of a right word w, each one change:
  * a character replaced by one of its glyph neighbours (rules/glyph_look_alikes.py, the glyph table
    drawn from GB 2312: every listed look-alike; plus rules/glyph_parts.py, a character and the
    character it becomes when a part is lost or added: 员/贝, 程/呈, 虫/中);
  * an inner character dropped (w of four characters or more: 人民检院, 监督理局);
  * a glyph neighbour of an inner character inserted right before or after it (抗早旱, 排杳查);
- and the genre's own terms of 3 to 7 characters that jieba lacks or holds below RIGHT_MIN, and the trades'
  working terms of 3 to 7 characters whatever jieba holds (rules/trade_lexicon.py: 特种设备, 贷后管理)
  (rules/genre_lexicon.py: 网格员, 市场监督管理局, 纪检监察组, 对账销号), counted as GENRE_FREQ; an
  input method lacks them too and they are typed in pieces, so their slips also take one character
  replaced by one of the SOUND_CHOICES commonest of its reading without tones, when commoner
  (减税将费, 办理时现); none of them loses a character (the genre shortens its terms: 县医共体 for
  县域医共体, 民情账 for 民情台账, 通报评查 beside 通报批评);
- guards: the wrong form is no word of jieba or pypinyin, is written nowhere in the genre's texts (the
  review's clean fixtures and the parse fixtures' materials: working terms jieba lacks) and comes from
  exactly one right word. Each slip is looked up by a KEY of three characters of the wrong form around
  the changed place (the document's three-character windows, shared with the other tables), and the whole
  wrong form is then read from the text.

Output: key<TAB>where the key starts in the wrong form<TAB>wrong<TAB>right. Run from the repository root:
python scripts/generate_long_word_slips.py (needs the `lexicon` extra: jieba, pypinyin; about a minute).
"""

from __future__ import annotations

import lzma
import sys
from collections import Counter
from pathlib import Path

from pypinyin.constants import PHRASES_DICT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import generate_misspellings as gm  # noqa: E402

OUT = ROOT / "src/mingjing/rules/data/long_word_slips.tsv.xz"
SUBS = ROOT / "src/mingjing/rules/data/long_word_subs.tsv.xz"
RIGHT_MIN = 10  # jieba's noise is 3–5
INSERT_MIN = 50  # a look-alike read twice: words at least this frequent (the table stays small)
LOOK_ALIKES = 4  # the best glyph look-alikes of a character, score LOOK_ALIKE_MIN or more …
LOOK_ALIKE_MIN = 85
PARTS = 3  # … and the best characters one part away
FRAMES = 3  # … and the best whole characters of one frame (glyph15)
INSERTED = 3  # the neighbours read twice before their character
SOUND_CHOICES = 4  # the genre's terms: the commonest characters of a reading an input method offers
GENRE_FREQ = 100  # a term of the genre's lexicon counts as this frequent (T168: rules/long_word_slips.py)
KEY = 3
NAMES = ("nr", "nrt", "nrfg")
SAYINGS = ("i", "l")
GENRE = ("tests/fixtures/realforms*/materials/*.txt", "tests/fixtures/realforms*/materials/*.docx")


def neighbours(c: str) -> list[str]:
    """The glyph neighbours of `c`: its best look-alikes, then the characters one part away, then the
    best whole characters of one frame (rules/shape_neighbours.py)."""
    from mingjing.rules.glyph_look_alikes import look_alike_score, look_alikes
    from mingjing.rules.glyph_parts import part_neighbours
    from mingjing.rules.shape_neighbours import frame_neighbours

    out = [t for t in look_alikes(c)[:LOOK_ALIKES] if look_alike_score(c, t) >= LOOK_ALIKE_MIN]
    out += [t for t in part_neighbours(c)[:PARTS] if t not in out]
    out += [t for t in frame_neighbours(c)[:FRAMES] if t not in out]
    return [t for t in out if t != c]


def slips(w: str, near, inserts: bool, drops: bool = True) -> list[tuple[str, int, str]]:
    """(wrong, place of the change in wrong, kind) of every one-change slip of `w`."""
    out = []
    n = len(w)
    for i, c in enumerate(w):
        for t in near(c):
            out.append((w[:i] + t + w[i + 1 :], i, "sub"))
    if n >= 4 and drops:
        for i in range(1, n - 1):
            out.append((w[:i] + w[i + 1 :], i, "drop"))  # the gap before wrong[i]
    for i in range(1, n - 1) if inserts else ():
        for t in near(w[i])[:INSERTED]:
            out.append((w[:i] + t + w[i:], i, "insert"))  # a look-alike read before its character
    return out


def sound_slips(w: str, by_sound: dict[str, list[str]], rank: dict[str, int]) -> list[tuple[str, int, str]]:
    """(wrong, place, "sub") of `w` with one character typed by its reading without tones and picked among
    the SOUND_CHOICES commonest characters of that reading, when commoner than the right one: an input
    method that lacks the term (the genre's terms: 减税降费, 办理时限) is typed piece by piece."""
    from pypinyin import Style, lazy_pinyin

    out = []
    for i, (c, r) in enumerate(zip(w, lazy_pinyin(w, style=Style.NORMAL), strict=True)):
        for t in by_sound.get(r, ())[:SOUND_CHOICES]:
            if t != c and rank.get(t, 1 << 30) < rank.get(c, 1 << 30):
                out.append((w[:i] + t + w[i + 1 :], i, "sub"))
    return out


def sound_table(cjk: dict[str, int]) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Each reading without tones → the COMMON_CHARS commonest characters of it (commonest first, by
    their first reading), and each character's rank."""
    from pypinyin import Style, pinyin

    _chars, _weight, ranked = gm.character_weights(cjk)
    by_sound: dict[str, list[str]] = {}
    for c in ranked[: gm.COMMON_CHARS]:
        by_sound.setdefault(pinyin(c, style=Style.NORMAL)[0][0], []).append(c)
    return by_sound, {c: i for i, c in enumerate(ranked)}


def key_at(wrong: str, at: int, kind: str) -> int:
    """Where the three-character key of a slip starts in `wrong`: the window around the change."""
    return max(0, min(at - 1, len(wrong) - KEY))


def window(wrong: str, right: str) -> str:
    """The three characters of a replaced form around the change (its key in long_word_subs)."""
    i = next(j for j in range(len(wrong)) if wrong[j] != right[j])
    s = max(0, min(i - 1, len(wrong) - KEY))
    return wrong[s : s + KEY]


def candidates(stats: Counter[str]) -> dict[str, tuple[int, str, str]]:
    freq, pos = gm.load_dictionary()
    cjk = {w: f for w, f in freq.items() if all("\u4e00" <= c <= "\u9fff" for c in w)}
    rights = sorted(
        w
        for w, f in cjk.items()
        if 3 <= len(w) <= 7
        and f >= RIGHT_MIN
        and not pos[w].startswith(NAMES)
        and not (len(w) == 4 and pos[w] in SAYINGS)
    )
    # the genre's own terms (rules/genre_lexicon.py) that jieba lacks or holds rarely: 网格员, 市场监督管理局
    from mingjing.rules.genre_lexicon import genre_terms

    genre = {w for w in genre_terms() if 3 <= len(w) <= 7 and cjk.get(w, 0) < RIGHT_MIN}
    # the trades' working terms (rules/trade_lexicon.py: 特种设备, 计量器具, 贷后管理): typed in pieces
    # like the genre's terms whatever jieba holds of them, so they take sound slips too
    from mingjing.rules.trade_lexicon import trade_terms

    trade = {w for w in trade_terms() if 3 <= len(w) <= 7}
    rights = sorted(set(rights) | genre | trade)
    stats["right words"] = len(rights)
    stats["the genre's terms"] = len(genre)
    stats["the trades' terms"] = len(trade)
    cache: dict[str, list[str]] = {}

    def near(c: str) -> list[str]:
        if c not in cache:
            cache[c] = neighbours(c)
        return cache[c]

    by_sound, rank = sound_table(cjk)
    sources: dict[str, set[tuple[int, str, str]]] = {}
    for w in rights:
        typed = sound_slips(w, by_sound, rank) if w in genre or w in trade else []
        # the genre shortens its own terms by a character (县医共体, 民情账): no drops of them
        kept_whole = w not in genre and (w not in trade or cjk.get(w, 0) >= RIGHT_MIN)
        for wrong, at, kind in slips(w, near, cjk.get(w, GENRE_FREQ) >= INSERT_MIN, kept_whole) + typed:
            stats["candidates"] += 1
            if wrong in cjk or wrong in PHRASES_DICT or wrong in genre or wrong in trade:
                stats["a word"] += 1
                continue
            k = key_at(wrong, at, kind)
            key = wrong[k : k + KEY]
            if key in cjk or key in PHRASES_DICT:
                stats["its key a word"] += 1
                continue
            sources.setdefault(wrong, set()).add((k, w, kind))
    found = {}
    for wrong, rs in sources.items():
        if len({r for _k, r, _kind in rs}) == 1:
            k, r, kind = min(rs)
            found[wrong] = (k, r, wrong[k : k + KEY] if kind != "sub" else "")
        else:
            stats["slip of two or more words"] += 1
    return found


def kept_slips(stats: Counter[str]) -> dict[str, tuple[int, str, str]]:
    from mingjing.read import read_document

    found = candidates(stats)
    genre = gm.clean_texts() + [
        read_document(p).text for pattern in GENRE for p in sorted(ROOT.glob(pattern))
    ]
    written: set[str] = set()
    for t in genre:
        for n in (3, 4, 5, 6, 7, 8):
            written.update(t[i : i + n] for i in range(len(t) - n + 1))
    kept = {w: v for w, v in found.items() if w not in written and (v[2] or window(w, v[1]) not in written)}
    stats["written in the genre's texts"] = len(found) - len(kept)
    stats["kept"] = len(kept)
    return kept


def main() -> int:
    stats: Counter[str] = Counter()
    kept = kept_slips(stats)
    header = (
        "Generated by scripts/generate_long_word_slips.py (do not edit by hand; rerun it): a jieba word of\n"
        f"3–7 characters (frequency {RIGHT_MIN} or more, no name, no four-character saying) with one glyph\n"
        "neighbour put for, or inserted beside, one of its characters, or an inner character dropped; the\n"
        "result no word, written nowhere in the genre's texts, the slip of one word only. Here the dropped and\n"
        "inserted characters (long_word_subs.tsv.xz: the replaced ones).\n"
        f"key<TAB>key's place in wrong<TAB>wrong<TAB>right, {sum(1 for v in kept.values() if v[2])} entries."
    )
    edits = {w: v for w, v in kept.items() if v[2]}
    body = "".join(
        f"{key}\t{k}\t{w}\t{r}\n" for w, (k, r, key) in sorted(edits.items(), key=lambda x: x[1][2])
    )
    with lzma.open(OUT, "wt", encoding="utf-8", preset=9) as f:
        f.write("".join(f"# {line}\n" for line in header.splitlines()) + body)
    subs: dict[str, str] = {}
    for w, (_k, r, key) in kept.items():
        if not key:
            s = w.index(window(w, r))
            subs.setdefault(w[s : s + KEY], r[s : s + KEY])
    header_subs = (
        "Generated by scripts/generate_long_word_slips.py (do not edit by hand; rerun it): the replaced\n"
        "characters of the same table (long_word_slips.tsv.xz holds the dropped and inserted ones), as three\n"
        "characters of the wrong form around the change and the same three of the right word; T168 finds the\n"
        f"whole word in the dictionary. wrong<TAB>right, {len(subs)} entries."
    )
    gm.write_xz(SUBS, header_subs, subs)
    stats["edits"] = len(edits)
    stats["replacement windows"] = len(subs)
    gm.print_stats(stats)
    return 0


if __name__ == "__main__":
    gm.run_then_build(main)
