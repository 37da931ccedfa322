"""Whose measure it is: A101's last test, read over all the problems at once.

The word tests (`correspondence.answered_by`, `measure_units.some_measure_answers`, the rare and
phrase readings) ask of one problem item whether some measure shares its words. A reviewer reads the
other way too: each measure is written for one problem, the one whose matter it takes up most, and a
measure written for another problem that happens to share one phrase with this one (推进园区转型升级 in
a measure on theory study, 开展网络安全专项整治 in the same, 提高审批办结率 in a measure on 网上办理)
has not answered it. So each measure gets an owner: the problem item that shares the most words only
it tells with it. A problem item whose every tie to the measures is thin (THIN words or fewer, all
told) and lies in measures that another item owns by far (OWNER_MIN words and OWNER_TIMES as many)
is answered by no measure of its own.

A word here is a run of the problem's own bigrams written together in the measure (开展专项整治 is one
word, not four bigrams); a run of one bigram that most measures use (推动, 形成, 群众) or that is no word
(对干) is none. A measure that names the item's aspect in its heading (its name's own words or one of
its keywords: 开展批评和自我批评 for 固本培元、增强党性) or twice in its text belongs to that aspect
too, whoever else it answers: one measure may answer two aspects by their names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mingjing.rules.correspondence import (
    _core,
    _name_bigrams,
    _shared_aspect_bigrams,
    word_bigrams,
)
from mingjing.rules.measure_order import _told
from mingjing.rules.measure_rarity import common_in_measures
from mingjing.rules.measure_units import MIN_UNITS, measure_units

if TYPE_CHECKING:
    from mingjing.model import Item
    from mingjing.rules.context import ReviewContext

THIN = 2  # words of the problem's own, over all measures, that make a thin tie
OWNER_MIN = 3  # words another problem shares with the measure for it to be that problem's
OWNER_TIMES = 2  # and so many times the thin item's words in that measure
NAMED_IN_TEXT = 2  # words of the aspect's name a measure's text writes to belong to it


def _words(text: str, told: set[str]) -> set[str]:
    """The runs of bigrams of `told` written together in `text`, a single common or non-word bigram left out."""
    import rjieba

    runs: set[str] = set()
    k = 0
    while k < len(text) - 1:
        if text[k : k + 2] not in told:
            k += 1
            continue
        end = k + 1
        while end < len(text) - 1 and text[end : end + 2] in told:
            end += 1
        run = text[k : end + 1]
        if len(run) > 2 or (rjieba.has_word(run) and not common_in_measures(run)):
            runs.add(run)
        k = end
    return runs


def _shares(ctx: ReviewContext) -> dict[int, list[int]]:
    """Per problem item (by start): how many of its own words each measure writes; once per review."""
    if "measure-owner-shares" not in ctx.cache:
        units = measure_units(ctx)
        ctx.cache["measure-owner-shares"] = {
            item.start: [len(_words(text, told)) if told else 0 for _, text in units]
            for item in ctx.said_items()
            for told in [_told(ctx, item)]
        }
    shares: dict[int, list[int]] = ctx.cache["measure-owner-shares"]
    return shares


def _aspect_name_words(ctx: ReviewContext, item: Item) -> set[str]:
    """The dictionary words of two characters in the item's aspect name that no other aspect's name has."""
    import rjieba

    if item.aspect:
        named = set(_name_bigrams(ctx, item)) - _shared_aspect_bigrams(ctx, item.aspect)
    else:  # an aspect the framework does not list, named by its heading
        named = set(word_bigrams(_core(item.heading.strip().rstrip("。：:"))))
    return {b for b in named if rjieba.has_word(b)}


def _names_the_aspect(ctx: ReviewContext, item: Item) -> bool:
    """Whether some measure names the item's aspect: in its heading, or NAMED_IN_TEXT times in its text."""
    names = _aspect_name_words(ctx, item)
    aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
    keywords = aspect.keywords if aspect else ()
    for heading, text in measure_units(ctx):
        if any(b in heading for b in names) or any(k in heading for k in keywords):
            return True
        if sum(b in text for b in names) >= NAMED_IN_TEXT:
            return True
    return False


def claimed_elsewhere(ctx: ReviewContext, item: Item) -> bool:
    """Whether the problem item's only ties to the measures are thin ones in measures other items own."""
    units = measure_units(ctx)
    if len(units) < MIN_UNITS:
        return False
    shares = _shares(ctx)
    if item.start not in shares:
        return False
    # a word of the aspect's name a measure writes (创新 of 敢于创新 in 创新调研方式) ties it as one of its own
    names = _aspect_name_words(ctx, item)
    mine = [n + sum(b in text for b in names) for n, (_, text) in zip(shares[item.start], units)]
    if not 0 < sum(mine) <= THIN:
        return False
    for k, n in enumerate(mine):
        if not n:
            continue
        owner = max((s[k] for start, s in shares.items() if start != item.start), default=0)
        if owner < max(OWNER_MIN, OWNER_TIMES * n):
            return False
    return not _names_the_aspect(ctx, item)
