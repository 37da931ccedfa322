"""Gaps a draft leaves for its author (【待补充：…】, rule R110) and items with nothing of their own.

A gap is reported once, by R110; any other rule judging its wording (a slogan, a cause that
restates a problem, a fact missing) would cry wolf. An item whose body is only gaps (a drafted
aspect with no problems yet), or whose heading only names its aspect and is followed by nothing,
carries no words of the author's. Rules that weigh items against each other (A101's words shared
by half the items, E105's share of factless points) and the review's counts leave it out: a gap
item is not a problem found, and its stock wording must not make the real items' words look generic.
"""

from __future__ import annotations

import re

from mingjing.frameworks import Framework
from mingjing.model import Finding, Item

GAP = re.compile(r"【待补充[：:][^【】\n]*】")
_NOT_WORDS = re.compile(r"[\W_]+")
# how a heading frames an aspect's name: 在…方面, …情况, 对照…, …方面存在的问题
_FRAME = re.compile(r"^(?:对照|在)|(?:方面存在的问题|存在的问题|方面的问题|方面|情况)$")


def _core(text: str) -> str:
    return _FRAME.sub("", _NOT_WORDS.sub("", text))


def names_only_its_aspect(heading: str, aspect: str | None, framework: Framework | None) -> bool:
    """The heading says nothing but its aspect's name (在工作纪律方面, 党性修养提高情况)."""
    if not aspect:
        return False
    found = framework.aspect(aspect) if framework else None
    names = [aspect] + ([found.full or "", *found.aliases] if found else [])
    core = _core(GAP.sub("", heading))
    return any(core == _core(n) for n in names if n)


def has_own_text(text: str, item: Item, framework: Framework | None = None) -> bool:
    """Whether the item says anything besides gaps and its aspect's name (`text`: the document's)."""
    body = GAP.sub("", text[item.heading_end : item.end])
    if _NOT_WORDS.sub("", body):
        return True
    heading = GAP.sub("", item.heading)
    return bool(_NOT_WORDS.sub("", heading)) and not names_only_its_aspect(heading, item.aspect, framework)


def quiet_in_gaps(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without those of other rules than R110 that start inside a gap."""
    gaps = [(m.start(), m.end()) for m in GAP.finditer(text)]
    if not gaps:
        return findings
    return [f for f in findings if f.code == "R110" or not any(s <= f.start < e for s, e in gaps)]
