"""A member of a set pair of like-headed sayings written as its near variant beside its mate (T326, round
r24): 以案为镜、以案促改 → 以案为鉴, 以审促制、以审促改 → 以审促治.

F215 reads a series' member one character off once two or more members stand written right; a saying whose
members all open with the same two characters (以案为鉴、以案促改、以案促治; 以审促改、以审促治) is cited by two
members, and the shared head ties them so closely that one member beside another of its list is enough. The
variant is often a word of its own (以案为镜 is said alone: 以案为镜，自警自省), so only the member written beside a
mate of its list, joined by 、 or ，, is reported: one character changed, not a conjunction or a particle.
The lists are the ordered lists (data/ordered_lists.yaml) and the formula series (data/formula_series.yaml, the
sectors' catalogue) whose members have four characters or more and one head.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

HEAD = 2  # the characters every member of a like-headed list opens with
_LOOSE = frozenset("和与及同并的之地得了着")
_JOIN = "、，,"
NEAR = 30  # characters on either side where F215 would find two members of the list written right


@lru_cache(maxsize=1)
def headed_lists() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each shared head → the lists whose members all open with it (four characters or more each)."""
    from mingjing.rules.formulation_order import ordered_lists
    from mingjing.rules.formulation_series import _all

    lists = {lst.members for lst in ordered_lists()} | {parts for _, parts, _ in _all()}
    out: dict[str, list[tuple[str, ...]]] = {}
    for members in sorted(lists):
        head = members[0][:HEAD]
        if len(members) >= 2 and all(len(m) >= 4 and m[:HEAD] == head for m in members):
            out.setdefault(head, []).append(members)
    return {h: tuple(v) for h, v in out.items()}


@lru_cache(maxsize=1)
def _heads() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(headed_lists(), key=len, reverse=True))) or "(?!)")


# a member's character and the one written for it by meaning, not by sound or shape: a saying's 鉴 is itself a
# mirror (以史为镜 is said as well), so 以案为镜 is the near wording, no new member
_MEANING_TWINS = frozenset({frozenset("鉴镜")})


@lru_cache(maxsize=4096)
def _slip_of(written: str, right: str) -> bool:
    """Whether a character is a slip for another: the same reading without tones, a look-alike (the glyph
    tables), or a twin of meaning. Any other character makes another member of a list that people extend
    (以巡促改、以巡促建、以巡促管; 以案促改、以案促学), no slip."""
    from pypinyin import Style, lazy_pinyin

    from mingjing.rules.shape_neighbours import shape_neighbours

    return (
        lazy_pinyin(written, style=Style.NORMAL) == lazy_pinyin(right, style=Style.NORMAL)
        or written in shape_neighbours(right)
        or frozenset((written, right)) in _MEANING_TWINS
    )


def _one_off(written: str, member: str) -> bool:
    diffs = [i for i, (a, b) in enumerate(zip(written, member, strict=True)) if a != b]
    if len(diffs) != 1:
        return False
    a, b = written[diffs[0]], member[diffs[0]]
    return a not in _LOOSE and b not in _LOOSE and _slip_of(a, b)


def mate_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the member) of each stretch one character off a member, beside a mate written right."""
    for m in _heads().finditer(text):
        at = m.start()
        for members in headed_lists()[m.group()]:
            found = False
            for member in members:
                written = text[at : at + len(member)]
                if len(written) != len(member) or written in members or not _one_off(written, member):
                    continue
                end = at + len(member)
                after = text[end + 1 : end + 1 + 8] if end < len(text) and text[end] in _JOIN else ""
                before = text[max(0, at - 9) : at - 1] if at > 0 and text[at - 1] in _JOIN else ""
                near = text[max(0, at - NEAR) : end + NEAR]
                if sum(o in near for o in members if o != member) >= 2:
                    continue  # two members written right beside it: F215 reads the run
                if any(after.startswith(o) or before.endswith(o) for o in members if o != member):
                    yield at, end, member
                    found = True
                    break
            if found:
                break


@code_rule(
    "T326",
    "like-headed-mate-variant",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：与后面（前面）的“{mate}”是一组固定提法，这一项规范写作“{suggestion}”",
    "以案为鉴、以案促改、以案促治，以审促改、以审促治这样开头相同的成组提法，常只引两项。紧挨着写对的一项、"
    "另一项只差一个同音字、形近字或同义字（以审促制、以案为镜），多半是写错了；换成别的字（以案促学）是作者"
    "自己添的一项，单独出现的近似说法（以案为镜，自警自省）也不提示。",
    bad=[
        variant(
            "我两天后才安排核查。", "我两天后才安排核查。我们坚持[以案为镜]、以案促改，召开警示教育会2次。"
        )
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。", "我两天后才安排核查。坚持以案为鉴、以案促改；以案为镜，时刻自警自省。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查。坚持以案促改、以案促学，召开警示教育会2次。"),
    ],
)
def like_headed_mate_variant(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, member in mate_slips(text):
        mate = next(
            (
                o
                for lst in headed_lists()[member[:HEAD]]
                if member in lst
                for o in lst
                if o != member and o in text
            ),
            member,
        )
        yield rule.finding(text, start, end, (member,), mate=mate)
