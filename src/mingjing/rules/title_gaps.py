"""A title in book marks with one character missing (T163): 《红星照中国》 for 《红星照耀中国》,
《中国共产党纪律分条例》 for 《中国共产党纪律处分条例》.

The marks 《》 say where a title begins and ends, so a dropped character is plain wherever it falls
(the first or last too, which T147 cannot read in running text). A title between the marks is read
against the titles a material cites (data/book_titles.yaml: the Party's regulations and key works,
the laws units cite, the national textbooks' reading lists) and against the material's own titles
in book marks written elsewhere: it is reported where it is no such title itself, exactly one title
of four characters or more gives it with one character dropped, and the material does not write
that full title at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

MAX_FITS = 2  # titles a gap may be read as: the written form is no title either way
MIN_TITLE = 4  # a title of three characters with one dropped leaves two: anything
_QUOTED = re.compile(r"《([^《》\n]{3,40})》")


@lru_cache(maxsize=1)
def known_titles() -> frozenset[str]:
    """The titles of data/book_titles.yaml."""
    data = load_data((Path(__file__).parent / "data" / "book_titles.yaml").read_text(encoding="utf-8"))
    return frozenset(str(t) for t in data["titles"])


def titles_holding(written: str) -> tuple[str, ...]:
    """The known titles that hold `written` (the whole title or a stretch of it)."""
    if len(written) < MIN_TITLE:
        return ()
    return tuple(t for t in known_titles() if written in t)


def _gapped(titles: frozenset[str] | set[str]) -> dict[str, set[str]]:
    """Each title with one character dropped → the titles that give it."""
    index: dict[str, set[str]] = {}
    for title in titles:
        if len(title) < MIN_TITLE:
            continue
        for i in range(len(title)):
            index.setdefault(title[:i] + title[i + 1 :], set()).add(title)
    return index


@lru_cache(maxsize=1)
def _known_gaps() -> dict[str, set[str]]:
    return _gapped(known_titles())


def title_gaps(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the full title) of every title in book marks with one character missing that exactly one
    title gives."""
    for start, end, fits in gap_fits(text):
        if len(fits) == 1:
            yield start, end, fits[0]


def gap_fits(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, the full titles) of every title in book marks with one character missing: one title, or
    two that both give it (round r20: 《中华人民共和国证法》 is 公证法 or 证券法, a slip either way)."""
    quoted = list(_QUOTED.finditer(text))
    own = {m.group(1) for m in quoted}
    own_gaps = _gapped(own)
    for m in quoted:
        title = m.group(1)
        if title in known_titles():
            continue
        fits = set(_known_gaps().get(title, ())) | (own_gaps.get(title, set()) - {title})
        if 1 <= len(fits) <= MAX_FITS:
            yield m.start(1), m.end(1), tuple(sorted(fits))


@code_rule(
    "T163",
    "title-missing-character",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：书名号里的书名或文件名漏了一个字",
    "书名号标出了书名的起止，漏掉的字不论在开头、中间还是末尾都能比出来（《红星照中国》应为"
    "《红星照耀中国》）。对照常被引用的党内法规、重要著作、法律和中小学名著导读书目，以及本材料"
    "别处书名号里的写法；只在书名号里的写法本身不是已知书名、正好有一个（或两个）书名少一个字与它相同时提示，"
    "两个时两个都列为建议。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我认真学习《[习近平著作选]》"),
        variant("我认真学习《习近平著作选读》", "我认真学习《习近平著作选读》《[中国共产党纪律分条例]》"),
        # two titles give it (公证法, 证券法): a slip either way, both offered (round r20)
        variant("我认真学习《习近平著作选读》", "我认真学习《[中华人民共和国证法]》"),
    ],
    good=[
        variant(
            "我认真学习《习近平著作选读》",
            "我认真学习《习近平著作选读》《中国共产党纪律处分条例》《纪律处分条例》《论语》《求是》"
            "《县志》《关于加强作风建设的通知》",
        ),
    ],
)
def title_missing_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, titles in gap_fits(ctx.text):
        yield rule.finding(ctx.text, start, end, titles)
