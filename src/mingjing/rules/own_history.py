"""The author's own history told twice with two numbers (R130, round r11, docs/review-copy-traces.md):
`入党18年` in the opening and `入党22年` in the causes — one of the two sentences came from another
person's or another year's material. Only the spans a person counts of himself (入党, 党龄, 参加工作,
从教, 从医, 从警) are compared, and only within one material."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.numerals import parse_chinese_number
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_KEYS = {
    "入党": "入党",
    "党龄": "入党",
    "参加工作": "参加工作",
    "从教": "从教",
    "教龄": "从教",
    "从医": "从医",
    "从警": "从警",
}
_SPAN = re.compile(
    r"(?P<key>入党|党龄|参加工作|从教|教龄|从医|从警)(?:以来)?(?:已经|已有|已|有|近|超过|达|了)?"
    r"(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?P<more>多)?\s*年"
)
# someone else's span (他入党30年, 老党员入党50年) is no claim of the author's
_OTHERS = re.compile(r"(?:他|她|其|老党员|同志|群众|职工|干部|党员们?)[^，。；\n]{0,4}$")


def _value(written: str) -> int | None:
    return int(written) if written.isdigit() else parse_chinese_number(written)


@code_rule(
    "R130",
    "own-history-mismatch",
    "residue",
    "warning",
    "“{match}”与前文“{first}”不符：同一个人的经历前后写了两个数，疑似拼接了别人或往年的材料",
    "本人入党、参加工作的年数在一份材料里只能有一个；前后不一，多半是一段照抄了别人的或往年的材料。",
    bad=[
        variant(
            "按照县委要求，",
            "我入党16年，按照县委要求，",
        ).replace("（一）理论武装不够自觉。", "（一）理论武装不够自觉。自己[入党21年]，"),
    ],
    good=[
        variant("按照县委要求，", "我入党16年，按照县委要求，").replace(
            "（一）理论武装不够自觉。", "（一）理论武装不够自觉。自己入党16年，"
        ),
        variant("按照县委要求，", "我入党16年，按照县委要求，").replace(
            "（一）理论武装不够自觉。", "（一）理论武装不够自觉。身边的老党员入党40年，"
        ),
    ],
)
def own_history_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    seen: dict[str, tuple[int, bool, str]] = {}
    for m in _SPAN.finditer(text, ctx.outline.title_end):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _OTHERS.search(text, line_start, m.start()):
            continue
        n = _value(m.group("n"))
        if n is None:
            continue
        key = _KEYS[m.group("key")]
        more = bool(m.group("more"))
        if key not in seen:
            seen[key] = (n, more, m.group())
            continue
        first, first_more, written = seen[key]
        # 20多年 covers 20 to 29; a span told again a year later in the text is the same person
        if abs(n - first) <= 1 or ((more or first_more) and n // 10 == first // 10):
            continue
        yield rule.finding(text, m.start(), m.end(), first=written)
