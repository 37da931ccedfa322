"""Which single measure answers a problem item: the second half of A101's test.

The whole measures part can share a few words with a problem item by chance, scattered over
measures written for other items (村级 in one measure, 监督 in another, 走访 in a third, while the
item confessed 三资 accounts, 低保 checks and gifts of 烟酒). A reviewer looks for one measure that
takes the problem up: an item is answered when some measure by itself shares the aspect's words or
enough of the item's own words (`correspondence.answered_by`), when a measure's heading is made of
matter that only this item tells (加强学习 for the only item that confessed its 学习), or when one
measure repeats what only this item tells (`_one_measure_takes_up`).

A measure is a measure item, a point of a part written as 一是…二是… in one paragraph, or the
measure half of an item of a merged 原因及整改措施 part; the part's lead paragraph (针对查摆出的问题，
逐条建立整改台账) and its closing promise no single problem.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mingjing.parse.sections import is_merged
from mingjing.rules.correspondence import (
    _buried,
    _inside_keywords,
    _names_written_whole,
    _one_measure_takes_up,
    _told_only_here,
    _without_closing,
    answer_words,
    answered_by,
    bigrams,
)

if TYPE_CHECKING:
    from mingjing.model import Item
    from mingjing.rules.context import ReviewContext

# a measure's heading: its text up to the first full stop or semicolon
_FIRST_SENTENCE = re.compile(r"[^。；;！？\n]*")


def measure_units(ctx: ReviewContext) -> list[tuple[str, str]]:
    """(heading, text) of each measure, once per review."""
    if "measure-units" in ctx.cache:
        cached: list[tuple[str, str]] = ctx.cache["measure-units"]
        return cached
    units: list[tuple[str, str]] = []
    unit_spans: list[tuple[int, int] | None] = []  # where a unit's text is the document's, as written
    merged = [s for s in ctx.outline.sections if s.kind in ("causes", "measures") and is_merged(s.heading)]
    for section in ctx.outline.sections:
        if section.kind != "measures" or section in merged:
            continue
        for item in section.items:
            if not item.heading.strip() and len(item.points) >= 2:
                for p in item.points:  # 一是…二是… in one paragraph: each point is a measure
                    text = p.text[len(p.label) :]
                    first = _FIRST_SENTENCE.match(text)
                    units.append((first.group() if first else "", text))
                    unit_spans.append(None)
            else:
                units.append((item.heading, ctx.text[item.start : item.end]))
                unit_spans.append((item.start, item.end))
    if merged:  # a merged part: each of its items by its measure half (ReviewContext.item_spans)
        headings = {i.heading_start: i.heading for s in merged for i in s.items}
        for spans in ctx.item_spans("measures"):
            if any(s.start <= spans[0][0] < s.end for s in merged):
                units.append((headings.get(spans[0][0], ""), " ".join(ctx.text[a:b] for a, b in spans)))
                unit_spans.append(None)
    ctx.cache["measure-units"] = [(h, _without_closing(t)) for h, t in units]
    ctx.cache["measure-unit-spans"] = [
        span if span and t == ctx.text[span[0] : span[1]] else None
        for (_, t), span in zip(ctx.cache["measure-units"], unit_spans)
    ]
    return measure_units(ctx)


def _unit_answers(ctx: ReviewContext) -> list[set[str]]:
    """Each measure's answer words (as `_unanswered` computes them for the whole part)."""
    if "measure-unit-answers" not in ctx.cache:
        out = []
        units = measure_units(ctx)
        for (_, text), span in zip(units, ctx.cache["measure-unit-spans"]):
            if span is None:
                answer = answer_words(text, ctx)
                plain = None
            else:  # its words and bigrams read from the document's
                a, b = span
                answer = answer_words(text, ctx, words=ctx.words(a, b), grams=ctx.span_ngrams(2, a, b))
                plain = ctx.words(a, b, hmm=False)
            buried = (_buried(text, plain) | _inside_keywords(ctx, text)) - _names_written_whole(ctx, text)
            out.append(answer | {f"buried:{b}" for b in buried})
        ctx.cache["measure-unit-answers"] = out
    answers: list[set[str]] = ctx.cache["measure-unit-answers"]
    return answers


def _unit_answers_item(ctx: ReviewContext, item: Item, k: int, answer: set[str]) -> bool:
    """Whether measure `k` (answer words `answer`) answers the item; a slogan (no time, number or checkable
    step, few particular things: 加强理论学习，提高为民服务意识) only by its firm words: not the words every
    measure uses (服务, 学习, 责任), unless it writes an aspect's name whole (严守工作纪律). A slogan that
    shares one of them with a problem has not taken the problem up (measure_rarity)."""
    if not answered_by(ctx, item, answer):
        return False
    other = _heads_of_other_compounds(ctx, item, k, answer)
    if other and not answered_by(ctx, item, answer - other):
        return False
    key = ("measure-unit-firm", k)
    if key not in ctx.cache:  # worked out for a measure that answers some item, once per review
        from mingjing.rules.correspondence import _bare_measure

        heading, text = measure_units(ctx)[k]
        body = text[len(heading) :] if text.startswith(heading) else text
        firm = None
        if _bare_measure(text, body):
            named = _names_written_whole(ctx, text)
            firm = {b for b in answer if b in named or _firm_piece(b)}
        ctx.cache[key] = firm
    firm_answer: set[str] | None = ctx.cache[key]
    return firm_answer is None or answered_by(ctx, item, firm_answer)


def _heads_of_other_compounds(ctx: ReviewContext, item: Item, k: int, answer: set[str]) -> set[str]:
    """The words of the item's aspect name that measure `k` writes only as the head of another compound
    (本领 of 能力本领, for the name's 斗争本领): a noun before them that neither the item nor its name writes
    makes them another matter's word."""
    from mingjing.rules.correspondence import _name_bigrams

    named = _name_bigrams(ctx, item) & answer
    if not named:
        return set()
    import rjieba

    key = ("measure-unit-tags", k)
    if key not in ctx.cache:
        ctx.cache[key] = rjieba.tag(measure_units(ctx)[k][1])
    tagged: list[tuple[str, str]] = ctx.cache[key]
    aspect = ctx.framework.aspect(item.aspect) if ctx.framework and item.aspect else None
    wording = " ".join(
        [ctx.text[item.start : item.end], item.aspect or ""] + (list(aspect.aliases) if aspect else [])
    )
    heads: dict[str, bool] = {}  # word: written as the head of another compound at every place
    for (prev, tag), (word, _) in zip([("", "")] + tagged, tagged):
        if word in named:
            # a noun of the name's own (纪律 of 严守纪律规矩 for 政治纪律和政治规矩) joins it, not another matter
            other = (
                tag.startswith("n") and len(prev) == 2 and prev not in wording and prev + word not in wording
            )
            heads[word] = heads.get(word, True) and other
    return {w for w, other in heads.items() if other}


def _firm_piece(piece: str) -> bool:
    """Whether a piece of a slogan's answer words may tie it to a problem: not a word every measure uses
    (服务, 学习), nor the marker of a keyword made of such words (服务意识)."""
    from mingjing.rules.measure_rarity import SLOGAN_COMMON_SHARE, common_in_measures

    if piece.startswith("kw:"):
        return _firm(piece[3:])
    return ":" in piece or not common_in_measures(piece, SLOGAN_COMMON_SHARE)


def _firm(word: str) -> bool:
    """A keyword that ties a slogan to a problem: one of its two-character pieces is a dictionary word few
    measures use (宴请 of 宴请, not 服务 or 意识 of 服务意识, nor the 务意 across them)."""
    import rjieba

    from mingjing.rules.correspondence import STOP_BIGRAMS
    from mingjing.rules.measure_rarity import common_in_measures

    return any(
        rjieba.has_word(p) and p not in STOP_BIGRAMS and not common_in_measures(p)
        for p in (word[k : k + 2] for k in range(len(word) - 1))
    )


def _heading_words(heading: str) -> set[str]:
    """The two-character words of a measure's heading, the genre's stock words left out (加强学习:
    学习, not the 强学 across two words)."""
    import rjieba

    return {b for b in bigrams(heading) if rjieba.has_word(b)}


MIN_UNITS = 2  # with one measure only, the part is that measure: the whole-part test has judged it


def some_measure_answers(ctx: ReviewContext, item: Item) -> bool:
    """Whether one measure by itself answers the problem item."""
    units = measure_units(ctx)
    if len(units) < MIN_UNITS:
        return True
    if any(_unit_answers_item(ctx, item, k, answer) for k, answer in enumerate(_unit_answers(ctx))):
        return True
    return headed_by_its_matter(ctx, item) or _one_measure_takes_up(ctx, item)


def headed_by_its_matter(ctx: ReviewContext, item: Item) -> bool:
    """Whether a measure's heading is made of words that only this problem item tells (加强学习 for the
    one item that confessed its 学习): the measure names the problem's matter, however short it is."""
    told = _told_only_here(ctx, item)
    if "measure-heading-words" not in ctx.cache:
        ctx.cache["measure-heading-words"] = [_heading_words(h) for h, _ in measure_units(ctx)]
    named_by_unit: list[set[str]] = ctx.cache["measure-heading-words"]
    units = measure_units(ctx)
    return any(
        named and named <= told and not _names_another(units[k][0], named, ctx.text[item.start : item.end])
        for k, named in enumerate(named_by_unit)
    )


def _names_another(heading: str, named: set[str], body: str) -> bool:
    """Whether the heading joins a word the item tells to a noun before it that the item does not write
    with it (持续提升能力本领 for an item that told its 斗争本领): the heading names another matter, the
    item's word is only the head of it."""
    import rjieba

    tagged = rjieba.tag(heading)
    return any(
        word in named and prev[1].startswith("n") and prev[0] + word not in body
        for prev, (word, _) in zip(tagged, tagged[1:])
    )
