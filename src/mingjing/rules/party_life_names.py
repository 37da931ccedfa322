"""A short fixed name of Party life or of the framework with an inner character dropped (T327): 参加组织生会 for
组织生活会, 三会课 for 三会一课, 一岗责 for 一岗双责.

F129 (rules/formulation_slip.py) reads the formulations of six characters or more for a dropped character, T147
(rules/phrase_gaps.py) the genre's terms of five or more; the names of the meetings of Party life were in neither
list (民主生活会, 组织生活会), and four-character names (三会一课, 主题党日, 一岗双责) are read by neither (round r25,
from set 49's `参加组织生会`). A variant T147 already reads (民主集制) is left to it. Each name's variants with one inner
character dropped are looked for, unless the variant is a word or a phrase in use (主题日, 谈谈话), or its first
character ends a word with the one before it (人民生活会更好 is 人民 + 生活 + 会, not 民主生活会 without 主).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# the meetings, systems and short names of Party life and of the frameworks, public facts (党章, 中国共产党支部
# 工作条例, 县以上党和国家机关党员领导干部民主生活会若干规定)
NAMES = (
    "民主生活会",
    "组织生活会",
    "专题民主生活会",
    "专题组织生活会",
    "三会一课",
    "主题党日",
    "党员活动日",
    "民主集中制",
    "民主评议党员",
    "一岗双责",
    "两学一做",
    "谈心谈话",
    "理论学习中心组",
    "支部委员会",
    "第一议题",
)
# variants that are words or phrases in their own right
_IN_USE = frozenset({"主题日", "谈谈话", "中心学习", "第一题", "党组会"})


@lru_cache(maxsize=1)
def _variants() -> tuple[dict[str, str], re.Pattern[str]]:
    import rjieba

    from mingjing.rules.phrase_gaps import gap_index

    gaps = gap_index()
    out: dict[str, str] = {}
    for name in NAMES:
        for i in range(1, len(name) - 1):
            v = name[:i] + name[i + 1 :]
            if v in _IN_USE or v in gaps or rjieba.has_word(v) or any(v in n for n in NAMES):
                continue
            out.setdefault(v, name)
    return out, re.compile("|".join(sorted(map(re.escape, out), key=len, reverse=True)))


def find(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the name) of every variant that stands as a word of its own."""
    import rjieba

    from mingjing.rules.formulation_slip import _cut_across

    variants, pattern = _variants()
    for m in pattern.finditer(text):
        i = m.start()
        if i > 0 and rjieba.has_word(text[i - 1 : i + 1]) and _cut_across(text, i):
            continue
        yield i, m.end(), variants[m.group()]


@code_rule(
    "T327",
    "party-life-name-dropped",
    "typo",
    "warning",
    "“{match}”漏了字，应为“{suggestion}”",
    "民主生活会、组织生活会、三会一课、主题党日、民主集中制、一岗双责这类党内生活和制度的名称是固定的，"
    "漏掉中间一个字（组织生会、三会课、一岗责）就是错字。漏字后恰好成词（主题日、谈谈话）或者前一个字与"
    "别的字连成词（人民生活会更好）时不提示。",
    bad=[
        variant("按照县委要求，", "按照县委要求，我请假没有参加[组织生会]，"),
        variant("按照县委要求，", "按照县委要求，支部的[三会课]记录不全，"),
        variant("按照县委要求，", "按照县委要求，落实[一岗责]还有温差，"),
    ],
    good=[
        variant(
            "按照县委要求，",
            "按照县委要求，按时参加民主生活会和组织生活会，落实“三会一课”、主题党日和一岗双责，"
            "开展主题日活动，农村居民生活会越来越好，",
        ),
    ],
)
def party_life_name_dropped(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, name in find(text):
        yield rule.finding(text, start, end, (name,))
