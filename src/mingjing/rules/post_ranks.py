"""The rank claimed for oneself against the author's post (R149, round r14, docs/review-copy-traces.md).

A deputy's material copied from the head's keeps the head's words about himself (`作为一把手`, `作为单位
主要负责人`, `作为第一责任人`); a head's copied from a deputy's keeps `作为分管领导`. The author's rank is read
from his post in his lines (the title, the lines under it, the signature) or in the opening's 担任…: a post
without 副 (局长, 院长, 党委书记, 指导员 …) makes a head, posts that are all 副 or only a committee's
membership (党组成员、副局长) a deputy. A team material speaks as its 班子 (R136 reads its 我) and is not
read; a head's deputy field claimed with 分管 (`作为分管领域第一责任人`) is a deputy's rightful words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import _OWN_POST, _declared, own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_AT = "一是遇到难题有畏难情绪。"
_DEPUTY_SIGN = "宁川县交通运输局党组成员、副局长 王建国"

_CLAIM = Prefiltered(
    re.compile(
        r"作(?<![曾原前]作)为(?P<scope>[^，。；：、\n]{0,8}?)的?[“\"]?"
        r"(?P<claim>一把手|主要负责人|主要领导|第一责任人|分管领导|分管副职|班子副职|副职)(?![\u4e00-\u9fff])"
    )
)
_HEAD_CLAIMS = ("一把手", "主要负责人", "主要领导", "第一责任人")
_TEAM_WORDS = ("班子", "支部", "党委", "党组", "党总支", "党工委")


def _rank(posts: list[str]) -> str | None:
    """head, deputy or None (no post read)."""
    if not posts:
        return None
    return "head" if any("副" not in p for p in posts) else "deputy"


@code_rule(
    "R149",
    "rank-claimed-of-another-post",
    "residue",
    "warning",
    "“{match}”与落款或开头的职务（{own}）不符：{reason}，疑似照搬他人材料后未改",
    "副职的材料里自称“一把手”“主要负责人”“第一责任人”，正职的材料里自称“分管领导”，多半是拿班子里"
    "别人的材料改的；自称的身份应与标题、署名或开头所写的职务一致。",
    bad=[
        GOOD.replace(_SIGN, _DEPUTY_SIGN).replace(_AT, "一是遇到难题有畏难情绪。作为[一把手]，"),
        GOOD.replace(_SIGN, _DEPUTY_SIGN).replace(_AT, "一是遇到难题有畏难情绪。作为单位[主要负责人]，"),
        GOOD.replace(_AT, "一是遇到难题有畏难情绪。作为[分管领导]，"),
    ],
    good=[
        GOOD,
        GOOD.replace(_AT, "一是遇到难题有畏难情绪。作为一把手，"),
        GOOD.replace(_SIGN, _DEPUTY_SIGN).replace(_AT, "一是遇到难题有畏难情绪。作为分管领导，"),
        GOOD.replace(_SIGN, _DEPUTY_SIGN).replace(
            _AT, "一是遇到难题有畏难情绪。作为分管领域安全生产的第一责任人，"
        ),
        GOOD.replace(_SIGN, "宁川县交通运输局 王建国").replace(_AT, "一是遇到难题有畏难情绪。作为一把手，"),
    ],
)
def rank_claimed_of_another_post(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    claims = list(_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims:
        return
    kind = ctx.outline.kind
    if kind is not None and kind.who in _TEAM_WORDS:
        return  # a team's material: its 班子 speaks, not one post
    lines = own_lines(ctx)
    posts = [m.group() for line in lines for m in _OWN_POST.finditer(line)]
    if not posts:
        posts = [m.group() for what in _declared(ctx) for m in _OWN_POST.finditer(what)]
    rank = _rank(posts)
    if rank is None:
        return
    own = "、".join(dict.fromkeys(posts))
    for m in claims:
        claim, scope = m.group("claim"), m.group("scope")
        if "分管" in scope or "副" in scope:
            continue  # 作为分管领域的第一责任人: a deputy's own field
        if rank == "deputy" and claim in _HEAD_CLAIMS:
            reason = "副职不是本单位的“一把手”“主要负责人”"
        elif rank == "head" and claim not in _HEAD_CLAIMS:
            reason = "正职不是“分管领导”“副职”"
        else:
            continue
        yield rule.finding(text, m.start("claim"), m.end("claim"), own=own, reason=reason)
