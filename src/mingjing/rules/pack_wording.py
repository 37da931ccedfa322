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

F240 (round r27) reads a quote of a 带头 aspect with its words swapped and replaced (带头在遵纪守法、清正廉洁前提下
敢于担责、勇于创新): nearly the same characters as one pack's wording, no pack's form nor a part of one.
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


# F240 (round r27, set 53's 带头在遵纪守法、清正廉洁前提下敢于担责、勇于创新 for 2024's 带头在遵规守纪、清正廉洁前提下勇于
# 担责、敢于创新): an aspect quoted with its words swapped and one replaced is more than F191's one member open. A
# quote of an aspect (带头 … up to 方面 or the clause's end) that holds nearly the same characters as one aspect
# of any pack (most of them, its length within three) and is no pack's wording, full form or alias, nor a part
# of one, is flagged with the pack's wording as the fix.
_QUOTE_END = re.compile(r"方面|[，。；！？、,;\n]|$")
_MARKS = str.maketrans("", "", "“”‘’、，,")
_MIN_SHARED = 0.8


@dataclass(frozen=True)
class _Wording:
    name: str  # the pack's wording, with 带头
    bare: str  # without marks, for comparing
    chars: frozenset[tuple[str, int]]  # each character with its count so far (a multiset)


def _multiset(s: str) -> frozenset[tuple[str, int]]:
    seen: dict[str, int] = {}
    out = set()
    for c in s:
        seen[c] = seen.get(c, 0) + 1
        out.add((c, seen[c]))
    return frozenset(out)


@lru_cache(maxsize=8)
def _wordings(
    frameworks_key: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[tuple[_Wording, ...], frozenset[str]]:
    """The 带头 aspects (eight characters or more) and every written form any pack knows (without marks)."""
    wordings: list[_Wording] = []
    known: set[str] = set()
    for name, forms in frameworks_key:
        for form in (name, *forms):
            bare = form.translate(_MARKS)
            known |= {bare, bare.removeprefix(_LEAD), _LEAD + bare, bare.removeprefix("在")}
        if name.startswith(_LEAD) and len(name) >= 10:
            bare = name.translate(_MARKS)
            wordings.append(_Wording(name, bare, _multiset(bare)))
    return tuple(wordings), frozenset(known)


def _key(frameworks: dict[str, Framework]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        sorted(
            {
                (a.name, tuple(x for x in (a.full, *a.aliases) if x))
                for f in frameworks.values()
                for a in f.aspects
            }
        )
    )


def reworded(text: str, frameworks: dict[str, Framework]) -> Iterator[Slip]:
    """Quotes of a 带头 aspect with its words swapped or replaced (F240)."""
    wordings, known = _wordings(_key(frameworks))
    at = text.find(_LEAD)
    while at >= 0:
        end_match = _QUOTE_END.search(text, at + len(_LEAD))
        assert end_match is not None
        end = end_match.start()
        # a 、 inside the aspect (砥砺作风、…) does not end the quote: run on to 方面 when it comes soon
        tail = text.find(_TAIL, at, at + 40)
        if tail > end and "\n" not in text[at:tail] and not re.search(r"[，。；！？]", text[at:tail]):
            end = tail
        quote = text[at:end]
        bare = quote.translate(_MARKS)
        if (
            len(bare) >= 10
            and bare not in known
            and not any(bare in k or k in bare for k in known if len(k) >= 10)
        ):
            best = _closest(bare, wordings)
            if best is not None and not _one_member(quote, frameworks):
                yield Slip(at, end, best.name, best.name)
        at = text.find(_LEAD, at + len(_LEAD))


def _closest(bare: str, wordings: tuple[_Wording, ...]) -> _Wording | None:
    chars = _multiset(bare)
    best: tuple[float, _Wording] | None = None
    for w in wordings:
        if abs(len(w.bare) - len(bare)) > 3:
            continue
        shared = len(chars & w.chars) / max(len(chars), len(w.chars))
        if shared >= _MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, w)
    return best[1] if best else None


def _one_member(quote: str, frameworks: dict[str, Framework]) -> bool:
    """F191 reads the quote already (one member of the aspect changed)."""
    return any(True for _ in find(quote + _TAIL, frameworks))


@code_rule(
    "F240",
    "pack-aspect-reworded",
    "formulation",
    "warning",
    "提法与对照方面的固定表述不符：“{match}”词语被调换或改写，应为“{suggestion}”",
    "民主生活会的对照方面（“四个带头”“五个带头”“六个带头”）是中央通知的原话，引用时要一字不差。"
    "引用的一项（以“带头”开头）与某一项的用字几乎相同，却调换了词序或换了说法"
    "（“带头在遵纪守法、清正廉洁前提下敢于担责、勇于创新”应为“带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新”），"
    "就提示，建议用原话；与某一年度的原话、全称或常见简称一致，或只是其中一部分时不提示（只换了其中一项的见 F191）。",
    bad=[
        (
            "2024年度民主生活会个人对照检查材料\n一、存在的问题\n（三）在[带头在遵纪守法、清正廉洁前提下敢于担责、勇于创新]方面。"
            "一是对群众诉求回应不及时。2024年收到12345热线转办件86件，超期办结9件。"
        )
    ],
    good=[
        (
            "2024年度民主生活会个人对照检查材料\n一、存在的问题\n（三）在带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面。"
            "一是对群众诉求回应不及时。2024年收到12345热线转办件86件，超期办结9件。我带头落实整改，带头深入基层调研。"
        )
    ],
)
def pack_aspect_reworded(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for s in reworded(ctx.text, ctx.frameworks):
        yield rule.finding(ctx.text, s.start, s.end, (s.suggestion,))
