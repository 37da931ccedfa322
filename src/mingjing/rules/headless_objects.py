"""An object that lost its head noun after 增强/强化/树立 (F162): 增强纪律规矩 for 增强纪律规矩意识,
树立宗旨 for 树立宗旨意识, 增强忧患 for 增强忧患意识.

The verbs and the fields with their heads are data/headless_objects.yaml. The field must follow the
verb directly (or after 起: 树立起大局) and close the phrase: the text ends there, the next character is
no Chinese character, or a predicate starts (不, 还, 仍, 有待: 树立宗旨不牢). 增强纪律规矩和宗旨意识 (a list
sharing its head) is no finding: 和 goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "headless_objects.yaml"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PREDICATE = ("不", "还", "仍", "有待")  # a predicate starts right after the object (树立宗旨不牢)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, ...], dict[str, str]]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    return tuple(map(str, data["verbs"])), {str(k): str(v) for k, v in data["fields"].items()}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    verbs, fields = _table()
    v = "|".join(sorted(verbs, key=len, reverse=True))
    f = "|".join(sorted(fields, key=len, reverse=True))
    return re.compile(f"(?:{v})起?(?P<field>{f})")


def headless(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the phrase with its head) of each verb whose object lacks its head."""
    fields = _table()[1]
    for m in _pattern().finditer(text):
        after = text[m.end() : m.end() + 2]
        if after and _CJK.match(after) and not after.startswith(_PREDICATE):
            continue  # the phrase goes on (增强纪律规矩意识, 增强宗旨观念)
        yield m.start(), m.end(), m.group(0) + fields[m.group("field")]


@code_rule(
    "F162",
    "object-without-head",
    "formulation",
    "warning",
    "“{match}”缺少中心语，应为“{suggestion}”",
    "“增强”“强化”“树立”带的是意识、观念一类的中心语：写成“增强纪律规矩”“树立宗旨”是把中心语“意识”漏掉了，"
    "动宾搭配不当。后面接着写中心语的（增强纪律规矩意识、树立宗旨观念）不提示。",
    bad=[
        variant("一是调查研究不够深入", "一是没有时时[增强纪律规矩]，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是[树立宗旨]不牢，调查研究不够深入"),
    ],
    good=[
        variant(
            "一是调查研究不够深入",
            "一是没有时时增强纪律规矩意识，树立宗旨观念不牢，牢固树立大局观，调查研究不够深入",
        ),
    ],
)
def object_without_head(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in headless(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))
