"""Single quotes used as the outer marks (P148): `在刚刚开展的‘三严三实’专题教育中` — GB/T 15834-2011 uses
‘’ only inside “”: a quotation or a name at the outer level takes double quotes.

A ‘ is outer when no “ is open before it in its paragraph (as many ” as “ since the paragraph's start),
and its ’ follows on the same line with no “ between. Quotes inside a quotation (“…‘流水不腐’…”) are
right and stay quiet.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_REACH = 40  # characters a quoted name or phrase runs at most


def outer_single_quotes(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every ‘…’ pair standing at the outer level."""
    at = text.find("‘")
    while at >= 0:
        close = text.find("’", at + 1, at + 1 + _REACH)
        inner = text[at + 1 : close] if close > 0 else ""
        if close > 0 and "\n" not in inner and "“" not in inner and "‘" not in inner:
            line_start = text.rfind("\n", 0, at) + 1
            before = text[line_start:at]
            if before.count("“") <= before.count("”"):
                yield at, close + 1
            at = text.find("‘", close + 1)
        else:
            at = text.find("‘", at + 1)


@code_rule(
    "P148",
    "single-quotes-outside",
    "punctuation",
    "warning",
    "“{match}”用了单引号：引号外层用双引号，单引号只用在双引号里面，应为“{suggestion}”",
    "GB/T 15834-2011：引号里面还要用引号时，外面一层用双引号，里面一层用单引号。"
    "单独引用一个词语、口号时用双引号；外层用单引号多是从网页或繁体材料转来的写法。"
    "双引号里面的单引号不提示。",
    bad=[variant("全县“智慧交通”平台", "全县[‘智慧交通’]平台")],
    good=[
        GOOD,
        variant("全县“智慧交通”平台", "全县“数字‘一张图’智慧交通”平台"),
    ],
)
def single_quotes_outside(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "‘" not in text:
        return
    for start, end in outer_single_quotes(text):
        yield rule.finding(text, start, end, ("“" + text[start + 1 : end - 1] + "”",))
