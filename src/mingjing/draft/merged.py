"""Merged parts taken apart for the notes: a problem item that also gives its cause (存在的问题及原因
剖析: …。究其原因，是…), and an item of a 原因剖析及整改措施 part that gives a cause, then what will be
done (…认识不深。2023年起每季度…).

The parser decides that a part is merged and which kind it answers for (parse/sections.py `answers`,
`merged_kind`: by what its items hold); each item is cut where its words turn from the problem to the
cause, or from the cause to the measure (parse/merged_items.py, which the review reads too), so that
the redraft has all three parts and no gap; here a cause is given its short name.
"""

from __future__ import annotations

from mingjing.draft.notes import LEFT_OUT, MAX_NAME, NAME_BREAKS, clean_name
from mingjing.parse.merged_items import CAUSE_LEAD, cause_then_measure, problem_then_cause

__all__ = ["cause_name", "cause_then_measure", "problem_then_cause"]


def cause_name(text: str) -> tuple[str, str]:
    """A cause's short name and its text: the first sentence without its lead words (究其原因，是…)
    when it is short enough for a name, else 无 and the whole text without its lead words (原因是…)."""
    m = CAUSE_LEAD.match(text)
    stripped = text[m.end() :] if m and m.end() < len(text) else text
    first, _, rest = stripped.partition("。")
    first = clean_name(first)
    if first and len(first) <= MAX_NAME and not NAME_BREAKS.search(first):
        return first, rest.strip()
    return LEFT_OUT, stripped.strip() or text
