"""The value a template's placeholder stands for, where the material itself names it (round r15):
R105 and R111 are pattern rules that see no document; after the review, a placeholder they report with
no suggestion is offered the material's year (`202X年度` → 2025年度, `截至202X年11月底` → 2025年) or the
author's own unit of the kind that follows it (`××村党支部` in 柳湾村党支部's material → 柳湾村党支部, `XX学院`
in 江城大学机械工程学院's → 机械工程学院). Nothing is offered where the placeholder may be another unit (到××村,
与××村) or another year (20XX年底进入…: no 年度, no month).

Round r22 widened it to the class the blind writers' corrections show: a year masked in a plan or a
look ahead (计划于202X年6月底前, 今后在202X年的工作中) is the year after the material's (the meeting is held
early in the next year; the material's own year is offered second), one in a look back (202X年以来, 在202X年
的工作中) the material's year; a name masked before 同志 (站长×××同志) is offered the prompt （写明姓名）; the
placeholder of the closing request (请**同志和各位同志批评指正) the delegation a meeting hears (督导组, 指导组);
a drafting note R106 reports (（此处补充具体事例）, （数据待核实）, （字数控制在3000字以内）) is offered its
deletion (a field it names, （单位名称）, is not: deleting it would leave a gap). Round r23 offers a field
that names the unit (【单位名称】) the own unit's name as the author's lines open it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mingjing.rules.copy_traces import material_year, own_lines, sentence_span
from mingjing.rules.unit_short_forms import kind_of

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.context import ReviewContext

_CODES = frozenset({"R105", "R111"})
_YEAR_MASK = re.compile(r"20[0-9]?[XxＸｘ*＊]{1,2}")
_YEAR_AFTER = re.compile(
    r"\s*年(?:度|[0-9０-９]{1,2}\s*月|[一二三四五六七八九十]{1,2}月|的|以来|上半年|下半年|全年|初|春季|秋季|[，,])"
)
# the year of a deadline or of what is to come: the year after the material's (the meeting is held then)
_DEADLINE_AFTER = re.compile(
    r"\s*年(?:[0-9０-９]{1,2}\s*月|[一二三四五六七八九十]{1,2}月|上半年|下半年|春季|秋季)?(?:[0-9０-９]{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前)"
)
_AHEAD_BEFORE = re.compile(r"(?:计划|力争|争取|确保|今后|下一步|将在|将于|预计|拟于|拟在)[^。；\n]{0,12}$")
# a sentence of what is to come (今后，我将…在202X年的工作中)
_LOOKS_AHEAD = re.compile(r"[^，,]{0,4}(?:今后|下一步|下步|新的一年|我将|今年将)")
# a year's plan named by the year it plans (202X年工作要点, 20XX年度工作计划): at the year's end, when the material is
# written, the plan drawn up is the next year's (r24)
_PLAN_AFTER = re.compile(r"\s*年度?(?:的)?(?:工作|党建工作|重点工作)?(?:要点|计划|思路|打算|安排)")
_DONE = re.compile(r"完成|兑现|落实了|实现了|已经|已[^经]|执行情况|落实情况")
# a person's own year (作为202X年入党的老党员): no year of the material
_OWN_EVENT = re.compile(r"\s*年(?:入党|参加工作|出生|毕业|入职|任职|退休|参军|入伍)")
_NAME_MASK = re.compile(r"[XxＸｘ×╳✕]{2,3}|某某某?|[○〇◯]{2,3}|[*＊]{2,3}")
_CLOSING_REQUEST = re.compile(r"请$")
_CLOSING_AFTER = re.compile(r"同志(?:和|及|、)[^。\n]{0,12}批评指正")
# R106's notes to whoever fills the draft in (deleted), as against a field it names (（单位名称）: kept)
_NOTE_WORDS = re.compile(
    r"此处|这里|本段|此段|补充|补写|举例|列举|待|核实|核对|结合|根据|按照|字数|篇幅|不少于|不超过|可删|略|修改|完善"
    r"|需再核|未核|存疑|有疑|疑问|^[（(【\[［][?？]{1,3}[）)】\]］]$"  # a checking note (r24): （此数需再核）, （存疑）, （？）
)
_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}")
_OTHER_BEFORE = re.compile(r"(?:到|去|赴|向|与|和|同|邻|及|、)$")
# where a unit's own name starts in the author's line: after the name of the body it belongs to
_BODY_END = re.compile(r"大学|学院|集团|公司|中共|[省市州县区旗]")


def fill_placeholders(findings: list[Finding], ctx: ReviewContext) -> list[Finding]:
    """The findings, a placeholder's given the value the material names for it, a drafting note's its
    deletion."""
    if not any(f.code in _CODES | {"R106"} and not f.suggestions for f in findings):
        return findings
    text = ctx.text
    masks = [(f.start, f.end) for f in findings if f.code == "R111"]
    out = []
    for f in findings:
        if f.code == "R105" and any(
            s <= f.start and f.end <= e and e - s > f.end - f.start for s, e in masks
        ):
            continue  # 20[XX]年 inside R111's 20XX: one masked year, one finding (r24)
        if f.code in _CODES and not f.suggestions:
            values = _values(ctx, text, f.start, f.end)
            if values:
                f = replace(f, suggestions=list(values))
        elif f.code == "R106" and not f.suggestions and _NOTE_WORDS.search(text[f.start : f.end]):
            f = replace(f, suggestions=[""])
        elif f.code == "R106" and not f.suggestions and _UNIT_FIELD.fullmatch(text, f.start, f.end):
            unit = _own_unit(ctx)
            if unit:
                f = replace(f, suggestions=[unit])
        out.append(f)
    return out


# a field R106 reports that names the unit (【单位名称】): the material's own unit fills it (r23)
_UNIT_FIELD = re.compile(r"[（(【\[]\s*(?:单位名称|单位全称|单位|本单位名称|部门名称)\s*[）)】\]]")
_OWN_UNIT = re.compile(
    r"^(?:中共|中国共产党)?(?P<unit>[\u4e00-\u9fff]{2,20}?(?:局|委|办|院|所|站|中心|公司|集团|学校|医院|馆|队|厅|会|社|行|厂|场|矿))"
    r"(?=党|委员会|领导|班子|机关|[ \t\u3000]|[0-9]|副|局长|院长|所长|站长|主任|书记|经理|$)"
)


def _own_unit(ctx: ReviewContext) -> str | None:
    """The own unit's name as the author's lines open it (市地震局 of 市地震局党组成员、副局长孟庆川…)."""
    for line in own_lines(ctx):
        m = _OWN_UNIT.match(line.strip("（）()【】 \u3000"))
        if m:
            return m.group("unit")
    return None


def _values(ctx: ReviewContext, text: str, start: int, end: int) -> tuple[str, ...]:
    masked = text[start:end]
    if _YEAR_MASK.fullmatch(masked):
        return _years(ctx, text, start, end, masked)
    if _NAME_MASK.fullmatch(masked) and text.startswith("同志", end):
        if _CLOSING_REQUEST.search(text, max(0, start - 1), start) and _CLOSING_AFTER.match(text, end):
            return ("督导组", "指导组")
        return ("（写明姓名）",)
    value = _value(ctx, text, start, end)
    return (value,) if value else ()


def _years(ctx: ReviewContext, text: str, start: int, end: int, masked: str) -> tuple[str, ...]:
    year = material_year(ctx)
    if (
        year is None
        or _OWN_EVENT.match(text, end)
        or not str(year).startswith(masked[:3].rstrip("Xx*＊Ｘｘ"))
    ):
        return ()
    if _PLAN_AFTER.match(text, end):
        if _DONE.search(text, end, sentence_span(text, start)[1]):
            return ()  # the plan's tasks told as done (…提出的5项任务完成了3项): this year's plan, or last year's
        return (str(year + 1),)  # 202X年工作要点 of a 2024年度 material: the plan drawn up for 2025 (r24)
    ahead = _DEADLINE_AFTER.match(text, end) or _AHEAD_BEFORE.search(text, max(0, start - 16), start)
    ahead = ahead or _LOOKS_AHEAD.match(text, sentence_span(text, start)[0], start)
    if ahead and not text.startswith("度", end + 1):
        return (str(year + 1), str(year))
    if not _YEAR_AFTER.match(text, end):
        return ()
    return (str(year),)


def _value(ctx: ReviewContext, text: str, start: int, end: int) -> str | None:
    if _OTHER_BEFORE.search(text, max(0, start - 1), start):
        return None
    after = _UNIT_AFTER.match(text, end)
    if after is None:
        return None
    for line in own_lines(ctx):
        name = _own_name(line, after.group())
        if name:
            return name
    return None


def _own_name(line: str, after: str) -> str | None:
    """The own unit's name in the author's line for the kind that follows the placeholder (柳湾 for
    ××村 in 柳湾村党支部委员会…), or None."""
    for n in range(len(after), 0, -1):
        kind = after[:n]
        if kind_of("某" + kind) != kind:
            continue
        k = line.find(kind)
        if k <= 0:
            continue
        head = line[:k]
        cut = max((m.end() for m in _BODY_END.finditer(head)), default=0)
        name = head[cut:]
        if _NO_NAME.search(name):
            continue  # 关于在全乡开展…: the whole township of a report's title, no name (r28, real pages)
        if 2 <= len(name) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
            return name
    return None


# a title's words before a kind that name no unit: 关于在全乡…, 对全县…, 我镇, 各村
_NO_NAME = re.compile(r"^(?:关于|在|对|按照|根据|全)|[全本我该各每]$")
