"""The wider set-phrase slips (T124), garbled set phrases (T125) and a character put into a formulation
(F146): the generated tables hold what their generator promises, the context guards hold, and none of
the three fires on the clean fixtures."""

import random
from pathlib import Path

import pytest
import rjieba

from mingjing.read import read_document
from mingjing.rules import formulation_insert, phrase_slips

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = sorted(
    [
        *FIXTURES.glob("review/*clean/*.txt"),
        *FIXTURES.glob("materials/*"),
        *FIXTURES.glob("heldout/materials/*"),
        *FIXTURES.glob("similarity/ind*"),
        *FIXTURES.glob("ledger/*.txt"),
    ]
)


def test_the_wide_table_holds_one_character_slips_that_are_no_words():
    table = phrase_slips.wide_slips()
    assert len(table) > 100_000
    assert table["天踏下来"] == ("天塌下来", "sound")
    assert table["当局都迷"] == ("当局者迷", "shape")
    random.seed(12)
    for wrong in random.sample(sorted(table), 2000):
        right, kind = table[wrong]
        assert kind in ("sound", "shape")
        assert len(wrong) == len(right) == 4
        assert sum(a != b for a, b in zip(wrong, right)) == 1, wrong
        assert not rjieba.has_word(wrong), wrong


def test_the_written_half_must_break_a_word():
    """排在前面 (排在 + 前面) and 一老一小 are two words each: no slip of 摆在前面, 一老一少."""
    table = phrase_slips.wide_slips()
    assert "排在前面" not in table
    assert "一老一小" not in table


def test_the_tails_tell_one_phrase():
    tails = phrase_slips.idiom_tails()
    assert tails["加勉"] == "无则加勉"
    assert all(not rjieba.has_word(t) for t in tails)


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_none_of_the_three_fires_on_clean_text(path):
    text = read_document(path).text
    assert list(phrase_slips.phrase_slips(text)) == []
    assert list(phrase_slips.garbled(text)) == []
    assert list(formulation_insert.inserted(text)) == []


def test_a_wide_slip_written_twice_is_the_writers_own_term():
    one = "总觉得天踏下来有领导顶着。"
    assert [(s, e, r) for s, e, r, _ in phrase_slips.phrase_slips(one)] == [(3, 7, "天塌下来")]
    assert list(phrase_slips.phrase_slips(one + "天踏下来也不怕。")) == []


def test_a_wide_slip_in_a_title_is_left_alone():
    assert list(phrase_slips.phrase_slips("学习《天踏下来》一文。")) == []


def test_a_garbled_phrase_gets_the_phrase_as_suggestion_only_when_its_head_is_near():
    text = "对批评意见有则改之，无那么加勉。"
    ((start, end, suggestion, phrase),) = phrase_slips.garbled(text)
    assert (text[start:end], suggestion, phrase) == ("无那么加勉", "无则加勉", "无则加勉")
    text = "对批评意见要努力加勉。"
    ((start, end, suggestion, phrase),) = phrase_slips.garbled(text)
    assert (text[start:end], suggestion) == ("努力加勉", None)
    assert list(phrase_slips.garbled("有则改之，无则加勉。")) == []
    assert list(phrase_slips.garbled("加勉。")) == []  # no head at all: a clause starting with the tail


def test_a_character_put_into_a_formulation_must_break_one_of_its_words():
    found = [(s, e, f) for s, e, f in formulation_insert.inserted("召开了局党委政班子民主生活会。")]
    assert found == [(4, 9, "党政班子")]
    # 副 makes its own word (副书记), 党 stands apart: nothing of the formulation is left alone
    assert list(formulation_insert.inserted("党委副书记参加了主题党教育。")) == []
    # 学习习近平…: a stutter across 学习, not a character put in
    assert list(formulation_insert.inserted("深入学习习近平新时代中国特色社会主义思想。")) == []
