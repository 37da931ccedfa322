"""Another kind of development zone written bare as the own one (R138, round r13,
docs/review-copy-traces.md): `对近年来高新区发展中出现的新情况研究不深` in the material of a 经济技术开发区.
A zone's material calls itself by its kind's short word (开发区, 经开区, 高新区); a bare short word of
another kind (no place name before it) is the other zone's material copied. 开发区 is every zone's
word and is never read; a zone named with its place (苏州高新区) or visited, joined or learnt from
(赴…, 与…, 到…学习) is another unit spoken of and stays quiet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample_team import team_variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# the own zone's kinds by the words of its full name in the author's lines
_OWN_KINDS = (
    ("高新技术产业开发区", "高新区"),
    ("高新区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("经开区", "经开区"),
    ("综合保税区", "保税区"),
    ("保税区", "保税区"),
    ("自由贸易试验区", "自贸区"),
    ("自贸区", "自贸区"),
)
_SHORT = Prefiltered(re.compile(r"高新区|经开区|保税区|自贸区"))
# a character a place name does not end with: the short word stands bare after it
_BARE_BEFORE = frozenset("，。；：、（“\n 对在为把将从于是了来年的全本我该各其整个月底初后前中")
# a verb of the own zone's development before the short word (为推动经开区高质量发展, round r17)
_OWN_VERB = re.compile(r"(?:推动|促进|助力|推进|服务|建设|打造|发展壮大)$")
_SPOKEN_OF = re.compile(r"(?:与|和|同|向|赴|到|去|及|、|比|像|如|学习|借鉴|参照|对标)[^，。；：\n]{0,3}$")
_VISITED = re.compile(r"^(?:的)?(?:学习|考察|参观|交流|合作|对接|调研|取经|协作|共建)")


def own_zone_kinds(lines: list[str]) -> set[str]:
    return {kind for line in lines for word, kind in _OWN_KINDS if word in line}


@code_rule(
    "R138",
    "other-kind-of-zone",
    "residue",
    "warning",
    "“{match}”与本材料的单位（{own}）不是一类园区，疑似照搬其他园区的材料后未改",
    "开发区、高新区、经开区的材料用自己的简称称呼本园区；不带地名的别一类园区简称（经开区的材料里写"
    "“高新区发展中出现的新问题”），多半是拿别的园区的材料改的。",
    bad=[
        team_variant("桐溪镇党委领导班子", "临川经济技术开发区党工委领导班子").replace(
            "班子调查研究不够深入。", "班子调查研究不够深入，对近年来[高新区]企业用工难的问题研究不深。"
        ),
        team_variant("桐溪镇党委领导班子", "临川高新技术产业开发区党工委领导班子").replace(
            "班子调查研究不够深入。", "班子调查研究不够深入，为推动[经开区]高质量发展出力不够。"
        ),
    ],
    good=[
        team_variant("桐溪镇党委领导班子", "临川经济技术开发区党工委领导班子").replace(
            "班子调查研究不够深入。", "班子调查研究不够深入，对近年来经开区企业用工难的问题研究不深。"
        ),
        team_variant("桐溪镇党委领导班子", "临川经济技术开发区党工委领导班子").replace(
            "班子调查研究不够深入。", "班子调查研究不够深入，赴苏州高新区学习后没有形成可操作的措施。"
        ),
        team_variant("桐溪镇党委领导班子", "临川高新技术产业开发区党工委领导班子").replace(
            "班子调查研究不够深入。", "班子调查研究不够深入，对近年来高新区企业用工难的问题研究不深。"
        ),
    ],
)
def other_kind_of_zone(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    own: set[str] | None = None
    lines: list[str] = []
    for m in _SHORT.finditer(text, ctx.outline.title_end):
        if own is None:
            lines = own_lines(ctx)
            own = own_zone_kinds(lines)
        if not own or m.group() in own:
            continue
        if (
            m.start() > 0
            and text[m.start() - 1] not in _BARE_BEFORE
            and not _OWN_VERB.search(text, max(0, m.start() - 4), m.start())
        ):
            continue  # a place name before it: another zone spoken of (苏州高新区)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _SPOKEN_OF.search(text, line_start, m.start()) or _VISITED.match(text, m.end()):
            continue
        named = next(line for line in lines if any(word in line for word, _ in _OWN_KINDS))
        # the own zone's short word, or 开发区, every zone's (round r15)
        yield rule.finding(text, m.start(), m.end(), (*sorted(own), "开发区"), own=named)
