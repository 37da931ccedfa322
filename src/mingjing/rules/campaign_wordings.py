"""Another year's campaign wording as this material's requirement (R146, round r13b,
docs/review-copy-traces.md): `围绕“学史明理、学史增信、学史崇德、学史力行”的要求` — the 2021 党史学习教育's
requirement — in a 2022年度 material. Each campaign set its wordings (public facts: 守初心、担使命，找差距、
抓落实 for the 2019 主题教育; 学史明理… and 学党史、悟思想… for the 2021 党史学习教育; 学思想、强党性、重实践、
建新功 and 以学铸魂… for the 2023 主题教育; 学纪、知纪、明纪、守纪 for the 2024 党纪学习教育); a material of
another year that still follows one was copied from that year's. The material's year is the title's,
else its campaign's, else its framework's (`status_dates.own_year`); a sentence that looks back
(成果, 期间, 以来, 去年 …) names an old campaign's wording rightly, and so does the wording naming its
campaign (组织开展“学思想、强党性、重实践、建新功”主题教育: work reported, no requirement followed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.campaign_years import LOOKS_BACK
from mingjing.rules.sample import GOOD
from mingjing.rules.status_dates import own_year

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# a campaign's wording (its parts) → (the campaign, the material years it belongs to)
_WORDINGS: dict[tuple[str, ...], tuple[str, tuple[int, ...]]] = {
    ("守初心", "担使命", "找差距", "抓落实"): ("2019年主题教育", (2019, 2020)),
    ("理论学习有收获", "思想政治受洗礼", "干事创业敢担当", "为民服务解难题", "清正廉洁作表率"): (
        "2019年主题教育",
        (2019, 2020),
    ),
    ("学史明理", "学史增信", "学史崇德", "学史力行"): ("2021年党史学习教育", (2021,)),
    ("学党史", "悟思想", "办实事", "开新局"): ("2021年党史学习教育", (2021,)),
    ("学思想", "强党性", "重实践", "建新功"): ("2023年主题教育", (2023,)),
    ("以学铸魂", "以学增智", "以学正风", "以学促干"): ("2023年主题教育", (2023,)),
    ("凝心铸魂筑牢根本", "锤炼品格强化忠诚", "实干担当促进发展", "践行宗旨为民造福", "廉洁奉公树立新风"): (
        "2023年主题教育",
        (2023,),
    ),
    ("学纪", "知纪", "明纪", "守纪"): ("2024年党纪学习教育", (2024,)),
}
_JOIN = r"[、，,\s]*"
# each wording as a pattern, with the campaign and its years: only the wordings of other years are looked for
_PATTERNS = [
    (parts[0], re.compile(_JOIN.join(parts)), campaign, years)
    for parts, (campaign, years) in _WORDINGS.items()
]
_NAMES_CAMPAIGN = re.compile(r"[”\"]?(?:主题教育|学习教育|专题教育|教育活动|活动)")
_CLAUSE_END = "，。！？；\n"
# the old campaign's wording made a standing mechanism (学纪知纪明纪守纪长效机制: round r19): kept rightly
_LASTING = re.compile(r"[”\"]?的?(?:长效机制|常态化|长效化)")


@code_rule(
    "R146",
    "campaign-wording-of-another-year",
    "residue",
    "warning",
    "“{match}”是{campaign}的要求，与本材料的年份（{year}年）不符，疑似沿用往年材料未改",
    "每次学习教育有自己的总要求（党史学习教育的“学史明理、学史增信、学史崇德、学史力行”，党纪学习教育的"
    "“学纪、知纪、明纪、守纪”）；别的年份的材料还围绕这一要求，多半是照搬往年材料未改。",
    bad=[
        GOOD.replace(
            "按照县委要求，我认真学习",
            "按照县委要求，我围绕“[学史明理、学史增信、学史崇德、学史力行]”的要求，认真学习",
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(
            "按照县委要求，我认真学习",
            "按照县委要求，我围绕“学思想、强党性、重实践、建新功”的总要求，认真学习",
        ),
        GOOD.replace(
            "按照县委要求，我认真学习",
            "按照县委要求，我巩固党史学习教育“学史明理、学史增信、学史崇德、学史力行”的成果，认真学习",
        ),
        GOOD.replace("按照县委要求，我认真学习", "按照县委要求，我落实学纪知纪明纪守纪长效机制，认真学习"),
        GOOD.replace("王建国2023年度主题教育专题民主生活会", "王建国2024年度民主生活会").replace(
            "（一）理论武装不够自觉。",
            "（一）理论武装不够自觉。没有真正做到以学铸魂、以学增智、以学正风、以学促干。",
        ),
    ],
)
def campaign_wording_of_another_year(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    year: int | None = None
    for first, pattern, campaign, years in _PATTERNS:
        if first not in text:
            continue
        if year is None:
            year = own_year(ctx) or 0
        if not year or year in years:
            continue
        for m in pattern.finditer(text, ctx.outline.title_end):
            if year > max(years) and _kept_up(text, m):
                continue
            if _followed(text, m):
                yield rule.finding(text, m.start(), m.end(), campaign=campaign, year=year)


# a practice an earlier campaign set, kept up in a later year (没有真正做到以学铸魂…, 坚持以学铸魂…: round r25,
# residue25): the wording as what the author does or fails to do, no requirement this meeting follows
_KEPT_UP = re.compile(r"(?:做到|坚持|持续|深化|践行|推动|落实好|巩固)[^，。！？；\n]{0,4}$")


def _kept_up(text: str, m: re.Match[str]) -> bool:
    start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
    head = text[start : m.start()].rstrip('“"')
    return bool(_KEPT_UP.search(head)) and "要求" not in text[m.end() : m.end() + 6]


def _followed(text: str, m: re.Match[str]) -> bool:
    """Whether the wording is followed as this material's requirement: not in a clause that looks back
    (巩固…的成果), not naming its campaign (“学思想…”主题教育: work reported)."""
    start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
    ends = [i for i in (text.find(c, m.end()) for c in _CLAUSE_END) if i >= 0]
    return (
        not LOOKS_BACK.search(text, start, min(ends, default=len(text)))
        and not _NAMES_CAMPAIGN.match(text, m.end())
        and not _LASTING.match(text, m.end())
    )
