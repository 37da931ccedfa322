"""A character outside GB 2312 put for its everyday look-alike (T169): 疫苖 → 疫苗, 眀确 → 明确,
亊项 → 事项, 毎年 → 每年.

A scan read by an engine of a larger character set, or an input method set to GBK, puts a rare character
for an everyday one drawn almost alike; the glyph tables of GB 2312 have no row for it, so the pair rules
(T157, T116) never propose the everyday one. The rare characters' look-alikes are generated from the glyphs
(scripts/generate_rare_glyph_twins.py → data/rare_glyph_twins.tsv: the three nearest of GB 2312's level 1).
The text's characters outside GB 2312 are found once for T127 and here (`uncommon_characters`); one of
them is reported where

- it has a row (a traditional character with one simplified form is T127's: 査 → 查 is left to it);
- one of its look-alikes, and only one, makes a word of jieba's dictionary of WORD_MIN or more with the
  characters to its left or right (two to four characters: 疫苗, 明确, 每年), or a term of the genre
  lexicon, where the rare character makes none;
- no surname stands right before the rare character (张喆, 王堃: a given name's rare character), no post title or 同志 follows, no place's suffix
  (村, 镇, 县 …) follows, and it is inside no title in 《》 and no long quotation (a classical text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "rare_glyph_twins.tsv"
WORD_MIN = 50  # jieba frequency of the word the look-alike makes (疫苗, 事项 far more)
QUOTE_LONG = 8  # a quoted span this long is a quotation (a classical text may hold rare characters)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PLACE_SUFFIXES = frozenset("村镇乡县市区街路巷山河江湖庄屯寨坪沟湾")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from mingjing.rules.glyph_look_alikes import neighbour_table

    return {c: entry[0] for c, entry in neighbour_table(TABLE).items()}


def rare_twins(ch: str) -> str:
    """The everyday characters drawn most like the rare `ch`, best first ('' for one without a row)."""
    return _table().get(ch, "")


def _word(word: str) -> int:
    """jieba's frequency of `word`; a genre term counts as WORD_MIN. (jieba's tags are no guide to names
    here: it tags 道德 and 苗木 nr; the name gates look at the text instead.)"""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.genre_lexicon import genre_term_set

    return dictionary_freq(word) or (WORD_MIN if word in genre_term_set() else 0)


def _best_word(text: str, at: int, ch: str) -> int:
    """The frequency of the best word `ch` makes at `at` with the characters around it (two to four
    characters, every one of them Chinese)."""
    best = 0
    for left in range(0, 4):
        for right in range(0, 4 - left):
            if left + right == 0 or at - left < 0 or at + right >= len(text):
                continue
            word = text[at - left : at] + ch + text[at + 1 : at + right + 1]
            if all(_CJK.match(c) for c in word):
                best = max(best, _word(word))
    return best


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
    if text[at + 1 : at + 2] in _PLACE_SUFFIXES or text[at + 2 : at + 3] in _PLACE_SUFFIXES:
        return True
    return any(PERSON_TITLES.match(text, k) for k in (at + 1, at + 2))


def rare_glyph_slips(text: str) -> Iterator[tuple[int, str]]:
    """(offset, everyday character) of every rare character written for its look-alike, left to right."""
    from mingjing.rules.lone_traditional import _only_traditional, uncommon_characters

    places = uncommon_characters(text)
    if not places:
        return
    table, traditional = _table(), _only_traditional()
    for at in places:
        ch = text[at]
        twins = table.get(ch)
        if not twins or ch in traditional or _best_word(text, at, ch):
            continue
        fits = [(f, t) for t in twins if (f := _best_word(text, at, t)) >= WORD_MIN]
        if len(fits) != 1 or _a_name_or_place(text, at) or _inside_title_or_quotation(text, at):
            continue
        yield at, fits[0][1]


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
        variant("建立行业舆情日报制度", "建立行业舆情日报制度，推进[疫苖]接种"),
        variant("建立行业舆情日报制度", "建立行业舆情日报制度，[毎]周通报一次"),
    ],
    good=[
        GOOD,
        variant("建立行业舆情日报制度", "建立行业舆情日报制度，张喆同志负责，推进疫苗接种，每周通报一次"),
    ],
)
def rare_glyph_look_alike(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # a page in traditional characters is read one character for one
    for at, meant in rare_glyph_slips(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, (meant,))
