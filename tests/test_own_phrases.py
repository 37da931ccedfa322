"""The material's own phrases (T143): a homophone written once beside a neighbour the material
writes elsewhere with the right word (round r10b, issue 12)."""

from __future__ import annotations

import rjieba

from mingjing.rules.own_phrases import own_phrase_slips


def _slips(text: str) -> list[tuple[str, str]]:
    return [(w, m) for _, w, m in own_phrase_slips(rjieba.cut(text))]


def test_homophone_beside_the_neighbour_of_the_right_word() -> None:
    text = "全年开展防汛演练两次，防汛物资储备不足，汛前检查中防讯物资台账不全。"
    assert _slips(text) == [("防讯", "防汛")]


def test_neighbour_on_the_other_side_counts() -> None:
    text = "今年申报项目三个，项目申报材料齐全，但另一个项目伸报迟缓。"
    assert _slips(text) == [("伸报", "申报")]


def test_two_right_words_of_one_sound_stay_quiet() -> None:
    text = "当前经济形势复杂，学习形式单一，形势教育不够，形式主义仍有表现。"
    assert _slips(text) == []


def test_a_word_written_twice_is_the_writers_own() -> None:
    text = "抓好防汛物资，防讯物资清点，防讯物资补充。"
    assert _slips(text) == []


def test_a_neighbour_as_common_as_gongzuo_is_no_evidence() -> None:
    """(r21) 思想政治工作 and 专项整治工作 in one material: 工作 heads any two words, no slip is evidenced."""
    text = "对思想政治工作重视不够，政治工作抓得不实；专项整治工作推进不力，3个问题未按期销号。"
    assert _slips(text) == []
