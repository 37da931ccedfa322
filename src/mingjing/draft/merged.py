"""Merged parts taken apart for the notes: a problem item that also gives its cause (存在的问题及原因
剖析: …。究其原因，是…), and an item of a 原因剖析及整改措施 part that gives a cause, then what will be
done (…认识不深。2023年起每季度…).

The parser decides that a part is merged and which kind it answers for (parse/sections.py `answers`,
`merged_kind`: by what its items hold); here each item is cut where its words turn from the problem
to the cause, or from the cause to the measure, so that the redraft has all three parts and no gap.
"""

from __future__ import annotations

import re

from mingjing.draft.notes import LEFT_OUT, MAX_NAME, NAME_BREAKS, clean_name

# a sentence that gives the cause (究其原因，是…; 根源在于…; 产生问题的根本原因是…; 原因是…)
_CAUSE_LEAD = re.compile(
    r"^(?:究其原因|深究原因|追根溯源|剖析原因|分析原因|"
    r"(?:产生(?:这些|上述|以上|这一|这个)?问题的)?(?:根本|主要|重要|深层次)?(?:原因|根源|根子))"
    r"(?:主要)?(?:是|在于|有)?[，,：:]?(?:是|在于)?"
)
# a sentence that says what will be done: it looks forward, or gives a time limit or a frequency
_FORWARD = re.compile(
    r"^(?:今后|下一步|接下来|我将|我要|将|要|努力|坚持|做到|持续|切实|(?:整改|改进)?措施[：:])"
)
_MEASURE_LEAD = re.compile(r"^(?:整改|改进)?措施[：:]")
_SENTENCE = re.compile(r"[^。！？]*[。！？]?")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def problem_then_cause(body: str) -> tuple[str, str]:
    """A problem item's text and the cause it gives after it (from the first sentence that opens
    with 究其原因, 根源在于, 原因是 …); no cause: the whole text and ""."""
    sentences = _sentences(body)
    for k, s in enumerate(sentences):
        if k and _CAUSE_LEAD.match(s.strip()):
            return "".join(sentences[:k]).strip(), "".join(sentences[k:]).strip()
    return body.strip(), ""


def cause_then_measure(body: str) -> tuple[str, str]:
    """An item of a merged causes-and-measures part: the cause it states, and what will be done
    (from the first sentence that looks forward or says by when or how often)."""
    from mingjing.rules.correspondence import says_when

    sentences = _sentences(body)
    for k, s in enumerate(sentences):
        if _FORWARD.match(s.strip()) or says_when(s):
            measure = _MEASURE_LEAD.sub("", "".join(sentences[k:]).strip())  # 整改措施：… says no more
            return "".join(sentences[:k]).strip(), measure
    return body.strip(), ""


def cause_name(text: str) -> tuple[str, str]:
    """A cause's short name and its text: the first sentence without its lead words (究其原因，是…)
    when it is short enough for a name, else 无 and the whole text."""
    m = _CAUSE_LEAD.match(text)
    stripped = text[m.end() :] if m and m.end() < len(text) else text
    first, _, rest = stripped.partition("。")
    first = clean_name(first)
    if first and len(first) <= MAX_NAME and not NAME_BREAKS.search(first):
        return first, rest.strip()
    return LEFT_OUT, text
