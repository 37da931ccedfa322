"""A member of a catalogued series one character off next to other members written right, the list
written in part (F215): 坚持党的领导、坚持人民至上、坚持理论创新、坚持独立自立等 (坚持独立自主),
保居民就业、保基本民生、保市场主力 (保市场主体), 党史、新中国史、改革发展史 (改革开放史).

F155 reads a series once its run holds the series' `min_parts`; materials often cite a long series
(十个坚持, 六保, 十四个坚持) by three or four of its members only. F215 reads every series of
data/formula_series.yaml and of the sector catalogue (rules/formulation_series._all): where two or more
of its members stand written right, joined by 、 or ，, the stretch right after the run (or right before
it, past one mark) as long as a member not in the run is read against that member: one character
changed, not a conjunction, a particle or a numeral, and the stretch no member itself, is reported.
Runs that hold the series' `min_parts` less one or more are F155's and left to it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.formulation_series import _all
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_MARKS = "、，"
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_LOOSE = frozenset("和与及同并的之地得了着一二两三四五六七八九十")
MIN_MEMBER = 3


@lru_cache(maxsize=1)
def _series() -> tuple[tuple[tuple[str, ...], int], ...]:
    """(parts, min_parts) of every series with members of three characters or more."""
    return tuple(
        (parts, need) for _, parts, need in _all() if min(map(len, parts)) >= MIN_MEMBER and len(parts) >= 3
    )


@lru_cache(maxsize=1)
def _members() -> tuple[tuple[int, str, frozenset[str]], ...]:
    """(series, member, the member's runs of two Chinese characters) of every member of every series."""
    return tuple(
        (k, p, frozenset(g for i in range(len(p) - 1) if _CJK_PAIR.fullmatch(g := p[i : i + 2])))
        for k, (parts, _) in enumerate(_series())
        for p in parts
    )


def _one_off(written: str, member: str) -> bool:
    diffs = [i for i, (a, b) in enumerate(zip(written, member, strict=True)) if a != b]
    return len(diffs) == 1 and written[diffs[0]] not in _LOOSE and member[diffs[0]] not in _LOOSE


def _runs(text: str, parts: tuple[str, ...]) -> list[list[tuple[int, int, str]]]:
    """The series' members found in the text, grouped in runs joined by one mark each."""
    found = sorted((m, m + len(p), p) for p in parts for m in _finds(text, p))
    runs: list[list[tuple[int, int, str]]] = []
    for hit in found:
        if runs and runs[-1][-1][1] + 1 == hit[0] and text[hit[0] - 1] in _MARKS:
            runs[-1].append(hit)
        else:
            runs.append([hit])
    return runs


def _finds(text: str, part: str) -> Iterator[int]:
    k = text.find(part)
    while k >= 0:
        yield k
        k = text.find(part, k + 1)


def member_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the member) of every member one character off beside a run of its series."""
    bigrams = cjk_bigram_set(text)
    present: dict[int, int] = {}
    for k, _, grams in _members():  # a member is in the text only if all its runs of two are
        if grams <= bigrams:
            present[k] = present.get(k, 0) + 1
    seen: set[int] = set()
    for k in sorted(k for k, n in present.items() if n >= 2):
        parts, need = _series()[k]
        for run in _runs(text, parts):
            held = {p for _, _, p in run}
            if len(held) < 2 or len(held) + 1 >= need:
                continue
            start, end = run[0][0], run[-1][1]
            for member in parts:
                if member in held:
                    continue
                n = len(member)
                spots = []
                if end < len(text) and text[end] in _MARKS:
                    spots.append(end + 1)
                if start > n and text[start - 1] in _MARKS:
                    spots.append(start - 1 - n)
                for at in spots:
                    written = text[at : at + n]
                    if at not in seen and written not in parts and _one_off(written, member):
                        seen.add(at)
                        yield at, at + n, member


@code_rule(
    "F215",
    "series-member-one-off",
    "formulation",
    "warning",
    "“{match}”疑为“{suggestion}”：同一固定提法的其他几项都写对了，这一项错了一个字",
    "党的文件中成组的提法（“十个坚持”“六保”“四史”等）常只引其中几项。几项写得一字不差、紧挨着的一项"
    "与该组另一项只差一个字时，多半是错字（坚持党的领导、坚持人民至上、坚持独立自立：应为坚持独立自主）。"
    "连词、助词和数字不同的不算。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我对保居民就业、保基本民生、[保市场主力]等要求落实不够"),
    ],
    good=[
        variant("我认真学习《习近平著作选读》", "我对保居民就业、保基本民生、保市场主体等要求落实不够"),
    ],
)
def series_member_one_off(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, member in member_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (member,))
