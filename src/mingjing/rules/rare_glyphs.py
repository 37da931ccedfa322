"""A rare character put for its everyday look-alike (T169): 疫苖 → 疫苗, 眀确 → 明确, 亊项 → 事项,
毎年 → 每年 (outside GB 2312); 嵇核 → 稽核, 黑嗅水体 → 黑臭水体 (rare alone, inside it).

A scan read by an engine of a larger character set, or an input method set to GBK, puts a rare character
for an everyday one drawn almost alike; the glyph tables of GB 2312 have no row for it, so the pair rules
(T157, T116) never propose the everyday one. The rare characters' look-alikes are generated from the glyphs
(scripts/generate_rare_glyph_twins.py → data/rare_glyph_twins.tsv: the three nearest of GB 2312's level 1).
The text's characters outside GB 2312 are found once for T127 and here (`uncommon_characters`). Inside
GB 2312 the pair rules miss a rare written character where the text around it segments as a word plus a
free character (嵇 + 核…, 黑 + 嗅 + 水体), where it is a surname (嵇: T157 leaves pairs opening with one)
or where its neighbour is one part away (嗅/臭: T157 reads whole glyphs only); so the characters of GB 2312
with a shape neighbour (rules/shape_neighbours.py: look-alikes, parts, one frame) that jieba holds as a
word alone at most RARE_MAX times are read here too, by the words around them rather than by pairs. A
rare character is reported where

- it has neighbours (a traditional character with one simplified form is T127's: 査 → 查 is left to it);
- it makes no word (jieba's dictionary, pypinyin's phrases, the genre lexicon) of two to four characters
  with the characters to its left or right, and one of its neighbours, and only one, makes a word of
  jieba's dictionary of WORD_MIN or more (GB_WORD_MIN inside GB 2312) there (疫苗, 明确, 每年, 稽核), or
  a term of the genre lexicon (黑臭水体), cutting no word of the segmentation beside it; a character of
  GB 2312's level 1 (the everyday set: 嗅, 涝, 栋) asks a word of three characters or more (黑臭水体:
  易涝点, 楼栋长, 显绩 are words jieba lacks);
- no surname stands right before the rare character (张喆, 王堃: a given name's rare character), no post title or 同志 follows, no place's suffix
  (村, 镇, 县 …) follows, and it is inside no title in 《》 and no long quotation (a classical text).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.long_word_slips import FREE
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "rare_glyph_twins.tsv"
WORD_MIN = 50  # jieba frequency of the word the look-alike makes (疫苗, 事项 far more)
GB_WORD_MIN = 70  # … where the written character is in GB 2312 (稽核 79, 稽查 134)
LONG_WORD = 3  # … and of this many characters or more where it is of GB 2312's level 1 (黑臭水体: 易涝点,
# 楼栋长, 潜绩 are words jieba lacks, and such a character meets a two-character word across them)
GENRE_FREQ = 100  # a term of the genre lexicon counts as this frequent (as in T168)
RARE_MAX = 500  # a character of GB 2312 this rare alone in jieba (嵇 16, 嗅 459) is read here
QUOTE_LONG = 8  # a quoted span this long is a quotation (a classical text may hold rare characters)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the last characters of places' names (港, 岛, 洲, 浦 …: 东渚港 is a port, no 东晋: r22)
_PLACE_SUFFIXES = frozenset("村镇乡县市区街路巷山河江湖庄屯寨坪沟湾港岛洲浦塘桥渡口峡岭坝堡滩")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from mingjing.rules.glyph_look_alikes import neighbour_table

    return {c: entry[0] for c, entry in neighbour_table(TABLE).items()}


def rare_twins(ch: str) -> str:
    """The everyday characters drawn most like the rare `ch`, best first ('' for one without a row)."""
    return _table().get(ch, "")


def _word(word: str) -> int:
    """jieba's frequency of `word`; a genre term counts as GENRE_FREQ. (jieba's tags are no guide to names
    here: it tags 道德 and 苗木 nr; the name gates look at the text instead.)"""
    import rjieba

    if rjieba.has_word(word):
        return int(rjieba.suggest_freq(word)) - 1
    return GENRE_FREQ if word in _genre() else 0


@lru_cache(maxsize=1)
def _genre() -> frozenset[str]:
    from mingjing.rules.genre_lexicon import genre_term_set

    return genre_term_set()


def _known(word: str) -> bool:
    """Whether the written form is a word: jieba's, pypinyin's phrase, or a genre term."""
    from pypinyin.constants import PHRASES_DICT

    return bool(_word(word)) or word in PHRASES_DICT


class _Bounds:
    """The word boundaries of the text's segmentation, asked by offset (bisect: no set of every offset
    is built for the few places read)."""

    def __init__(self, starts: list[int], end: int) -> None:
        self.starts, self.end = starts, end

    def __contains__(self, at: object) -> bool:
        if not isinstance(at, int):
            return False
        k = bisect.bisect_left(self.starts, at)
        return at == self.end or (k < len(self.starts) and self.starts[k] == at)


def _frames(text: str, at: int, bounds: _Bounds | None = None) -> list[tuple[str, str]]:
    """(left, right) of the two to four characters around `at`, every one of them Chinese and one at least
    no free word (亥是 is no 该是); with `bounds` (the segmentation's word boundaries) only those that cut no
    word of the text beside `at` (黑嗅水体: 黑臭水体, not 喷水, which cuts 水体)."""
    out = []
    for left in range(4):
        for right in range(4 - left):
            if left + right == 0 or at - left < 0 or at + right >= len(text):
                continue
            if bounds is not None and not (at - left in bounds and at + right + 1 in bounds):
                continue
            before, after = text[at - left : at], text[at + 1 : at + right + 1]
            around = before + after
            if all(map(_CJK.match, around)) and not all(c in FREE for c in around):
                out.append((before, after))
    return out


def _inside_title_or_quotation(text: str, at: int) -> bool:
    for opening, closing, least in (("《", "》", 0), ("“", "”", QUOTE_LONG)):
        start = text.rfind(opening, max(0, at - 80), at)
        if start < 0 or text.rfind(closing, start, at) >= 0:
            continue
        end = text.find(closing, at, at + 80)
        if end >= 0 and end - start - 1 >= least:
            return True
    return False


def _a_name_or_place(text: str, at: int) -> bool:
    from mingjing.rules.residue_code import _SURNAMES
    from mingjing.rules.word_slips import PERSON_TITLES

    if at > 0 and text[at - 1] in _SURNAMES:
        return True  # 张喆, 王堃: a given name
    if at > 1 and text[at - 2] in _SURNAMES and not _CJK.match(text[at + 1 : at + 2] or "。"):
        return True  # 孙立伟、: a name of three characters ends there
    if text[at + 1 : at + 2] in _PLACE_SUFFIXES or text[at + 2 : at + 3] in _PLACE_SUFFIXES:
        return True
    return any(PERSON_TITLES.match(text, k) for k in (at + 1, at + 2))


@lru_cache(maxsize=1)
def _rare_class() -> re.Pattern[str]:
    """One character class of GB 2312's characters with a shape neighbour that are rare alone (RARE_MAX),
    compiled once: a scan in C finds their places."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.shape_neighbours import shape_characters

    freq = dictionary_freq.__wrapped__  # not through its cache: 6,762 entries would crowd it out
    rare = sorted(c for c in shape_characters() if freq(c) <= RARE_MAX)
    return re.compile(f"[{''.join(map(re.escape, rare))}]" if rare else "(?!)")


@lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    from mingjing.rules.gb2312 import gb2312_characters

    return frozenset(gb2312_characters(level_one_only=True))


def _slip(
    text: str, at: int, twins: str | tuple[str, ...], least: int, bounds: _Bounds, shortest: int = 2
) -> str | None:
    """The everyday character meant at `at`, when the written one makes no word there and exactly one of
    `twins` makes one of `least` or more, of `shortest` characters or more, that cuts no word of the
    segmentation."""
    written = text[at]
    if any(_known(b + written + a) for b, a in _frames(text, at)):
        return None
    frames = [(b, a) for b, a in _frames(text, at, bounds) if len(b) + len(a) + 1 >= shortest]
    if not frames:
        return None
    fits = [t for t in twins if max(_word(b + t + a) for b, a in frames) >= least]
    if len(fits) != 1 or _a_name_or_place(text, at) or _inside_title_or_quotation(text, at):
        return None
    return fits[0]


def rare_glyph_slips(text: str, starts: list[int]) -> Iterator[tuple[int, str]]:
    """(offset, everyday character) of every rare character written for its look-alike, left to right;
    `starts` are the offsets of the words of the text's dictionary segmentation (no guessing)."""
    from mingjing.rules.lone_traditional import _only_traditional, uncommon_characters
    from mingjing.rules.shape_neighbours import shape_neighbours

    found: list[tuple[int, str]] = []
    places = uncommon_characters(text)
    rare = [m.start() for m in _rare_class().finditer(text)]
    if not places and not rare:
        return
    bounds = _Bounds(starts, len(text))
    if places:
        table, traditional = _table(), _only_traditional()
        for at in places:
            twins = table.get(text[at])
            if twins and text[at] not in traditional and (meant := _slip(text, at, twins, WORD_MIN, bounds)):
                found.append((at, meant))
    everyday = _everyday()
    for at in rare:
        if at not in bounds or at + 1 not in bounds:
            continue  # inside a word of the segmentation (廉洁): it makes a word there
        shortest = LONG_WORD if text[at] in everyday else 2
        if (meant := _slip(text, at, shape_neighbours(text[at]), GB_WORD_MIN, bounds, shortest)) is not None:
            found.append((at, meant))
    yield from sorted(found)


@code_rule(
    "T169",
    "rare-glyph-look-alike",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：生僻字和常用字字形相近，可能是扫描识别或输入法误选",
    "扫描件识别（OCR）或字符集较大的输入法，会把常用字认成、选成字形几乎相同的生僻字：“疫苗”成了“疫苖”、"
    "“明确”成了“眀确”、“事项”成了“亊项”。形近字取自字形本身的比对（不是人工列表）：生僻字和前后的字不成词，"
    "换成它的某一个形近常用字恰好成词时提示；人名、地名、书名和引文里的生僻字不提示。",
    bad=[
        variant("建立行业舆情日报制度", "建立行业舆情日报制度，推进疫[苖]接种"),
        variant("建立行业舆情日报制度", "建立行业舆情日报制度，[毎]周通报一次"),
        variant("建立行业舆情日报制度", "建立行业舆情日报制度，做好财务[嵇]核工作"),
    ],
    good=[
        GOOD,
        variant(
            "建立行业舆情日报制度",
            "建立行业舆情日报制度，张喆同志负责，推进疫苗接种，每周通报一次，做好财务稽核，嵇康的诗",
        ),
        variant("建立行业舆情日报制度", "建立行业舆情日报制度，组织到东渚港一线开展现场教学"),  # a port (r22)
    ],
)
def rare_glyph_look_alike(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # a page in traditional characters is read one character for one
    for at, meant in rare_glyph_slips(ctx.text, ctx.word_starts(hmm=False)):
        yield rule.finding(ctx.text, at, at + 1, (meant,))
