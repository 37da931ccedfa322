"""The superior's Party organ named once as another body's (R198; round r25, residue25).

A material's opening says whose arrangement the meeting follows (`所党委按照市农业农村局党组的部署`); where the
body later speaks of the superior's requirement again, a material copied from a unit under another superior
keeps that superior's organ (`市林科院党委提出的“一所一案”要求没有落实` in a 中药材研究所's material). Read: the
one superior organ the opening names after 按照/根据/遵照 (a unit's 党组 or 党委, not a place's committee; where
the opening names none, the one the body names before the later mention);
reported: a later organ of another unit, named once, whose requirement or arrangement the own unit carries out
(提出的, 部署的, 的部署, 的要求, 交办的). Quiet: the own unit's organ, a partner (与, 配合, 联合), an opening that names
no superior organ or two, an organ the text names more than once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.opening_facts import _opening
from mingjing.rules.own_unit_frames import in_order
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# a unit's organ: the level, the unit's name (two characters at least), 党组 or 党委
_ORGAN = r"[省市县区州旗](?:(?![的和与及在对把将、，。“”])[\u4e00-\u9fff]){2,12}?(?:党组|党委)"
# the superior after 按照, also last of a list (按照市纪委监委和市国资委党委关于…: r26)
_SUPERIOR = re.compile(
    r"(?:按照|根据|遵照|按)(?:[^，。；：\n]{2,12}?(?:和|、|及))?(?P<organ>" + _ORGAN + r")"
    r"(?:的|关于|统一|部署|要求|安排|通知)"
)
_CARRIED = Prefiltered(
    re.compile(
        r"(?P<organ>" + _ORGAN + r")(?:提出的|部署的|交办的|下达的|明确的|的部署|的要求|的安排|关于)"
        # the organ the own unit reports to (及时向市国资委党委报告: r26): its superior too
        r"|(?<=向)(?P<to>" + _ORGAN + r")(?=(?:和[^，。；：\n]{2,10}?)?(?:报告|汇报|请示|报送|报备))"
    )
)
# a place's own committees: never a unit's superior organ in this sense
_PLACE = re.compile(r"^[省市县区州旗](?:委|纪委|政府)")
_PARTNER = re.compile(r"(?:与|和|同|跟|及|、|联合|会同|配合|协同|兄弟|其他|到|赴|向)[^，。；：\n]{0,3}$")

# an organ's 党组 named bare as the superior whose arrangement the own unit carries out (按照局党组的统一部署,
# round r28): only a unit under that organ (a bureau's, a department's) writes it so
_BARE_ORGAN = Prefiltered(
    re.compile(
        r"(?:按照|根据|遵照|落实|贯彻)(?:上级)?(?P<organ>(?P<kind>[局厅委办])党组)(?:的)?(?:统一|有关)?"
        r"(?:部署|要求|安排|决策部署|工作部署)"
    )
)
# the superior organ the opening (else the body before) names, however long (高新区非公有制经济组织和社会组织党委)
_ANY_SUPERIOR = re.compile(
    r"(?:按照|根据|遵照)(?P<organ>[^，。；：“”\n]{2,30}?(?:党工委|两新工委|党委|党组|党总支))(?:的|关于|统一|部署|要求|安排|通知)"
)

_SAID = "按照县委要求，"
_AT = "一是遇到难题有畏难情绪。"


@code_rule(
    "R198",
    "other-superior-organ",
    "residue",
    "warning",
    "“{match}”与开头写的上级“{own}”不一致：本单位落实的是上级党组织的要求，疑似照搬其他单位材料后未改",
    "开头交代按照哪个上级党组（党委）的部署开会；正文再说落实上级要求时，写成另一个单位的党组（党委），多半是拿"
    "隶属别处的单位的材料改的。",
    bad=[
        # a bureau's bare 党组 followed as the superior in a firm's branch (round r28)
        GOOD.replace("王建国2023年度主题教育专题民主生活会个人", "宁川软件有限公司党支部2025年度组织生活会")
        .replace("宁川县交通运输局局长 王建国", "宁川软件有限公司党支部书记 王建国")
        .replace(_SAID, "根据高新区综合党委的通知要求，")
        .replace(_AT, _AT + "支部按照[局党组]的统一部署开展工作，主动谋划不够。"),
        GOOD.replace(_SAID, "按照市交通运输局党组的部署，").replace(
            _AT, _AT + "[市住建局党组]提出的“一线工作法”要求没有落实。"
        ),
        # the superior last of a list, another unit's organ the own unit reports to (r26)
        GOOD.replace(_SAID, "按照市纪委监委和市交通运输局党组的通知要求，").replace(
            _AT, _AT + "整改情况没有及时向[市住建局党组]和市纪委监委报告。"
        ),
    ],
    good=[
        GOOD.replace(_SAID, "根据市交通运输局党组的通知要求，").replace(
            _AT, _AT + "按照局党组的统一部署开展工作，主动谋划不够。"
        ),
        GOOD.replace(_SAID, "按照市纪委监委和市交通运输局党组的通知要求，").replace(
            _AT, _AT + "整改情况没有及时向市交通运输局党组和市纪委监委报告。"
        ),
        GOOD.replace(_SAID, "按照市交通运输局党组的部署，").replace(
            _AT, _AT + "市交通运输局党组提出的“一线工作法”要求没有落实。"
        ),
        GOOD.replace(_SAID, "按照市交通运输局党组的部署，").replace(
            _AT, _AT + "配合市住建局党组提出的联合检查要求，我局参加不主动。"
        ),
        GOOD.replace(_SAID, "按照县委和市交通运输局党组的部署，").replace(
            _AT, _AT + "县委提出的“一线工作法”要求没有落实。"
        ),
    ],
)
def other_superior_organ(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _bare_organ_superior(ctx, rule)
    text = ctx.text
    carried = list(_CARRIED.finditer(text, ctx.outline.title_end))
    if not carried:
        return
    lo, hi = _opening(ctx)
    superiors = {m["organ"] for m in _SUPERIOR.finditer(text, lo, hi) if not _PLACE.match(m["organ"])}
    if not superiors:  # the opening names none: the superior the body names before (按照…党组的部署)
        named = [m for m in _SUPERIOR.finditer(text, ctx.outline.title_end) if not _PLACE.match(m["organ"])]
        superiors = {m["organ"] for m in named}
        hi = named[0].end() if named else hi
    if len(superiors) != 1:
        return
    (own,) = superiors
    lines = "\n".join(own_lines(ctx))
    for m in carried:
        if m.start() < hi:
            continue
        organ = m["organ"] or m["to"]
        if organ == own or _PLACE.match(organ) or text.count(organ) > 1:
            continue
        name = organ[1:-2]
        if name in lines or in_order(name, own) or in_order(own[1:-2], organ):
            continue  # the own unit's organ, or the superior abbreviated
        line_start = max(text.rfind(c, 0, m.start()) for c in "\n。；") + 1
        if m["organ"] and _PARTNER.search(text, line_start, m.start()):
            continue
        yield rule.finding(text, m.start(), m.start() + len(organ), (own,), own=own)


def _bare_organ_superior(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """按照局党组的统一部署 where the superior the opening names (高新区…党委, 镇党委) and the author's lines name no
    局: a bureau's organ left from a material of a unit under a bureau (round r28)."""
    text = ctx.text
    bare = list(_BARE_ORGAN.finditer(text, ctx.outline.title_end))
    if not bare:
        return
    lo, hi = _opening(ctx)
    named = list(_ANY_SUPERIOR.finditer(text, lo, hi)) or [
        m for m in _ANY_SUPERIOR.finditer(text, ctx.outline.title_end) if m.start() < bare[0].start()
    ]
    superiors = {m["organ"] for m in named}
    if len(superiors) != 1:
        return
    (own,) = superiors
    lines = "\n".join(own_lines(ctx))
    for m in bare:
        kind = m["kind"]
        if kind in own or kind in lines or text.count(kind + "党组") > 1:
            continue
        yield rule.finding(text, m.start("organ"), m.end("organ"), (own,), own=own)
