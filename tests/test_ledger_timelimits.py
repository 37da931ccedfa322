"""Time limits: every pattern's examples, the choice among several limits, and user-typed dates."""

import re
from datetime import date

import pytest

from mingjing.ledger.timelimits import PATTERNS, Pattern, TimeLimit, add_months, parse_date, parse_time_limit

MEETING = date(2024, 1, 15)


def _expect(limit: TimeLimit, expected: str) -> None:
    if expected in ("long-term", "immediate", "unknown", "none"):
        assert limit.kind == expected
    else:
        assert limit.due == date.fromisoformat(expected), limit


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.name)
def test_every_pattern_example(pattern):
    for text, meeting, expected in pattern.good:
        hits = [
            m
            for m in pattern.regex.finditer(text)
            if m.group(0) and pattern.resolve(m, date.fromisoformat(meeting))
        ]
        assert hits, f"{pattern.name} must match {text!r}"
        _expect(parse_time_limit(text, date.fromisoformat(meeting)), expected)
    for text in pattern.bad:
        fired = [
            m.group(0) for m in pattern.regex.finditer(text) if m.group(0) and pattern.resolve(m, MEETING)
        ]
        assert not fired, f"{pattern.name} must leave {text!r} alone, took {fired}"


def test_a_pattern_without_examples_does_not_load():
    with pytest.raises(ValueError, match="example"):
        Pattern("x", re.compile("x"), lambda m, d: None, good=(), bad=("y",))


@pytest.mark.parametrize(
    "text, meeting, kind, due, phrase",
    [
        (
            "每天自学不少于1小时，2024年6月底前完成1篇调研报告",
            "2024-01-15",
            "deadline",
            "2024-06-30",
            "2024年6月底前",
        ),
        ("2024年3月底前拿出方案，年底前全部完成", "2024-01-15", "deadline", "2024-12-31", "年底前"),
        ("立行立改，3个月内建立长效机制", "2024-01-15", "deadline", "2024-04-15", "3个月内"),
        ("对发现的问题立行立改", "2024-01-15", "immediate", "2024-01-15", "立行立改"),
        ("精简报表，一项数据只报一次，长期坚持", "2024-01-15", "long-term", None, "长期坚持"),
        ("汛期前完成项目验收资料清查", "2024-01-15", "unknown", None, "汛期前完成"),
        ("每月至少参加1次局长接待日", "2024-01-15", "none", None, ""),
        ("确因工作请假的，7天内完成补学", "2024-01-15", "none", None, ""),
        ("2023年审计发现的问题，本季度内整改到位", "2024-01-15", "deadline", "2024-03-31", "本季度内"),
        ("春节前完成走访慰问", "2024-12-20", "deadline", "2025-01-28", "春节前"),
        ("下季度完成", "2024-12-20", "deadline", "2025-03-31", "下季度"),
        ("6月底前完成", "2024-08-01", "deadline", "2025-06-30", "6月底前"),
        ("二〇二四年内", "2024-01-15", "none", None, ""),
    ],
)
def test_the_measure_limit(text, meeting, kind, due, phrase):
    limit = parse_time_limit(text, date.fromisoformat(meeting))
    assert (limit.kind, limit.due.isoformat() if limit.due else None, limit.phrase) == (kind, due, phrase)


def test_label_shows_the_phrase_or_the_kind():
    assert parse_time_limit("长期坚持", MEETING).label == "长期坚持"
    assert parse_time_limit("认真学习", MEETING).label == "未写时限"


def test_add_months_keeps_the_end_of_month():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-01-15", date(2024, 1, 15)),
        ("2024/1/5", date(2024, 1, 5)),
        ("2024.06.30", date(2024, 6, 30)),
        ("2024年6月30日", date(2024, 6, 30)),
        ("2024-02-30", None),
        ("明天", None),
        ("", None),
        ("20240115", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_working_days_follow_the_state_council_calendar_with_make_up_days():
    # National Day 2024: 1–7 October off, Sunday 29 September and Saturday 12 October worked
    limit = parse_time_limit("5个工作日内报送整改情况", date(2024, 9, 27))
    assert limit.due == date(2024, 10, 10)  # 29.9, 30.9, 8.10, 9.10, 10.10
    assert limit.basis == "official" and "国务院节假日安排" in limit.label
    assert limit.label.startswith("5个工作日内")


def test_working_days_outside_the_calendar_years_count_monday_to_friday_and_say_so():
    from mingjing.ledger.workdays import covered_years

    first, last = covered_years()
    from datetime import timedelta

    meeting = date(last + 5, 9, 26)
    while meeting.weekday() != 4:  # a Friday
        meeting += timedelta(days=1)
    limit = parse_time_limit("5个工作日内报送", meeting)
    assert limit.basis == "weekdays"
    assert "周一至周五" in limit.label and f"{first}–{last}" in limit.label
    assert (limit.due - meeting).days == 7  # Friday + 5 weekdays = next Friday


def test_limits_not_in_working_days_carry_no_calendar_note():
    limit = parse_time_limit("3个月内完成", date(2024, 1, 15))
    assert limit.basis == "" and limit.label == "3个月内"
