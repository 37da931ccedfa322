"""Whose measure it is: A101's last test, read over all the problems at once.

The word tests (`correspondence.answered_by`, `measure_units.some_measure_answers`, the rare and
phrase readings) ask of one problem item whether some measure shares its words. A reviewer reads the
other way too: each measure is written for one problem, the one whose matter it takes up most, and a
measure written for another problem that happens to share one phrase with this one (推进园区转型升级 in
a measure on theory study, 开展网络安全专项整治 in the same, 提高审批办结率 in a measure on 网上办理)
has not answered it. So each measure gets an owner: the problem item that shares the most words only
it tells with it. A problem item whose every tie to the measures is thin (THIN words or fewer, all
told) and lies in measures that another item owns by far (OWNER_MIN words and OWNER_TIMES as many)
is answered by no measure of its own, unless a sentence of such a measure writes its words and none of
its owner's: one measure may take up two problems, a sentence each.

A word here is a run of the problem's own bigrams written together in the measure (开展专项整治 is one
word, not four bigrams); a run of one bigram that most measures use (推动, 形成, 群众) or that is no word
(对干) is none. A measure that names the item's aspect in its heading (its name's own words or one of
its keywords: 开展批评和自我批评 for 固本培元、增强党性) or twice in its text belongs to that aspect
too, whoever else it answers: one measure may answer two aspects by their names. A phrase of the problem's
that a measure writes only as the venue of its own matter (在党支部主题党日上交流学习体会) is no sentence of
the problem's, and the aspect's name word written as a verb with its object (组织网格员) names no aspect.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mingjing.rules.correspondence import (
    _FUNCTION_CHARS,
    _TIME_CHARS,
    _core,
    _name_bigrams,
    _shared_aspect_bigrams,
    _told_only_here,
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


def _words(text: str, told: set[str], grams: set[str] | None = None, join: bool = False) -> set[str]:
    """The runs of bigrams of `told` written together in `text` (`grams`: its bigrams), a single common or
    non-word bigram left out; with `join`, two runs written next to each other are one (党支部主题党日: one
    venue named, not two words of the problem's)."""
    import rjieba

    hits = [g for g in (told & grams if grams is not None else told) if _kept(g)]
    at: set[int] = set()
    for g in hits:
        k = text.find(g)
        while k >= 0:
            at.add(k)
            k = text.find(g, k + 1)
    kept: list[tuple[int, int]] = []  # (start, end) of each run kept, in order
    for k in sorted(at):
        if k - 1 in at:
            continue  # inside a run begun before
        end = k
        while end + 1 in at:
            end += 1
        run = text[k : end + 2]
        if len(run) > 2 or (rjieba.has_word(run) and not common_in_measures(run)):
            if join and kept and kept[-1][1] == k:
                kept[-1] = (kept[-1][0], end + 2)  # written next to the one before: one phrase
            else:
                kept.append((k, end + 2))
    return {text[a:b] for a, b in kept}


def _row(ctx: ReviewContext, item: Item) -> list[int]:
    """How many of the item's own words each measure writes; once per item and review."""
    key = ("measure-owner-row", item.start)
    if key not in ctx.cache:
        told = _told_only_here(ctx, item)  # as `_told`, `_words` leaving out the pairs it leaves out
        ctx.cache[key] = [
            len(_words(text, told, grams)) if not told.isdisjoint(grams) else 0
            for (_, text), grams in zip(measure_units(ctx), ctx.cache["measure-owner-grams"])
        ]
    row: list[int] = ctx.cache[key]
    return row


def _kept(pair: str) -> bool:
    """A pair with a function word or of time alone (在村, 周内) is no word of a problem's (as `_told`)."""
    return not _FUNCTION_CHARS.intersection(pair) and not set(pair) <= _TIME_CHARS


def _aspect_name_words(ctx: ReviewContext, item: Item) -> set[str]:
    """The dictionary words of two characters in the item's aspect name that no other aspect's name has."""
    import rjieba

    key = ("aspect-name-words", item.aspect or item.heading)
    if key in ctx.cache:
        cached: set[str] = ctx.cache[key]
        return cached
    if item.aspect:
        named = set(_name_bigrams(ctx, item)) - _shared_aspect_bigrams(ctx, item.aspect)
    else:  # an aspect the framework does not list, named by its heading
        named = set(word_bigrams(_core(item.heading.strip().rstrip("。：:"))))
    ctx.cache[key] = {b for b in named if rjieba.has_word(b)}
    return _aspect_name_words(ctx, item)


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


def _thin_row(ctx: ReviewContext, item: Item, names: set[str]) -> list[int] | None:
    """The item's words (its own, and its aspect name's) each measure writes; None once they pass THIN (most
    items, read no further)."""
    if "measure-owner-grams" not in ctx.cache:
        ctx.cache["measure-owner-grams"] = [
            {text[k : k + 2] for k in range(len(text) - 1)} for _, text in measure_units(ctx)
        ]
    told = _told_only_here(ctx, item)
    row: list[int] = []
    for (_, text), grams in zip(measure_units(ctx), ctx.cache["measure-owner-grams"]):
        row.append(sum(b in grams and _named(text, b) for b in names))
        if sum(row) > THIN:
            return None
        if not told.isdisjoint(grams):
            row[-1] += len(_words(text, told, grams, join=True))
            if sum(row) > THIN:
                return None
    return row


_ORGANISING = frozenset({"开展", "召开", "实施", "动员", "参加"})


def _named(text: str, word: str) -> bool:
    """Whether the measure writes the aspect's name word as a name, not only as the verb of another matter
    (组织网格员开展防诈培训 for 组织纪律: the verb with its people or its activity after it)."""
    from mingjing.rules.postag import tag

    tagged = tag(text)
    for k, (w, t) in enumerate(tagged):
        if word not in w:
            continue
        after = tagged[k + 1] if k + 1 < len(tagged) else ("", "")
        before = tagged[k - 1][1] if k else ""
        verb = (
            w == word
            and t == "v"
            and before != "p"
            and (after[1] in ("n", "nr", "nz") or after[0] in _ORGANISING)
        )
        if not verb:
            return True
    return False


def claimed_elsewhere(ctx: ReviewContext, item: Item) -> bool:
    """Whether the problem item's only ties to the measures are thin ones in measures other items own."""
    units = measure_units(ctx)
    if len(units) < MIN_UNITS:
        return False
    said = ctx.said_items()
    if all(i.start != item.start for i in said):
        return False
    # a word of the aspect's name a measure writes (创新 of 敢于创新 in 创新调研方式) ties it as one of its own
    names = _aspect_name_words(ctx, item)
    mine = _thin_row(ctx, item, names)
    if mine is None or not any(mine) or _names_the_aspect(ctx, item):
        return False
    others = {i.start: _row(ctx, i) for i in said if i.start != item.start}
    if not others:
        return False
    for k, n in enumerate(mine):
        if not n:
            continue
        owner = max(others, key=lambda start: others[start][k])
        if others[owner][k] < max(OWNER_MIN, OWNER_TIMES * n):
            return False
        if _own_sentence(ctx, units[k][1], item, owner, names):
            return False
    return True


_SENTENCE = re.compile(r"[^。；;！？!?\n]+")


def _own_sentence(ctx: ReviewContext, text: str, item: Item, owner: int, names: set[str]) -> bool:
    """Whether a sentence of the measure writes the item's words and none of its owner's: the measure takes
    the item up in a sentence of its own (按时参加支部活动，确有特殊情况提前向支部书记请假 in a measure that
    goes on to gifts), not in passing within the owner's matter (围绕…推进园区转型升级，形成1篇专题调研报告
    in a measure on studying 习近平经济思想)."""
    told = _told(ctx, item)
    owner_item = next(i for i in ctx.said_items() if i.start == owner)
    owner_told = _told(ctx, owner_item)
    for sentence in _SENTENCE.findall(text):
        mine = any(_phrase(w) and not _setting(sentence, w) for w in _words(sentence, told)) or any(
            b in sentence for b in names
        )
        if mine and not _words(sentence, owner_told):
            return True
    return False


# the problem's phrase as the occasion of another matter (每季度在党支部主题党日上交流学习体会: study is the
# matter, the 主题党日 its venue), not taken up by the measure
_SETTING = re.compile(r"(?:在|于|利用|借助)(?P<at>[^，。；,;]{0,12}?)(?:上|中|期间|时)")


def _setting(sentence: str, word: str) -> bool:
    """Whether every place the sentence writes the word is the occasion of another matter (在…上, 在…时)."""
    spans = [(m.start("at"), m.end("at")) for m in _SETTING.finditer(sentence)]
    at = [k for k in range(len(sentence)) if sentence.startswith(word, k)]
    return bool(at) and all(any(a <= k and k + len(word) <= b for a, b in spans) for k in at)


PHRASE = 4  # a run this long is a phrase of the problem's own; a shorter one must not be a common word's edge


def _phrase(run: str) -> bool:
    """Whether a run of the problem's bigrams is its own phrase: long, or holding a word few measures use, or
    a term the dictionary does not know (非粮化); not a common word with an edge of the next (展专项 of
    发展专项规划)."""
    import rjieba

    pieces = [run[k : k + 2] for k in range(len(run) - 1)]
    known = [p for p in pieces if rjieba.has_word(p)]
    return len(run) >= PHRASE or not known or any(not common_in_measures(p) for p in known)
