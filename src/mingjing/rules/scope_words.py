"""The own unit's whole called by another kind's word (R162, round r18).

A kindergarten says 全园, a school 全校, a bank 全行: each is the whole of the writer's own unit, with its
staff after it (全园教职工, 全校师生, 全行员工). `对全园教职工的纪律教育针对性不强` in a 中心小学's material
kept the kindergarten's word of the material it was copied from. The own kind is read from the author's
lines (the title, the lines under it, the signature: `copy_traces.own_lines`); where they name no kind or
two, or where the text names a unit of the claimed kind anywhere (a school that runs a kindergarten names
it), nothing is said."""

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

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"

# kind → the words of an author's line that name it, the words the text names such a unit by, its scope word
_KINDS = {
    "幼儿园": (re.compile(r"幼儿园|幼教中心"), re.compile(r"幼儿园|幼教"), "园"),
    "学校": (
        re.compile(
            r"(?<!党)学校|[小中]学|[一二三四五六七八九十]中|职业中专|职校|中心校|完小|附小|附中|高中|初中"
        ),
        re.compile(r"学校|[小中]学|职校|完小|附小|附中|高中|初中"),
        "校",
    ),
    "银行": (
        re.compile(r"银行|[支分]行|信用社|农商行|农信社"),
        re.compile(r"银行|[支分]行|信用社|农商行|农信社"),
        "行",
    ),
}
# the whole of the own unit with its people after it, by each scope word
_CLAIM = Prefiltered(
    re.compile(
        r"全(?:(?P<园>园)(?=教职工|师生|教师|幼儿|保育员|家长)"
        r"|(?P<校>校)(?=教职工|师生|教师|学生|班主任)"
        r"|(?P<行>行)(?=员工|干部员工|干部职工|职工|客户经理|网点|上下))"
    )
)
# which claimed kinds clash with each own kind (a bank may speak to a school's 全校师生: not read)
_CLASHES = {"幼儿园": ("校", "行"), "学校": ("园", "行"), "银行": ("园",)}


def _own_kind(lines: list[str]) -> str | None:
    kinds = {kind for kind, (line_words, _, _) in _KINDS.items() for line in lines if line_words.search(line)}
    if kinds == {"幼儿园", "学校"}:
        return None  # 附属幼儿园 of a school, or 中心校 with its kindergarten: both
    return kinds.pop() if len(kinds) == 1 else None


@code_rule(
    "R162",
    "whole-of-another-kind",
    "residue",
    "warning",
    "“{match}”是{kind}的说法，本单位是{own}（应为“全{scope}”），疑似照搬其他单位的材料后未改",
    "幼儿园说“全园”、学校说“全校”、银行说“全行”，都指本单位全体；用了别一类单位的说法，多半是照搬了"
    "那类单位的材料。只在标题、署名写明了本单位是哪一类、正文又没有提到那类单位时提示。",
    bad=[
        GOOD.replace(_SIGN, "白沙镇中心小学 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对[全园]教职工的纪律教育针对性不强，"
        ),
        GOOD.replace(_SIGN, "宁川县实验幼儿园 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。组织[全校]师生开展安全演练只有1次，"
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "白沙镇中心小学 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对全校教职工的纪律教育针对性不强，"
        ),
        GOOD.replace(_SIGN, "宁川农商银行城关支行 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。到县一中为全校师生讲反诈知识只有1次，"
        ),
        GOOD.replace(_SIGN, "白沙镇中心小学 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。对附属幼儿园全园教职工的纪律教育针对性不强，"
        ),
    ],
)
def whole_of_another_kind(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    claims = list(_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims:
        return
    lines = own_lines(ctx)
    own = _own_kind(lines)
    if own is None:
        return
    own_scope = _KINDS[own][2]
    body = text[ctx.outline.title_end :]
    for m in claims:
        scope = next(k for k in ("园", "校", "行") if m.group(k))
        if scope not in _CLASHES[own]:
            continue
        kind = next(k for k, (_, _, s) in _KINDS.items() if s == scope)
        if _KINDS[kind][1].search(body):
            continue  # the text names a unit of that kind: the whole may be its
        yield rule.finding(text, m.start(), m.end(), ["全" + own_scope], kind=kind, own=own, scope=own_scope)
