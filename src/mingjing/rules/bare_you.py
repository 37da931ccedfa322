"""由 for 有 before a count with no verb after it (T129): 本次会议由五个议程。

由 introduces who or what does something (由两名医生承担, 由五个部分组成, 由2条增加到6条), so a verb
follows in its clause. Where a count and its noun close the clause with no verb (by jieba's dictionary tags
of the words after the measure word), the writer meant 有 (本次会议有五个议程).
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

_COUNT = re.compile(
    r"由(?=[一二三四五六七八九十两几0-9]+(?:个|项|部分|方面|名|位|人|条|次|场|类)"
    r"(?P<rest>[^。；！？\n，,：:]{0,8})[。；！？\n，,])"
)
_VERB_TAGS = ("v", "vd", "vn", "vi", "vq", "vg")


def bare_you(text: str) -> Iterator[int]:
    """Offsets of every 由 that stands for 有."""
    import rjieba

    from mingjing.rules.postag import tag

    for m in _COUNT.finditer(text):
        rest, at = m.group("rest"), m.start()
        if at and rjieba.has_word(text[at - 1 : at + 1]):  # 理由, 缘由, 事由 three
            continue
        if rest and not any(t in _VERB_TAGS for _, t in tag(rest)):
            yield m.start()


@code_rule(
    "T129",
    "you-for-you",
    "typo",
    "warning",
    "“由”后面的数量短语没有动词，疑为“有”",
    "“由”引出施事或来源，后面要有动词（由两名医生承担、由五个部分组成）。“由”加数量短语就结束了一句"
    "（本次会议由五个议程。），是把“有”写成了“由”。",
    bad=[variant("我两天后才安排核查。", "我两天后才安排核查。本次核查[由]三个环节。")],
    good=[
        variant(
            "我两天后才安排核查。", "我两天后才安排核查。本次核查有三个环节，由两名同志负责，由三个环节组成。"
        )
    ],
)
def you_for_you(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at in bare_you(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("有",))
