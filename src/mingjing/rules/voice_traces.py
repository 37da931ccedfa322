"""The other kind of material's voice left in one sentence (R166, round r19).

A personal material is often made from the team's and a team's from the secretary's: the title and most
sentences are rewritten, one clause keeps the first voice it was written in. `三是我们班子在抓党员教育管理上
失之于宽` in a teacher's personal material is the team's sentence; `本人对审计整改的跟踪督促不够有力` in a
党组's team material is a member's. R136 reads the team material's 我 with a post (作为党委书记，我…) and E150
the voice of a whole problems part; this rule reads one clause whose subject is the other voice.

Who speaks is the outline's (parse/kind.py), told by the title or the preamble only (a kind guessed from
the voice itself is not compared with the voice). Only a subject opening its clause is read: the team
named as an object (带领我们班子, 对班子成员), in a quotation or after 作为 is the person's own sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import TEAM_GOOD, team_variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_IN = "一是遇到难题有畏难情绪。"
_TEAM_AT = "全镇17个图斑中有6个没有按期整改。"

# where a clause opens: after a stop or a comma, a point's number (一是, 三是), a time or a link
_OPEN = (
    r"(?:(?<=[。；，：！？\n])|(?<=[一二三四五六七八九十]是)|(?<=^))"
    r"(?:(?:去年|今年|年初|此前|平时|同时|其中|但是|但|而且|而|另外|此外|特别是|尤其是)，?)?"
)
# the team as the subject in a personal material: 我们班子, 我们这个班子, 我们领导班子, 本班子, 我们党组班子
_TEAM_SUBJECT = Prefiltered(
    re.compile(
        _OPEN
        + r"(?P<voice>我们(?:这个)?(?:局|院|校|镇|乡|部|委|党委|党组|党工委)?(?:领导)?班子|本班子|我班子"
        r"|我们(?:局|院|校|镇|乡|部|委)?(?:党委|党组|党工委)(?=对|在|把|没有|未|有时|研究|讨论|议事|落实))"
        r"(?!成员|的|之间|里|中|内)"
    )
)
# the person as the subject in a team material: 本人, or 我 before what a member says of himself
_PERSON_SUBJECT = Prefiltered(
    re.compile(
        _OPEN
        + r"(?P<voice>本人|我(?=对|在|把|没有|没能|未|有时|总是|平时|个人|自己|虽然|作为|分管|主持|带头|"
        r"习惯|满足|存在|过问|深入|调研|学习))"
    )
)
_QUOTES = {"“": "”", "「": "」", "‘": "’"}
_PERSON = "个人"  # a 党员 in a 组织生活会 rightly speaks of 我们支部
_TEAMS = ("班子", "支部")


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation opened in its paragraph."""
    start = text.rfind("\n", 0, at) + 1
    depth = 0
    for ch in text[start:at]:
        if ch in _QUOTES:
            depth += 1
        elif ch in _QUOTES.values() and depth:
            depth -= 1
    return depth > 0


@code_rule(
    "R166",
    "other-voice-as-subject",
    "residue",
    "warning",
    "“{match}”是{voice}的口吻：本材料是{who}材料，疑似照搬{source}材料后这一句没有改",
    "个人材料以“我”检视自己，班子材料以“班子”检视集体；个人材料里冒出“我们班子……”、班子材料里冒出“本人……”，"
    "多半是拿班子或个人的材料改的，这一句没有改过来。",
    bad=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。三是[我们班子]在抓党员教育管理上失之于宽。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。对上级部署的落实，[我们这个班子]有时满足于开会发文。"),
        team_variant(_TEAM_AT, _TEAM_AT + "[本人]对防汛物资的管理过问不多。"),
    ],
    good=[
        GOOD,
        TEAM_GOOD,
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。我作为班子的主要负责人，带领我们班子抓落实不够。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。我们班子成员之间谈心谈话不够经常。"),
        team_variant(_TEAM_AT, _TEAM_AT + "我们班子对此负有责任。"),
        team_variant(_TEAM_AT, _TEAM_AT + "有群众说：“我在村里反映过三次。”"),
    ],
)
def other_voice_as_subject(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    kind = ctx.outline.kind
    if kind is None or kind.who is None or kind.evidence not in ("标题", "前言"):
        return
    if kind.who == _PERSON:
        pattern, voice, source, fix = _TEAM_SUBJECT, "班子", "班子", "我"
    elif kind.who in _TEAMS:
        pattern, voice, source, fix = _PERSON_SUBJECT, "个人", "个人", kind.who
    else:
        return
    text = ctx.text
    for m in pattern.finditer(text, ctx.outline.title_end):
        if _quoted(text, m.start("voice")):
            continue
        lo = max(text.rfind(c, 0, m.start("voice")) for c in "。；！？\n") + 1
        if fix != "我" and "作为" in text[lo : m.start("voice")]:
            continue  # 作为党委书记，我…: a post claimed with 我 is R136's
        yield rule.finding(
            text, m.start("voice"), m.end("voice"), (fix,), voice=voice, who=kind.who, source=source
        )
