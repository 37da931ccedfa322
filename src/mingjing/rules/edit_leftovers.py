"""What an edit leaves when the writer rewrites a phrase and keeps part of the old one (R120, issue 12,
docs/review-copy-traces.md):

- **a clause that is only a preposition** before the clause's end (缺乏耐心，对于。): the rest of the
  clause was cut and the preposition stayed;
- **a 在-phrase begun twice** (在今年学校食堂，在今年秋季学期…中): the first version stops before its
  closing word (中, 上, 时 …) and the second opens with the same words.

Two versions of a position phrase kept side by side (摆在更加突出位置放在首位) are F159's (a redundancy in
the formulation), not reported here a second time.
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

# prepositions that never end a clause: 对于。 is a cut, while 通过。 or 对照。 are verbs
_BARE_PREPOSITION = re.compile(
    r"(?<=[，,；;：:])(?:对于|关于|随着|为了|按照|依照|根据|围绕|针对)(?=[。；;！？!?])"
)
# 在 + a phrase with no closing word, then 在 + the same first two characters again
_LOCATIVE_END = "上中里时下前后面间际内外来边头处"
_TWICE_OPENED = re.compile(
    r"(?<![存现实正所好自内潜旨意])在(?P<open>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,10}，在(?P=open)"
)


def edit_leftovers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, suggestion) of each leftover of an edit; the suggestion is the text without it."""
    for m in _BARE_PREPOSITION.finditer(text):
        yield m.start() - 1, m.end(), ""
    for m in _TWICE_OPENED.finditer(text):
        first = m.group()[: m.group().index("，")]
        if first[-1] not in _LOCATIVE_END and not first.endswith(("方面", "期间", "过程中")):
            yield m.start(), m.start() + len(first) + 1, ""


@code_rule(
    "R120",
    "edit-leftover",
    "residue",
    "warning",
    "“{match}”像是修改时留下的半句或旧说法，请删去或补全",
    "改写句子时只删了一半：句末留下一个介词（对于。），一个短语开了两次头（在今年A，在今年B中）。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文[，对于]。"),
        variant("我两天后才安排核查。", "我[在去年汛期，]在去年夏季运输旺季中两天后才安排核查。"),
    ],
    good=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对于学习中的疑点没有深究。"),
        variant("我两天后才安排核查。", "我在工作上，在生活中都要求不严，两天后才安排核查。"),
    ],
)
def edit_leftover(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in edit_leftovers(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,))
