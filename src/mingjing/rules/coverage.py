"""Coverage: every aspect of the detected framework present, in order, not empty; no aspects that
belong to another year's framework (a sign of a copied old material)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding, Item
from mingjing.parse.aspects import strong_aspect
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

MIN_BODY = 8  # characters of substance an aspect item needs beyond its heading

_NO_CAPABILITY = variant(
    "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。\n",
    "",
)


def _mapped(ctx: ReviewContext) -> list[Item]:
    return [i for i in ctx.items("problems") if i.aspect]


@code_rule(
    "C101",
    "aspect-missing",
    "coverage",
    "error",
    "缺少框架要求的“{aspect}”方面（{framework}）",
    "每个方面都要对照查摆，缺项是最常见的退回理由。",
    bad=[_NO_CAPABILITY.replace("一、存在的问题", "一、[存在的问题]")],
    good=[GOOD],
)
def aspect_missing(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw = ctx.framework
    problems = ctx.sections("problems")
    if fw is None or not problems:
        return
    present = {i.aspect for i in _mapped(ctx)}
    start, end = problems[0].heading_start, problems[0].heading_end
    for aspect in fw.aspects:
        if aspect.name not in present and not _named_with_another(ctx, aspect.name):
            yield rule.finding(ctx.text, start, end, aspect=aspect.name, framework=fw.name)


def _named_with_another(ctx: ReviewContext, name: str) -> bool:
    """A heading names the aspect beside another (群众纪律和工作纪律方面) and its text speaks of the aspect's own
    word (工作 of 工作纪律): the aspect is there, though the item maps to one aspect or none (r21)."""
    core = name[:-2] if name.endswith(("纪律", "方面")) and len(name) > 3 else name
    return any(
        name in i.heading and re.search("[和与及、]", i.heading) and core in ctx.body(i)
        for i in ctx.items("problems")
    )


@code_rule(
    "C102",
    "aspect-order",
    "coverage",
    "warning",
    "“{match}”的顺序与框架不一致：应排在“{expected}”之后",
    "按框架顺序逐项对照，审阅者才能逐项核对。",
    bad=[
        GOOD.replace("（二）在政治素质方面。", "（X）在理论学习方面。")
        .replace("（一）在理论学习方面。", "（一）[在政治素质方面]。")
        .replace("（X）在理论学习方面。", "（二）在理论学习方面。")
    ],
    good=[GOOD],
)
def aspect_order(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw = ctx.framework
    if fw is None:
        return
    index: dict[str | None, int] = {a.name: k for k, a in enumerate(fw.aspects)}  # mapped items have aspects
    items = _mapped(ctx)
    for a, b in zip(items, items[1:]):
        if index[b.aspect] < index[a.aspect]:
            yield rule.finding(ctx.text, a.heading_start, a.heading_end, expected=b.aspect)
            return


@code_rule(
    "C103",
    "aspect-empty",
    "coverage",
    "error",
    "“{match}”下没有查摆出具体问题：只有标题，没有内容",
    "只写方面标题而不写问题，等于没有对照这一方面。",
    bad=[
        variant(
            "（三）在能力本领方面。一是数字化本领不足。全县“智慧交通”平台建设滞后计划2个月，我对关键技术问题心中无数。",
            "（三）[在能力本领方面]。",
        )
    ],
    good=[GOOD],
)
def aspect_empty(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for item in _mapped(ctx):
        if len(ctx.body(item).strip("。：:；;，, \n")) < MIN_BODY:
            yield rule.finding(ctx.text, item.heading_start, item.heading_end)


@code_rule(
    "C104",
    "aspect-of-other-framework",
    "coverage",
    "error",
    "“{match}”是{other}的对照方面，不属于本次框架（{framework}），疑似沿用旧材料",
    "沿用往年框架的方面，是照搬旧材料最明显的痕迹。",
    bad=[
        _NO_CAPABILITY.replace(
            "（四）在担当作为方面。",
            "（三）[在带头发扬斗争精神方面]。一是不敢较真碰硬，2023年有2次矛盾上交。\n（四）在担当作为方面。",
        )
    ],
    good=[GOOD],
)
def aspect_of_other_framework(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw = ctx.framework
    if fw is None or fw.pending:  # an item may answer an aspect still to be confirmed (issue 14, C150)
        return
    present = {i.aspect for i in _mapped(ctx)}
    missing = [a.name for a in fw.aspects if a.name not in present]
    suggestion = (f"在{missing[0]}方面",) if len(missing) == 1 else ()
    for item in ctx.items("problems"):
        if item.aspect:
            continue
        for other in ctx.frameworks.values():
            # sibling packs of the same year and the standing rules are not "another year's" framework
            if (
                other.id == fw.id
                or other.year is None
                or (other.year == fw.year and other.meeting == fw.meeting)
            ):
                continue
            if strong_aspect(other, item.heading):
                yield rule.finding(
                    ctx.text,
                    item.heading_start,
                    item.heading_end,
                    suggestion,
                    other=other.name,
                    framework=fw.name,
                )
                break


@code_rule(
    "C105",
    "aspect-repeated",
    "coverage",
    "warning",
    "“{match}”与前面的“{first}”对照的是同一方面（{aspect}）",
    "同一方面写两次，往往是别的方面漏写了或标题写错了。",
    bad=[variant("（五）在工作作风方面。", "（五）[在理论学习方面]。")],
    good=[GOOD],
)
def aspect_repeated(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    seen: dict[str | None, Item] = {}
    for item in _mapped(ctx):
        if item.aspect in seen:
            yield rule.finding(
                ctx.text,
                item.heading_start,
                item.heading_end,
                first=seen[item.aspect].heading,
                aspect=item.aspect,
            )
        else:
            seen[item.aspect] = item


# r21: a sentence that says the aspect holds no problem (本人在生活纪律方面没有发现明显问题)
_NO_PROBLEM = re.compile(
    r"(?:没有|未|并未|尚未|暂未|均未)(?:发现|查摆出|查找出|查出|发生)(?:有|过)?(?:什么|明显|突出|大的|重大|较大|实质性)?(?:的)?"
    r"(?:问题|情况|违纪|违规)|(?:不存在|没有|无|暂无)(?:任何|什么|明显|突出|大的|较大)?(?:的)?(?:问题|违纪违规|违规违纪)"
    r"(?:和不足)?(?:情况)?(?=[。；，\n]|$)"
)
# what makes a sentence a problem after all: a verdict on the writer's own doing
_VERDICT = re.compile(
    r"不够|不足|不强|不严|不深|不细|不实|不到位|不及时|欠缺|差距|放松|淡化|弱化|松懈|松弛|打折扣|有时|偶尔|曾经|"
    r"但是|但|不过|然而|仍|还有|存在(?!明显|突出|问题)"
)
MAX_NONE_BODY = 80  # an aspect answered by one or two sentences, none of them a problem


def answered_without_problem(ctx: ReviewContext, item: Item) -> bool:
    """The aspect's body only says that no problem was found: a stated absence, a preamble (经认真对照检查)."""
    body = ctx.body(item).strip("。：:；;，, \n")
    if not body or len(body) > MAX_NONE_BODY or not _NO_PROBLEM.search(body):
        return False
    return not _VERDICT.search(_NO_PROBLEM.sub("", body))


@code_rule(
    "C106",
    "aspect-answered-without-problem",
    "coverage",
    "warning",
    "“{match}”只写了没有发现问题（“{said}”），{aspect}方面实际没有查摆",
    "每个方面都要对照查摆出具体问题，哪怕是苗头性、倾向性的问题；一句“没有发现明显问题”等于没有对照这一方面，"
    "是审核退回的常见原因。只在这一方面的内容只有“没有发现问题”一类的话（前面可有“经认真对照检查”），"
    "没有一处自我评判（不够、不足、有时、但……）时提示。",
    bad=[
        variant(
            "（六）在廉洁自律方面。一是对工程领域廉洁风险盯得不紧。2023年全县交通工程项目14个，我听取廉政风险防控专题汇报只有1次。",
            "（六）[在廉洁自律方面]。经认真对照检查，本人在廉洁自律方面没有发现明显问题。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "（六）在廉洁自律方面。一是对工程领域廉洁风险盯得不紧。2023年全县交通工程项目14个，我听取廉政风险防控专题汇报只有1次。",
            "（六）在廉洁自律方面。本人没有发现违纪问题，但对工程领域廉洁风险盯得不紧，听取专题汇报只有1次。",
        ),
    ],
)
def aspect_answered_without_problem(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for item in _mapped(ctx):
        if answered_without_problem(ctx, item):
            said = _NO_PROBLEM.search(ctx.body(item))
            yield rule.finding(
                ctx.text,
                item.heading_start,
                item.heading_end,
                said=said.group() if said else "",
                aspect=item.aspect,
            )
