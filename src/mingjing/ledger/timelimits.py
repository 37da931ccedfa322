"""Time limits of rectification measures: a phrase (2024年6月底前, 3个月内, 立行立改 …) → a due date
counted from the meeting date.

Table-driven: each `Pattern` is a regular expression, a resolver and examples — `good` phrases with
the due date they must give for a meeting date, `bad` phrases the pattern must leave alone. A test
walks every pattern's examples (a pattern without both kinds does not load). Patterns run in table
order; what an earlier pattern matched is hidden from later ones. A phrase that looks like a limit
but that no pattern understands (汛期前完成) stays text, kind `unknown`, and import lists it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from mingjing.numerals import parse_chinese_number

KINDS = {
    "deadline": "限期完成",
    "immediate": "立行立改",
    "long-term": "长期坚持",
    "unknown": "无法识别",
    "none": "未写时限",
}

_N = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
_BEFORE = r"(?:前|之前|以前)"
# festivals whose date moves: the Spring Festival (正月初一) of each year
SPRING_FESTIVAL = {
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}
FIXED_DAYS = {"元旦": (1, 1), "七一": (7, 1), "国庆": (10, 1), "国庆节": (10, 1), "八一": (8, 1)}


@dataclass(frozen=True)
class TimeLimit:
    phrase: str  # as written in the measure ("" when there is none)
    kind: str  # deadline | immediate | long-term | unknown | none
    due: date | None = None
    basis: str = ""  # for a limit in 工作日: which calendar counted it (ledger/workdays.py)

    @property
    def label(self) -> str:
        """What the ledger's 时限 column shows (with the working-day rule used, if any)."""
        if self.basis:
            from mingjing.ledger.workdays import describe

            return f"{self.phrase}（{describe(self.basis)}）"
        return self.phrase or KINDS[self.kind]


Resolver = Callable[[re.Match, date], "tuple[str, date] | None"]


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    resolve: Resolver  # (kind, due) for a match, or None when the match is not a limit after all
    good: tuple[tuple[str, str, str], ...]  # (text, meeting date, expected due date or kind)
    bad: tuple[str, ...]  # texts this pattern must not turn into a limit

    def __post_init__(self) -> None:
        if not self.good or not self.bad:
            raise ValueError(f"time-limit pattern {self.name} needs good and bad examples")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else parse_chinese_number(text)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_working_days(day: date, n: int) -> date:
    """n working days after `day`: the State Council's calendar where known, else Monday to Friday."""
    from mingjing.ledger.workdays import add_working_days as count

    return count(day, n)[0]


def working_day_basis(phrase: str, meeting: date) -> str:
    """The rule that counted a limit written in 工作日 ("" for other limits)."""
    from mingjing.ledger.workdays import add_working_days as count

    m = re.search(rf"{_N}个工作日", phrase)
    n = _number(m[1]) if m else None
    return count(meeting, n)[1] if n else ""


def _quarter_end(year: int, quarter: int) -> date:
    return month_end(year, quarter * 3)


def _within_month(year: int, month: int, part: str | None, before: str | None) -> date | None:
    if not 1 <= month <= 12:
        return None
    if part in ("上旬",):
        return date(year, month, 10)
    if part in ("中旬",):
        return date(year, month, 20)
    if part is None and before and before.startswith(("前", "之前", "以前")):
        return date(year, month, 1) - timedelta(days=1)  # 6月前: before June begins
    return month_end(year, month)


def _next_year_if_passed(meeting: date, due: date) -> date:
    """A month or quarter without a year means the next one to come."""
    return (
        due
        if due >= meeting
        else due.replace(year=due.year + 1, day=min(due.day, calendar.monthrange(due.year + 1, due.month)[1]))
    )


def _preceded_by(m: re.Match, words: str, chars: int = 4) -> bool:
    return any(w in m.string[max(0, m.start() - chars) : m.start()] for w in words)


def _immediate(m, meeting):
    return "immediate", meeting


def _long_term(m, meeting):
    return "long-term", None


def _full_date(m, meeting):
    try:
        return "deadline", date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _year_month(m, meeting):
    due = _within_month(int(m[1]), int(m[2]), m[3], m[4])
    return ("deadline", due) if due else None


def _year_quarter(m, meeting):
    quarter = _number(m[2])
    return ("deadline", _quarter_end(int(m[1]), quarter)) if quarter and 1 <= quarter <= 4 else None


def _year_half(m, meeting):
    return "deadline", date(int(m[1]), 6, 30) if m[2] == "上" else date(int(m[1]), 12, 31)


def _year_end(m, meeting):
    return "deadline", date(int(m[1]), 12, 31)


def _year_target(m, meeting):
    """2024年压减20%: a target for a year still to come is due at its end; a past year is history."""
    year = int(m[1])
    if year < meeting.year or _preceded_by(m, "比较于同与", 2):
        return None
    return "deadline", date(year, 12, 31)


def _month_day(m, meeting):
    if _preceded_by(m, "每", 2):
        return None
    try:
        return "deadline", _next_year_if_passed(meeting, date(meeting.year, _number(m[1]) or 0, int(m[2])))
    except ValueError:
        return None


def _month(m, meeting):
    if _preceded_by(m, "每", 2):
        return None
    if not m[2] and not m[3]:  # 9月 alone is a date in a story, not a limit
        return None
    month = _number(m[1])
    due = _within_month(meeting.year, month or 0, m[2], m[3])
    return ("deadline", _next_year_if_passed(meeting, due)) if due else None


def _relative(m, meeting):
    if _preceded_by(m, "后每起的", 5):  # 返岗后3个工作日内, 请假的，7天内: counted from an event
        return None
    n = _number(m[1]) if m[1] else None
    unit = m[2]
    if unit in ("半年",):
        return "deadline", add_months(meeting, 6)
    if n is None:
        return None
    if unit == "个月":
        return "deadline", add_months(meeting, n)
    if unit == "年":
        return ("deadline", add_months(meeting, 12 * n)) if n <= 5 else None
    if unit in ("周", "个星期", "星期"):
        return "deadline", meeting + timedelta(weeks=n)
    if unit == "个工作日":
        return "deadline", add_working_days(meeting, n)
    return "deadline", meeting + timedelta(days=n)


def _this_year(m, meeting):
    return "deadline", date(meeting.year, 12, 31)


def _next_year(m, meeting):
    if m[1] == "上":
        return "deadline", date(meeting.year + 1, 6, 30)
    return "deadline", date(meeting.year + 1, 12, 31)


def _this_quarter(m, meeting):
    quarter = (meeting.month - 1) // 3 + 1
    if m[1] in ("下", "下一"):
        quarter += 1
    year = meeting.year + (quarter - 1) // 4
    return "deadline", _quarter_end(year, (quarter - 1) % 4 + 1)


def _named_quarter(m, meeting):
    quarter = _number(m[1])
    if not quarter or not 1 <= quarter <= 4:
        return None
    return "deadline", _next_year_if_passed(meeting, _quarter_end(meeting.year, quarter))


def _half(m, meeting):
    due = date(meeting.year, 6, 30) if m[1] == "上" else date(meeting.year, 12, 31)
    return "deadline", _next_year_if_passed(meeting, due)


def _festival(m, meeting):
    name = m[1]
    if name == "春节":
        day = next((d for y, d in sorted(SPRING_FESTIVAL.items()) if d > meeting), None)
        return ("deadline", day - timedelta(days=1)) if day else None
    month, dom = FIXED_DAYS[name]
    day = date(meeting.year, month, dom)
    if day <= meeting:
        day = date(meeting.year + 1, month, dom)
    return "deadline", day - timedelta(days=1)


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "immediate",
        re.compile(r"立行立改|立知立改|即知即改|立查立改|即查即改|边查边改|立即整改|立即改正"),
        _immediate,
        good=(
            ("对发现的问题立行立改", "2024-01-15", "2024-01-15"),
            ("即知即改，不等不拖", "2024-01-15", "2024-01-15"),
        ),
        bad=("立足岗位改进工作",),
    ),
    Pattern(
        "long-term",
        re.compile(r"长期坚持|长期执行|长期推进|常态化坚持|持之以恒推进"),
        _long_term,
        good=(("长期坚持，抓常抓长", "2024-01-15", "long-term"),),
        bad=("长期在机关工作",),
    ),
    Pattern(
        "year-month-day",
        re.compile(rf"(20\d\d)年(\d{{1,2}})月(\d{{1,2}})日{_BEFORE}?"),
        _full_date,
        good=(
            ("2024年3月15日前完成", "2024-01-15", "2024-03-15"),
            ("于2024年5月20日完成", "2024-01-15", "2024-05-20"),
        ),
        bad=("2024年2月30日前完成",),
    ),
    Pattern(
        "year-month",
        re.compile(rf"(20\d\d)年(\d{{1,2}})月(底|末|份|上旬|中旬|下旬)?({_BEFORE}|内|以内)?"),
        _year_month,
        good=(
            ("2024年6月底前完成调研报告", "2024-01-15", "2024-06-30"),
            ("2024年2月底前", "2024-01-15", "2024-02-29"),
            ("2024年4月前完成", "2024-01-15", "2024-03-31"),
            ("2024年5月中旬前", "2024-01-15", "2024-05-20"),
            ("力争2023年6月全部进入实物工作量阶段", "2023-01-10", "2023-06-30"),
        ),
        bad=("2024年13月底前",),
    ),
    Pattern(
        "year-quarter",
        re.compile(rf"(20\d\d)年(?:第)?([一二三四1-4])季度(?:末|底)?(?:{_BEFORE}|内)?"),
        _year_quarter,
        good=(
            ("2024年第二季度完成", "2024-01-15", "2024-06-30"),
            ("2024年三季度末前", "2024-01-15", "2024-09-30"),
        ),
        bad=("2024年每季度开展1次",),
    ),
    Pattern(
        "year-half",
        re.compile(r"(20\d\d)年(上|下)半年(?:内|前|之前|以前)?"),
        _year_half,
        good=(
            ("2024年上半年在支部作1次交流发言", "2024-01-15", "2024-06-30"),
            ("2024年下半年完成", "2024-01-15", "2024-12-31"),
        ),
        bad=("上半年召开了会议",),
    ),
    Pattern(
        "year-end",
        re.compile(rf"(20\d\d)年(?:年底|底|年末|末|年内|内){_BEFORE}?"),
        _year_end,
        good=(
            ("2024年底前化解15宗以上", "2024-01-15", "2024-12-31"),
            ("2025年年底前", "2024-01-15", "2025-12-31"),
            ("2024年内完成", "2024-01-15", "2024-12-31"),
        ),
        bad=("2024年度学习计划",),
    ),
    Pattern(
        "year-target",
        re.compile(r"(20\d\d)年度?(?![\d一二三四上下第年底末内])"),
        _year_target,
        good=(
            ("2024年局机关发文数量比上年压减20%以上", "2024-01-15", "2024-12-31"),
            ("2024年度参加培训不少于3次", "2024-01-15", "2024-12-31"),
        ),
        bad=("2023年审计发现2个项目手续不全", "与2024年相比"),
    ),
    Pattern(
        "month-day",
        re.compile(rf"(?<![\d年])(\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月(\d{{1,2}})日{_BEFORE}"),
        _month_day,
        good=(
            ("3月15日前报送方案", "2024-01-15", "2024-03-15"),
            ("1月10日前完成", "2023-12-20", "2024-01-10"),
        ),
        bad=("每月5日前按时足额交纳党费",),
    ),
    Pattern(
        "month",
        re.compile(
            rf"(?<![\d年个])(\d{{1,2}}|十[一二]?|[一二三四五六七八九])月(底|末|上旬|中旬|下旬)?({_BEFORE})?"
        ),
        _month,
        good=(
            ("6月底前完成", "2024-01-15", "2024-06-30"),
            ("3月底前拿出方案", "2023-12-20", "2024-03-31"),
            ("九月底前", "2024-01-15", "2024-09-30"),
            ("5月前完成清理", "2024-01-15", "2024-04-30"),
        ),
        bad=("每月底前报送", "3个月内"),
    ),
    Pattern(
        "relative",
        re.compile(
            r"(?<![〇零\d一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})?"
            r"(个月|半年|年|周|个星期|星期|天|日|个工作日)"
            r"(?:内|以内|之内)"
        ),
        _relative,
        good=(
            ("3个月内完成整改", "2024-01-15", "2024-04-15"),
            ("半年内建立制度", "2024-01-15", "2024-07-15"),
            ("两个月内", "2024-01-31", "2024-03-31"),
            ("30天内整改到位", "2024-01-15", "2024-02-14"),
            ("一年内完成", "2024-01-15", "2025-01-15"),
            ("10个工作日内报送", "2024-01-15", "2024-01-29"),
        ),
        bad=(
            "返岗后3个工作日内书面报告",
            "出院后1周内电话随访",
            "确因工作请假的，7天内完成补学",
            "二〇二四年内",
        ),
    ),
    Pattern(
        "next-year",
        re.compile(rf"明年(上|下)?(?:半年|年底|底|年末|末|内)(?:{_BEFORE})?"),
        _next_year,
        good=(("明年底前完成", "2024-01-15", "2025-12-31"), ("明年上半年", "2024-01-15", "2025-06-30")),
        bad=("明确年度目标",),
    ),
    Pattern(
        "this-year",
        re.compile(
            rf"(?:今年|本年度?)(?:内|底|末)?{_BEFORE}?"
            rf"|(?<![\d每半个一二两三四五六七八九十明去上下第])(?:年底|年末|年内){_BEFORE}?"
        ),
        _this_year,
        good=(
            ("年底前全部完成", "2024-01-15", "2024-12-31"),
            ("今年内完成", "2024-01-15", "2024-12-31"),
            ("本年度内", "2024-01-15", "2024-12-31"),
        ),
        bad=("每年底召开", "半年内", "一抓到底"),
    ),
    Pattern(
        "this-quarter",
        re.compile(rf"(本|下一?|当)季度?(?:末|底)?(?:内|{_BEFORE})?"),
        _this_quarter,
        good=(("本季度内完成", "2024-01-15", "2024-03-31"), ("下季度完成", "2024-11-20", "2025-03-31")),
        bad=("每季度至少1次",),
    ),
    Pattern(
        "named-quarter",
        re.compile(rf"(?<![每\d年])第?([一二三四])季度(?:末|底)?(?:内|{_BEFORE})?"),
        _named_quarter,
        good=(("二季度末前完成", "2024-01-15", "2024-06-30"), ("第一季度完成", "2024-05-10", "2025-03-31")),
        bad=("每一季度开展1次",),
    ),
    Pattern(
        "half-year",
        re.compile(r"(?<![\d年每])(上|下)半年(?:内|前|之前|以前)?"),
        _half,
        good=(("上半年完成", "2024-01-15", "2024-06-30"), ("上半年完成", "2024-08-01", "2025-06-30")),
        bad=("每半年开展1次",),
    ),
    Pattern(
        "festival",
        re.compile(rf"(?<!\d)(春节|元旦|七一|国庆节?|八一){_BEFORE}"),
        _festival,
        good=(
            ("春节前走访慰问", "2024-01-15", "2024-02-09"),
            ("元旦前完成", "2023-12-01", "2023-12-31"),
            ("国庆节前", "2024-01-15", "2024-09-30"),
        ),
        bad=("春节期间值班",),
    ),
)

# looks like a limit, but no pattern understood it
_LIMIT_SHAPE = re.compile(
    r"限期(?:整改|完成|办结)|[\u4e00-\u9fff\d]{1,4}(?:前|之前|以前)(?:完成|办结|到位|落实|结束)"
)
_LEADING = re.compile(r"^.*[在于将要争年]")


def find_limits(text: str, meeting: date) -> list[tuple[str, str, date | None, int, int]]:
    """Every limit in `text`: (phrase, kind, due, start, end), in text order."""
    masked = text
    found = []
    for pattern in PATTERNS:
        for m in pattern.regex.finditer(masked):
            if not m.group(0) or "\0" in m.group(0):
                continue
            resolved = pattern.resolve(m, meeting)
            if resolved is None:
                continue
            kind, due = resolved
            found.append((text[m.start() : m.end()], kind, due, m.start(), m.end()))
            masked = masked[: m.start()] + "\0" * (m.end() - m.start()) + masked[m.end() :]
    return sorted(found, key=lambda f: f[3])


def parse_time_limit(text: str, meeting: date) -> TimeLimit:
    """The measure's limit: the latest dated deadline; else 立行立改; else 长期坚持; else an unknown
    limit-like phrase kept as text; else none."""
    found = find_limits(text, meeting)
    deadlines = [f for f in found if f[1] == "deadline"]
    if deadlines:
        phrase, _, due, _, _ = max(deadlines, key=lambda f: (f[2], -f[3]))
        return TimeLimit(phrase, "deadline", due, working_day_basis(phrase, meeting))
    for kind in ("immediate", "long-term"):
        hit = next((f for f in found if f[1] == kind), None)
        if hit:
            return TimeLimit(hit[0], kind, hit[2])
    shape = _LIMIT_SHAPE.search(text)
    if shape:
        return TimeLimit(_LEADING.sub("", shape.group(0)) or shape.group(0), "unknown")
    return TimeLimit("", "none")


def parse_date(text: str) -> date | None:
    """A date the user typed: 2024-01-15, 2024/1/15, 2024.1.15 or 2024年1月15日; None if it is not one."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*", text or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
