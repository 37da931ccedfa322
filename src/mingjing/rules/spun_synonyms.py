"""Spun synonyms inside a collocation (F161): 服务看法 → 服务态度, 组织支配 → 组织安排, 深化群众 →
深入群众, 调查探讨 → 调查研究, 主要表此刻 → 表现在, 功不行没 → 功不可没.

Synonym spinners (伪原创) and careless rewriters put a near-synonym for a word without looking at its
neighbours. Every word stays a dictionary word, so spelling lists see nothing; only the company is
wrong. The pairs they swap are data/spun_synonyms.yaml (`WORD SPUN`). A SPUN of the text is reported
when the characters right before or after it make a known compound with WORD (jieba's dictionary,
pypinyin's phrases, the genre's collocations: data/collocations.yaml and the file's own list) and
make none with SPUN. A one-character pair is read only inside a four-character set phrase. The
finding names the compound that made it suspicious (docs/review-collocations.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.postag import CLAUSE, tag
from mingjing.rules.sample import GOOD
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "spun_synonyms.yaml"
WINDOW = 12  # characters of the clause tagged on each side of the candidate
REACH = (2, 1)  # characters of the neighbour read beside a two-character word, longer first
_CJK = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """spun word → the words it stands for; the file's own collocations."""
    data = load_data(TABLE.read_text(encoding="utf-8"))
    spun: dict[str, list[str]] = {}
    for line in data["pairs"]:
        word, other = str(line).split()
        spun.setdefault(other, []).append(word)
    return {k: tuple(v) for k, v in spun.items()}, frozenset(str(c) for c in data["collocations"])


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(_table()[0], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _phrases() -> frozenset[str]:
    from pypinyin.constants import PHRASES_DICT

    from mingjing.rules.near_twin import collocations

    return frozenset({p for p in PHRASES_DICT if 3 <= len(p) <= 7} | set(collocations()) | _table()[1])


@lru_cache(maxsize=65536)
def _known(s: str) -> bool:
    """A compound of three or more characters any of the dictionaries holds."""
    import rjieba

    return s in _phrases() or bool(rjieba.has_word(s))


def _chinese(s: str) -> bool:
    return bool(_CJK.fullmatch(s))


def spun_words(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the collocation to write, the collocation as written) for each spun synonym."""
    table = _table()[0]
    for m in _pattern().finditer(text):
        s, e, spun = m.start(), m.end(), m.group()
        for word in table[spun]:
            found = _single(text, s, word) if len(spun) == 1 else _beside(text, s, e, word)
            if found:
                yield found
                break


def _beside(text: str, s: int, e: int, word: str) -> tuple[int, int, str, str] | None:
    spun = text[s:e]
    own = _table()[1]
    for k in REACH:
        left = text[max(0, s - k) : s]
        if _fits(left, k, word, spun) and (left + word in own or _noun_beside(text, s - k, s, e)):
            return s - k, e, left + word, left + spun
        right = text[e : e + k]
        if (
            _fits(right, k, word, spun, after=True)
            and not _runs_on(text, e, e + k)
            and (word + right in own or _noun_beside(text, e, e + k, s))
        ):
            return s, e + k, word + right, spun + right
    return None


def _fits(side: str, k: int, word: str, spun: str, after: bool = False) -> bool:
    """Whether `side` (k Chinese characters) makes a known compound with `word` and none with `spun`."""
    if len(side) != k or not _chinese(side):
        return False
    joined, written = (word + side, spun + side) if after else (side + word, side + spun)
    return _known(joined) and not _known(written)


def _runs_on(text: str, a: int, b: int) -> bool:
    """Whether the neighbour text[a:b] opens a longer compound of the dictionaries written on (调查 of
    深化调查研究): the spun word then goes with that compound, not with the neighbour alone."""
    return any(_known(text[a : b + j]) for j in (1, 2) if _chinese(text[a : b + j]))


def _noun_beside(text: str, a: int, b: int, other: int) -> bool:
    """Whether text[a:b] is a whole word tagged as a noun (or verbal noun) and the spun word
    beside it (from or to `other`) a whole word too, in the clause's tagging."""
    lo, hi = min(a, other), max(b, other)
    begin = max(0, lo - WINDOW)
    clause = next(
        (c for c in CLAUSE.finditer(text, begin, hi + WINDOW) if c.start() <= lo and hi <= c.end()), None
    )
    if clause is None:
        return False
    cuts: dict[int, tuple[int, str]] = {}
    at = clause.start()
    for w, t in tag(clause.group()):
        cuts[at] = (at + len(w), t)
        at += len(w)
    span = cuts.get(a)
    if not span or span[0] != b or not (span[1].startswith("n") or span[1] == "vn"):
        return False
    s, e = (other, a) if other < a else (b, other)
    return s in cuts and cuts[s][0] == e


def _single(text: str, i: int, word: str) -> tuple[int, int, str, str] | None:
    for a in range(max(0, i - 3), i + 1):
        window = text[a : a + 4]
        if len(window) < 4 or not _chinese(window):
            continue
        phrase = window[: i - a] + word + window[i - a + 1 :]
        if len(phrase) == 4 and _known(phrase) and not _known(window):
            return a, a + 4, phrase, window
    return None


@code_rule(
    "F161",
    "spun-synonym-in-collocation",
    "formulation",
    "warning",
    "“{match}”疑为“{suggestion}”：“{suggestion}”是固定搭配，“{spun}”换了近义词后不成搭配",
    "伪原创改写或粗心替换近义词后，每个字词都是对的，只是搭配错了（服务态度写成服务看法，调查研究写成调查探讨，"
    "表现在写成表此刻）。这里对照常被互换的近义词表：文中的词与前后的字组不成词，而换回原词能组成词典或本类材料"
    "的固定搭配时提示，并给出那个搭配。",
    bad=[
        "窗口单位的[服务看法]还有待改进。",
        "对[组织支配]的工作不讲条件。",
        "没有经常[深化群众]听取意见。",
        "很少开展[调查探讨]，决策缺少依据。",
        "存在的问题主要[表此刻]三个方面。",
        "这些成绩的取得，全体干部[功不行没]。",
    ],
    good=[
        GOOD,
        "窗口单位的服务态度还有待改进。",
        "对组织安排的工作不讲条件。",
        "没有经常深入群众听取意见。",
        "听取了大家对这个问题的看法。",
        "进一步深化改革，常常反思自己。",
        "此刻我深感责任重大。",
        "坚持改进作风文风，深化调查研究。",  # 深化 goes with 调查研究, not with 调查 alone
    ],
)
def spun_synonym(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, phrase, written in spun_words(text):
        yield rule.finding(text, start, end, (phrase,), spun=written)
