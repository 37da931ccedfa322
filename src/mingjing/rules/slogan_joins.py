"""Two quoted slogans written back to back without a mark (P160): 坚定“四个自信”坚决做到“两个维护”.

A series of the genre's verb + quoted slogan phrases (增强“四个意识”、坚定“四个自信”、做到“两个维护”)
separates its members with 、 or ，. Where a known quoted abbreviation (the list P102 reads) closes
and the next member's verb follows at once, a mark is missing: the run is reported when a verb or
adjective stands right before the first slogan and only adverbs and verbs (at most four characters)
stand between the closing quote and the next known slogan, so 落实“第一议题”制度和“三会一课” (a noun
and a conjunction between) and 把“两个确立”转化为… (a preposition before) stay quiet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.postag import tag
from mingjing.rules.punctuation_code import quoted_abbreviations
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_HEAD_TAGS = frozenset({"v", "a"})
_BETWEEN_TAGS = frozenset({"d", "ad", "v", "a"})


_CLOSE_THEN_OPEN = re.compile(r"”[\u4e00-\u9fff]{1,4}“")


@lru_cache(maxsize=1)
def _joined() -> re.Pattern[str]:
    slogans = "|".join(re.escape(w) for w in quoted_abbreviations())
    return re.compile(
        rf"(?P<pre>[\u4e00-\u9fff]{{1,4}})“(?:{slogans})”(?P<mid>[\u4e00-\u9fff]{{1,4}})“(?:{slogans})”"
    )


def joined_slogans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the verb phrase that follows a quoted slogan with no mark before it."""
    if not _CLOSE_THEN_OPEN.search(text):
        return  # every match holds ”…“ with one to four Chinese characters between (most texts none)
    for m in _joined().finditer(text):
        pre, mid = tag(m.group("pre")), tag(m.group("mid"))
        heads = bool(pre and mid) and pre[-1][1] in _HEAD_TAGS and mid[-1][1] in _HEAD_TAGS
        if heads and all(t in _BETWEEN_TAGS for _w, t in mid):
            yield m.start("mid"), m.end("mid")


@code_rule(
    "P160",
    "slogans-without-mark",
    "punctuation",
    "warning",
    "两个带引号的提法连写，中间缺标点：“{match}”前应加逗号或顿号",
    "“增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’”这类并列的提法之间要用顿号或逗号隔开；"
    "后引号后面直接接下一个提法的动词，读起来就连成了一句。只在前后两个引号里都是常用的数字概括语、"
    "中间只有动词和副词时提示。",
    bad=[
        variant("学用结合不紧。", "学用结合不紧，没有坚定“四个自信”[坚决做到]“两个维护”。"),
    ],
    good=[
        variant("学用结合不紧。", "学用结合不紧，没有坚定“四个自信”、坚决做到“两个维护”。"),
        variant("学用结合不紧。", "学用结合不紧，落实“三会一课”制度和“三重一大”不严。"),
    ],
)
def slogans_without_mark(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in joined_slogans(ctx.text):
        yield rule.finding(ctx.text, start, end, ("，" + ctx.text[start:end],))
