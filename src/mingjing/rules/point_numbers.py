"""Point numbers: the 一是、二是、三是 series inside one item (or one part without items) that repeats a
number (二是 … 二是) or skips one (二是 … 四是), the way a point added or deleted in editing leaves it; and
(R177, round r20) a point's heading sentence kept word for word twice in one series, an edit's leftover to
delete rather than renumber (S110 leaves that label to it)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_DIGITS = "一二三四五六七八九"
# a point label (一是 … 九是) at the start of a line or right after a sentence mark, spaces between; with
# `after_comma` also after a comma or colon: a point whose separator was mistyped (…的现象,三是…) still
# holds its place
_ANY_LABEL = re.compile("[一二三四五六七八九]是")
_SPACES = " \t\u3000"
_MARKS = "。；;！？!?\n"
_MARKS_AFTER_COMMA = _MARKS + "，,：:"


_CLOSERS = {"）": "（", ")": "(", "】": "【", "]": "[", "］": "［", "〕": "〔"}


def _after_sentence_note(text: str, k: int, marks: str) -> bool:
    """text[k] follows a bracket that follows a sentence mark (…。（此处补充典型案例）二是: r21; a
    draft's 【此处补充具体事例】 or ［…］ alike: r23)."""
    opening = _CLOSERS.get(text[k - 1])
    if opening is None:
        return False
    opener = text.rfind(opening, max(0, k - 42), k)
    return opener > 0 and text[opener - 1] in marks


def _after_ellipsis(text: str, k: int) -> bool:
    """text[k] follows an ellipsis that ends the point before (……三是, ......三是 typed with periods,
    。。。三是): the ellipsis closes a sentence as a full stop does (r23)."""
    return text[k - 1] == "…" or (k >= 2 and text[k - 2 : k] in ("..", "．．"))


_QUOTE_CLOSERS = '”’」』"'


def _after_quoted_sentence(text: str, k: int, marks: str) -> bool:
    """text[k] follows a closing quotation mark after a sentence mark (说我“学了不用，等于白学。”二是…): the
    quotation ends the point before as its full stop does (r24)."""
    return k >= 2 and text[k - 1] in _QUOTE_CLOSERS and text[k - 2] in marks


def _after_half_width_stop(text: str, k: int) -> bool:
    """text[k] follows a half-width full stop typed after a Chinese character (在公示栏公示.二是…): a sentence
    mark mistyped (P-rules tell it), not the dot of a number (r24)."""
    return k >= 2 and text[k - 1] in ".．" and "\u4e00" <= text[k - 2] <= "\u9fff"


def point_series(ctx: ReviewContext, after_comma: bool = False) -> list[list[tuple[int, int]]]:
    """The point labels of each item (and of each part's text outside its items), in order, as
    (offset, number) lists; a series starts again at 一是. With `after_comma`, a label right after a
    comma counts too (S111, P132: 一是…；二是…，三是 holds its 三是; S110 leaves them out, since
    一是一，二是二 is a saying, not a series)."""
    key = f"point-series-{after_comma}"
    if key in ctx.cache:
        cached: list[list[tuple[int, int]]] = ctx.cache[key]
        return cached
    text = ctx.text
    marks = _MARKS_AFTER_COMMA if after_comma else _MARKS
    # every 一是 … 九是 of the text found once (a quick scan), then kept when its boundary is a line's
    # start or one of the marks, then only spaces (a regex with that boundary first tried every place)
    labels: list[tuple[int, int, int]] = []  # (where the boundary is, the label's offset, its number)
    for m in _ANY_LABEL.finditer(text):
        at = k = m.start()
        while k > 0 and text[k - 1] in _SPACES:
            k -= 1
        if (
            k == 0
            or text[k - 1] in marks
            or _after_sentence_note(text, k, marks)
            or _after_ellipsis(text, k)
            or _after_quoted_sentence(text, k, marks)
            or _after_half_width_stop(text, k)
        ):
            labels.append((k, at, _DIGITS.index(text[at]) + 1))
    starts = [at for _, at, _ in labels]
    out: list[list[tuple[int, int]]] = []
    for section in ctx.outline.sections:
        cuts = sorted(
            {section.start, section.end, *(i.start for i in section.items), *(i.end for i in section.items)}
        )
        for lo, hi in zip(cuts, cuts[1:], strict=False):
            series: list[tuple[int, int]] = []
            for k, at, number in labels[bisect.bisect_left(starts, lo) :]:
                if at + 2 > hi:
                    break
                if k < lo:
                    continue
                if number == 1 and series:
                    out.append(series)
                    series = []
                series.append((at, number))
            if series:
                out.append(series)
    ctx.cache[key] = out
    return out


def _kept_twice(text: str, series: list[tuple[int, int]], k: int) -> bool:
    """The k-th label's heading sentence stands word for word at an earlier label of the series."""
    heading = _heading_sentence(text, series[k][0])
    return len(heading) >= 6 and any(_heading_sentence(text, at) == heading for at, _ in series[:k])


def _swapped(series: list[tuple[int, int]], k: int) -> bool:
    """The label at k skips one number and the next label holds it (一是…三是…二是): two points swapped."""
    return (
        0 < k < len(series) - 1
        and series[k][1] == series[k - 1][1] + 2
        and series[k + 1][1] == series[k - 1][1] + 1
    )


def _wrong_numbers(ctx: ReviewContext, rule: Rule, skipped: bool) -> Iterator[Finding]:
    for series in point_series(ctx, after_comma=skipped):
        for k, ((_, before), (at, number)) in enumerate(zip(series, series[1:], strict=False)):
            wrong = number > before + 1 if skipped else number <= before
            if not skipped and k >= 1 and series[k - 1][1] + 1 == number == before - 1:
                continue  # 一是…三是…二是: two points swapped, told once by S113 at 三是
            if skipped and _swapped(series, k + 1):
                continue  # the same: S113 tells it (no number was skipped)
            if skipped and k >= 1 and series[k - 1][1] == number - 1 == before + 1:
                continue  # 一是…三是…二是…四是: the label after the swapped pair goes on from it
            if not skipped and _kept_twice(ctx.text, series, k + 1):
                continue  # a heading kept twice: R177 tells it (delete it, not renumber it)
            if wrong and before < len(_DIGITS):
                expected = _DIGITS[before] + "是"
                previous = _DIGITS[before - 1] + "是"
                yield rule.finding(ctx.text, at, at + 2, (expected,), previous=previous, expected=expected)


@code_rule(
    "S110",
    "repeated-point-number",
    "structure",
    "warning",
    "要点序号“{match}”与上一条“{previous}”重复：应为“{expected}”",
    "同一条目里的“一是、二是、三是”重复或倒退，多是增删要点后没有顺改序号，读者会以为漏了一点。"
    "每个条目（或没有条目的部分）里的要点各看各的，重新从“一是”开始的不提示。",
    bad=[
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深。二是读得不多。[二是]悟得不够透。比如，",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，", "一是学得不够深。二是读得不多。三是悟得不够透。一是一，二是二。比如，"
        ),
        variant(  # two points swapped: S113 tells it once at 三是
            "一是学得不够深。比如，", "一是学得不够深。三是读得不多。二是悟得不够透。比如，"
        ),
    ],
)
def repeated_point_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _wrong_numbers(ctx, rule, skipped=False)


@code_rule(
    "S111",
    "skipped-point-number",
    "structure",
    "warning",
    "要点序号“{match}”跳号了：上一条是“{previous}”，应为“{expected}”",
    "同一条目里的要点序号跳过一个（二是之后是四是），多是删去一点后没有顺改序号。"
    "每个条目（或没有条目的部分）里的要点各看各的；逗号后面的序号也算（……的现象，三是……），"
    "那里的逗号由 P132 提示。没有读成条目的“1.”“（1）”一组（整页连成一行时）从1起跳过一个号的也提示。",
    bad=[
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深。我对原文读得不多。[三是]悟得不够透。比如，",
        ),
        variant("一是学得不够深。比如，", "1.学得不够深。 [3.]悟得不够透。比如，"),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。比如，", "一是学得不够深。我对原文读得不多。二是悟得不够透。比如，"),
        variant("一是学得不够深。比如，", "一是学得不够深；二是读得不多，三是悟得不透；四是用得不活。比如，"),
        variant(  # two points swapped (S113's) and the one after them
            "一是学得不够深。比如，", "一是学得不够深。三是读得不多。二是悟得不透。四是用得不活。比如，"
        ),
        variant(  # a label after a quotation's closing mark, or after a half-width stop (r24)
            "一是学得不够深。比如，",
            "一是学得不够深。有人说我“只读标题。”二是读得不多。三是悟得不透.四是用得不活。比如，",
        ),
    ],
)
def skipped_point_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _wrong_numbers(ctx, rule, skipped=True)
    yield from _skipped_list_labels(ctx, rule)


@code_rule(
    "S113",
    "swapped-point-numbers",
    "structure",
    "warning",
    "要点序号“{match}”与下一条“{following}”顺序颠倒了：上一条是“{previous}”，应先写“{expected}”，再写“{match}”",
    "同一条目里的要点序号前后颠倒（二是之后先写四是、再写三是），多是挪动要点后没有顺改序号；"
    "这不是漏了一点，把两条的序号对调（或把两段对调）即可。",
    bad=[
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深。我对原文读得不多。[三是]悟得不够透。二是用得不活。比如，",
        ),
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深。二是读得不多。[四是]悟得不够透。三是用得不活。比如，",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，", "一是学得不够深。二是读得不多。三是悟得不够透。四是用得不活。比如，"
        ),
        variant(  # a number skipped, the next one goes on: S111's
            "一是学得不够深。比如，", "一是学得不够深。二是读得不多。四是悟得不够透。五是用得不活。比如，"
        ),
    ],
)
def swapped_point_numbers(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for series in point_series(ctx, after_comma=True):
        for k in range(1, len(series) - 1):
            if _swapped(series, k) and series[k][1] <= len(_DIGITS):
                at = series[k][0]
                before = series[k - 1][1]
                yield rule.finding(
                    ctx.text,
                    at,
                    at + 2,
                    previous=_DIGITS[before - 1] + "是",
                    expected=_DIGITS[before] + "是",
                    following=_DIGITS[before] + "是",
                )


# a numbered point outside the outline's items (a page flattened to one line, a list inside an item's
# text): `1.` or `（1）` at a line's start, or after a sentence mark or a space before a Chinese character
# a candidate label; one class first keeps the scan quick (the checks below keep `1.` and `（1）`)
LIST_LABEL = re.compile(r"[（(0-9０-９][0-9０-９]{0,2}[.．、)）]")
_DECIMAL_TAIL = re.compile(r"\d{1,2}[.．、%]")
_OPENS = "。；;：:！？!?\n \t\u3000"


def _list_label(text: str, m: re.Match[str], kind: str) -> bool:
    """The number at m is a list label: first on its line (after spaces), or after a sentence mark or a
    space and before a Chinese character; a decimal at a line's start is no label (2.5万元)."""
    at = m.start()
    line_start = not text[text.rfind("\n", 0, at) + 1 : at].strip()
    nxt = text[m.end() : m.end() + 3]
    if line_start:
        return not (kind == "d" and _DECIMAL_TAIL.match(nxt))
    if text[at - 1] not in _OPENS or not nxt:
        return False
    return "\u4e00" <= nxt[0] <= "\u9fff"


def _skipped_list_labels(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """`1.` then `3.` (or `（1）` then `（3）`) in one list that the outline did not read as its items
    (S109 checks those): a list that opened at 1 and jumps by exactly one number."""
    text = ctx.text
    heads = {h.start for s in ctx.outline.sections for h in (s, *s.items)}
    state: dict[str, tuple[int | None, bool]] = {"d": (None, False), "p": (None, False)}
    for m in LIST_LABEL.finditer(text):
        label = m.group()
        if label[0] in "（(":
            kind, value = "p", label[1:-1]
            if label[-1] not in ")）" or not value:
                continue
        else:
            kind, value = "d", label[:-1]
            if label[-1] in ")）" or len(value) > 2:
                continue
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue  # 12.5, 2024、: part of a longer number
        if not _list_label(text, m, kind):
            continue
        number = int(value)
        before, opened = state[kind]
        if number == 1:
            opened = True
        elif opened and before is not None and number == before + 2 and m.start() not in heads:
            expected = label.replace(value, str(before + 1), 1)
            previous = label.replace(value, str(before), 1)
            yield rule.finding(text, m.start(), m.end(), (expected,), previous=previous, expected=expected)
        state[kind] = (number, opened)


def _heading_sentence(text: str, at: int) -> str:
    """The point's first sentence from its label (二是带头作用发挥不够。), at most 40 characters."""
    ends = [k for c in "。；;！？\n" if (k := text.find(c, at, at + 41)) >= 0]
    return text[at : min(ends) + 1] if ends else ""


@code_rule(
    "R177",
    "point-heading-kept-twice",
    "residue",
    "warning",
    "要点“{match}”与前面同一条目里的要点开头一字不差，疑似修改时遗留的重复小标题",
    "同一条目里同一个序号的要点，开头一句（小标题）原样出现两次，多是挪动或改写要点后把旧的小标题留下了，"
    "应删去重复的一处。",
    bad=[
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深。二是读得不多。我去年只读了3本书。[二是读得不多。]三是悟得不够透。比如，",
        ),
        variant(
            "一是学得不够深。比如，", "一是学得不够深。二是读得不多。三是悟得不透。[一是学得不够深。]比如，"
        ),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。比如，", "一是学得不够深。二是读得不多。三是悟得不够透。比如，"),
        variant("一是学得不够深。比如，", "一是学得不够深。二是读得不多。一是一，二是二。比如，"),
    ],
)
def point_heading_kept_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    # a series started again at 一是 inside the same item reads on with the one before it (一是…三是 一是…)
    cuts = sorted({x for sec in ctx.outline.sections for x in (sec.start, *(i.start for i in sec.items))})
    seen: dict[str, int] = {}
    last = -1
    for series in point_series(ctx):
        first = series[0][0]
        if last < 0 or bisect.bisect_right(cuts, first) != bisect.bisect_right(cuts, last):
            seen = {}
        last = first
        for at, _number in series:
            heading = _heading_sentence(text, at)
            if len(heading) < 6:  # a label with a word or two (一是一，) is no heading
                continue
            if heading in seen:
                yield rule.finding(text, at, at + len(heading), ("",))
            else:
                seen[heading] = at
