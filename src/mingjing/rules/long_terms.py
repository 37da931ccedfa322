"""The genre's long terms (round r15, sound15): every name of six characters or more that a slip inside
is an error — bodies' full names, posts, documents' titles, campaigns, long set phrases — at real size,
composed from data/long_terms.yaml and data/genre_terms.yaml (rules/genre_lexicon.py), with the
formulations of data/collocations.yaml, the sector formulas and the trades' terms.

A body's name is composed as real names are: a level × a sector's body × a tail (县 + 卫生健康局,
市场监督管理局 + 党组理论学习中心组, 驻 + 县 + 财政局 + 纪检监察组, 交通运输局 + 局长). The terms are
indexed by their first and by their last three characters, each index holding its terms sorted (the
first index by the terms, the last by the terms reversed), so that the terms sharing the longest
beginning (or end) with a place of the text are one bisection away. Loaded on first use, once per
process (8,664 terms of six characters or more; 11,333 names of any length, which a written run must not be).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from mingjing.rules.stored import stored

DATA = Path(__file__).parent / "data" / "long_terms.yaml"
MIN_LENGTH = 6
SHORT_BODY = 6  # a body's name shorter than this is composed with the tails attached to it
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_PAREN = re.compile(r"（[^）]*）")


def _split(line: str) -> list[str]:
    return [w.strip() for w in line.split(",") if w.strip()]


def _bodies() -> tuple[list[str], list[str]]:
    """(every body of genre_terms.yaml's groups, those of its `+` groups: the organs and commands)."""
    import yaml

    from mingjing.rules.genre_lexicon import DATA as GENRE

    data = yaml.safe_load(GENRE.read_text(encoding="utf-8"))
    every, organs = [], []
    for name, lines in data["bodies"].items():
        for line in lines:
            heads, tails = line.split("|")
            names = [h + t for h in _split(heads) for t in _split(tails)]
            every += names
            if name.startswith("+"):
                organs += names
    return every, organs


def _composed(data: dict) -> list[str]:  # type: ignore[type-arg]
    every, organs = _bodies()
    levels = list(data["levels"])
    heads_by_tail = {t: _split(p) for t, p in data["heads_by_tail"].items()}
    tails_by_length = sorted(heads_by_tail, key=len, reverse=True)
    attached = [w for line in data["attached"] for w in _split(line)]
    out = []
    for body in every:
        out += [level + body for level in levels]
        tail = next((t for t in tails_by_length if body.endswith(t)), None)
        if tail is not None:
            out += [body + post for post in heads_by_tail[tail]]
    # a body's name of six characters or more is a term of its own, where a slip inside it is found; it is
    # composed further only when short (财政局 + 机关党支部), which keeps each index's groups small
    for body in organs:
        if len(body) < SHORT_BODY:
            out += [body + a for a in attached]
    for line in data["posted"]:
        before, after = (_split(x) for x in line.split("|"))
        for body in organs:
            if len(body) < SHORT_BODY and body.endswith(("局", "委员会", "委", "厅")):
                out += [b + body + a for b in before for a in after]
    return out


@lru_cache(maxsize=1)
def long_terms() -> tuple[str, ...]:
    """Every long term (Chinese characters only, six or more), each once, sorted."""
    return tuple(w for w in _all_terms() if len(w) >= MIN_LENGTH)


@lru_cache(maxsize=1)
def _all_terms() -> tuple[str, ...]:
    """Every term composed or listed, of any length (Chinese characters only), sorted."""
    import yaml

    from mingjing.rules.genre_lexicon import genre_terms
    from mingjing.rules.near_twin import formulations
    from mingjing.rules.sector_formulas import sayings

    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    words = _composed(data)
    for key in ("documents", "campaigns", "phrases", "posts"):
        for line in data[key]:
            for w in _split(line):
                words += [w, _PAREN.sub("", w)]
    words += [*genre_terms(), *formulations(), *sayings(), *_trade_phrases()]
    return tuple(sorted({w for w in words if len(w) >= 2 and _CJK.fullmatch(w)}))


def _trade_phrases() -> list[str]:
    import yaml

    data = yaml.safe_load((DATA.parent / "unit_terms.yaml").read_text(encoding="utf-8"))
    return [str(p) for p in data.get("phrases", [])]


@lru_cache(maxsize=1)
def long_term_set() -> frozenset[str]:
    """Every term composed or listed, of any length (what a written run must not be)."""
    return frozenset(_all_terms())


@stored
def indexes() -> tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str], dict[str, int]
]:
    """(first three characters → the terms, sorted; last three → the terms reversed, sorted; every key of
    either, which the document's three-character runs are looked up in; each key's longest term, a last
    three's under "~" + key)."""
    heads: dict[str, list[str]] = {}
    tails: dict[str, list[str]] = {}
    for t in long_terms():
        heads.setdefault(t[:3], []).append(t)
        tails.setdefault(t[-3:], []).append(t[::-1])
    keys = frozenset((*heads, *tails))
    longest = {k: max(map(len, v)) for k, v in heads.items()}
    longest.update({"~" + k: max(map(len, v)) for k, v in tails.items()})
    return (
        {k: tuple(sorted(v)) for k, v in heads.items()},
        {k: tuple(sorted(v)) for k, v in tails.items()},
        keys,
        longest,
    )


def sharing(terms: tuple[str, ...], run: str) -> tuple[int, int, int]:
    """(k, lo, hi): terms[lo:hi] are the terms of the sorted `terms` whose first k characters are
    run's, k the most any term shares with `run`."""
    i = bisect_left(terms, run)
    k = 0
    for t in terms[max(0, i - 1) : i + 1]:
        n = 0
        for a, b in zip(t, run):
            if a != b:
                break
            n += 1
        k = max(k, n)
    lo = bisect_left(terms, run[:k])
    hi = bisect_left(terms, run[:k] + "\U0010ffff")
    return k, lo, hi


Split = tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], tuple[int, ...]]
_SPLITS: dict[tuple[int, int, int], Split] = {}


def split_after(terms: tuple[str, ...], lo: int, hi: int, k: int) -> Split:
    """The terms[lo:hi] (sharing their first k characters) by their character k + 1, by their character
    k, and those of k + 1 characters: one slip at k leaves the term's character k + 1 in the text (or,
    for a doubled one, its character k), so a large group is read only where that character is. Made
    once per group and k in a process."""
    key = (id(terms), lo, k)
    made = _SPLITS.get(key)
    if made is None:
        after: dict[str, list[int]] = {}
        at: dict[str, list[int]] = {}
        last = []
        for i in range(lo, hi):
            t = terms[i]
            if len(t) > k + 1:
                after.setdefault(t[k + 1], []).append(i)
            elif len(t) == k + 1:
                last.append(i)
            if len(t) > k:
                at.setdefault(t[k], []).append(i)
        made = ({c: tuple(v) for c, v in after.items()}, {c: tuple(v) for c, v in at.items()}, tuple(last))
        _SPLITS[key] = made
    return made
