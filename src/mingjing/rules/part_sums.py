"""Counts of one whole that no longer add up after an edit (R161, round r18).

`18个问题…已整改完成16项，剩余3项正在推进`: the number done was raised in an edit (or the paragraph copied
from last year's material with its figures half changed) and the rest was left. The parts are a clause that
says a count is done (已整改, 已完成, 已销号 … N项) and the clauses right after it that count the rest (剩余,
其余, 尚未, 正在整改, 还有 … M项); the whole is the nearest count before them in the paragraph (项, 个, 条, 件
and 处 read as one unit: a problem is counted by any of them).

Flagged: the parts together exceed every count before them; or the rest is said to be all the rest (剩余,
其余, 余下, 尚未, 未) and the parts do not make the nearest whole, with no `其中` between (a subset counted
first makes the nearest count no whole). Quiet whenever the paragraph writes the parts' sum somewhere: then
the whole the writer meant is there."""

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

_UNIT = "项个条件处"
# a count: digits or a small Chinese number, and a unit not opening another noun (个方面, 个百分点, 件事)
_COUNT = re.compile(
    rf"([0-9]{{1,4}}|[一二两三四五六七八九十]{{1,3}})\s*([{_UNIT}])(?!方面|百分点|月|人|小时|工作日)"
)
_DONE = re.compile(r"已(?:经)?(?:全部)?(?:整改|完成|办结|销号|落实|解决|化解|办理|清理|处置|兑现)")
_REST = re.compile(r"^(?:目前|现|还|仍|另|尚)?(?:剩余|其余|余下|尚未|未|还有|另有|仍有|正在|持续|基本)")
_ALL_REST = re.compile(r"^(?:目前|现|还|仍|另|尚)?(?:剩余|其余|余下|尚未|未)")
_CLAUSE_END = "，,；;：:"
_PARAGRAPH_BACK = 120


# the noun a count names right after its unit (7个问题, 5条措施): two characters are enough to tell it
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff，,；;。])")
_NOUN_REACH = 8  # characters before a count where the noun it counts is written (整改措施39条)


def _counts_noun(text: str, m: re.Match[str], noun: str) -> bool:
    """Whether the count `m` counts `noun`: the noun stands right after its unit or shortly before it."""
    return text.startswith(noun, m.end()) or noun in text[max(0, m.start() - _NOUN_REACH) : m.start()]


def _value(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    return 2 if written == "两" else parse_chinese_number(written)


def _clause_end(text: str, at: int, stop: int) -> int:
    return min((k for c in _CLAUSE_END + "。！？\n" if (k := text.find(c, at, stop)) >= 0), default=stop)


@code_rule(
    "R161",
    "parts-against-whole",
    "residue",
    "warning",
    "“{match}”与前面的总数对不上（{whole}中已{done}，其余应为{right}），疑似修改数字时只改了一处",
    "先写总数再分“已完成、剩余”，改稿时改了完成数却没改剩余数（或反过来），几个数就加不起来了。只核对"
    "紧跟在“已……N项”之后的“剩余、其余、尚未、正在……M项”，段落里写出了各部分之和的不提示。",
    bad=[
        variant(
            "一是学得不够深。",
            "一是学得不够深。对上年度查摆的18个问题，已整改完成16项，[剩余3项]正在按计划推进。",
        ),
        variant(
            "一是学得不够深。",
            "一是学得不够深。巡察反馈问题12个，已整改11个，[正在整改2个]。",
        ),
    ],
    good=[
        variant(
            "一是学得不够深。",
            "一是学得不够深。对上年度查摆的18个问题，已整改完成16项，剩余2项正在按计划推进。",
        ),
        variant(
            "一是学得不够深。",
            "一是学得不够深。审计发现问题9个，其中班子层面4个，已整改7个，正在整改2个。",
        ),
        variant(
            "一是学得不够深。",
            "一是学得不够深。梳理问题18个、整改措施42条，已完成35条，剩余7条正在推进。",
        ),
        # the parts count 问题, the count before them 措施: no whole of theirs (r22)
        variant(
            "一是学得不够深。",
            "一是学得不够深。细化整改措施39条，截至10月底已完成整改7个问题，其余5个问题正在推进。",
        ),
    ],
)
def parts_against_whole(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for done in _DONE.finditer(text, ctx.outline.title_end):
        para_start = text.rfind("\n", 0, done.start()) + 1
        para_end = text.find("\n", done.end())
        para_end = len(text) if para_end < 0 else para_end
        clause_end = _clause_end(text, done.end(), para_end)
        first = _COUNT.search(text, done.end(), clause_end)
        if first is None or first.start() - done.end() > 6:
            continue
        done_n = _value(first.group(1))
        if done_n is None:
            continue
        rests: list[tuple[int, int, int, bool]] = []  # start, end, value, says all the rest
        at = clause_end
        while at < para_end and text[at] in _CLAUSE_END and len(rests) < 3:
            head = text[at + 1 : at + 12]
            if not _REST.match(head):
                break
            end = _clause_end(text, at + 1, para_end)
            count = _COUNT.search(text, at + 1, end)
            if count is None or (value := _value(count.group(1))) is None:
                break
            rests.append((at + 1, count.end(), value, bool(_ALL_REST.match(head))))
            at = end
        if not rests:
            continue
        back = max(para_start, done.start() - _PARAGRAPH_BACK)
        before = [(m, _value(m.group(1))) for m in _COUNT.finditer(text, back, done.start())]
        wholes = [(m, v) for m, v in before if v is not None]
        noun = _NOUN_AFTER.match(text, first.end())
        if noun:  # 已完成整改7个问题: the parts count 问题, so a whole is a count of 问题 (no 措施39条: r22)
            wholes = [(m, v) for m, v in wholes if _counts_noun(text, m, noun.group())]
        if not wholes:
            continue
        total = done_n + sum(r[2] for r in rests)
        counts = {_value(m.group(1)) for m in _COUNT.finditer(text, para_start, para_end)}
        if total in counts:
            continue
        nearest_m, nearest = wholes[-1]
        all_rest = any(r[3] for r in rests)
        subset = "其中" in text[nearest_m.end() : done.start()]
        if total > max(v for _, v in wholes):
            pass
        elif not (all_rest and not subset and done_n < nearest and total != nearest):
            continue
        start, end = rests[-1][0], rests[-1][1]
        right = nearest - done_n - sum(r[2] for r in rests[:-1])
        written = text[start:end]
        last = _COUNT.search(written)
        suggestions = (
            [written[: last.start(1)] + str(right) + written[last.end(1) :]] if last and right > 0 else []
        )
        yield rule.finding(
            text,
            start,
            end,
            suggestions,
            whole=nearest_m.group(0),
            done=text[done.start() : first.end()][1:],
            right=f"{right}{last.group(2) if last else ''}" if right > 0 else "更少",
        )
