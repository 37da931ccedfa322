"""A traditional character in a text written in simplified ones (T127).

A page wholly in traditional characters (a mirror site's copy) is read as simplified, one character for
one (mingjing.traditional), and gets no finding for its script: it is written in one script throughout.
A few traditional characters among simplified ones are slips of an input method or of a pasted phrase
(一丝不茍 aside, 严以修身、嚴以用权), and each gets the simplified form as its suggestion. The characters
are those of OpenCC's TSCharacters dictionary with exactly one simplified form other than themselves
(覆 → 覆/复 and 於 → 于/於 are simplified characters too and are left alone).
"""

from __future__ import annotations

import codecs
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import kept
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_UNCOMMON = "mingjing-uncommon"  # the codec error handler that lists the characters GB 2312 lacks
_MANY = 8  # this many or more: a page of mixed script (a quoted traditional passage), one finding


def _collect(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    _found.extend(range(error.start, error.end))
    return "", error.end


_found: list[int] = []
_LOCK = threading.Lock()
codecs.register_error(_UNCOMMON, _collect)


def uncommon_characters(text: str) -> tuple[int, ...]:
    """Offsets of the text's characters outside GB 2312 (traditional characters, rare glyphs, marks such
    as emoji), found by encoding the text once in C: the handler is called only where a character has
    no code. Kept for the last document (T127 and T128 ask about the same text)."""

    def make(t: str) -> tuple[int, ...]:
        with _LOCK:
            _found.clear()
            t.encode("gb2312", _UNCOMMON)
            return tuple(_found)

    return kept("uncommon-characters", text, make)


@lru_cache(maxsize=1)
def _only_traditional() -> dict[str, str]:
    """The traditional characters that have one simplified form other than themselves, and that form."""
    from mingjing.traditional import ts_characters

    return {c: forms[0] for c, forms in ts_characters().items() if len(forms) == 1 and forms[0] != c}


def lone_traditional(text: str) -> list[tuple[int, str]]:
    """(offset, simplified form) of every traditional character of the text, and of every 於 written
    where the simplified text writes 于 (习惯於, 由於: the character before makes a word with 于)."""
    table = _only_traditional()
    found = [(at, table[text[at]]) for at in uncommon_characters(text) if text[at] in table]
    if "於" in text:
        found = sorted(found + [(at, "于") for at in _preposition_yu(text)])
    return found


_YU_WORD = 100  # 由于, 善于 are thousands in jieba's dictionary; 请于 (42) is met beside a surname too


def _word(word: str) -> bool:
    import rjieba

    return bool(rjieba.has_word(word)) and rjieba.suggest_freq(word) > _YU_WORD


def _preposition_yu(text: str) -> Iterator[int]:
    """Offsets of 於 used as the preposition 于: one or two characters before it make a word of jieba's
    dictionary with 于 (由于, 习惯于, 善于; frequency over 100). 於 is a simplified character only as a surname (於先生)."""
    at = text.find("於")
    while at >= 0:
        if any(
            at >= k and "\u4e00" <= text[at - k] <= "\u9fff" and _word(text[at - k : at] + "于")
            for k in (1, 2)
        ):
            yield at
        at = text.find("於", at + 1)


@code_rule(
    "T127",
    "traditional-character",
    "typo",
    "warning",
    "“{match}”是繁体字，应为“{suggestion}”",
    "简体材料里夹着个别繁体字（嚴、實、後），多是输入法切换或粘贴带来的，按简体改。整篇用繁体写的（镜像网站的"
    "转载）字体一致，不逐字提示；简体里夹了成段繁体的，只提示一次并给出个数。",
    bad=[variant("一是学得不够深", "一是学得不够[實]"), variant("一是学得不够深", "一是习惯[於]按程序处罚")],
    good=[variant("一是学得不够深", "一是学得不够实，实现全覆盖，请於老师讲课")],
)
def traditional_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    hits = lone_traditional(ctx.text)
    if len(hits) >= _MANY:
        at, simple = hits[0]
        finding = rule.finding(ctx.text, at, at + 1, (simple,))
        finding.message = (
            f"简体材料里有{len(hits)}个繁体字（第一个是“{ctx.text[at]}”，应为“{simple}”），请统一为简体"
        )
        yield finding
        return
    for at, simple in hits:
        yield rule.finding(ctx.text, at, at + 1, (simple,))
