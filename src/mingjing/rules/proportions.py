"""Proportions reviewers ask for: 查摆问题 and 剖析原因 together take at least the pack's share of the
material (default one half; some notices say two thirds), measured on the parsed outline.

Share = characters (whitespace not counted) of the problems and causes parts (and of a part analysing a
typical case against oneself, 反面典型案例剖析, r27) ÷ characters of the material after its title, judged in whole percents as it is reported. `share(outline)` is also reported in the review's stats and summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.frameworks.loader import DEFAULT_SHARE
from mingjing.model import Finding, Outline
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_LONG_MEASURES = (
    "（五）严守廉洁自律。",
    "（五）严守廉洁自律。" + "建立每周工作例会、每月专题督办、每季度总结评估的工作机制，"
    "对照整改清单逐项推进、逐项销号，做到问题不解决不放过、整改不到位不放过、群众不满意不放过。" * 6,
)


# r27: a part that analyses a typical case against oneself counts as 剖析 (the measures as long as above)
_CASE_PART = (
    "三、整改措施",
    (
        "三、典型案例剖析\n对照市纪委通报的某县交通局原局长插手工程招投标案件，我深刻认识到工程领域廉洁风险"
        "就在身边，对照检视自己，对项目招投标环节的监督还停留在听汇报、看材料上，没有深入到评标、签约等关键环"
        "节，防范意识和监督力度都有欠缺。这起案件的当事人也曾是业务骨干，从接受一次宴请开始，到为亲属承揽工程"
        "打招呼，一步步越过底线。反观自己，对分管科室的廉政谈话流于一般性提醒，对身边工作人员八小时以外的情况"
        "了解不多，对工程变更签证这类风险点没有建立台账，说明我对“破窗效应”的警惕还不够，对监督责任的认识还"
        "停留在不出事就行的层面。今后要把这起案件作为一面镜子，经常照一照、想一想。\n四、整改措施"
    ),
)


def _chars(text: str) -> int:
    return len("".join(text.split()))


def share(outline: Outline) -> float | None:
    """The problems+causes share of the material, or None when it has no problems part."""
    if not any(s.kind == "problems" for s in outline.sections):
        return None
    text = outline.document.text
    total = _chars(text[outline.title_end :])
    if not total:
        return None
    part = sum(
        _chars(text[s.start : s.end])
        for s in outline.sections
        if s.kind in ("problems", "causes")
        or (s.kind == "other" and _CASE_ANALYSIS.search(text, s.heading_start, s.heading_end))
    )
    return part / total


# a part that analyses a case against oneself (反面典型案例剖析, 以案为鉴、以案促改): 剖析 as much as the causes part,
# which the 2024 notices ask for beside it; told by its heading (r27)
_CASE_ANALYSIS = re.compile(r"案例剖析|典型案例|以案为鉴|以案促改|以案明纪|案例警示")


@code_rule(
    "S151",
    "problems-causes-share",
    "structure",
    "warning",
    "问题+原因 只占材料的 {share}，少于要求的 {required}：查摆问题和剖析原因写得不够",
    "通知普遍要求查摆问题、剖析原因的篇幅占一半以上（有的要求三分之二），不能把篇幅花在成绩和表态上。",
    bad=[GOOD.replace(*_LONG_MEASURES).replace("三、整改措施", "三、[整改措施]")],
    good=[
        GOOD,
        GOOD.replace(*_LONG_MEASURES).replace(*_CASE_PART),
        # no causes part at all: S104 names the part missing, the share it leaves short is no finding of its own
        GOOD[: GOOD.index("二、产生问题的原因")]
        + GOOD[GOOD.index("三、整改措施") :].replace(
            "（五）严守廉洁自律。",
            "（五）严守廉洁自律。每月对照整改清单逐项推进、逐项销号，做到问题不解决不放过。",
        ),
    ],
)
def problems_causes_share(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if not ctx.sections("causes") and not ctx.answering("causes"):
        # the causes part missing is S104's finding; the share it leaves short follows from it (r22). A merged
        # 原因及整改措施 part answers for the causes: its share is still measured, as before
        return
    value = share(ctx.outline)
    if value is None:
        return
    required = ctx.framework.problems_causes_share if ctx.framework else DEFAULT_SHARE
    # judged in whole percents, as the review reports the share (问题+原因 占 50%): 49.6 % is half, and
    # the warning never says 50 % is under 50 %
    if round(value * 100) < round(required * 100):
        anchor = ctx.sections("measures") or ctx.sections("problems")
        start, end = anchor[0].heading_start, anchor[0].heading_end
        yield rule.finding(ctx.text, start, end, share=f"{value:.0%}", required=f"{required:.0%}")
