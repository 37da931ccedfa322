"""Generate T178's table of the trades' terms typed as sound-alikes (rules/data/trade_slips.tsv.xz, read by
mingjing.rules.trade_term_slips).

A pinyin input method offers, for a reading without tones, its characters commonest first; a writer who
types a trade's working term in pieces (标段 as biao + duan) picks a neighbour of the right one: 标断, 盗罚,
歉薪, 反还, and in a term of two words a real word for its member: 病例书写, 婚姻等级, 迎风度夏. The right
terms are the trades' lexicon (rules/trade_lexicon.py, data/trade_lexicon.yaml). Each term's character,
read as pypinyin reads it in the term (its phrases for polyphones), is replaced by each of the CHOICES
commonest characters of that reading (by each character's first reading: 合 stands under he; the
ranking is generate_misspellings' character weights over jieba's dictionary, the POOL commonest).

Since round r17 a term of three characters or more also takes the NEAR_CHOICES commonest characters of each
near reading (near_readings: one fuzzy initial or final, 森 as shen, 转 as chuan: 土地流传; a member word of two
near characters is left, 升级项目 and 材料经常 are right text's words, no 审计项目 or 材料进场); every term takes its characters' look-alikes among the POOL (shape_neighbours: the glyph
tables and EXTRA_SHAPES, 金 as 全, 栽 as 裁); and a system's final 制 takes 治 though the pair is both right
elsewhere (河长治).

Kept: a form that is no word of jieba's dictionary (a form of three characters or more: above its noise,
NOISE) or pypinyin's phrases, no term of the
genre's or the trades' lexicon, no pair of characters both right (作/做, 查/察: 环保督查), and the slip
of one term only; a member word put for a member is no term
of either lexicon (监察 for 检查: 执法监察 is a body's work of its own). One line a key (two characters of a form
holding a changed one, the rarest in jieba: a non-word first): the key, a tab, its rows joined by `;`,
each the key's place in the form, the form and the term joined by `|`. Run from the repository root: python scripts/generate_trade_slips.py (needs the
`lexicon` extra: jieba, pypinyin; a few seconds).
"""

from __future__ import annotations

import lzma
import sys
from collections import Counter
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin
from pypinyin.constants import PHRASES_DICT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import generate_misspellings as gm  # noqa: E402

OUT = ROOT / "src/mingjing/rules/data/trade_slips.tsv.xz"
CHOICES = 20  # the characters of a reading an input method shows on its first pages (歉 is qian's 17th)
POOL = 3500  # the characters a writer knows (歉 is the 2,842nd by jieba's weights)
NOISE = (
    5  # jieba lists noise at frequency 3 to 5 (防讯值班's 防讯 3): a longer form this rare is still no word
)
# a two-character form of the term's own reading that jieba lists at its lowest noise (保结 3, 分检 1: scraped slips
# and archaic words) is still no word a writer means beside a trade's own term (r26: 保结 of 保洁), where the term
# is the trade's (rarer than TWO_OWN in jieba: no 执行 of 知行) and TWO_RATIO times as frequent (报备 3 is no
# slip of 拨备 0); the review's guards read the trade spoken
TWO_NOISE = 3
TWO_OWN = 300
TWO_RATIO = 5


def _two_noise(term: str, put: str, reading: str, freq: dict[str, int], sounds: dict[str, list[str]]) -> int:
    """How often jieba may list a two-character form and it still be a slip of the term: TWO_NOISE for a
    character of the term's reading put in a trade's own term, else 0 (any listing is a word)."""
    f = freq.get(term, 0)
    if put in sounds.get(reading, ())[:CHOICES] and TWO_RATIO * TWO_NOISE <= f < TWO_OWN:
        return TWO_NOISE
    return 0


MEMBER_MIN = 50  # a two-character word put for a member of the same reading: jieba frequency at least
# a near reading's characters offered: an input method's first page (a writer who hears 森 as shen picks 深,
# shen's 4th; 零 is ling's 7th)
NEAR_CHOICES = 7
NEAR_MIN = 3  # a term this long takes near readings (a two-character term's near forms are mostly words)
# near readings that a southern ear (or a fuzzy-pinyin input method) does not tell apart: one initial or one
# final changed (森林 typed as 深林, 隐患 as 影患, 辍 as 错, 支 as 资, 转 as 传)
NEAR_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("zh", "ch"), ("n", "l"))
NEAR_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))
# look-alikes the glyph tables (rules/glyph_look_alikes.py, rules/glyph_parts.py) lack: a dot or stroke apart
EXTRA_SHAPES = ("金全", "量最", "卸御", "虫中")


def by_reading(ranked: list[str]) -> dict[str, list[str]]:
    """Each reading without tones → the commonest characters of it, commonest first (by a character's first
    reading: its rare ones, 血 as xie, would offer it where no input method does)."""
    out: dict[str, list[str]] = {}
    for c in ranked[:POOL]:
        out.setdefault(pinyin(c, style=Style.NORMAL)[0][0], []).append(c)
    return out


def near_readings(reading: str) -> tuple[str, ...]:
    """The readings one fuzzy pair from `reading` (NEAR_INITIALS, NEAR_FINALS): shen → sen, sheng; zhuan →
    zuan, chuan, zhuang."""
    out = []
    for a, b in NEAR_INITIALS:
        for x, y in ((a, b), (b, a)):
            if reading.startswith(x) and not (len(x) == 1 and reading[1:2] == "h"):
                out.append(y + reading[len(x) :])
    for a, b in NEAR_FINALS:
        if reading.endswith(a):
            out.append(reading[: -len(a)] + b)
        elif reading.endswith(b):
            out.append(reading + "g")
    return tuple(dict.fromkeys(r for r in out if r != reading))


def shape_neighbours(c: str) -> tuple[str, ...]:
    """The characters that look like `c`: its glyph look-alikes, the characters one part away and the
    EXTRA_SHAPES."""
    from mingjing.rules.glyph_look_alikes import look_alikes
    from mingjing.rules.glyph_parts import part_neighbours

    extra = tuple(p.replace(c, "") for p in EXTRA_SHAPES if c in p)
    return tuple(dict.fromkeys((*look_alikes(c), *part_neighbours(c), *extra)))


def both_right(a: str, b: str, after: str = "") -> bool:
    """Characters both right in the trades' terms: T177's variant pairs (作/做, 订/定, 象/像 …), 查/察
    (环保督查 and 环保督察, 巡查 and 巡察 are both written) and 检/监 before 测 (检测 tests, 监测 watches:
    水质检测 and 水质监测, 质量检测 and 质量监测 are both a trade's work; r18)."""
    from mingjing.rules.long_term_slips import _VARIANTS

    return (
        frozenset((a, b)) in _VARIANTS or {a, b} == {"查", "察"} or ({a, b} == {"检", "监"} and after == "测")
    )


def system_final(term: str, i: int) -> bool:
    """Whether the term's character at i is the 制 that closes a system's name (河长制, 首诊负责制): there
    治 is no variant of it (河长治 reads 长治, a city), though 法制 and 法治 are both right."""
    return i == len(term) - 1 and term[i] == "制"


def key_at(form: str, term: str, freq: dict[str, int]) -> int:
    """Where the two-character key of a form starts: of the windows holding a changed character, the one
    rarest in jieba's dictionary (a non-word first: 标断, 姻等 of 婚姻等级), so that few keys of the table
    are written in a right text and few rows are read."""
    changed = [i for i, (a, b) in enumerate(zip(form, term, strict=True)) if a != b]
    windows = sorted({k for i in changed for k in (i - 1, i) if 0 <= k <= len(form) - 2})
    return min(windows, key=lambda k: (freq.get(form[k : k + 2], 0), k))


def table(stats: Counter[str]) -> dict[str, tuple[int, str]]:
    from mingjing.rules.genre_lexicon import genre_term_set
    from mingjing.rules.trade_lexicon import trade_term_set, trade_terms

    freq, _pos = gm.load_dictionary()
    _cjk, _weight, ranked = gm.character_weights(freq)
    sounds = by_reading(ranked)
    known = genre_term_set() | trade_term_set()
    sources: dict[str, set[tuple[int, str]]] = {}
    pool = set(ranked[:POOL])
    for term in trade_terms():
        for i, (c, r) in enumerate(zip(term, lazy_pinyin(term, style=Style.NORMAL), strict=True)):
            offered = list(sounds.get(r, ())[:CHOICES])
            if len(term) >= NEAR_MIN:
                offered += [t for near in near_readings(r) for t in sounds.get(near, ())[:NEAR_CHOICES]]
            offered += [t for t in shape_neighbours(c) if t in pool]
            for t in dict.fromkeys(offered):
                if t == c or (both_right(c, t, term[i + 1 : i + 2]) and not system_final(term, i)):
                    continue
                form = term[:i] + t + term[i + 1 :]
                stats["forms"] += 1
                if (
                    freq.get(form, 0) > (NOISE if len(form) > 2 else _two_noise(term, t, r, freq, sounds))
                    or form in PHRASES_DICT
                    or form in known
                ):
                    stats["a word or a term"] += 1
                    continue
                sources.setdefault(form, set()).add((key_at(form, term, freq), term))
    # a two-character member of a longer term typed as another word of the same reading (登记 → 等级, 调解
    # → 调节, 流转 → 流传): the words of jieba's dictionary by their readings without tones
    words: dict[str, list[str]] = {}
    for w, f in freq.items():
        if len(w) == 2 and f >= MEMBER_MIN and all("\u4e00" <= c <= "\u9fff" for c in w):
            words.setdefault(" ".join(lazy_pinyin(w, style=Style.NORMAL)), []).append(w)
    for term in trade_terms():
        if len(term) < 4:
            continue
        readings = lazy_pinyin(term, style=Style.NORMAL)
        for i in range(len(term) - 1):
            member = term[i : i + 2]
            for w in words.get(" ".join(readings[i : i + 2]), ()):
                if sum(a != b for a, b in zip(w, member, strict=True)) < 2:
                    continue  # the same, or one character changed: the loop above has it
                if any(both_right(a, b) for a, b in zip(w, member, strict=True)):
                    continue
                if w in known:
                    stats["a member word that is a term"] += 1
                    continue  # 执法监察 beside 执法检查: a word the trades name things by is no slip
                form = term[:i] + w + term[i + 2 :]
                stats["forms with a member word"] += 1
                if freq.get(form, 0) > NOISE or form in PHRASES_DICT or form in known:
                    stats["a word or a term"] += 1
                    continue
                sources.setdefault(form, set()).add((key_at(form, term, freq), term))
    out = {}
    for form, rows in sources.items():
        if len({term for _k, term in rows}) > 1:
            stats["the slip of two terms"] += 1
            continue
        out[form] = min(rows)
    stats["kept"] = len(out)
    return out


def main() -> int:
    stats: Counter[str] = Counter()
    rows = table(stats)
    header = (
        "T178's table (scripts/generate_trade_slips.py): the trades' terms typed as sound-alikes.\n"
        "key<TAB>its rows, `;` between them: where the key starts in the form|form|term"
    )
    by_key: dict[str, list[str]] = {}
    for form, (k, term) in sorted(rows.items()):
        by_key.setdefault(form[k : k + 2], []).append(f"{k}|{form}|{term}")
    body = "".join(f"{key}\t{';'.join(v)}\n" for key, v in sorted(by_key.items()))
    with lzma.open(OUT, "wt", encoding="utf-8", preset=9) as f:
        f.write("".join(f"# {line}\n" for line in header.splitlines()) + body)
    print(", ".join(f"{k}: {v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
