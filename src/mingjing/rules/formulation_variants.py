"""The wrong forms every listed saying yields by the shape of its parts (round r17), read by F169
(rules/formulation_sayings.py) beside the forms its `interchangeable` classes give, so that a saying added
to the list gets these checks without a line of its own:

- two neighbouring members of a list crossed: one run of the characters where two members of one length
  differ swapped between them (最严谨的标准、最严格的监管 → 最严格的标准、最严谨的监管);
- two neighbouring members of four characters or more in reverse order, the rest of the list left out
  (自信自强、守正创新 → 守正创新、自信自强): a partial quotation keeps the order of what it quotes;
- two sayings of one frame blended: the head of one with the tail of the other around a shared middle of
  four characters or more (像保护眼睛一样保护生态环境 + 像保护大熊猫一样保护耕地 → 像保护眼睛一样保护耕地),
  put right as the saying whose tail the text keeps;
- the issuing body at a saying's head left out (中央八项规定精神 → 八项规定精神), looked for where no
  other body's name stands before it (省委八项规定 is a province's own rules).

A generated form is no saying of the list and stands inside none (a saying that itself lists the members
in another order keeps its own). The facts are the sayings' (data/fixed_sayings.yaml, data/sector_formulas.yaml);
the shapes are mingjing's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

_SEPARATORS = "、，"
_PART = re.compile(f"([^{_SEPARATORS}]+)([{_SEPARATORS}]?)")
_CROSS_MIN = 3  # members this long or longer may be crossed …
_CROSS_MAX = 4  # … at this many places at most, and not at every place
_REVERSE_MIN = 4  # members this long or longer are flagged in reverse order
_BLEND_MIDDLE = 4  # the shared middle of two blended sayings, at least
_BLEND_SIDE = 6  # the head and the tail around it, at most
_BLEND_GROUP = 4  # a middle shared by more sayings than this is a common phrase, not a frame
_HEAD_BODIES = ("中央",)  # the issuing body at a saying's head
_BODY_BEFORE = frozenset("央委府省市县区局部院厅")  # before the rest: a body named, its own rules
_HEAD_REST_MIN = 5


def _members(saying: str) -> list[tuple[str, str]]:
    """(member, the mark after it) of the saying, cut at 、 and ，."""
    return [(m.group(1), m.group(2)) for m in _PART.finditer(saying)]


def _crossed(p: str, q: str) -> Iterator[tuple[str, str]]:
    """The two members with one run of the characters where they differ swapped between them (the
    modifiers of 最严谨的标准、最严格的监管), while they differ elsewhere too."""
    if len(p) != len(q) or len(p) < _CROSS_MIN:
        return
    diffs = [i for i, (a, b) in enumerate(zip(p, q, strict=True)) if a != b]
    if not diffs or len(diffs) > _CROSS_MAX:
        return
    runs: list[list[int]] = []
    for i in diffs:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if len(runs) < 2:
        return
    for run in runs:
        a, b = run[0], run[-1] + 1
        yield p[:a] + q[a:b] + p[b:], q[:a] + p[a:b] + q[b:]


def pair_forms(saying: str) -> Iterator[tuple[str, str]]:
    """(wrong form, right form) of each pair of neighbouring members crossed or reversed."""
    parts = _members(saying)
    for (p, sep), (q, _) in zip(parts, parts[1:], strict=False):
        if not sep:
            continue
        for p2, q2 in _crossed(p, q):
            yield p2 + sep + q2, p + sep + q
        if len(p) >= _REVERSE_MIN and len(q) >= _REVERSE_MIN:
            yield q + sep + p, p + sep + q


def blend_forms(sayings: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(blend, the saying whose tail it keeps) of every two sayings sharing a middle of four characters or
    more with a head and a tail of their own (no mark in either)."""
    by_middle: dict[str, set[str]] = {}
    for s in sayings:
        if any(c in s for c in _SEPARATORS):
            continue
        for n in range(_BLEND_MIDDLE, len(s) - 1):
            for i in range(1, len(s) - n):
                by_middle.setdefault(s[i : i + n], set()).add(s)
    for middle, group in by_middle.items():
        if len(group) < 2 or len(group) > _BLEND_GROUP:
            continue
        for a in group:
            for b in group:
                if a == b:
                    continue
                ia, ib = a.find(middle), b.find(middle)
                head, tail = a[:ia], b[ib + len(middle) :]
                if not head or not tail or len(head) > _BLEND_SIDE or len(tail) > _BLEND_SIDE:
                    continue
                if head == b[:ib] or tail == a[ia + len(middle) :]:
                    continue
                yield head + middle + tail, b


@lru_cache(maxsize=1)
def generated(sayings: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Every (wrong form, right form) of the sayings' shapes, the wrong form no saying and in none."""
    known = frozenset(sayings)
    out: dict[str, str] = {}
    for s in sayings:
        for wrong, right in pair_forms(s):
            out.setdefault(wrong, right)
    for wrong, right in blend_forms(sayings):
        out.setdefault(wrong, right)
    joined = "\n".join(sayings)
    return tuple((w, r) for w, r in out.items() if w not in known and w not in joined)


@lru_cache(maxsize=1)
def _headless(sayings: tuple[str, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """(a pattern of the sayings' rests after their issuing body, the saying of each rest)."""
    known = frozenset(sayings)
    rests: dict[str, str] = {}
    for s in sayings:
        for body in _HEAD_BODIES:
            rest = s[len(body) :]
            if s.startswith(body) and len(rest) >= _HEAD_REST_MIN and rest not in known:
                rests.setdefault(rest, s)
    if not rests:
        return None, {}
    alts = "|".join(re.escape(r) for r in sorted(rests, key=len, reverse=True))
    return re.compile(f"(?:{alts})"), rests


def headless(text: str, sayings: tuple[str, ...]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the saying, the body left out) of every saying written without the body at its head."""
    pattern, rests = _headless(sayings)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        if before in _BODY_BEFORE:
            continue
        saying = rests[m.group()]
        yield m.start(), m.end(), saying, saying[: len(saying) - len(m.group())]
