"""A month and day naming an event written with a full stop (P151): `“8.27”事故`, `“1.5”重要讲话` —
GB/T 15834-2011 joins the month and day of an event's name with the middle dot (间隔号): “8·27”, “9·11”.

Only a quoted pair of numbers that can be a month (1–12) and a day (1–31), and nothing else inside the
quotes, is such a name; decimals outside quotes (1.5万人, 第3.2条) stay quiet.

P202 (r19): the same names in Chinese numerals. GB/T 15834-2011 puts the middle dot only after the months that
would run into the day (一, 十一, 十二: “一·二八”, “一二·九”); after the others the month and day are written
together (“五四”, “七一”, “八一”): `“七·一”` loses its dot, and a dot of the wrong form after 一 or 一二
(`“一二.九”`) becomes the middle dot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_EVENT_DATE = re.compile(r"[“\"](?P<date>(?P<m>\d{1,2})[.．•・‧∙](?P<d>\d{1,2}))[”\"]")


def event_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every quoted month.day written with a dot."""
    for m in _EVENT_DATE.finditer(text):
        if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            yield m.start("date"), m.end("date")


@code_rule(
    "P151",
    "dot-in-event-date",
    "punctuation",
    "warning",
    "以日期命名的事件“{match}”中，月和日之间用间隔号：应为“{suggestion}”",
    "GB/T 15834-2011：用月日表示事件、节日时，月和日之间用间隔号（“9·11”事件、“5·12”汶川地震），"
    "不用下脚点或句点。只在引号里只有月、日两个数时提示。",
    bad=[variant("2023年7月网民反映", "2023年7月“[7.15]”事故后网民反映")],
    good=[GOOD, variant("2023年7月网民反映", "2023年7月“7·15”事故后网民反映，涉及1.5万人")],
)
def dot_in_event_date(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "“" not in text and '"' not in text:
        return
    for start, end in event_dates(text):
        piece = text[start:end]
        yield rule.finding(text, start, end, (re.sub(r"[.．•・‧∙]", "·", piece),))


_CN_EVENT_DATE = re.compile(
    r"[“\"](?P<date>(?P<m>一[一二]?|[二三四五六七八九十])(?P<dot>[·.．•・‧∙])(?P<d>[一二三四五六七八九十]{1,3}))[”\"]"
)


@code_rule(
    "P202",
    "chinese-event-date-dot",
    "punctuation",
    "warning",
    "用汉字数字的日期名称“{match}”{why}：应为“{suggestion}”",
    "GB/T 15834-2011：以月日为标志的事件、节日用汉字数字时，只在一月、十一月、十二月（“一·二八”“一二·九”）之后用间隔号，"
    "免得月和日连读混淆；其他月份的月日直接连写（“五四”“七一”“八一”）。只看引号里只有月日两个汉字数字的名称。",
    bad=[
        variant("2023年7月网民反映", "2023年7月“[七·一]”前后网民反映"),
        variant("2023年7月网民反映", "2023年7月“[一二.九]”纪念活动后网民反映"),
    ],
    good=[GOOD, variant("2023年7月网民反映", "2023年7月“七一”“一二·九”“一·二八”前后网民反映")],
)
def chinese_event_date_dot(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "“" not in text and '"' not in text:
        return
    for m in _CN_EVENT_DATE.finditer(text):
        month, dot, day = m.group("m"), m.group("dot"), m.group("d")
        if month.startswith("一"):
            if dot != "·":
                yield rule.finding(
                    text, m.start("date"), m.end("date"), (f"{month}·{day}",), why="中月和日之间用间隔号"
                )
        else:
            yield rule.finding(
                text, m.start("date"), m.end("date"), (month + day,), why="中月和日连写，不用间隔号"
            )
