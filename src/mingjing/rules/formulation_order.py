"""Fixed ordered lists written in another order (F177): 自身硬、自身正、自身净 for 自身正、自身净、自身硬,
共建共商共享 for 共商共建共享, 预防为主、安全第一、综合治理 for 安全第一、预防为主、综合治理.

The lists are data/ordered_lists.yaml (public documents and laws, each with its source). A run of all
the members of a list, each once, joined by 、，, or by nothing (quotation marks around a member
allowed), in any order but the list's own, is flagged; the fix keeps the run's marks and puts the
members in order. Every permutation is caught, not only two members swapped (F169 reads swaps in its
sayings). A list is looked at only when the document's set of two-character runs holds the head of
every member, so the review walks no text for the lists a material does not quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "ordered_lists.yaml"
# what may stand between two members: a closing mark, a list mark, an opening mark, each optional
_SEP = '[”’"]?[、，,]?[“‘"]?'


@dataclass(frozen=True)
class OrderedList:
    members: tuple[str, ...]

    @cached_property
    def heads(self) -> tuple[str, ...]:
        """What the text must hold for the list to be there: a member's first two characters, or the
        member itself when it is one character."""
        return tuple(m[:2] for m in self.members)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        one = "|".join(re.escape(m) for m in sorted(self.members, key=len, reverse=True))
        n = len(self.members)
        return re.compile(f"(?:{one})(?:{_SEP}(?:{one})){{{n - 1}}}")

    @cached_property
    def member(self) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(m) for m in sorted(self.members, key=len, reverse=True)))


@lru_cache(maxsize=1)
def ordered_lists() -> tuple[OrderedList, ...]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    return tuple(OrderedList(tuple(str(m) for m in item["members"])) for item in data["lists"])


@lru_cache(maxsize=1)
def _members_by_pair() -> dict[str, tuple[str, ...]]:
    """Every member of three characters or more of the ordered lists and of the series
    (rules/formulation_series.py), by each two characters it holds (round r20)."""
    from mingjing.rules.formulation_series import _all

    members = {m for lst in ordered_lists() for m in lst.members}
    members |= {p for _, parts, _ in _all() for p in parts}
    out: dict[str, set[str]] = {}
    for m in members:
        if len(m) >= 3:
            for k in range(len(m) - 1):
                out.setdefault(m[k : k + 2], set()).add(m)
    return {pair: tuple(sorted(v)) for pair, v in out.items()}


def listed_member_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a member of a listed list or series written whole there
    (降成本 of 去产能、去库存、去杠杆、降成本、补短板; 治治病 of 洗洗澡、治治病): the formulation's own wording."""
    for m in _members_by_pair().get(text[start : start + 2], ()):
        k = m.find(text[start : start + 2])
        while k >= 0:
            if start >= k and end - start + k <= len(m) and text.startswith(m, start - k):
                return True
            k = m.find(text[start : start + 2], k + 1)
    return False


@dataclass(frozen=True)
class Disorder:
    start: int
    end: int
    suggestion: str
    right: str  # the list in its order, joined by 、


def find(text: str, grams: frozenset[str] | None = None) -> Iterator[Disorder]:
    """Every run of all the members of a list in an order not the list's own."""
    grams = cjk_bigram_set(text) if grams is None else grams
    for lst in ordered_lists():
        if not all((h in grams) if len(h) == 2 else (h in text) for h in lst.heads):
            continue
        for m in lst.regex.finditer(text):
            pieces = list(lst.member.finditer(m.group()))
            written = [p.group() for p in pieces]
            if sorted(written) != sorted(lst.members) or tuple(written) == lst.members:
                continue
            run = m.group()
            out, last = [], 0
            for p, right in zip(pieces, lst.members, strict=True):
                out.append(run[last : p.start()] + right)
                last = p.end()
            out.append(run[last:])
            yield Disorder(m.start(), m.end(), "".join(out), "、".join(lst.members))


@code_rule(
    "F177",
    "fixed-list-order",
    "formulation",
    "warning",
    "“{match}”的次序与固定提法不符，应为“{suggestion}”",
    "党的文件和法律中成串的提法（自身正、自身净、自身硬；共商共建共享；安全第一、预防为主、综合治理；"
    "德智体美劳；产业兴旺、生态宜居、乡风文明、治理有效、生活富裕）次序是固定的。"
    "各项都写全而次序不同时提示，只写其中几项的正常行文不提示。",
    bad=[
        variant("一是调查研究不够深入。", "一是做到“[自身净、自身正、自身硬]”的标准不高，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是对[共享共建共商]的原则理解不深，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。", "一是落实[预防为主、综合治理、安全第一]的方针不力，调查研究不够深入。"
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是做到“自身正、自身净、自身硬”的标准不高，对共商共建共享的原则、安全第一和预防为主理解不深，"
            "调查研究不够深入。",
        ),
    ],
)
def fixed_list_order(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for d in find(ctx.text):
        yield rule.finding(ctx.text, d.start, d.end, (d.suggestion,))
