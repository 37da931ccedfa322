"""A central session named beside a date it did not meet on (F163), and a five-year plan's years written out
against its name (F164; round r19).

F163 reads data/dated_sessions.yaml: the plenums of the 18th–20th Central Committees (二十届三中全会 2024-07),
the plenary sessions of the Central Commission for Discipline Inspection (二十届中央纪委四次全会 2025-01) and the
sessions of the National People's Congress (十四届全国人大一次会议 2023-03), with the year and month each met
(public facts). A session named beside a date in one of the record's own frames — `2024年7月召开的…`,
`…于2025年1月召开`, `…（2023年2月）` — is read against the table: a year, or a month when one is written,
that is not the session's is reported, with the date put right and, when exactly one session of the same body
met on the date written, that session's name as the other fix (which of the two the writer meant the text
cannot say). A session not in the table (one still to come) and a date not tied to the session by
召开/举行 or brackets (`2024年以来，学习了…三次全会精神`) say nothing.

F164 reads a five-year plan with its years in brackets, `“十四五”时期（2020—2025年）`: “十三五” covers 2016–2020,
“十四五” 2021–2025, “十五五” 2026–2030 (public facts); other years are reported with the right span."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "dated_sessions.yaml"
_AT = "一是学得不够深。"

# (kind, term, ordinal) in the names the materials write
_NAME = (
    r"(?:党的|中共)?(?P<pt>十[八九]|二十)届(?P<po>[一二三四五六七])中全会"
    r"|(?P<dt>十[八九]|二十)届中央纪委(?:第)?(?P<do>[一二三四五六七])次全(?:会|体会议)"
    r"|(?:第)?(?P<ct>十[二三四])届全国(?:人大|人民代表大会|政协)(?:第)?(?P<co>[一二三四五])次(?:全体)?会议"
)
_DATE = r"(?P<{0}y>20\d{{2}})\s*年(?:\s*(?P<{0}m>\d{{1,2}})\s*月)?(?:\s*\d{{1,2}}\s*日)?(?:[至到—\-－]\s*\d{{1,2}}\s*日)?"
_HELD = r"(?:胜利|隆重)?(?:召开|举行)"
_SESSION_DATE = Prefiltered(
    re.compile(
        rf"{_DATE.format('a')}(?:上旬|中旬|下旬|底|初)?(?:在北京)?{_HELD}的(?:{_NAME})"
        rf"|(?:{_NAME.replace('P<', 'P<b')})(?:于|在)?\s*{_DATE.format('b')}(?:在北京)?{_HELD}"
        rf"|(?:{_NAME.replace('P<', 'P<c')})[（(]{_DATE.format('c')}[）)]"
    )
)
_KINDS = {"p": "plenums", "d": "discipline", "c": "congress"}
_KIND_NAMES = {"p": "中全会", "d": "次全会", "c": "次会议"}


@lru_cache(maxsize=1)
def sessions() -> dict[str, dict[str, dict[str, tuple[int, int]]]]:
    """kind → term → ordinal → (year, month), from data/dated_sessions.yaml."""
    data = load_data(TABLE.read_text(encoding="utf-8"))
    out: dict[str, dict[str, dict[str, tuple[int, int]]]] = {}
    for kind, terms in data.items():
        out[kind] = {}
        for term, ordinals in terms.items():
            out[kind][str(term)] = {}
            for ordinal, when in ordinals.items():
                y, m = str(when).split("-")
                out[kind][str(term)][str(ordinal)] = (int(y), int(m))
    return out


def _named(m: re.Match[str], side: str) -> tuple[str, str, str, int, int] | None:
    """(kind key, term, ordinal, start, end) of the session a match names on its `side` ('', 'b', 'c')."""
    for key in _KINDS:
        term = m.group(f"{side}{key}t")
        if term is not None:
            return key, term, m.group(f"{side}{key}o"), m.start(f"{side}{key}t"), m.end(f"{side}{key}o")
    return None


def _session_name(key: str, term: str, ordinal: str, like: str) -> str:
    term = term.removesuffix("届")
    if key == "p":
        return f"{term}届{ordinal}中全会"
    if key == "d":
        return f"{term}届中央纪委{ordinal}次全会"
    body = "全国政协" if "政协" in like else "全国人大"
    return f"{term}届{body}{ordinal}次会议"


@code_rule(
    "F163",
    "session-date-wrong",
    "formulation",
    "warning",
    "“{match}”与史实不符：{reason}",
    "中央全会、中央纪委全会、全国人大会议哪年哪月召开是确定的史实（二十届三中全会2024年7月，二十届四中全会"
    "2025年10月，二十届中央纪委四次全会2025年1月，十四届全国人大一次会议2023年3月）；会议的届次、序次和"
    "写在旁边的召开时间须一致，凭记忆写时常错一个序次或年份。",
    bad=[
        GOOD.replace(
            _AT, "一是学得不够深。[2024年7月召开的党的二十届四中全会]，对进一步全面深化改革作出部署，"
        ),
        GOOD.replace(_AT, "一是学得不够深。[二十届中央纪委三次全会于2025年1月]召开，我学得不深，"),
        GOOD.replace(_AT, "一是学得不够深。[十四届全国人大二次会议（2023年3月]）选举产生了新一届国家机构，"),
    ],
    good=[
        GOOD,
        GOOD.replace(
            _AT, "一是学得不够深。2024年7月召开的党的二十届三中全会，对进一步全面深化改革作出部署，"
        ),
        GOOD.replace(
            _AT, "一是学得不够深。二十届中央纪委四次全会于2025年1月6日至8日在北京召开，我学得不深，"
        ),
        GOOD.replace(_AT, "一是学得不够深。2024年以来，我参加了二十届中央纪委三次全会精神的专题学习，"),
        GOOD.replace(_AT, "一是学得不够深。二十届中央纪委五次全会于2026年1月召开，"),
    ],
)
def session_date_wrong(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    table = sessions()
    for m in _SESSION_DATE.finditer(text):
        side = "" if m.group("ay") else ("b" if m.group("by") else "c")
        date = "a" if side == "" else side
        named = _named(m, side)
        if named is None:
            continue
        key, term, ordinal, n_start, n_end = named
        record = table[_KINDS[key]].get(f"{term}届", {}).get(ordinal)
        if record is None:
            continue  # a session still to come, or one the table does not hold
        year, month = int(m.group(f"{date}y")), m.group(f"{date}m")
        if year == record[0] and (month is None or int(month) == record[1]):
            continue
        start, end = m.start(), m.end()
        if side == "b":
            end = m.end(f"{date}m") + 1 if month else m.end(f"{date}y") + 1
        elif side == "c":
            end = m.end() - 1
        stretch = text[start:end]
        y_at, y_end = m.start(f"{date}y") - start, m.end(f"{date}y") - start
        fixed = stretch[:y_at] + str(record[0]) + stretch[y_end:]
        if month is not None:
            m_at, m_end = m.start(f"{date}m") - start, m.end(f"{date}m") - start
            fixed = fixed[:m_at] + str(record[1]) + fixed[m_end:]
        fixes = [fixed]
        said = (year, int(month)) if month is not None else None
        others = [
            (t, o)
            for t, ordinals in table[_KINDS[key]].items()
            for o, when in ordinals.items()
            if (when == said if said else when[0] == year)
        ]
        if len(others) == 1:
            t, o = others[0]
            name = text[n_start:n_end]
            fixes.append(stretch.replace(name, _session_name(key, t, o, name)))
        when = f"{record[0]}年{record[1]}月"
        yield rule.finding(
            text,
            start,
            end,
            fixes,
            reason=f"{_session_name(key, term, ordinal, text[n_start:n_end])}是{when}召开的",
        )


# a five-year plan's first year (public facts)
_PLAN_FIRST = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_PLAN_YEARS = Prefiltered(
    re.compile(
        r"(?P<plan>十[一二三四五]五)[”\"]?(?:规划|时期|期间)?[（(]"
        r"(?P<a>20\d{2})\s*(?:年\s*)?(?P<sep>[—–\-－~～至到]{1,2})\s*(?P<b>20\d{2})\s*年?[）)]"
    )
)


@code_rule(
    "F164",
    "plan-years-wrong",
    "formulation",
    "warning",
    "“{match}”与“{plan}”规划的起止年份不符，应为“{suggestion}”",
    "五年规划的起止年份是确定的：“十三五”2016—2020年，“十四五”2021—2025年，“十五五”2026—2030年；"
    "括号里写出的年份须与规划相符。",
    bad=[
        GOOD.replace(_AT, "一是学得不够深。“十四五”时期（[2020—2025]年）的目标任务抓得不实，"),
        GOOD.replace(_AT, "一是学得不够深。“十五五”规划（[2025-2030]年）谋划不早，"),
    ],
    good=[
        GOOD,
        GOOD.replace(_AT, "一是学得不够深。“十四五”时期（2021—2025年）的目标任务抓得不实，"),
        GOOD.replace(_AT, "一是学得不够深。“十五五”规划（2026-2030年）谋划不早，"),
    ],
)
def plan_years_wrong(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _PLAN_YEARS.finditer(text):
        first = _PLAN_FIRST[m.group("plan")]
        if int(m.group("a")) == first and int(m.group("b")) == first + 4:
            continue
        start, end = m.start("a"), m.end("b")
        between = text[m.end("a") : m.start("b")]
        yield rule.finding(
            text,
            start,
            end,
            (f"{first}{between}{first + 4}",),
            plan=m.group("plan"),
        )
