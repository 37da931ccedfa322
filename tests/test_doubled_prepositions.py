"""A preposition typed twice although the doubled form is a word of the dictionary (T137, round r12)."""

from __future__ import annotations

from mingjing.rules.doubled_singles import lone_doubles


def test_a_doubled_preposition_before_a_noun() -> None:
    text = "会上对对村组干部的提醒不够。"
    assert list(lone_doubles(text)) == [2]


def test_the_answer_and_a_word_beginning_with_the_second_copy_stay_quiet() -> None:
    assert list(lone_doubles("他连声说对对，又对对联很感兴趣。")) == []
