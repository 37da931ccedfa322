"""The value a template's placeholder stands for, where the material itself names it (round r15):
R105 and R111 are pattern rules that see no document; after the review, a placeholder they report with
no suggestion is offered the material's year (`202X年度` → 2025年度, `截至202X年11月底` → 2025年) or the
author's own unit of the kind that follows it (`××村党支部` in 柳湾村党支部's material → 柳湾村党支部, `XX学院`
in 江城大学机械工程学院's → 机械工程学院). Nothing is offered where the placeholder may be another unit (到××村,
与××村) or another year (20XX年底进入…: no 年度, no month)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mingjing.rules.copy_traces import material_year, own_lines
from mingjing.rules.unit_short_forms import kind_of

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.context import ReviewContext

_CODES = frozenset({"R105", "R111"})
_YEAR_MASK = re.compile(r"20[0-9]?[XxＸｘ*＊]{1,2}")
_YEAR_AFTER = re.compile(r"\s*年(?:度|[0-9０-９]{1,2}\s*月|[一二三四五六七八九十]{1,2}月)")
_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}")
_OTHER_BEFORE = re.compile(r"(?:到|去|赴|向|与|和|同|邻|及|、)$")
# where a unit's own name starts in the author's line: after the name of the body it belongs to
_BODY_END = re.compile(r"大学|学院|集团|公司|中共|[省市州县区旗]")


def fill_placeholders(findings: list[Finding], ctx: ReviewContext) -> list[Finding]:
    """The findings, a placeholder's given the value the material names for it."""
    if not any(f.code in _CODES and not f.suggestions for f in findings):
        return findings
    text = ctx.text
    out = []
    for f in findings:
        if f.code in _CODES and not f.suggestions:
            value = _value(ctx, text, f.start, f.end)
            if value:
                f = replace(f, suggestions=[value])
        out.append(f)
    return out


def _value(ctx: ReviewContext, text: str, start: int, end: int) -> str | None:
    masked = text[start:end]
    if _YEAR_MASK.fullmatch(masked):
        year = material_year(ctx)
        if (
            year is None
            or not _YEAR_AFTER.match(text, end)
            or not str(year).startswith(masked[:3].rstrip("Xx*＊Ｘｘ"))
        ):
            return None
        return str(year)
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
        if 2 <= len(name) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
            return name
    return None
