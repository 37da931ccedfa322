"""Characters a scanned page reads for their look-alikes (T133).

A page that went through OCR before it was pasted (a printed material typed in by a program) carries
misreadings no writer makes: 问 for 间 (时问, 空问), 儿 for 几 before a measure (以下儿点). Each is read
where the right character makes a common word and the written one makes none:

- **问 for 间**: the character before 问 makes a word of jieba's dictionary with 间 of frequency
  WORD_MIN or more (时间, 期间, 之间, 空间, 房间 …) and none with 问, and is no numeral (一问二查); it
  closes no word begun before it (同时问, 临时问, 当时问 are 同时 + 问); 问 heads no word with what
  follows (时问题 is 问题 …) and does not close its clause (找不到人问: the verb);
- **儿 for 几 before a measure** (点, 个, 条, 项, 次, 年, 天, 种, 位, 名, 件, 句, 方面): the character
  before 儿 makes no word with it (这儿, 那儿, 女儿, 孩儿 stay quiet) and is no numeral.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 1000  # 时间, 期间, 空间 … are tens of thousands in jieba's dictionary
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MEASURE = re.compile(r"(?:点|个|条|项|次|年|天|种|位|名|件|句|方面)")
_NUMERALS = frozenset("一二三四五六七八九十百千万两零〇几")


@lru_cache(maxsize=4096)
def _freq(word: str) -> int:
    import rjieba

    return rjieba.suggest_freq(word) - 1 if rjieba.has_word(word) else 0


def _closes_word(text: str, at: int) -> bool:
    """Whether the character at `at` closes a word of jieba's dictionary begun one or two before it."""
    return any(at >= k and _CJK.match(text[at - k]) and _freq(text[at - k : at + 1]) > 5 for k in (1, 2))


def scan_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of every misreading of a scan, left to right."""
    found: list[tuple[int, int, str]] = []
    at = text.find("问", 1)
    while at >= 0:
        c = text[at - 1]
        if (
            _CJK.match(c)
            and c not in _NUMERALS
            and _CJK.match(text[at + 1 : at + 2] or " ")  # 找不到人问”: 问 closing its clause is the verb
            and _freq(c + "间") >= WORD_MIN
            and not _freq(c + "问")
            and not _closes_word(text, at - 1)
            and not _freq(text[at : at + 2])
        ):
            found.append((at - 1, at + 1, c + "间"))
        at = text.find("问", at + 1)
    at = text.find("儿", 1)
    while at >= 0:
        c = text[at - 1]
        if (
            _MEASURE.match(text, at + 1)
            and _CJK.match(c)
            and c not in _NUMERALS
            and not _freq(c + "儿")
            and not _closes_word(text, at)
        ):
            found.append((at, at + 1, "几"))
        at = text.find("儿", at + 1)
    yield from sorted(found)


@code_rule(
    "T133",
    "scan-misreading",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：扫描识别（OCR）常把这两个字认混",
    "扫描件经文字识别后粘贴的材料，会留下人不会写错的字：“间”认成“问”（时问、期问），“几”认成“儿”（以下儿点）。"
    "只在正确的字能组成常用词、原样不成词，前后也没有别的词把它们分开时提示（同时问、这儿、女儿不提示）。",
    bad=[
        variant("按照县委要求", "按照县委要求，落款由署名和[时问]组成"),
        variant("按照县委要求", "按照县委要求，要做到以下[儿]点"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，落款由署名和时间组成，要做到以下几点，同时问清情况，临时问题及时处理，这儿个别人，女儿点头，"
            "一问二查三交代，找不到人问。",
        ),
    ],
)
def scan_misreading(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in scan_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,))
