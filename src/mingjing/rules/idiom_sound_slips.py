"""One character of a 成语 or saying written with a character of a dialect-merged sound, or of a saying
of five characters or more written with a character of the same or a near sound or a look-alike (T182):
不择不扣 for 不折不扣 (zé/zhé), 防患于未燃 for 防患于未然, 千里之堤毁于蚁穴 with 蚁 changed.

T111's generated table holds the 成语 of four characters with a look-alike or a commoner character of
the same syllable and tone; two classes of the 常见错别字 lists stay outside it:

- four characters, a character of a syllable a dialect merges with the right one (z/zh, c/ch, s/sh,
  n/l, h/f, an/ang, en/eng, in/ing), same tone: data/idiom_near_sound.tsv (16,800 forms of jieba's 成语,
  scripts/generate_idiom_sound_slips.py, with generate_misspellings.py's guards and no clean fixture
  holding one), read as a mapped table (rules/tables.py) and reported where it stands alone as T111's
  forms do;
- five characters or more: data/idioms_long.tsv (the 成语 of jieba's dictionary of that length,
  pypinyin's phrases jieba knows, and the hand-written sayings of data/idioms_long_written.yaml). A run
  one character off a saying keeps its first two characters or its last two (a saying of five or more
  has both pairs apart), so the document's two-character runs that open or close a saying are the only
  places compared. The written character must share a dialect-merged syllable with the right one or be
  its look-alike, the run must be no word of the dictionary, and 的/地/得 for one another is no slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.idiom_one_off import _related
from mingjing.rules.misspellings import _places, _stands_alone
from mingjing.rules.near_twin import shape_pairs
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.tables import FormTable, open_table

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

LONG = Path(__file__).parent / "data" / "idioms_long.tsv"
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# characters written either way in good text: never a slip of one another
_EITHER = (frozenset("的地得"), frozenset("他她它"), frozenset("作做"), frozenset("其奇"), frozenset("那哪"))
NOTE_FOUR = "成语中的字写成了方言里读音相混的字"
NOTE_LONG = "成语、俗语中的一个字写成了音同、音近或形近的字"


@lru_cache(maxsize=1)
def near_sound_table() -> FormTable:
    """The four-character forms, wrong → right (scripts/generate_idiom_sound_slips.py)."""
    return open_table("idiom_near_sound")


@lru_cache(maxsize=1)
def long_sayings() -> frozenset[str]:
    lines = LONG.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _by_edges() -> tuple[dict[str, tuple[tuple[str, int], ...]], frozenset[str], frozenset[str]]:
    """The sayings by the runs a slip leaves whole, each with where the run begins in the saying: the
    first three characters and the last three (one of them is whole unless a saying of five has its
    middle character changed), and for a saying of five its first two; then the keys of three and of
    two characters (frozensets: the document's n-grams are intersected with them at C speed)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for saying in sorted(long_sayings()):
        out.setdefault(saying[:3], []).append((saying, 0))
        out.setdefault(saying[-3:], []).append((saying, len(saying) - 3))
        if len(saying) == 5:
            out.setdefault(saying[:2], []).append((saying, 0))
    index = {k: tuple(v) for k, v in out.items()}
    return index, frozenset(k for k in index if len(k) == 3), frozenset(k for k in index if len(k) == 2)


def _slip_of(written: str, meant: str) -> bool:
    """Whether `written` in the place of `meant` is a likely slip: a near sound or a look-alike."""
    if any(written in group and meant in group for group in _EITHER):
        return False
    return _related(written, meant) or (meant, written) in shape_pairs()


def _one_off(window: str, saying: str) -> int | None:
    """The one place where `window` differs from `saying` (of the same length), else None."""
    diffs = [i for i, (a, b) in enumerate(zip(window, saying, strict=True)) if a != b]
    return diffs[0] if len(diffs) == 1 else None


def long_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, saying) for each run one character off a saying of five characters or more."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.grams import ngrams_in

    index, threes, twos = _by_edges()
    seen: set[int] = set()
    sayings = long_sayings()
    hits = [*zip(*ngrams_in(text, 3, threes), strict=True), *zip(*ngrams_in(text, 2, twos), strict=True)]
    for at, key in hits:
        for saying, offset in index[key]:
            start = at - offset
            end = start + len(saying)
            if start < 0 or end > len(text) or start in seen:
                continue
            window = text[start:end]
            place = _one_off(window, saying)
            if (
                place is None
                or not _CJK.fullmatch(window)
                or window in sayings
                or not _slip_of(window[place], saying[place])
                or dictionary_freq(window) > 0
            ):
                continue
            seen.add(start)
            yield start, end, saying


def four_slips(text: str) -> Iterator[tuple[int, int, str]]:
    table = near_sound_table()
    for wrong in table.present_in(text):
        for at in _places(text, wrong):
            if _stands_alone(text, at, at + 4):
                yield at, at + 4, table[wrong]


@code_rule(
    "T182",
    "idiom-sound-slip",
    "typo",
    "error",
    "“{match}”是错别字，应为“{suggestion}”（{note}）",
    "常见错别字表里成语、俗语的写错：四字成语里一个字写成方言里读音相混的字（不折不扣写成“不择不扣”，"
    "zh/z 不分），五字以上的成语、俗语里一个字写成音同、音近或形近的字（防患于未然写成“防患于未燃”）；"
    "写出的样子不是词，成语表来自词典和常用俗语。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，缺乏[不择不扣]抓落实的狠劲。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，[防患于未燃]的主动性不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，忘了[千里之堤毁于蚁血]的道理。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有做到[一步一个脚引]。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，缺乏不折不扣抓落实的狠劲，防患于未然的主动性不够。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，一步一个脚印地推进。"),
    ],
)
def idiom_sound_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    found = sorted([*four_slips(ctx.text), *long_slips(ctx.text)])
    after = 0
    for start, end, right in found:
        if start >= after:
            note = NOTE_FOUR if end - start == 4 else NOTE_LONG
            yield rule.finding(ctx.text, start, end, (right,), note=note)
            after = end
