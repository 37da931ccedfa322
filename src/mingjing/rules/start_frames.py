"""A starting point framed as a place (F153).

在理论学习上着眼, 在问题整改上入手: 着眼, 入手, 出发, 做起 and 下手 name where one starts from and take
从…, not 在…上 (从理论学习上着眼, 从问题整改入手).

The frame is read in one clause: 在, at most twelve characters with no mark, 上 (or 上面, 方面), then the
verb right after, closing the phrase (a mark, the text's end or 了/的 after it); 着眼于 (着眼 + its own
于) and 在…上下功夫 are other frames and stay quiet. Traditional pages are read through their simplified
copy (著眼 is 着眼 there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_STARTS = "着眼|著眼|入手|出发|做起|下手"
_FRAME = re.compile(
    rf"在(?<![存实现内所]在)(?P<place>[^，。；：！？、,;:!?\n]{{1,12}}?)(?:上面|方面|上)(?P<verb>{_STARTS})"
    r"(?=[，。；：！？、,;:!?\n]|$|了|的)"
)


def start_frames(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the phrase framed with 从) of every starting point framed as a place."""
    if not any(v in text for v in _STARTS.split("|")):
        return
    for m in _FRAME.finditer(text):
        yield m.start(), m.end(), "从" + text[m.start() + 1 : m.end()]


@code_rule(
    "F153",
    "start-framed-as-place",
    "formulation",
    "warning",
    "“{match}”搭配不当：“{verb}”说的是从哪里开始，应为“{suggestion}”",
    "“着眼”“入手”“出发”“做起”“下手”说的是从哪里开始，和“从”搭配（从理论学习上着眼、从问题整改入手），"
    "写成“在…上着眼”“在…上入手”是把起点当成了处所。“着眼于”“在…上下功夫”是别的说法，不提示。",
    bad=[
        variant("一是调查研究不够深入", "一是[在问题整改上入手]，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是[在理论学习上着眼]，调查研究不够深入"),
    ],
    good=[
        variant(
            "一是调查研究不够深入",
            "一是从问题整改入手，着眼于长远，在理论学习上下功夫，在实际工作上着手，调查研究不够深入",
        ),
    ],
)
def start_framed_as_place(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in start_frames(ctx.text):
        verb = ctx.text[end - 2 : end]
        yield rule.finding(ctx.text, start, end, (suggestion,), verb=verb)
