"""A character dropped inside a negated predicate (T149): 执行不位 for 执行不到位, 落实不底 for 不彻底.

The genre closes its problems with 不 + a two-character predicate (不到位, 不彻底, 不扎实); when the
first character of the predicate is dropped, 不 is left before a character that cannot be negated: a
measure word, a noun or a place word (位, 底, 场). The forms are generated from jieba's dictionary
(data/negation_gaps.tsv, scripts/generate_negation_gaps.py): every verb or adjective of two characters
whose second character is tagged noun, measure, place or numeral there and makes no word with 不 gives
one gapped form. A place is reported where such a pair stands alone at the end of a clause (a mark
follows it), is not a classical 而不 and not a potential complement (跟不上). The suggestion prefers a
predicate the document itself negates elsewhere, then one the rules' data negates (不到位 in the stock
phrases), then the most frequent one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "negation_gaps.tsv"  # scripts/generate_negation_gaps.py
NOISE = 5  # jieba's dictionary carries misspellings as entries of frequency 3
_GAP = re.compile(r"不(?<=[\u4e00-\u9fff]不)(?<!而不)(?P<c>[\u4e00-\u9fff])(?=[，。；、！？,;!?])")


@lru_cache(maxsize=1)
def gapped_predicates() -> dict[str, tuple[str, ...]]:
    """Second character of a predicate → the predicates it ends, most frequent first."""
    table: dict[str, tuple[str, ...]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, words = line.split("\t")
            table[char] = tuple(words.split())
    return table


# characters the genre negates as predicates of their own (结构不优, 业务不精, 数据不实, 作风不严): 不 + one
# of them is whole, though the dictionary tags the character a noun or lacks the pair (r23)
_OWN_PREDICATES = frozenset("优精实佳细硬稳准全深广快新热冷多少高低好坏强弱严松勤廉正清明")


def negation_gaps(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, predicate) of every 不 + character that is a negated predicate short of a character."""
    table = gapped_predicates()
    for m in _GAP.finditer(text):
        words = table.get(m.group("c"))
        if not words or m.group("c") in _OWN_PREDICATES or dictionary_freq(m.group()) > NOISE:
            continue
        used = [w for w in words if "不" + w in text]
        genre = [w for w in words if "不" + w in _shipped_text()]
        yield m.start(), m.end(), (used or genre or list(words))[0]


@lru_cache(maxsize=1)
def _shipped_text() -> str:
    """The rules' own data files (formulations, stock phrases, confusions): the genre's wording."""
    here = Path(__file__).parent
    files = sorted((here / "data").glob("*.yaml")) + sorted((here / "packs").glob("*.yaml"))
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


@code_rule(
    "T149",
    "negation-missing-character",
    "typo",
    "warning",
    "“{match}”不成词，疑漏了一个字（如“{suggestion}”）或打错了字",
    "材料常用“不”加两个字的说法收尾（不到位、不彻底、不扎实），漏掉中间一个字，“不”后面就只剩"
    "量词、名词或方位词（不位、不底），读不通；“不”后打错的字（不旱）也是这样。只在这两个字不是词、后面紧跟标点时提示；"
    "“学而不思”这类文言说法和“跟不上”这类补语不提示。",
    bad=[
        variant("学用结合不紧。", "学用结合不紧，整改落实[不位]。"),
    ],
    good=[
        variant("学用结合不紧。", "学用结合不紧，整改落实不到位。"),
        variant("学用结合不紧。", "学用结合不紧，学而不思。"),
    ],
)
def negation_missing_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, word in negation_gaps(ctx.text):
        yield rule.finding(ctx.text, start, end, ("不" + word,))
