"""A counted formula and the members listed after it that do not number as many (F194): “四个意识”，即政治
意识、大局意识、核心意识 (three), “三个务必”：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗 (two).

No list of formulas is read: a count (两个 … 十个, 三项, 五条 …) and a name, then 即/就是/： and a run of
members joined by 、 (or by ；/， when each member opens with the same word), the members parallel —
each ending on the name's last two characters (政治意识, 大局意识 for 四个意识) or each opening with the
same two characters (务必…, 带头…, 坚持…) — are counted; a count of two or more that the run does not
match is flagged at the count. No fix is offered: the count or the list may be the slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mingjing.numerals import parse_chinese_number
from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_QUOTE = '“”‘’"「」'
_HEAD = re.compile(
    r"[“\"]?(?P<n>[两二三四五六七八九十])(?P<unit>个|项|条|大|种)(?P<name>[\u4e00-\u9fff]{1,6}?)[”\"]?"
    r"(?:[：:]|，?(?:即|就是|也就是|分别是))"
)
_MEMBER = re.compile(r"[“\"]?(?P<m>[\u4e00-\u9fff]{2,14})[”\"]?")
_MARK = re.compile(r"[、；，。：！？,;:!?\n（）()]")


@dataclass(frozen=True)
class Mismatch:
    start: int
    end: int
    count: int
    listed: int


def _members(text: str, at: int) -> list[str]:
    """The members from at: runs of Chinese characters joined by one mark (、 or ； or ，), up to the first
    other mark."""
    out: list[str] = []
    sep = ""
    while True:
        m = _MEMBER.fullmatch(text, at, _next_mark(text, at))
        if m is None:
            break
        out.append(m.group("m"))
        at = m.end()
        if at < len(text) and text[at] in "、；，" and (not sep or text[at] == sep):
            sep = text[at]
            at += 1
        else:
            break
    return out


def _next_mark(text: str, at: int) -> int:
    m = _MARK.search(text, at)
    return m.start() if m else len(text)


def _parallel(members: list[str], name: str) -> list[str]:
    """The leading members that are parallel: each ends on the name's last two characters, or each
    opens with the first member's first two."""
    if len(members) < 2:
        return []
    tail = name[-2:]
    if len(tail) == 2 and members[0].endswith(tail):
        k = 1
        while k < len(members) and members[k].endswith(tail) and len(members[k]) <= len(members[0]) + 2:
            k += 1
        if k < len(members) and tail in members[k][: len(members[0]) + 2]:
            k += 1  # the last member with the sentence going on (看齐意识理解不深)
        return members[:k]
    head = members[0][:2]
    k = 1
    while k < len(members) and members[k].startswith(head):
        k += 1
    return members[:k] if k >= 2 else []


def find(text: str) -> Iterator[Mismatch]:
    for h in _HEAD.finditer(text):
        n = parse_chinese_number(h.group("n"))
        if n is None or n < 2:
            continue
        listed = _parallel(_members(text, h.end()), h.group("name"))
        if len(listed) >= 2 and len(listed) != n:
            yield Mismatch(h.start("n"), h.end("name"), n, len(listed))


@code_rule(
    "F194",
    "counted-formula-members",
    "formulation",
    "warning",
    "数目与列举不符：“{match}”说的是{count}个，后面列出的是{listed}个，请核对是数字写错还是漏列、多列",
    "带数字的提法后面接着列出各项（“四个意识”，即政治意识、大局意识……）时，列出的项数要与数字一致。"
    "各项并列（以同一个词结尾或以同一个词开头）而项数与数字不同时提示，不给改法：可能是数字错，也可能是漏列。",
    bad=[
        variant(
            "一是调查研究不够深入。",
            "一是对“[四个意识]”，即政治意识、大局意识、核心意识理解不深，调查研究不够深入。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是对“四个意识”，即政治意识、大局意识、核心意识、看齐意识理解不深，调查研究不够深入。",
        ),
    ],
)
def counted_formula_members(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for m in find(ctx.text):
        yield rule.finding(ctx.text, m.start, m.end, (), count=str(m.count), listed=str(m.listed))
