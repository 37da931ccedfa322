"""Classic everyday misspellings (T118): the 常见错别字 that every proofreading list holds — 关健 → 关键,
遗误 → 贻误, 饶幸 → 侥幸, 顽瘴固疾 → 顽瘴痼疾 — written by hand as data (data/misspellings_classic.yaml,
wrong → right in groups with a note), reported as a warning with the right form as the suggestion.

A wrong form is reported where it does not begin inside a word of its clause (the test T111 uses:
审批平均 holds no 批平). A group marked `guarded` holds misspellings that the dictionaries list as
words (关健 is also a person's name, 座落 an old form): such a form is reported only where rjieba's
segmentation cuts it off from both neighbours and no person's title follows it (关健同志, 关健书记).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set, cjk_ngrams
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data" / "misspellings_classic.yaml"
# what follows a person's name in these materials: a guarded form before one of them is a name
_TITLES = re.compile(
    r"(同志|书记|主任|局长|县长|市长|镇长|乡长|部长|处长|科长|所长|院长|校长|经理|委员|先生|女士|老师|主席|等同志)"
)

# 本 as "this" before a unit or a body (本所, 本院, 本单位, 本部门, 本人, 本次): a form ending in it ends a word early
_THIS_UNIT = re.compile(
    r"本(?:[所局院站馆校处室科队行司厂社部委办组股场]|单位|部门|系统|行业|地区|辖区|人|次|级|届|年度|职)"
)


@dataclass(frozen=True)
class Entry:
    wrong: str
    right: str
    note: str
    guarded: bool


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    """wrong → Entry, read once per process."""

    data = load_data(DATA.read_text(encoding="utf-8")) or {}
    out: dict[str, Entry] = {}
    for group in data.get("groups", []):
        guarded = bool(group.get("guarded", False))
        for wrong, right in (group.get("swap") or {}).items():
            out[str(wrong)] = Entry(str(wrong), str(right), str(group["note"]), guarded)
    return out


@lru_cache(maxsize=1)
def _by_first_two() -> dict[str, tuple[str, ...]]:
    """Wrong forms by their first two characters, longest first."""
    index: dict[str, list[str]] = {}
    for w in entries():
        index.setdefault(w[:2], []).append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def _first_two() -> frozenset[str]:
    return frozenset(_by_first_two())


@lru_cache(maxsize=1)
def _listed_elsewhere() -> tuple[Mapping[str, str], frozenset[str]]:
    """T111's generated lexicon, and the wrong forms of T111's hand lexicon and of the data rules'
    swap lists (T101–T103 …): a longer wrong form of theirs that covers a hit is reported by them."""
    from mingjing.rules.engines import Substitution
    from mingjing.rules.misspellings import _generated
    from mingjing.rules.misspellings import entries as t111_entries
    from mingjing.rules.registry import review_rules

    listed = {w for r in review_rules() if isinstance(r.matcher, Substitution) for w in r.matcher.swap}
    return _generated(), frozenset(listed | set(t111_entries(include_generated=False)))


_LONGEST_LISTED = 8


def _covered(text: str, start: int, end: int) -> bool:
    """Whether a wrong form another rule lists (T111, the data rules) covers text[start:end]."""
    generated, listed = _listed_elsewhere()
    for n in range(end - start, _LONGEST_LISTED + 1):
        for i in range(max(0, end - n), start + 1):
            piece = text[i : i + n]
            if piece in listed or piece in generated:
                return True
    return False


def _reportable(text: str, start: int, end: int, entry: Entry) -> bool:
    from mingjing.rules.misspellings import _stands_alone
    from mingjing.rules.word_slips import stands_apart

    if _covered(text, start, end):
        return False
    if text[end - 1] == "本" and _THIS_UNIT.match(text, end - 1):
        return False  # 跟本所的新规定: 跟 and 本所 (this institute), no 根本
    if not entry.guarded:
        return _stands_alone(text, start, end)
    return stands_apart(text, start, end) and not _TITLES.match(text, end)


def classic_slips(text: str, grams2: Iterable[str] | None = None) -> Iterator[tuple[int, int, Entry]]:
    """Wrong forms that may be reported, left to right, the longest at each place, never overlapping;
    looked up only where the text's two-character n-grams (`grams2`) meet their first two characters."""
    index = _by_first_two()
    candidates: list[tuple[int, int, str]] = []
    for key in _first_two().intersection(cjk_ngrams(text, 2) if grams2 is None else grams2):
        for m in re.finditer(key, text):
            i = m.start()
            candidates += [(i, i + len(w), w) for w in index[key] if text.startswith(w, i)]
    table = entries()
    after = 0
    for i, end, w in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if i >= after and _reportable(text, i, end, table[w]):
            yield i, end, table[w]
            after = end


@lru_cache(maxsize=1)
def wrong_forms() -> frozenset[str]:
    """Every wrong form of the list (T116 leaves these to T118)."""
    return frozenset(entries())


@code_rule(
    "T118",
    "classic-misspelling",
    "typo",
    "warning",
    "“{match}”疑为错别字，应为“{suggestion}”（{note}）",
    "常见错别字表里的经典误写（关健→关键、遗误→贻误、饶幸→侥幸、顽瘴固疾→顽瘴痼疾……），逐条写成数据，"
    "每条都在全部干净材料上核对过；词典里也收了的误写（关健也是人名）只在它与前后文都不成词、后面不跟职务时提示。",
    bad=[
        variant("我对关键技术问题心中无数。", "我对“[关健]少数”的监督心中无数。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，[遗误]了处置时机。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，存在[饶幸]心理。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，整治[顽瘴固疾]决心不大。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，贻误了处置时机，存在侥幸心理。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，关健同志提出了意见。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，习惯按老办法登记，跟本所的新规定对不上。"),
    ],
)
def classic_misspelling(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, entry in classic_slips(ctx.text, cjk_bigram_set(ctx.text)):
        yield rule.finding(ctx.text, start, end, (entry.right,), note=entry.note)
