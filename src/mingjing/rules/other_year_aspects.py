"""Another year's framework aspect as a heading or a `在…方面` (R150, round r14, docs/review-copy-traces.md).

Each year's meeting examines its own aspects (the packs in `frameworks/packs/`); a problem heading that
names an aspect of another year's pack, and none of the own one's, is last year's material's heading
kept. C104 (coverage) said so of such a heading since round 1; the finding is now a residue finding,
R150, naming the year it comes from, and C104 stands aside for the same heading (one report, not two).
R121 reads `带头…` phrases inside headings and keeps doing so; R150 stands aside where R121 reports.

R150 also reads a `在X方面` inside a problem's text (`一是在求真务实、狠抓落实方面还有差距`): X names another
year's aspect outright (its name, full wording or an alias) and is at least six characters long — the
short aspects (理论学习, 工作作风, 廉洁自律, 政治纪律) are every year's ordinary words and are never read in
the text. Sibling packs of the same year and meeting, and the standing rules (no year), are no other
year's; a sentence that looks back (上年度, 2023年主题教育中, 对照…查摆的问题) names the other year rightly."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding, Item
from mingjing.parse.aspects import strong_aspect
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample_team import TEAM_GOOD, team_variant

if TYPE_CHECKING:
    from mingjing.frameworks.loader import Framework
    from mingjing.rules.context import ReviewContext

_IN_ASPECT = Prefiltered(re.compile(r"在(?P<x>[^，。；：！？\n在]{6,30}?)方面"))
_BODY_MIN = 6
_SHORT_MIN = 4  # a short aspect (担当作为) read in a heading only
# a heading's aspect phrase: （二）在X方面。, 关于X方面存在的问题, X情况
_HEADING_PHRASE = re.compile(
    r"^(?:在|关于|对照|聚焦)?(?P<x>[^。：:]{2,40}?)(?:方面)?(?:存在的问题|的问题|问题)?[。：:]?$"
)
_BACK = re.compile(
    r"上年度?|去年|上一年度|往年|以往|此前|曾经|回头看|20\d{2}年(?:度|主题教育|党史|党纪)|整改落实"
)


def _others(ctx: ReviewContext) -> list[Framework]:
    fw = ctx.framework
    if fw is None or fw.pending or fw.year is None:
        return []
    # an earlier year's only: a later year's pack cannot have been copied, and a pack of the same year
    # (that year's 组织生活会 beside its 民主生活会) shares the campaign's words
    return [o for o in ctx.frameworks.values() if o.year is not None and o.year < fw.year]


def _core(name: str) -> str:
    return re.sub(r"[“”\"、，,\s]", "", name).removeprefix("带头")


def _perennial(ctx: ReviewContext, name: str, *, before: bool = False) -> bool:
    """An aspect named by the packs of two years or more (学习贯彻习近平新时代中国特色社会主义思想, 2022 and
    2023; 履行全面从严治党政治责任, 2023 and 2024) is every year's theme, no one year's mark. `before`: only
    the years up to the material's count (a later pack cannot have been copied)."""
    core = _core(name)
    own = ctx.framework.year if ctx.framework is not None else None
    years = {
        fw.year
        for fw in ctx.frameworks.values()
        if fw.year is not None
        and not (before and own is not None and fw.year > own)
        and any(core in _core(a.name) or _core(a.name) in core for a in fw.aspects if len(_core(a.name)) >= 4)
    }
    return len(years) >= 2


def heading_of_another_year(ctx: ReviewContext, item: Item) -> Framework | None:
    """The earlier year's pack whose aspect an unmapped problem heading names outright (six characters
    or more: 践行宗旨、服务人民), or None. A short aspect (担当作为, 能力本领: four characters) is read too
    where the own pack names its aspects at length (round r19): a heading that is nothing but an earlier
    pack's short aspect, in no own aspect's words, is that year's heading kept."""
    if item.aspect:
        return None
    m = _HEADING_PHRASE.match(item.heading.strip())
    if m is None:
        return None
    for other in _others(ctx):
        name = _names_outright(other, m.group("x"))
        if name and not _perennial(ctx, name):
            return other
    phrase = _core(m.group("x")).removesuffix("方面")
    if _SHORT_MIN <= len(phrase) < _BODY_MIN and _long_own_aspects(ctx) and not _in_own(ctx, phrase):
        for other in _others(ctx):
            name = _names_outright(other, phrase, minimum=_SHORT_MIN)
            if name and not _perennial(ctx, name, before=True):
                return other
    return None


def _long_own_aspects(ctx: ReviewContext) -> bool:
    fw = ctx.framework
    return fw is not None and all(len(_core(a.name)) >= _BODY_MIN for a in fw.aspects if not a.placeholder)


def _in_own(ctx: ReviewContext, phrase: str) -> bool:
    """The phrase is words of an own aspect (担当作为 of 带头干事创业、担当作为)."""
    fw = ctx.framework
    assert fw is not None
    return any(
        phrase in _core(p) for a in fw.aspects for p in (a.name, a.full or "", *(a.aliases or ())) if p
    )


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in "。！？；\n") + 1
    hi = min((k for k in (text.find(c, end) for c in "。！？；\n") if k >= 0), default=len(text))
    return text[lo:hi]


@code_rule(
    "R150",
    "aspect-of-another-year",
    "residue",
    "warning",
    "“{match}”是{other}的对照方面，不属于本次框架（{framework}），疑似沿用往年材料的方面未改",
    "每年民主生活会、组织生活会对照的方面不同；问题标题或“在……方面”写的是往年框架的方面，多半是照搬了往年的"
    "材料。标题里的这类情形过去由C104（覆盖）提示，现在作为残留痕迹提示，C104不再重复。",
    bad=[
        team_variant("（二）在带头干事创业、担当作为方面。", "（二）[在践行宗旨、服务人民方面]。"),
        team_variant("班子调查研究不够深入。", "班子[在求真务实、狠抓落实方面]有差距，调查研究不够深入。"),
    ],
    good=[
        TEAM_GOOD,
        team_variant(
            "班子调查研究不够深入。",
            "班子调查研究不够深入，2023年主题教育中在求真务实、狠抓落实方面查摆的问题还有1个没有销号。",
        ),
        team_variant("班子调查研究不够深入。", "班子在担当作为方面有差距，调查研究不够深入。"),
        team_variant(
            "（二）在带头干事创业、担当作为方面。", "（二）在学习贯彻习近平新时代中国特色社会主义思想方面。"
        ),
    ],
)
def aspect_of_another_year(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    others = _others(ctx)
    if not others:
        return
    fw = ctx.framework
    assert fw is not None
    text = ctx.text
    headings = []
    # the own aspect the copied heading stands for, when exactly one is missing (C104's suggestion)
    present = {i.aspect for i in ctx.items("problems") if i.aspect}
    missing = [a.name for a in fw.aspects if a.name not in present and not a.placeholder]
    suggestion = (f"在{missing[0]}方面",) if len(missing) == 1 else ()
    for item in ctx.items("problems"):
        headings.append((item.heading_start, item.heading_end))
        other = heading_of_another_year(ctx, item)
        if other is not None and not _r121_reports(ctx, item):
            yield rule.finding(
                text, item.heading_start, item.heading_end, suggestion, other=other.name, framework=fw.name
            )
    section = next((s for s in ctx.outline.sections if s.kind == "problems"), None)
    if section is None:
        return
    for m in _IN_ASPECT.finditer(text, section.start, section.end):
        if any(s <= m.start() < e for s, e in headings):
            continue
        x = m.group("x")
        if strong_aspect(fw, "在" + x + "方面") or _BACK.search(_sentence(text, m.start(), m.end())):
            continue
        other = next(
            (o for o in others if (name := _names_outright(o, x)) and not _perennial(ctx, name)), None
        )
        if other is not None:
            yield rule.finding(text, m.start(), m.end(), other=other.name, framework=fw.name)


def _names_outright(fw: Framework, phrase: str, *, minimum: int = 6) -> str | None:
    """The aspect of the pack whose name, full wording or an alias the phrase is (quotes, separators and a
    leading 带头 aside), `minimum` characters or more; None when it is none."""
    squashed = _core(phrase)
    if len(squashed) < minimum:
        return None
    for a in fw.aspects:
        for p in (a.name, a.full or "", *(a.aliases or ())):
            if p and _core(p).removesuffix("方面").removesuffix("情况") == squashed.removesuffix("情况"):
                return a.name
    return None


def _r121_reports(ctx: ReviewContext, item: Item) -> bool:
    from mingjing.rules.copy_traces import foreign_heading_phrase

    return foreign_heading_phrase(ctx, item.heading) is not None
