"""Two actions joined in the wrong order (F187): 及时解决并认真梳理 for 认真梳理并及时解决, 依法处理并深入调查,
立即整治并全面排查, 实施并制定.

data/action_order.yaml holds pairs of actions with a fixed order (one sorts out a thing before settling
it, studies before applying, plans before carrying out) and the adverbs that may stand before either.
The later action, then 并/并且/和/、/再, then the earlier one, each with at most two adverbs before it, is
flagged unless the earlier action is part of a noun or a time (研究生, 调查组, 检查时, 检查后: 检查时整改、
检查后反弹); the fix swaps the two with their adverbs and keeps the joining word. The
pairs are looked for only when the document's two-character runs hold both actions and the text holds the
later one right before a joining word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.lazy_pattern import Lazy
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "action_order.yaml"
# after the earlier action: 研究 in 研究生, 调查 in 调查组, 学习 in 学习型 are no actions, 检查时 and 检查后 a time
_MARKS = frozenset("、，,")
_NOT_AFTER = frozenset("生组型者员室会班所表报时后前中")


@dataclass(frozen=True)
class Swap:
    start: int
    end: int
    suggestion: str
    first: str
    then: str
    other: str | None = None  # the other reading of where the adverbs belong


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, tuple[str, ...], Lazy], ...]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    adverbs = "|".join(re.escape(a) for a in sorted(data["adverbs"], key=len, reverse=True))
    joins = "|".join(re.escape(j) for j in sorted(data["joins"], key=len, reverse=True))
    adv = f"(?:(?:{adverbs}){{0,2}})"
    out = []
    for first, then in data["pairs"]:
        regex = Lazy(
            f"(?P<later>{re.escape(then)})(?P<join>{joins})(?P<earlier>{adv}{re.escape(first)})"
            f"(?![{''.join(sorted(_NOT_AFTER))}])"
        )
        keys = tuple(str(then) + str(j) for j in data["joins"])  # what the text must hold: 解决并, 解决和 …
        out.append((str(first), str(then), keys, regex))
    return tuple(out)


def find(text: str, grams: frozenset[str] | None = None) -> Iterator[Swap]:
    grams = cjk_bigram_set(text) if grams is None else grams
    for first, then, keys, regex in _patterns():
        if first not in grams or then not in grams or not _joined(text, grams, keys):
            continue
        for m in regex.finditer(text):
            start = _adverbs_before(text, m.start())
            fix = m.group("earlier") + m.group("join") + text[start : m.end("later")]
            # the adverbs may belong to the pair, not to the later action: 及时处置并发现 → 及时发现并处置
            kept = text[start : m.start()] + m.group("earlier") + m.group("join") + m.group("later")
            if kept == fix:
                yield Swap(start, m.end(), fix, first, then)
            elif m.group("earlier") == first:  # the earlier action bare: the adverbs were the pair's
                yield Swap(start, m.end(), kept, first, then, fix)
            else:
                yield Swap(start, m.end(), fix, first, then, kept)


def _joined(text: str, grams: frozenset[str], keys: tuple[str, ...]) -> bool:
    """Whether the text holds the later action right before a joining word: asked of the document's
    shared two-character runs first (决并, 决和), of the text only for a joining mark (解决、)."""
    for k in keys:
        if k[-1] in _MARKS:
            if k in text:
                return True
        elif k[1:3] in grams and k in text:
            return True
    return False


def _adverbs_before(text: str, at: int) -> int:
    """Where the adverbs before the later action start (at most two: 及时, 认真 …)."""
    adverbs = _adverbs()
    for _ in range(2):
        a = next((a for a in adverbs if text.endswith(a, 0, at)), None)
        if a is None:
            break
        at -= len(a)
    return at


@lru_cache(maxsize=1)
def _adverbs() -> tuple[str, ...]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    return tuple(sorted((str(a) for a in data["adverbs"]), key=len, reverse=True))


@code_rule(
    "F187",
    "action-pair-order",
    "formulation",
    "warning",
    "语序不当：应先“{first}”后“{then}”，“{match}”应为“{suggestion}”",
    "先后相承的两个动作要按事理排列：先梳理、调查、排查、查摆、研究、学习，后解决、处理、整治、整改、"
    "落实、运用。后一步写在前、前一步写在后并用“并”“和”连接（及时解决并认真梳理）时提示。",
    bad=[
        variant("一是调查研究不够深入。", "一是对群众来信[及时处理并深入调查]不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是对巡察反馈问题[立即整改并逐项梳理]不够，调查研究不够深入。"),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是对群众来信深入调查并及时处理不够，对巡察反馈问题逐项梳理并立即整改，调查研究不够深入。",
        ),
    ],
)
def action_pair_order(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for s in find(ctx.text, cjk_bigram_set(ctx.text)):
        yield rule.finding(
            ctx.text,
            s.start,
            s.end,
            tuple(x for x in (s.suggestion, s.other) if x),
            first=s.first,
            then=s.then,
        )
