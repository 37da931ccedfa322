"""Kind rules: a team material reports last time's rectification where the pack requires it; the
voice matches the kind (a 班子 material written as 我, or a 个人 one written as 班子, is a finding).

The kind comes from the outline (parse/kind.py); the required parts come from the pack
(`required_parts`), so no year or kind is special-cased here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.parse.aspects import squash
from mingjing.parse.kind import _I, _WE
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.failclosed import is_plan
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import TEAM_GOOD, team_variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_RECTIFIED = "2024年度民主生活会查摆的5个问题，班子已整改完成4个，农村饮水工程维护问题正在整改。"
_TEAM_WORDS = {"班子", "支部"}  # kinds that speak as a collective


def part_present(text: str, aliases: tuple[str, ...], name: str) -> bool:
    flat = squash(text)
    return any(squash(a) in flat for a in (name, *aliases) if a)


@code_rule(
    "S150",
    "rectification-part-missing",
    "structure",
    "error",
    "{who}材料缺少“{part}”（{framework}要求）",
    "班子对照检查要先报告上次查摆问题的整改落实情况，上级审核材料时首先看这一部分。",
    bad=[
        team_variant(_RECTIFIED, "").replace(
            "桐溪镇党委领导班子2025年度民主生活会对照检查材料",
            "[桐溪镇党委领导班子2025年度民主生活会对照检查材料]",
            1,
        )
    ],
    good=[TEAM_GOOD, GOOD],
)
def rectification_part_missing(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw, kind = ctx.framework, ctx.outline.kind
    if fw is None or kind is None or kind.who is None or is_plan(ctx.outline):
        return  # (a rectification plan reports no rectification done)
    for part in fw.parts_for(kind.who):
        if not part_present(ctx.text, part.aliases, part.name):
            start, end = ctx.heading_anchor()
            yield rule.finding(ctx.text, start, end, who=kind.who, part=part.name, framework=fw.name)


def _first(pattern: re.Pattern[str], text: str, start: int) -> tuple[int, int] | None:
    m = pattern.search(text, start)
    return (m.start(), m.end()) if m else None


@code_rule(
    "E150",
    "voice-mismatch",
    "specificity",
    "warning",
    "材料标明是{who}材料，但查摆问题用的是{voice}的口吻（“{match}”）",
    "个人材料要以“我”检视自己，班子材料要以“班子”“我们”检视集体；口吻不对，多半是套用了别人的材料。",
    bad=[
        team_variant(
            "班子学习贯彻上级部署的系统性不够。比如，2025年5月县里部署耕地“非粮化”整治，班子只在党委会上传达了文件",
            "[我]学习贯彻上级部署的系统性不够。比如，2025年5月县里部署耕地“非粮化”整治，我只在党委会上传达了文件",
        ).replace(
            "班子调查研究不够深入。2025年班子成员到村调研41次", "我调查研究不够深入。2025年我到村调研41次"
        ),
        GOOD.replace("一是学得不够深。比如，2023年我只精读", "一是[班子]学得不够深。比如，2023年班子只精读")
        .replace("我发言稿", "班子发言稿")
        .replace("我两天后才安排核查", "班子两天后才安排核查")
        .replace("我对关键技术问题心中无数", "班子对关键技术问题心中无数")
        .replace("我更多依靠指挥部协调", "班子更多依靠指挥部协调")
        .replace("我听取廉政风险防控专题汇报", "班子听取廉政风险防控专题汇报"),
    ],
    good=[TEAM_GOOD, GOOD],
)
def voice_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    kind = ctx.outline.kind
    if (
        kind is None
        or kind.who is None
        or kind.voice is None
        or kind.evidence == "语气"
        or kind.voice == kind.who
    ):
        return
    problems = ctx.sections("problems")
    if not problems:
        return
    spoken_as_team = kind.voice in _TEAM_WORDS
    span = _first(_WE if spoken_as_team else _I, ctx.text, problems[0].heading_end)
    if span:
        yield rule.finding(
            ctx.text, *span, who=kind.who, voice="集体（班子、我们）" if spoken_as_team else "个人（我）"
        )
