"""Headings of one level that end unlike their siblings (P146): `二、批评和自我批评。` among headings
that end in nothing, `一是认识不到位，` on its own line where `二是工作不够扎实。` ends in a full stop.

Only headings that stand on their own line are compared (a run-in `（一）在…方面。一是…` ends on the mark
that parts it from its text, and is right). The siblings are the parts of the outline, or the items of
one part. A consistent form is right whatever it is (real materials write `（一）在…方面。` on its own
line as often as no mark at all): only a heading whose ending differs from a clear majority of its
siblings is reported, with the siblings' form as the suggestion. Two siblings are told apart only
when one ends in a clause mark (，、；), which never closes a heading; a majority of clause marks
(`1.…；` points whose last one ends in 。) is a list's own form and is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding, Headed
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_MARKS = {
    "。": "。",
    "．": "。",
    ".": "。",
    "，": "，",
    ",": "，",
    "、": "、",
    "；": "；",
    ";": "；",
    "：": "：",
    ":": "：",
}
_CLAUSE = frozenset("，、；")
_SPACE = " \t\u3000"
_ORDINAL = re.compile(
    r"[一二三四五六七八九十\d①-⑳]"
)  # a numbered label (bullets • ● head page furniture too)
# P129 reports a full-width clause mark closing a labelled heading line; this rule and P133 leave those to it
P129_LINE = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])[^\n。！？；;，,：:]{2,40}[；，、][ \t\u3000]*$"
)


_CAUSES = "（一）理论武装不够自觉。对原文原著学习没有常抓不懈，学用结合不紧。\n（二）党性锤炼有所放松。"


def _ending(text: str, h: Headed) -> tuple[str, int] | None:
    """The mark that closes a heading standing on its own line ("" for none) and where the heading's
    line ends; None when the heading runs into text on its line or has no label."""
    if not _ORDINAL.search(h.label) or h.heading_end <= h.heading_start:
        return None
    line_end = text.find("\n", h.heading_end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[h.heading_end : line_end].strip(_SPACE)
    if rest == "":
        return "", h.heading_end
    if len(rest) == 1 and rest in _MARKS:
        return _MARKS[rest], text.index(rest, h.heading_end) + 1
    return None


def odd_endings(text: str, siblings: Sequence[Headed]) -> Iterator[tuple[Headed, str, int, str]]:
    """(heading, its ending, where its ending ends, the siblings' ending) for every heading of the
    group whose ending differs from the clear majority's."""
    standing = [(h, e) for h in siblings if (e := _ending(text, h)) is not None]
    if len(standing) < 2:
        return
    forms = Counter(e[0] for _, e in standing)
    (major, count), *rest = forms.most_common()
    if not rest:
        return
    n = len(standing)
    if n == 2:
        a, b = (e[0] for _, e in standing)
        if (a in _CLAUSE) == (b in _CLAUSE):
            return
        major = a if b in _CLAUSE else b
    elif major in _CLAUSE or count < 2 or rest[0][1] == count or n - count > max(1, n // 3):
        return
    for h, (form, end) in standing:
        if form != major and form != "：":  # a heading closed by a colon leads into its points: a choice
            yield h, form, end, major


def _describe(form: str) -> str:
    return f"以“{form}”结尾" if form else "末尾不加标点"


@code_rule(
    "P146",
    "heading-ending-unlike-siblings",
    "punctuation",
    "warning",
    "同级标题末尾的标点不一致：其余同级标题{theirs}，这个标题{mine}；应统一为“{suggestion}”{note}",
    "单独成行的同级标题，末尾要么都不加标点，要么都用同一个标点（如“（一）在……方面。”）；"
    "个别标题末尾多了句号、逗号，或别的都有句号它却没有，多是漏改或从正文里截取时留下的。"
    "标题后面用逗号、顿号、分号更不合适。只在多数同级标题写法一致、个别不同时提示，按多数的写法给出修改。",
    bad=[
        variant("二、产生问题的原因", "[二、产生问题的原因。]"),
        variant(
            _CAUSES,
            _CAUSES.replace("。", "。\n", 1).replace(
                "（二）党性锤炼有所放松。", "[（二）党性锤炼有所放松,]\n"
            ),
        ),
    ],
    good=[
        GOOD,
        variant(
            _CAUSES,
            _CAUSES.replace("。", "。\n", 1).replace(
                "（二）党性锤炼有所放松。", "（二）党性锤炼有所放松。\n"
            ),
        ),
        variant(
            "（一）在理论学习方面。一是学得不够深。",
            "（一）在理论学习方面。\n1.学得不够深；\n2.读得不多；\n3.悟得不透。\n比如，",
        ),
    ],
)
def heading_ending_unlike_siblings(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    groups: list[Sequence[Headed]] = [ctx.outline.sections]
    groups += [s.items for s in ctx.outline.sections if len(s.items) >= 2]
    for group in groups:
        for h, form, end, major in odd_endings(text, group):
            line_start = text.rfind("\n", 0, h.heading_start) + 1
            line_end = text.find("\n", end)
            if form in _CLAUSE and P129_LINE.match(text, line_start, len(text) if line_end < 0 else line_end):
                continue
            start = (
                h.start
                if text[h.start : h.heading_start].strip(_SPACE) == h.label.strip()
                else h.heading_start
            )
            yield rule.finding(
                text,
                start,
                end,
                (text[start : h.heading_end] + major,),
                theirs=_describe(major),
                mine=_describe(form),
                note="（单独成行的标题一般不加句号，也可以把其余标题末尾的句号都删去）"
                if major == "。" and not form
                else "",
            )
