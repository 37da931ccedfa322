"""T182: 成语 slips of a dialect-merged sound, sayings of five characters or more one character off."""

from __future__ import annotations

import pytest

from clean_texts import table_clean_texts
from mingjing.rules.idiom_sound_slips import long_sayings, long_slips, near_sound_table


def test_the_tables_are_of_real_size() -> None:
    assert len(near_sound_table()) > 5000
    assert len(long_sayings()) > 600


def test_no_wrong_form_is_written_in_clean_text() -> None:
    """The table walked against every clean text of the repository (its four-character runs)."""
    table = near_sound_table()
    written = {w for t in table_clean_texts() for w in table.present_in(t)}
    assert not written


def test_no_long_saying_slip_in_clean_text() -> None:
    assert not [t[s:e] for t in table_clean_texts() for s, e, _ in long_slips(t)]


@pytest.mark.parametrize(
    "text, wrong, right",
    [
        ("对身边的廉洁风险思考不多，防患于未燃的主动性不够。", "防患于未燃", "防患于未然"),
        ("忘了千里之堤毁于蚁血的道理。", "千里之堤毁于蚁血", "千里之堤毁于蚁穴"),
        ("缺乏一竿子插到地的韧劲。", "一竿子插到地", "一竿子插到底"),
    ],
)
def test_long_slips(text: str, wrong: str, right: str) -> None:
    assert [(text[s:e], r) for s, e, r in long_slips(text)] == [(wrong, right)]


def test_the_four_character_table_holds_the_dialect_slip() -> None:
    assert near_sound_table()["不择不扣"] == "不折不扣"


@pytest.mark.parametrize(
    "text",
    ["防患于未然，千里之堤毁于蚁穴。", "强扭的瓜不甜，强扭地瓜不甜。", "一步一个脚印地干。"],
)
def test_right_forms_and_de_stay_quiet(text: str) -> None:
    assert not list(long_slips(text))
