"""Where an item of a merged part turns from one kind to the next.

A problem item that also gives its cause (存在的问题及原因剖析: …。究其原因，是…), and an item of a
原因剖析及整改措施 part that gives a cause, then what will be done (…认识不深。2023年起每季度…).

The parser decides that a part is merged and which kind it answers for (parse/sections.py `answers`,
`merged_kind`); here each item is cut where its words turn, so that the review reads a merged part by
halves (rules/context.py `answer_spans`) and the redraft has all three parts (draft/merged.py).
"""

from __future__ import annotations

import re

# a sentence that gives the cause (究其原因，是…; 根源在于…; 产生问题的根本原因是…; 原因是…)
CAUSE_LEAD = re.compile(
    r"^(?:究其原因|深究原因|追根溯源|剖析原因|分析原因|"
    r"(?:产生(?:这些|上述|以上|这一|这个)?问题的)?(?:根本|主要|重要|深层次)?(?:原因|根源|根子))"
    r"(?:主要)?(?:是|在于|有)?[，,：:]?(?:是|在于)?"
)
# a time limit or a frequency (2023年6月前, 年底, 每季度, 不少于)
TIME = re.compile(
    r"\d{4}年|\d{1,2}月|年底|年内|年前|月底|季度|上半年|下半年|立行立改|长期坚持|即日起|前完成|之前|以内|之内|"
    r"限期|本年度|今年|明年|[一二三四五六七八九十两\d]+个月|下个?月|[一二三四五六七八九十两\d]+个?月内"
)
FREQUENCY = re.compile(
    r"每[天日周月季年半]|定期|至少|不少于|不低于|\d+次|[一二三四五六七八九十两]+次|常态化|全覆盖|逐[项条个一]"
)
# a sentence that says what will be done: it looks forward, or gives a time limit or a frequency
_FORWARD = re.compile(
    r"^(?:今后|下一步|接下来|我将|我要|将|要|努力|坚持|做到|持续|切实|(?:整改|改进)?措施[：:])"
)
_MEASURE_LEAD = re.compile(r"^(?:整改|改进)?措施[：:]")
_SENTENCE = re.compile(r"[^。！？]*[。！？]?")


def says_when(text: str) -> bool:
    """The text gives a time limit or a frequency."""
    return bool(TIME.search(text) or FREQUENCY.search(text))


def _sentences(text: str) -> list[tuple[int, str]]:
    """The text's sentences with their offsets (blank runs left out)."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def cause_turn(body: str) -> int | None:
    """Where a problem item's text turns to its cause: the offset of the first sentence after the
    first that opens with 究其原因, 根源在于, 原因是 …; None when it gives no cause."""
    for k, (at, s) in enumerate(_sentences(body)):
        if k and CAUSE_LEAD.match(s.strip()):
            return at
    return None


def measure_turn(body: str) -> int | None:
    """Where an item of a merged causes-and-measures part turns from the cause it states to what will
    be done: the offset of the first sentence that looks forward or says by when or how often; None
    when no sentence does."""
    for at, s in _sentences(body):
        if _FORWARD.match(s.strip()) or says_when(s):
            return at
    return None


def problem_then_cause(body: str) -> tuple[str, str]:
    """A problem item's text and the cause it gives after it; no cause: the whole text and ""."""
    at = cause_turn(body)
    if at is None:
        return body.strip(), ""
    return body[:at].strip(), body[at:].strip()


def cause_then_measure(body: str) -> tuple[str, str]:
    """An item of a merged causes-and-measures part: the cause it states, and what will be done
    (整改措施： before it says no more); no measure: the whole text and ""."""
    at = measure_turn(body)
    if at is None:
        return body.strip(), ""
    return body[:at].strip(), _MEASURE_LEAD.sub("", body[at:].strip())
