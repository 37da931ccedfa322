"""Set phrases written in a sense they do not have (F234): 首当其冲 (the first to be hit) for "the first to act".

F184 (packs/formulation.yaml) reads 首当其冲的位置 (for 首要位置). Here the phrase stands as the speaker's own
act: after 我 or 我作为…, after a word of will (应当, 必须, 要, 带头), or before one (首当其冲要, 首当其冲地) or before a
comma and an act of the speaker's own (我作为分管领导首当其冲，主动认领…). The phrase in its own sense is
followed by what hits (首当其冲受到影响, 首当其冲面临质疑) or stands after what is hit (沿河村组首当其冲，…): quiet.
The fix follows the shape: 首当其冲要 → 理应带头, 应当首当其冲 → 带头, 我作为…首当其冲， → 责无旁贷.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_PHRASE = "首当其冲"
_WILL_AFTER = re.compile(r"要|应当|应该|应|必须|更要|就要|理应|地")
_WILL_BEFORE = ("应当", "应该", "理应", "必须", "就要", "更要", "要", "带头", "率先")
# its own sense: what hits follows (受到影响, 面临质疑, 成为重点)
_HIT = re.compile(r"[^，。；！？\n]{0,3}?(?:受|遭|承受|面临|面对|成为|被|吃|挨|压力|冲击|影响)")
_SELF = re.compile(r"我(?:作为[^，。；！？\n]{1,12})?$")


def _fix(text: str, start: int, end: int) -> tuple[int, int, tuple[str, ...]] | None:
    """(start, end, suggestions) of a misused 首当其冲 at `start`, or None."""
    after = text[end : end + 8]
    if _HIT.match(after):
        return None
    before = text[max(0, start - 16) : start]
    if before.endswith(_WILL_BEFORE):
        return start, end + after.startswith("地"), ("带头", "责无旁贷")
    m = _WILL_AFTER.match(after)
    if m is not None and not after.startswith("应对"):
        return start, end + m.end(), ("理应带头", "带头", "责无旁贷")
    if _SELF.search(before) and (after[:1] in "，,。；" or not after):
        return start, end, ("责无旁贷", "带头")
    return None


@code_rule(
    "F234",
    "first-to-be-hit-as-first-to-act",
    "formulation",
    "warning",
    "成语误用：“首当其冲”是最先受到冲击、遭受灾难，不是“带头”“责无旁贷”，“{match}”应为“{suggestion}”",
    "“首当其冲”说的是处在冲要位置、最先受到攻击或灾难（汛期来临，沿河村组首当其冲）；写成“我首当其冲要抓好……”"
    "“应当首当其冲”“首当其冲地深入一线”“我作为分管领导首当其冲，主动……”，是把它当成“带头”“责无旁贷”用了。"
    "后面是“受到”“遭受”“面临”之类时是本义，不提示（“首当其冲的位置”见 F184）。",
    bad=[
        variant("一是调查研究不够深入。", "一是作为局长，我[首当其冲要]抓好安全生产，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是班子成员应当[首当其冲]深入一线，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是班子成员要[首当其冲地]深入一线，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是我作为分管领导[首当其冲]，主动认领问题，调查研究不够深入。"),
    ],
    good=[
        variant("一是调查研究不够深入。", "一是汛期来临，沿河村组首当其冲，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是窗口岗位首当其冲受到影响，我首当其冲面临群众质疑，调查研究不够深入。",
        ),
    ],
)
def first_to_be_hit_as_first_to_act(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    at = text.find(_PHRASE)
    while at >= 0:
        hit = _fix(text, at, at + len(_PHRASE))
        if hit is not None:
            yield rule.finding(text, hit[0], hit[1], hit[2])
        at = text.find(_PHRASE, at + len(_PHRASE))
