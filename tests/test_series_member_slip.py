"""F215 (rules/series_member_slip.py): every long catalogued series walked — two members written right
and the third one character off is heard, the same three written right are silent — and the runs F155
reads left to it."""

from __future__ import annotations

import pytest

from mingjing.rules.series_member_slip import _series, member_slips

LONG = [(parts, need) for parts, need in _series() if need >= 4]


def test_the_series_are_of_real_size():
    assert len(_series()) >= 100 and len(LONG) >= 40


def _slipped(member: str) -> str:
    k = len(member) // 2
    return member[:k] + "鑫" + member[k + 1 :]


@pytest.mark.parametrize("parts, need", LONG)
def test_every_long_series_is_heard_with_a_member_one_off_after_two_right(parts, need):
    right = "、".join(parts[:3])
    assert list(member_slips(f"我们对{right}等要求理解不深。")) == []
    text = f"我们对{parts[0]}、{parts[1]}、{_slipped(parts[2])}等要求理解不深。"
    assert [(text[s:e], m) for s, e, m in member_slips(text)] == [(_slipped(parts[2]), parts[2])]


def test_a_run_f155_reads_is_left_to_it():
    parts = next(p for p, n in _series() if n == 3 and len(p) == 3)
    text = f"我们对{parts[0]}、{parts[1]}、{_slipped(parts[2])}理解不深。"
    assert list(member_slips(text)) == []
