"""Another place's name where only the own place can stand (R154, round r16, docs/review-copy-traces.md).

A material copied from another county's keeps that county's name once where a unit speaks of its own place:
the place whose development it serves (`为推动桐溪经济社会高质量发展` in a 柳溪县 bureau's material), whose
people it serves (`让桐溪群众`), which it builds (`建设美丽桐溪`), whose sector it serves (`推动临川教育事业`, r17). The own place is the name before 县, 市,
区, 州, 旗, 镇, 乡 or 街道 in the author's lines; the slot's word is read only when jieba takes it for a name
(a place's or a person's: unknown two-character names are tagged so), never a common word (县域, 城乡, 辖区);
and only when it stands once in the text: a place named twice is one the material speaks of.
"""

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

_OWN_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(县|市|区|州|旗|镇|乡|街道)")
_SLOT = Prefiltered(
    re.compile(
        r"(?:为|推动|促进|服务|助力|保障|推进)(?:全|我|本)?(?P<a>[\u4e00-\u9fff]{2})(?:经济社会|经济高质量|高质量)"
        r"|(?:为|让|使|给|带领|服务)(?P<b>[\u4e00-\u9fff]{2})(?:人民群众|广大群众|干部群众|父老乡亲|老百姓|百姓|群众)"
        r"|(?:建设|打造|奋力谱写|谱写)(?:美丽|幸福|平安|法治|健康|宜居|活力|和谐)(?P<c>[\u4e00-\u9fff]{2})"
        # the place whose sector the unit serves (推动临川教育事业高质量发展, round r17)
        r"|(?:推动|促进|助力|推进|服务)(?P<d>[\u4e00-\u9fff]{2})(?:教育|卫生健康|卫生|医疗卫生|文化|文旅|旅游|体育|交通运输"
        r"|交通|水利|水务|农业农村|农业|林业|民政|司法行政|统计|审计|税收|金融|工业|商务|科技|市场监管|城市管理|生态环境)"
        r"事业"
    )
)
_NAME_TAGS = ("ns", "nr", "nz")
_SIGN = "宁川县交通运输局局长 王建国"
_AT = "一是遇到难题有畏难情绪。"


def _own_places(lines: list[str]) -> list[tuple[str, str]]:
    """(name, rank word) of each place in the author's lines: (宁川, 县)."""
    return [
        (m.group(1), m.group(2))
        for line in lines
        for m in _OWN_PLACE.finditer(re.sub(r"^(?:中共|中国共产党)", "", line.strip()))
        if not m.group(1).startswith(("中共", "党委"))
    ]


def _a_name(word: str) -> bool:
    from mingjing.rules.postag import tag

    tagged = tag(word)
    return len(tagged) == 1 and tagged[0][1] in _NAME_TAGS


@code_rule(
    "R154",
    "other-place-as-own",
    "residue",
    "warning",
    "“{match}”与本单位所在地（{own}）不符：这里说的是本地，疑似照搬外地材料后地名未改",
    "“为推动××经济社会高质量发展”“让××群众”“建设美丽××”说的都是本单位所在的地方；写成别处的地名，"
    "多半是拿外地的材料改的。",
    bad=[
        GOOD.replace(_AT, "一是遇到难题有畏难情绪。为推动[桐溪]经济社会高质量发展贡献不够，"),
        GOOD.replace(_AT, "一是遇到难题有畏难情绪，在建设美丽[桐溪]中担当不够，"),
        GOOD.replace(_AT, "一是遇到难题有畏难情绪，推动[桐溪]交通运输事业发展的办法不多，"),
    ],
    good=[
        GOOD,
        GOOD.replace(_AT, "一是遇到难题有畏难情绪。为推动宁川经济社会高质量发展贡献不够，"),
        GOOD.replace(_AT, "一是遇到难题有畏难情绪。为推动全县经济社会高质量发展贡献不够，"),
        GOOD.replace(_AT, "一是遇到难题有畏难情绪，推动宁川交通运输事业发展的办法不多，"),
        GOOD.replace(_AT, "一是遇到难题有畏难情绪。学习桐溪县的经验不够，为推动桐溪与宁川协同发展贡献不够，"),
        GOOD.replace(_SIGN, "交通运输局局长 王建国").replace(
            _AT, "一是遇到难题有畏难情绪。为推动桐溪经济社会高质量发展贡献不够，"
        ),
    ],
)
def other_place_as_own(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    slots = list(_SLOT.finditer(text, ctx.outline.title_end))
    if not slots:
        return
    places = _own_places(own_lines(ctx))
    if not places:
        return
    names = {name for name, _ in places}
    for m in slots:
        group = next(g for g in ("a", "b", "c", "d") if m.group(g))
        word = m.group(group)
        if word in names or any(word in n or n in word for n in names):
            continue
        if text.count(word) > 1 or not _a_name(word):
            continue  # a place the material speaks of, or no name
        own = places[0][0]
        yield rule.finding(text, m.start(group), m.end(group), (own,), own=own + places[0][1])
