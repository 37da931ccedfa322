"""A103 (a measure that is only a slogan) judges measures written as 一是…二是… in one paragraph point
by point, as it judges measures written as （一）（二） items: the same words used to pass when they
stood in one paragraph and fail as items (so a redraft of the material lost points). A time limit
written as 下个月 or 一月内 is a time limit, 当月补学 and 按时参加 are commitments one can check, and
the 2 of an item's label 2. is no quantity."""

from __future__ import annotations

from conftest import FIXTURES
from mingjing.rules.context import ReviewOptions
from mingjing.rules.correspondence import is_slogan
from mingjing.rules.review import review_file

REAL = FIXTURES / "realforms" / "materials"


def _a103(path, packs) -> list[str]:
    report = review_file(path, packs, ReviewOptions(select=["A103"]))
    return [report.outline.document.text[f.start : f.end] for f in report.findings if f.code == "A103"]


def test_slogans_among_inline_measures_are_found_one_by_one(packs):
    assert _a103(REAL / "aspects_as_parts.txt", packs) == ["会场纪律从我做起", "急难任务带头上"]
    assert _a103(REAL / "colon_parts_no_labels.txt", packs) == ["报表实行双人复核，杜绝数据差错"]


def test_inline_measures_with_a_time_or_frequency_are_no_slogans(packs, tmp_path):
    path = tmp_path / "材料.txt"
    text = (REAL / "aspects_as_parts.txt").read_text(encoding="utf-8")
    text = text.replace("二是会场纪律从我做起。", "二是会场纪律从我做起，每月对照检查1次。").replace(
        "四是急难任务带头上。", "四是急难任务带头上，年内牵头完成1项。"
    )
    path.write_text(text, encoding="utf-8")
    assert _a103(path, packs) == []


def test_next_month_and_within_a_month_are_time_limits():
    assert not is_slogan("牵头梳理窗口排队的堵点，下个月拿出分时预约的建议")
    assert not is_slogan("用地矛盾一月内拿出解决方案")
    assert not is_slogan("三个月内完成整改")
    assert is_slogan("会场纪律从我做起")


def test_an_items_label_is_no_quantity(packs, tmp_path):
    """2.多学习 used to pass A103 on the 2 of its label; （二）多学习 did not."""
    path = tmp_path / "材料.txt"
    text = (REAL / "aspects_as_parts.txt").read_text(encoding="utf-8")
    at = text.index("六、努力方向")
    text = text[:at] + "六、努力方向\n1.制定学习计划，每周不少于3小时。\n2.会场纪律从我做起。\n"
    path.write_text(text, encoding="utf-8")
    assert _a103(path, packs) == ["会场纪律从我做起"]


def test_commitments_one_can_check_without_a_date():
    assert not is_slogan("按时参加组织生活，有事提前请假")
    assert not is_slogan("确实不能参加的当月补学")
