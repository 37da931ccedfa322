"""A count that disagrees with the list it announces (R153, round r15, docs/review-copy-traces.md).

`主要表现在三个方面：一是…，二是…，三是…，四是…`: a point was added (or dropped) in an edit, or a
paragraph copied with its lead-in from a material that listed another number, and the count was left. The
lead-in is a count of points (N个方面, N个问题, N点, N条 …) closed by a colon; the list is what follows it
directly: labels of one kind (一是, 第一, （一）, （1）, 1. …) numbered from one, in the same paragraph or at
the starts of the lines below, up to a label of a higher level. Their number against the count: a list of
two or more labels numbered in order that is not as long as the count is flagged at the count.

Quiet: a count not closed by a colon (上年度查摆的5个问题中有2个…), a list that does not start at one
right after the colon, labels that stop numbering in order (a skipped label is S109's)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.numerals import chinese_count, parse_chinese_number
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_CN = "一二三四五六七八九十"
# the count, its noun and up to six characters of what they are (不足, 表现, 的问题), then the colon
_LEAD = Prefiltered(
    re.compile(
        r"(?P<head>(?P<n>[两二三四五六七八九十]|[2-9])个?(?:方面|问题|点|条|项|类))"
        r"的?[\u4e00-\u9fff]{0,6}?[：:]"
    )
)
# label kinds, highest level first: each with its number as group 1
_KINDS = (
    re.compile(f"([{_CN}]+)、"),
    re.compile(f"[（(]([{_CN}]+)[）)]"),
    re.compile(f"([{_CN}]+)是"),
    re.compile(f"第([{_CN}]+)[，,、是]"),
    re.compile(r"(\d{1,2})[\.．、](?!\d)"),
    re.compile(r"[（(](\d{1,2})[）)]"),
)
_LABEL_BEFORE = "：:；;，,。 \u3000\n"
_MAX = 10


def _number(written: str) -> int | None:
    return int(written) if written.isdigit() else parse_chinese_number(written)


def _count(text: str, kind: int, start: int, end: int, line_starts: bool) -> int | None:
    """How many labels of `kind`, numbered one, two … in order, stand from `start` (the first) to `end`:
    anywhere a label may stand, or only at the starts of lines, until a line opening with a label of a
    higher level. None for a list of lines that runs to the text's end: a page cut short (a web page
    giving the first items of five) cannot be counted."""
    pattern = _KINDS[kind]
    expected = 1
    at = start
    while at < end:
        m = pattern.match(text, at)
        if m and (at == start or text[at - 1] in _LABEL_BEFORE):
            number = _number(m.group(1))
            if number == expected:
                expected += 1
            elif number == 1 or number is None or number > expected:
                break  # a list of its own begins, or the numbering jumps
        if line_starts:
            line_end = text.find("\n", at)
            if line_end == -1 or not text[line_end:].strip():
                return None
            at = line_end + 1
            if any(p.match(text, at) for p in _KINDS[:kind]):
                break  # a label of a higher level: the list is over
            continue
        at += 1
    return expected - 1


@code_rule(
    "R153",
    "announced-count-mismatch",
    "residue",
    "warning",
    "这里说“{match}”，后面实际列了{count}条，数目前后不一致，疑似增删条目后未改",
    "先说“有以下三个方面”，后面却列了四条（或两条），多是修改时增删了条目、或照搬了别的材料的引语而没有"
    "改数字。只在冒号后紧接着从“一”开始、按顺序编号的列举时核对。",
    bad=[
        variant(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪，表现在[两个方面]：一是怕担责任，二是怕得罪人，三是怕出差错。",
        ),
    ],
    good=[
        variant(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪，表现在三个方面：一是怕担责任，二是怕得罪人，三是怕出差错。",
        ),
        variant(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪，上年度查摆的5个问题中有2个没有整改到位：一是怕担责任，二是怕得罪人。",
        ),
    ],
)
def announced_count_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _LEAD.finditer(text, ctx.outline.title_end):
        said = _number(m.group("n")) if m.group("n") != "两" else 2
        if said is None or said > _MAX:
            continue
        at = m.end()
        while at < len(text) and text[at] in " \u3000":
            at += 1
        line_starts = at < len(text) and text[at] == "\n"
        if line_starts:
            at += 1
        kind = next(
            (k for k, p in enumerate(_KINDS) if (lm := p.match(text, at)) and _number(lm.group(1)) == 1), None
        )
        if kind is None:
            continue
        paragraph_end = text.find("\n", at)
        if paragraph_end == -1:
            paragraph_end = len(text)
        count = _count(text, kind, at, len(text) if line_starts else paragraph_end, line_starts)
        if count is None or count < 2 or count == said:
            continue
        written = m.group("n")
        right = str(count) if written.isdigit() else ("两" if count == 2 else chinese_count(count))
        head = m.group("head")
        yield rule.finding(
            text,
            m.start("head"),
            m.end("head"),
            [right + head[len(written) :]],
            count=count,
        )


# members sharing their first character, listed with 、, then the short name that counts them by that
# character: `进学校、进社区、进企业、进农村、进家庭“六进”` (five members, 六进), `抓学习、抓制度“三抓”`
_LISTED = Prefiltered(
    re.compile(
        r"(?P<list>(?P<c>[\u4e00-\u9fff])(?:(?!等)[\u4e00-\u9fff]){1,4}(?:、(?P=c)(?:(?!等)[\u4e00-\u9fff]){1,4})+)"
        r"(?P<name>[“\"]?(?P<n>[两二三四五六七八九十])(?P=c)[”\"]?)"
    )
)


@code_rule(
    "T323",
    "listed-members-count",
    "typo",
    "warning",
    "前面列了{count}项，简称却是“{label}”，数目与所列不符，疑漏写一项或数字写错",
    "“进学校、进社区、进企业……‘五进’”这类先逐项列出、再用“数字+共同字”概括的说法，数字应与所列项数一致；"
    "不一致多是漏写了一项或把数字记错了。列举后有“等”时不核对。",
    bad=[
        variant(
            "一是遇到难题有畏难情绪。",
            "一是推动防汛知识进学校、进社区、进企业、进家庭[“五进”]活动开展不够经常。",
        ),
    ],
    good=[
        variant(
            "一是遇到难题有畏难情绪。",
            "一是推动防汛知识进学校、进社区、进企业、进家庭“四进”活动开展不够经常。",
        ),
        variant(
            "一是遇到难题有畏难情绪。",
            "一是推动防汛知识进学校、进社区等“五进”活动开展不够经常。",
        ),
    ],
)
def listed_members_count(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _LISTED.finditer(text, ctx.outline.title_end):
        count = m.group("list").count("、") + 1
        said = 2 if m.group("n") == "两" else _number(m.group("n"))
        if said is None or said == count:
            continue
        name = m.group("name")
        right = name.replace(m.group("n"), "两" if count == 2 else chinese_count(count), 1)
        yield rule.finding(
            text, m.start("name"), m.end("name"), [right], count=count, label=name.strip('“”"')
        )
