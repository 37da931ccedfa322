"""A member of a fixed series rewritten at another length while the others stand as written (F199):
房子是用来住的、不是用来投资的 for 不是用来炒的, 管生产必须管安全 for 管生产经营必须管安全, 各民族之间也相互离不开 for
各少数民族之间也相互离不开.

F155 and F169 read a member one character off at its own length; this reads the member that grew or
shrank by one or two characters and keeps the rest of it (its first and last characters together at
least three, and all but two of the member's). Every series of data/formula_series.yaml and of each
sector's catalogue (rules/sector_formulas.py) is read, with no code per entry: the member after the part
before it and a separator (or, for the first member, before a separator and the part after it), the
other parts of the series in the text as written. A series whose missing part F155 already reads (four
parts or more) is left to F155; members shorter than four characters change too freely to be read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.formulation_series import _all
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.named_series import MemberSlip as Slip
from mingjing.rules.named_series import member_findings
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_SEPARATORS = "、，"
_MIN_PART = 4
_SLACK = 2  # characters the member may gain or lose
_LOOSE = str.maketrans("", "", "的之地和与及并")


@dataclass(frozen=True)
class _Slot:
    name: str
    parts: tuple[str, ...]
    k: int  # the member read
    anchor: str  # the part next to it, as written
    after: bool  # whether the member follows the anchor


@lru_cache(maxsize=1)
def _slots() -> tuple[_Slot, ...]:
    out = []
    for name, parts, need in _all():
        if need < len(parts) or len(set(parts)) < len(parts):
            continue  # F155 reads a missing part of this one
        for k, part in enumerate(parts):
            if len(part) < _MIN_PART:
                continue
            if k > 0:
                out.append(_Slot(name, parts, k, parts[k - 1], True))
            elif len(parts) > 1:
                out.append(_Slot(name, parts, k, parts[1], False))
    return tuple(out)


def shared_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters two strings share at their start and, not overlapping it, at their end."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, s


def _near(run: str, part: str) -> bool:
    """Whether `run`, of another length, is `part` with one or two characters put in, dropped or changed,
    its first and last characters kept."""
    if len(run) == len(part) or abs(len(run) - len(part)) > _SLACK:
        return False
    if run.translate(_LOOSE) == part.translate(_LOOSE):
        return False  # a particle or a conjunction more or less (金融工作政治性 / 金融工作的政治性)
    if run.replace("\n", "") == part:
        return False  # the member as written, cut by a line end (round r20: 以案\n促改)
    p, s = shared_ends(run, part)
    shared = p + s
    return p >= 1 and s >= 1 and shared >= 3 and len(part) - shared <= _SLACK and len(run) - shared <= _SLACK


def _others_in_place(text: str, slot: _Slot, start: int, end: int) -> bool:
    """Whether the other parts of the series stand around [start, end) as written, joined by separators."""
    i = start
    for part in reversed(slot.parts[: slot.k]):
        if i < 1 or text[i - 1] not in _SEPARATORS or not text.startswith(part, i - 1 - len(part)):
            return False
        i -= 1 + len(part)
    j = end
    for part in slot.parts[slot.k + 1 :]:
        if j >= len(text) or text[j] not in _SEPARATORS or not text.startswith(part, j + 1):
            return False
        j += 1 + len(part)
    return True


def find(text: str) -> Iterator[Slip]:
    grams = cjk_bigram_set(text)
    for slot in _slots():
        if slot.anchor[:2] not in grams:
            continue
        part = slot.parts[slot.k]
        i = text.find(slot.anchor)
        while i >= 0:
            for n in range(len(part) - _SLACK, len(part) + _SLACK + 1):
                if slot.after:
                    start = i + len(slot.anchor) + 1
                    end = start + n
                else:
                    end = i - 1
                    start = end - n
                if start < 0 or end > len(text) or not _near(text[start:end], part):
                    continue
                if _others_in_place(text, slot, start, end):
                    yield Slip(start, end, part, slot.name)
                    break
            i = text.find(slot.anchor, i + 1)


@code_rule(
    "F199",
    "series-member-length",
    "formulation",
    "warning",
    "“{name}”中这一项是“{suggestion}”，不是“{match}”",
    "成串的固定表述（房子是用来住的、不是用来炒的；管行业必须管安全、管业务必须管安全、管生产经营必须管安全；"
    "各行业的固定提法）其他各项照写，只有一项多了或少了一两个字（不是用来投资的、管生产必须管安全），"
    "就改动了规范提法。只看前后各项原样写出、这一项首尾都与原项相同的情形。",
    bad=[
        variant(
            "一是调查研究不够深入。",
            "一是对房子是用来住的、[不是用来投资的]定位理解不深，调查研究不够深入。",
        )
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是对房子是用来住的、不是用来炒的定位理解不深，对不是用来投资的说法辨析不够，调查研究不够深入。",
        ),
    ],
)
def series_member_length(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from member_findings(ctx, rule, find(ctx.text))
