"""A pack with aspects still to be confirmed (`placeholder: true`): say that coverage was checked
only for the confirmed ones — never let a silent pass suggest the whole framework was checked."""

from __future__ import annotations

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import TEAM_GOOD


@code_rule("C150", "framework-incomplete", "coverage", "info",
           "框架包“{framework}”还有 {pending} 个方面待核实，覆盖检查只针对已确认的 {confirmed} 个方面",
           "框架包不完整时不能说“方面齐全”；收到通知后用 mingjing frameworks import 生成完整的框架包。",
           bad=[TEAM_GOOD.replace("一、存在的问题", "一、[存在的问题]", 1)], good=[GOOD])
def framework_incomplete(ctx, rule):
    fw = ctx.framework
    problems = ctx.sections("problems")
    if fw is None or not fw.pending or not problems:
        return
    yield rule.finding(ctx.text, problems[0].heading_start, problems[0].heading_end, framework=fw.name,
                       pending=len(fw.pending), confirmed=len(fw.aspects))
