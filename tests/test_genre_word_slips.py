"""T183: the genre's two-character words typed with a same-sound or shared-part character."""

from __future__ import annotations

import pytest

from clean_texts import table_clean_texts
from mingjing.rules.genre_word_slips import genre_slip_table, slips_in


def test_the_table_walked_against_clean_text() -> None:
    """No wrong form of the table is written in any clean text of the repository."""
    table = genre_slip_table()
    assert len(table) > 30000
    assert not {w for t in table_clean_texts() for w in table.present_in(t)}


@pytest.mark.parametrize(
    "text, wrong, right",
    [
        ("可出抬的政策建议不多。", "出抬", "出台"),
        ("因航路颠跛暂停餐饮服务。", "颠跛", "颠簸"),
        ("轮侯查询系统长期没有更新。", "轮侯", "轮候"),
        ("血液冷连运输温度记录不全。", "冷连", "冷链"),
        ("电能表较准争议处理不及时。", "较准", "校准"),
    ],
)
def test_slips(text: str, wrong: str, right: str) -> None:
    assert [(text[s:e], r) for s, e, r in slips_in(text)] == [(wrong, right)]


@pytest.mark.parametrize(
    "text",
    [
        "判断比较准确，处置及时。",
        "天气寒冷连续下雪。",
        "加快培育新质生产力。",
        "在单位官网公开信息。",
        "一放了之的问题得到纠正。",
    ],
)
def test_quiet(text: str) -> None:
    assert not list(slips_in(text))
