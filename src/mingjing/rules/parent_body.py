"""The own unit's superior of another kind (R168, round r19).

A 社区 or a 村 answers to one body above it: a 街道党工委 in a town's districts, a 镇党委 or a 乡党委 in the
country. A material copied from a unit under the other kind keeps its superior (`根据镇党委和社区党委的
安排` in a 社区's material whose text elsewhere answers to the 街道: `社区在街道月度考评中被扣分`). The own unit's
kind is read from the author's lines (`copy_traces.own_lines`); the superior's kind from the text's bare
mentions (街道, 街道党工委; 镇党委, 乡政府: the body named without a name of its own, so a neighbouring
`白沙镇` or a visit to a town is no superior). Where the author's lines name the superior, or the text
names both kinds, the kind the lines name, or else the one the text names more often (for a tie, 街道 above
a 社区, 镇 or 乡 above a 村), is the own superior; the other kind's bare mentions, once or twice, are flagged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"

# a bare body above: after a function word or a mark, not after a name of its own
_BARE = (
    r"(?:(?<=根据)|(?<=按照)|(?<=依照)|(?<=配合)|(?<=接受)|(?<=服从)|(?<=落实)|(?<=完成)|(?<=上级)"
    r"|(?<=[向经在由和与及报请对从给被将把，。；、：\n“（]))"
)
_STREET = Prefiltered(
    re.compile(
        _BARE
        + r"(?P<body>街道(?:党工委|工委|办事处|党委|纪工委)?)(?!两侧|两旁|路面|卫生|整洁|环境|绿化|保洁|清扫|干净|上)"
    )
)
_TOWN = Prefiltered(re.compile(r"(?P<body>[镇乡](?:党委|政府|人民政府|党委政府|纪委))"))
# the bare mark before a town's body, read on the two characters before it
_BARE_BEFORE = re.compile(
    r"(?:根据|按照|依照|配合|接受|服从|落实|完成|上级|.?[向经在由和与及报请对从给被将把，。；、：\n“（]|^)$"
)
_OWN = re.compile(r"(?P<kind>社区|村)(?:党委|党总支|党支部|居委会|村委会|两委|委员会|[\s\u3000（(]|$)")
_MAX = 2  # a superior named more often is the material's own usage


@code_rule(
    "R168",
    "other-kind-of-superior",
    "residue",
    "warning",
    "“{match}”与本单位（{own}）的上级（{superior}）不是同一种，疑似照搬其他{kind}的材料后未改",
    "社区、村只有一个上级：城里的社区归街道，农村的村归乡镇。材料别处写的是街道，这里却冒出“镇党委”"
    "（或者反过来），多半是拿别处的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "安澜社区党委委员、居委会副主任 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。根据[镇党委]和社区党委的安排，我负责网格巡查，社区在街道月度考评中被扣分。",
        ),
        GOOD.replace(_SIGN, "石桥村党支部书记 王建国").replace(
            _IN,
            "一是遇到难题有畏难情绪。按照镇党委部署，我落实[街道党工委]交办的任务不够及时，镇政府督查时指出了问题。",
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "安澜社区党委委员、居委会副主任 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。根据街道党工委的安排，我负责网格巡查，社区在街道月度考评中被扣分。"
        ),
        GOOD.replace(_SIGN, "白沙镇安澜社区党委委员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。根据镇党委的安排，我负责网格巡查，街道两侧的卫生死角清理不及时。"
        ),
        GOOD.replace(_SIGN, "石桥村党支部书记 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。到城关街道学习老旧小区改造经验后，向镇党委汇报不及时。"
        ),
    ],
)
def other_kind_of_superior(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    begin = ctx.outline.title_end
    streets = list(_STREET.finditer(text, begin))
    if not streets:
        return
    towns = [
        m for m in _TOWN.finditer(text, begin) if _BARE_BEFORE.match(text[max(0, m.start() - 2) : m.start()])
    ]
    if not streets or not towns:
        return
    lines = own_lines(ctx)
    kinds = {m.group("kind") for line in lines for m in _OWN.finditer(line)}
    if len(kinds) != 1:
        return
    own = kinds.pop()
    named_street = any("街道" in line for line in lines)
    named_town = any(re.search(r"[镇乡](?!村)", line) for line in lines)
    if named_street and named_town:
        return
    if named_street or named_town:
        street_is_own = named_street
    elif len(streets) != len(towns):
        street_is_own = len(streets) > len(towns)
    else:
        street_is_own = own == "社区"
    other, superior = (towns, "街道") if street_is_own else (streets, "乡镇")
    if len(other) > _MAX:
        return
    kind = "乡镇下的" + own if street_is_own else "街道下的" + own
    town = next((m.group("body")[0] for m in towns), "镇")
    for m in other:
        body = m.group("body")
        fix = _TO_STREET[body[1:]] if street_is_own else town + _TO_TOWN[body[2:]]
        yield rule.finding(
            text, m.start("body"), m.end("body"), (fix,), own=own, superior=superior, kind=kind
        )


# the same body under the other kind: a town's organ by its street's, and back
_TO_STREET = {
    "党委": "街道党工委",
    "政府": "街道办事处",
    "人民政府": "街道办事处",
    "党委政府": "街道党工委、办事处",
    "纪委": "街道纪工委",
}
_TO_TOWN = {"": "", "党工委": "党委", "工委": "党委", "党委": "党委", "办事处": "政府", "纪工委": "纪委"}
