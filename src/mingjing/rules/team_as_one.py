"""A team material that speaks as one person where it names a post (R136, round r13,
docs/review-copy-traces.md): `作为党委书记，我对此负有直接责任`, `我作为院长，对此负有主要领导责任`,
`本人作为第一责任人` in a 班子 material. The sentence came from the secretary's or the director's personal
material; the team's own says 班子 or 党委 bears the responsibility. The kind is the outline's (parse/kind.py);
only a post claimed together with 我 or 本人 is read, so the team's 我们, 我镇, 我局 stay quiet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.parse.kind import _I
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import _POSTS
from mingjing.rules.sample_team import TEAM_GOOD, team_variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_TEAM_WORDS = {"班子", "支部"}  # kinds that speak as a collective
_POST = rf"(?:{_POSTS}|第一责任人|主要负责人|主要负责同志|班长|一把手)"
_ME = rf"(?:{_I.pattern}|本人)"
_ONE_VOICE = re.compile(
    # 作为党委书记，我对此负有直接责任
    rf"作(?<![曾原前]作)为[^，。；：、\n]{{0,12}}?{_POST}[，,]\s*{_ME}[^，。；！？\n]{{0,16}}"
    # 我作为院长, 本人作为第一责任人, 我身为党组书记
    rf"|{_ME}(?:作为|身为)[^，。；：、\n]{{0,12}}?{_POST}"
)


@code_rule(
    "R136",
    "team-material-as-one",
    "residue",
    "warning",
    "“{match}”是个人的口吻：本材料是{who}材料，疑似照搬了个人对照检查材料后未改",
    "班子材料以班子、党委的名义检视，责任由班子承担；“作为党委书记，我……”“本人作为第一责任人”这类话来自"
    "书记或主要负责人的个人材料，照搬进班子材料时没有改。",
    bad=[
        team_variant(
            "到7月才制定实施方案，全镇17个图斑中有6个没有按期整改。",
            "到7月才制定实施方案，全镇17个图斑中有6个没有按期整改，[作为党委书记，我对此负有直接责任]。",
        ),
        team_variant(
            "对群众反映的道路失修问题掌握不及时。",
            "对群众反映的道路失修问题掌握不及时，[本人作为第一责任人]督促不够。",
        ),
    ],
    good=[
        TEAM_GOOD,
        team_variant(
            "到7月才制定实施方案，全镇17个图斑中有6个没有按期整改。",
            "到7月才制定实施方案，全镇17个图斑中有6个没有按期整改，党委书记作为第一责任人，对此负有直接责任。",
        ),
        team_variant(
            "对群众反映的道路失修问题掌握不及时。",
            "对群众反映的道路失修问题掌握不及时，我镇作为全县交通重镇，我们对此负有责任。",
        ),
    ],
)
def team_material_as_one(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    kind = ctx.outline.kind
    if kind is None or kind.who not in _TEAM_WORDS:
        return
    text = ctx.text
    for m in _ONE_VOICE.finditer(text, ctx.outline.title_end):
        if "代表" in m.group():
            continue  # 我代表班子作检查: the secretary reading the team's material
        yield rule.finding(text, m.start(), m.end(), who=kind.who)
