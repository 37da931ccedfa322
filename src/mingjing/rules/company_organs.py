"""Another company's Party organ written where the own one acts (R199, round r28, residue28).

A company's material copied from another company's keeps, in a measure the own organ carries out, the other
company's organ as its subject (`金穗面业公司党委对基层支部“三会一课”记录每季度检查一次` in 禾丰粮油集团有限公司's
material). Read: the own company's name in the author's lines (title, signature); reported: a named company's
党委, 党总支 or 党支部 at a clause's start, before what it does (对, 每季度, 定期, 负责 …), named once and not the own
one. Quiet: a subsidiary or branch named as such (子公司, 分公司, 所属, 下属), a partner (与, 和, 配合, 向, 督促,
指导), the own company's short name, a material whose lines name no company."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.own_unit_frames import in_order
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_END = "（五）严守廉洁自律。"

# the own company in the author's lines: its name up to its kind word
_OWN_COMPANY = re.compile(
    r"[\u4e00-\u9fff]{2,16}?(?:集团)?(?:有限责任公司|股份有限公司|有限公司|公司)|[\u4e00-\u9fff]{2,16}?集团(?!有限|股份|公司)"
)
# a named company's organ at a clause's start, before what it does
_OTHER_ORGAN = Prefiltered(
    re.compile(
        r"(?:^|(?<=[；。：\n]))(?P<name>(?![本我该各全母子总分])[\u4e00-\u9fff]{2,8}?(?:公司|集团))"
        r"(?P<organ>党委|党总支|党支部)(?=对|每[年季月半周]|定期|负责|牵头|坚持|建立|落实|要|将|按)"
    )
)
# a company named as part of the own group or as a partner: named rightly
_NOT_OTHER = re.compile(r"子公司|分公司|所属|下属|权属|控股|参股|集团公司|母公司")


_NOUN_TAGS = ("n", "nr", "ns", "nz", "nt", "nrt", "nrfg", "ng", "j")


def _a_name(words: str) -> bool:
    """A company's name before its kind word: nouns only (金穗|面业, 城投), no verb or time word that opens the clause
    (制定|集团党委, 今年|公司党委)."""
    import rjieba

    return all(t in _NOUN_TAGS for _, t in rjieba.tag(words))


@code_rule(
    "R199",
    "other-company-organ",
    "residue",
    "warning",
    "“{match}”与本材料的单位（{own}）不符：措施应由本单位的党组织落实，疑似照搬其他企业的材料后未改",
    "企业的对照检查材料里，整改措施由本企业党委（党支部）落实；主语写成另一家企业的党组织，多半是拿别的企业的材料"
    "改的，只改了标题和落款。",
    bad=[
        GOOD.replace(_SIGN, "青禾种业有限公司党委书记 王建国").replace(
            _END, _END + "[丰源饲料公司党委]每季度检查一次基层支部的学习记录。"
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "青禾种业有限公司党委书记 王建国").replace(
            _END, _END + "公司党委每季度检查一次基层支部的学习记录。"
        ),
        GOOD.replace(_SIGN, "青禾种业集团有限公司党委书记 王建国").replace(
            _END, _END + "所属丰源饲料公司党委每季度检查一次基层支部的学习记录。"
        ),
        GOOD.replace(_SIGN, "青禾种业有限公司党委书记 王建国").replace(
            _END, _END + "青禾种业公司党委每季度检查一次基层支部的学习记录。"
        ),
        GOOD.replace(_END, _END + "丰源饲料公司党委每季度检查一次基层支部的学习记录。"),
    ],
)
def other_company_organ(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    found = list(_OTHER_ORGAN.finditer(text, ctx.outline.title_end))
    if not found:
        return
    lines = own_lines(ctx)
    owns = [m.group() for line in lines for m in _OWN_COMPANY.finditer(line)]
    if not owns:
        return
    joined = "\n".join(lines)
    own = owns[0]
    kind = "集团" if own.endswith("集团") else "公司"
    for m in found:
        name = m["name"]
        if text.count(name) > 1 or name in joined or any(in_order(name[:-2], o) for o in owns):
            continue
        if _NOT_OTHER.search(text, max(0, m.start() - 4), m.end("name")) or not _a_name(name[:-2]):
            continue
        yield rule.finding(text, m.start(), m.end(), (kind + m["organ"],), own=own)
