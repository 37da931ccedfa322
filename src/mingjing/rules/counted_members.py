"""A counted formula written out with one of its members changed (F198): “三个务必” … 务必谦虚谨慎、艰苦朴素 for
艰苦奋斗, “四个意识” … 服务意识 for 看齐意识, “四个自信” … 历史自信 for 文化自信.

The members are public facts (data/counted_members.yaml, each formula with the document it is worded
in). Each formula's wording, split at its 、 and ，, is looked for with each member in turn replaced by a
run of its length that shares its first or its last half (the same slot, another word), the others as
written; the formula's name must stand before it in the same line (the text says which formula it
quotes) unless the formula has four members or more (round r19: three written as the formula writes them,
in its order, say which formula it is), and the run must be no other member (a list in another order is
not this slip). pack_wording.py
(F191) reads the framework packs' aspects in the same way; this reads the formulas the genre quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules import sector_formulas
from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.lazy_pattern import Lazy
from mingjing.rules.named_series import MemberSlip as Slip
from mingjing.rules.named_series import member_findings
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "counted_members.yaml"
_SEP = re.compile(r"[、，]")
_NAME_REACH = 80  # how far before the list its name may stand, in one line
# a formula of this many members written out with all but one as written is itself the sign of which
# formula it quotes (政治意识、大局意识、核心意识、服从意识: round r19); shorter ones need their name
_UNNAMED_MEMBERS = 4


@dataclass(frozen=True)
class _Form:
    name: str
    members: tuple[str, ...]
    slot: int
    anchor: str  # a member written as the formula writes it, and where it stands in the match
    offset: int
    regex: Lazy  # compiled when the text names its formula


@lru_cache(maxsize=1)
def _forms() -> tuple[_Form, ...]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    forms: list[_Form] = []
    table = {str(n): str(w) for n, w in data["formulas"].items()}
    for n, w in sector_formulas.counted():  # each sector's counted formulas (round r14)
        table.setdefault(n, w)
    for name, wording in table.items():
        members = tuple(_SEP.split(wording))
        seps = _SEP.findall(wording)
        for k, m in enumerate(members):
            parts = [re.escape(x) for x in members]
            parts[k] = f"(?P<w>[\\u4e00-\\u9fff]{{{len(m)}}})"
            regex = "".join(p + (re.escape(seps[i]) if i < len(seps) else "") for i, p in enumerate(parts))
            a = 1 if k == 0 else 0
            offset = sum(len(x) + 1 for x in members[:a])
            forms.append(_Form(str(name), members, k, members[a], offset, Lazy(regex)))
    return tuple(forms)


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(f.name for f in _forms())


@lru_cache(maxsize=1)
def _openings() -> dict[str, tuple[frozenset[str], ...]]:
    """Each formula of four members or more → its members' first two characters, one set per member."""
    out: dict[str, tuple[frozenset[str], ...]] = {}
    for form in _forms():
        if len(form.members) >= _UNNAMED_MEMBERS:
            out[form.name] = tuple(frozenset((m[:2],)) for m in form.members)
    return out


def _written_out(bigrams: frozenset[str]) -> set[str]:
    """The formulas of four members or more whose members all but one open in the text."""
    return {
        name for name, heads in _openings().items() if sum(1 for h in heads if h <= bigrams) >= len(heads) - 1
    }


def find(text: str) -> Iterator[Slip]:
    named = {n for n in _names() if n in text}
    if len(text) > 1:
        named |= _written_out(cjk_bigram_set(text))
    for form in _forms():
        if form.name not in named:
            continue
        right = form.members[form.slot]
        half = len(right) // 2
        i = text.find(form.anchor)
        while i >= 0:
            m = form.regex.match(text, i - form.offset) if i >= form.offset else None
            i = text.find(form.anchor, i + 1)
            if m is None:
                continue
            w = m.group("w")
            if w in form.members or not (w[:half] == right[:half] or w[-half:] == right[-half:]):
                continue
            line = text.rfind("\n", 0, m.start()) + 1
            at = text.rfind(form.name, max(line, m.start() - _NAME_REACH), m.start())
            if at >= 0 or len(form.members) >= _UNNAMED_MEMBERS:
                yield Slip(*_aligned(text, m.start("w"), m.end("w"), right), right, form.name)


_SHIFT = 3  # how far a member's edge may move when a word of another length was put in it


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _aligned(text: str, s: int, e: int, right: str) -> tuple[int, int]:
    """The run's edges moved to where the member's own opening (or close) stands in the text, when a word of
    another length took the slot: the run of the member's length then begins or ends inside a word (r25:
    确立习近平总书记党中央的核心 for 确立习近平同志党中央的核心 was read from 立…, and its fix doubled 确)."""
    half = len(right) // 2
    if text[s:e][:half] != right[:half]:
        base = _common(text[s:e], right)
        best = max(
            range(-_SHIFT, _SHIFT + 1), key=lambda d: (_common(text[max(0, s + d) : e], right), -abs(d))
        )
        if _common(text[max(0, s + best) : e], right) > max(base, 1):
            s = max(0, s + best)
    elif text[s:e][-half:] != right[-half:]:
        base = _common(text[s:e][::-1], right[::-1])
        best = max(
            range(-_SHIFT, _SHIFT + 1), key=lambda d: (_common(text[s : e + d][::-1], right[::-1]), -abs(d))
        )
        if _common(text[s : e + best][::-1], right[::-1]) > max(base, 1):
            e += best
    return s, e


@code_rule(
    "F198",
    "counted-formula-member",
    "formulation",
    "warning",
    "提法有误：“{name}”中这一项是“{suggestion}”，不是“{match}”",
    "“三个务必”“四个意识”“四个自信”“两个确立”这类数字概括的提法，每一项都有固定的说法（党的二十大报告、党章等）。"
    "前面点出了提法名称、后面逐项写出时，其中一项换了个相近的词（艰苦朴素、服务意识、历史自信）就提示；"
    "四项以上的提法，其余各项都按原样、原次序写出时，不点名称也提示（政治意识、大局意识、核心意识、服从意识）；"
    "各项次序不同、三项以下的提法前面没有点出名称时不提示。",
    bad=[
        variant(
            "一是调查研究不够深入。",
            "一是对“四个自信”即道路自信、理论自信、制度自信、[历史自信]理解不深，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是牢固树立政治意识、大局意识、核心意识、[服从意识]不够，调查研究不够深入。",
        ),
        variant(  # a word of another length in the member: the whole member is the span (r25)
            "一是调查研究不够深入。",
            "一是对“两个确立”即[确立习近平总书记党中央的核心]、全党的核心地位，确立习近平新时代中国特色社会主义思想的"
            "指导地位领悟不深，调查研究不够深入。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是对“四个自信”即道路自信、理论自信、制度自信、文化自信理解不深，历史自信也要增强，调查研究不够深入。",
        ),
    ],
)
def counted_formula_member(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from member_findings(ctx, rule, find(ctx.text))
