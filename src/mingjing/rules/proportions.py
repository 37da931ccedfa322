"""Proportions reviewers ask for: 查摆问题 and 剖析原因 together take at least the pack's share of the
material (default one half; some notices say two thirds), measured on the parsed outline.

Share = characters (whitespace not counted) of the problems and causes parts ÷ characters of the
material after its title, judged in whole percents as it is reported. `share(outline)` is also reported in the review's stats and summary.
"""

from __future__ import annotations

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
    part = sum(_chars(text[s.start : s.end]) for s in outline.sections if s.kind in ("problems", "causes"))
    return part / total


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
