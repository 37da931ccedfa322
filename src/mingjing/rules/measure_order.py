"""Measures written in the order of the problems: A101's test of place.

Materials very often answer their problems one by one in the same order (六项纪律 → 一是…六是, five
aspects → five measures), each measure taking up the matter of its problem in words of its own
(接处警服务还有不足…出警不够及时 → 实行接警“5分钟内响应”制度，对不满意的回访件逐件分析). The
word tests (`correspondence.answered_by`, `measure_units.some_measure_answers`) ask for the aspect's
words or many of the item's; where the part gives each problem a measure at its own place, a measure
that shares a word only its problem tells answers that problem too.

The order is found, not assumed: there are as many measures as problems (MIN_ITEMS or more), and most
of them (MOST) meet the measure at their own place with MIN_SHARED words only they tell, each pair the
other's best match (a measure that shares more with another problem answers that one). A part with a
measure fewer or more than the problems has no such order (a measure left out shifts every place:
measured on the review sets, a loose alignment there let neighbouring measures answer the problem whose
measure was cut).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mingjing.rules.correspondence import _FUNCTION_CHARS, _TIME_CHARS, _told_only_here, bigrams
from mingjing.rules.measure_rarity import common_in_measures
from mingjing.rules.measure_units import measure_units

if TYPE_CHECKING:
    from mingjing.model import Item
    from mingjing.rules.context import ReviewContext

MIN_SHARED = 2  # words only the problem tells that the measure at its place takes up, for the order to hold
MIN_ITEMS = 3  # an order of two is no order
MOST = 0.6  # the share of the problems that must meet their measure so for the order to hold


def _told(ctx: ReviewContext, item: Item) -> set[str]:
    """Bigrams only this problem item tells, without a function word or a time alone (在村, 周内); once per
    item and review (the rare reading of measure_rarity asks too)."""
    key = ("told-kept", item.start)
    if key not in ctx.cache:
        ctx.cache[key] = {
            b
            for b in _told_only_here(ctx, item)
            if not _FUNCTION_CHARS.intersection(b) and not set(b) <= _TIME_CHARS
        }
    told: set[str] = ctx.cache[key]
    return told


def answered_in_order(ctx: ReviewContext, item: Item) -> bool:
    """Whether the measure at this problem item's place in the part takes up its matter."""
    if "measure-order" not in ctx.cache:
        ctx.cache["measure-order"] = _in_order(ctx)
    answered: frozenset[int] = ctx.cache["measure-order"]
    return item.start in answered


def _in_order(ctx: ReviewContext) -> frozenset[int]:
    """Starts of the problem items whose measure at their own place shares a word only they tell, when
    the part is written in the order of the problems."""
    items = ctx.said_items()
    units = measure_units(ctx)
    if len(items) < MIN_ITEMS or len(units) != len(items):
        return frozenset()
    told = [_told(ctx, i) for i in items]
    said = [bigrams(text) for _, text in units]
    share = [[len(t & s) for s in said] for t in told]
    n = len(items)
    # the measure at the item's place is its best, and the item is that measure's best: a measure written
    # for another problem (a second measure for the first item, put where a cut measure stood) is not it
    mutual = [
        share[k][k] >= max(share[k]) and share[k][k] >= max(share[j][k] for j in range(n)) for k in range(n)
    ]
    if sum(m and share[k][k] >= MIN_SHARED for k, m in enumerate(mutual)) < MOST * n:
        return frozenset()

    def _loose(k: int) -> bool:
        """The item shares one word with the measure at its place, a common one that another item shares too."""
        words = told[k] & said[k]
        return (
            len(words) == 1
            and all(common_in_measures(b) for b in words)
            and any(told[j] & said[k] for j in range(n) if j != k)
        )

    # one word every measure uses (责任 of 增强责任意识, at the place of 管党治党责任), shared by the measure with
    # another item too (强化政治忠诚's 林长责任), does not tell whose the measure is: the place alone does not
    return frozenset(items[k].start for k in range(n) if mutual[k] and share[k][k] >= 1 and not _loose(k))
