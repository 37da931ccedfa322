"""An object that lost its head noun after 增强/强化/树立 (F162): 增强纪律规矩 for 增强纪律规矩意识,
树立宗旨 for 树立宗旨意识, 增强忧患 for 增强忧患意识; and (F205, round r15) 开展/进行 with a verb and its
object but no noun of activity (开展打击假冒伪劣商品 for 开展打击假冒伪劣商品行动).

The verbs and the fields with their heads are data/headless_objects.yaml. The field must follow the
verb directly (or after 起: 树立起大局) and close the phrase: the text ends there, the next character is
no Chinese character, or a predicate starts (不, 还, 仍, 有待: 树立宗旨不牢). 增强纪律规矩和宗旨意识 (a list
sharing its head) is no finding: 和 goes on.

F205: 开展/进行, right after it one of the table's actions, then an object of two to sixteen characters up to
the clause's end (a mark or the text's end), whose last word (rjieba's tags) is a noun and no noun of
activity, with no figure, 不 or 次 in it (开展宣传不少于2次 is a predicate) and no second action of the
table (开展走访慰问困难群众: a chain of actions, read as one). Only the clauses holding
开展/进行 followed by an action are tagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.postag import tag
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


_CLAUSE_END = "，。；：！？、,;:!?\n）)”"
_NOUNISH = ("n", "j", "l", "i")


@lru_cache(maxsize=1)
def _activity() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    light = "|".join(map(str, data["activity_verbs"]))
    actions = "|".join(sorted(set(map(str, data["actions"])), key=len, reverse=True))
    ends = re.escape(_CLAUSE_END)
    regex = re.compile(f"(?:{light})(?P<obj>(?:{actions})[^{ends}0-9０-９]{{2,16}})(?=[{ends}]|$)")
    return regex, frozenset(map(str, data["activity_heads"])), tuple(map(str, data["actions"]))


def activity_without_head(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the object of each 开展/进行 that is a verb phrase with no noun of activity."""
    if "开展" not in text and "进行" not in text:
        return
    regex, heads, actions = _activity()
    for m in regex.finditer(text):
        obj = m.group("obj")
        if "不" in obj or "次" in obj or obj.endswith(tuple(heads)):
            continue
        words = tag(obj)
        if len(words) < 2 or not words[-1][1].startswith(_NOUNISH) or words[-1][0] in heads:
            continue
        if any(w.startswith(actions) for w, _ in words[1:]):
            continue  # 开展走访慰问困难群众, 开展排查化解矛盾纠纷: a chain of actions, read as one
        yield m.start("obj"), m.end("obj")


@code_rule(
    "F205",
    "activity-without-head",
    "formulation",
    "warning",
    "成分残缺：“开展（进行）{match}”缺少宾语中心语，应在后面加上“行动”“活动”“工作”等",
    "“开展”“进行”带的是活动、行动、工作、整治、检查一类的名词；后面直接写动宾短语（开展打击假冒伪劣商品、"
    "进行清理拖欠工资），宾语就缺了中心语，应写成“开展打击假冒伪劣商品专项行动”，或删去“开展”。"
    "后面以动词结尾的（开展走访慰问、开展谈心谈话）或以活动名词结尾的不提示。",
    bad=[
        variant("一是调查研究不够深入", "一是今年虽然开展[打击假冒伪劣商品]，但调查研究不够深入"),
    ],
    good=[
        variant(
            "一是调查研究不够深入",
            "一是今年开展打击假冒伪劣商品专项行动，开展走访慰问，开展学习研讨，打击假冒伪劣商品，调查研究不够深入",
        ),
    ],
)
def activity_object_without_head(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in activity_without_head(ctx.text):
        yield rule.finding(ctx.text, start, end, ())
