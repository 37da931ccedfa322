"""The Party's congresses and central committee plenary sessions by the year each was held (public facts),
and what a year's meeting takes as its main line (R125, round r16, docs/review-copy-traces.md).

A material of the year Y (its meeting held at Y's end or early in Y+1) takes as its first task the congress
of the current term or a plenary session held in Y; a plenary of an earlier year, or a congress whose
term has ended, named as its main line is the main line of an older material copied.
"""

from __future__ import annotations

_NUMBERS = "一二三四五六七"
# term → (the congress's year, the plenary sessions' years in order: 一中 … 七中)
_TERMS: dict[str, tuple[int, tuple[int, ...]]] = {
    "十七": (2007, (2007, 2008, 2008, 2009, 2010, 2011, 2012)),
    "十八": (2012, (2012, 2013, 2013, 2014, 2015, 2016, 2017)),
    "十九": (2017, (2017, 2018, 2018, 2019, 2020, 2021, 2022)),
    "二十": (2022, (2022, 2023, 2024, 2025)),
}
_NEXT_CONGRESS = {"十七": 2012, "十八": 2017, "十九": 2022, "二十": 2027}

# every session's name as written (十九届六中全会, 二十大) → the year it was held
SESSIONS: dict[str, int] = {f"{term}大": year for term, (year, _) in _TERMS.items()} | {
    f"{term}届{_NUMBERS[k]}中全会": held
    for term, (_, plenaries) in _TERMS.items()
    for k, held in enumerate(plenaries)
}


def stale(session: str, year: int) -> bool:
    """Whether `session` is no main line for a material of `year`: a plenary held before that year, a
    congress whose term ended before the year's meeting, or a session not yet held."""
    held = SESSIONS[session]
    if held > year:
        return True
    if session.endswith("大"):
        return _NEXT_CONGRESS[session[:-1]] <= year
    return held < year


def own_sessions(year: int) -> tuple[str, ...]:
    """What a material of `year` takes as its main line: the year's plenary on policy (三中 … 六中; not the
    first and second, which elect and nominate, nor the seventh, which prepares the congress), then the
    current congress."""
    plenaries = [
        s
        for s, held in SESSIONS.items()
        if held == year and s.endswith("中全会") and s[-4] not in ("一", "二", "七")
    ]
    congress = [
        s for s, held in SESSIONS.items() if s.endswith("大") and held <= year < _NEXT_CONGRESS[s[:-1]]
    ]
    return tuple(plenaries[-1:] + congress)
