"""A framework pack's aspect written with one of its members changed (F191): 带头敬畏人民、敬畏组织、敬畏纪律
for the 2025 wording 敬畏法纪, 带头增强党性、严守纪律、改进作风 for 砥砺作风, 带头强化政治忠诚、增强政治能力 for
提高政治能力.

The wording is the packs' own (`frameworks/packs/*.yaml`, each aspect with its public source): every
aspect name made of two or more members joined by 、 is looked for with each member in turn replaced by
any run of its length. A run that shares the first or the last half of the member it stands for (敬畏纪律
for 敬畏法纪: the same slot, another word), the rest written as the pack writes it, in the frame the
genre quotes the aspects in (带头 before it or 方面 after it), is flagged, unless the run makes another
pack's aspect (another year's wording). A form is looked for only when the document's two-character
runs hold every pair of characters of the members written as the pack writes them, and the text the
members themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.lazy_pattern import Lazy

if TYPE_CHECKING:
    from mingjing.frameworks import Framework
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_SAMPLE = (
    "2025年度民主生活会领导班子对照检查材料\n一、存在的问题\n（三）在带头敬畏人民、敬畏组织、敬畏法纪方面。"
    "一是对群众诉求回应不及时。2025年收到12345热线转办件86件，超期办结9件。"
)
_LEAD = "带头"
_TAIL = "方面"


@dataclass(frozen=True)
class Slip:
    start: int
    end: int
    suggestion: str
    aspect: str


@dataclass(frozen=True)
class _Form:
    aspect: str  # the pack's wording, 带头 left out
    members: tuple[str, ...]
    slot: int
    regex: Lazy  # compiled when the text writes the other members


@lru_cache(maxsize=8)
def _forms(names: tuple[str, ...]) -> tuple[tuple[_Form, ...], frozenset[str]]:
    """Each listed aspect with one member open, and every aspect's wording (带头 left out)."""
    known = frozenset(n.removeprefix(_LEAD) for n in names)
    forms: list[_Form] = []
    for name in sorted(known):
        members = tuple(name.split("、"))
        if len(members) < 2 or any(len(m) < 2 for m in members):
            continue
        for k, m in enumerate(members):
            parts = [re.escape(x) for x in members]
            parts[k] = f"(?P<w>[\\u4e00-\\u9fff]{{{len(m)}}})"
            regex = Lazy("、".join(parts))
            forms.append(_Form(name, members, k, regex))
    return tuple(forms), known


def _aspect_names(frameworks: dict[str, Framework]) -> tuple[str, ...]:
    return tuple(sorted({a.name for f in frameworks.values() for a in f.aspects}))


def find(text: str, frameworks: dict[str, Framework], grams: frozenset[str] | None = None) -> Iterator[Slip]:
    grams = cjk_bigram_set(text) if grams is None else grams
    forms, known = _forms(_aspect_names(frameworks))
    for form in forms:
        others = [m for i, m in enumerate(form.members) if i != form.slot]
        if not all(m[k : k + 2] in grams for m in others for k in range(len(m) - 1)):
            continue
        if not all(m in text for m in others):
            continue
        right = form.members[form.slot]
        half = len(right) // 2
        for m in _matches(text, form):
            w = m.group("w")
            if w == right or not (w[:half] == right[:half] or w[-half:] == right[-half:]):
                continue
            if m.group() in known or not (
                text.endswith(_LEAD, 0, m.start()) or text.startswith(_TAIL, m.end())
            ):
                continue
            yield Slip(m.start("w"), m.end("w"), right, form.aspect)


def _matches(text: str, form: _Form) -> Iterator[re.Match[str]]:
    """The form's matches, looked for where its first written member stands (the open one has a fixed
    length, so the match starts a known number of characters before), not at every place of the text."""
    a = 1 if form.slot == 0 else 0
    anchor = form.members[a]
    offset = sum(len(x) + 1 for x in form.members[:a])
    i = text.find(anchor)
    while i >= 0:
        if i >= offset and (m := form.regex.match(text, i - offset)) is not None:
            yield m
        i = text.find(anchor, i + 1)


@code_rule(
    "F191",
    "pack-aspect-wording",
    "formulation",
    "warning",
    "提法与本年度对照方面的固定表述不符：“{aspect}”中应为“{suggestion}”，不是“{match}”",
    "民主生活会、组织生活会的对照方面有固定表述（2025年度“五个带头”的“带头敬畏人民、敬畏组织、敬畏法纪”，"
    "2024年度的“带头增强党性、严守纪律、砥砺作风”），由几项并列组成。以“带头”开头或以“方面”结尾引用时，"
    "其中一项换了个说法（敬畏纪律、改进作风）就提示；与另一年度的表述完全一致时不提示。",
    bad=[_SAMPLE.replace("敬畏法纪", "[敬畏纪律]")],
    good=[_SAMPLE],
)
def pack_aspect_wording(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for s in find(ctx.text, ctx.frameworks, cjk_bigram_set(ctx.text)):
        yield rule.finding(ctx.text, s.start, s.end, (s.suggestion,), aspect=s.aspect)
