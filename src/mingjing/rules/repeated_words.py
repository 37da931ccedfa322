"""Words written twice in a row (T112): 用公款用公款送礼, 形成决策决策决议 — a slip of editing (a
pasted phrase not deleted). Reported where the repeated run is whole words of rjieba's cut and is
either two words or more (three characters at least) or one noun; verbs said twice (研究研究,
讨论讨论) and counted steps (一步一步, 一件一件) are ordinary Chinese and stay silent.
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

_TWICE = re.compile(r"([\u4e00-\u9fff]{2,8})\1")
_COUNTED = set("一二两三四五六七八九十几每半")
_NOUN_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt"}


def repeated_run(text: str, start: int, run: str) -> bool:
    """Whether `run`, written at text[start:] twice, is whole words that should not be doubled."""
    import rjieba

    if run[0] in _COUNTED:
        return False
    first: list[tuple[str, str]] = []
    at = 0
    for word, tag in rjieba.tag(text[start : start + 2 * len(run)]):
        if at < len(run):
            first.append((word, tag))
        at += len(word)
        if at > len(run) and sum(len(w) for w, _ in first) != len(run):
            return False  # the run does not end on a word boundary
    if sum(len(w) for w, _ in first) != len(run):
        return False
    if len(first) >= 2:
        return len(run) >= 3
    return first[0][1] in _NOUN_TAGS


@code_rule(
    "T112",
    "word-written-twice",
    "typo",
    "warning",
    "“{match}”重复了：“{suggestion}”写了两遍",
    "删改时没有删干净，一个词或短语连写两遍（“用公款用公款送礼”“决策决策”）。"
    "口语里动词重叠（研究研究）、逐一计数（一步一步）不提示。",
    bad=[variant("研讨发言多引用文件原文。", "研讨发言多引用[文件原文文件原文]。")],
    good=[GOOD, variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，要研究研究，一步一步整改。")],
)
def word_written_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _TWICE.finditer(text):
        run = m.group(1)
        if repeated_run(text, m.start(), run):
            yield rule.finding(text, m.start(), m.end(), (run,))
