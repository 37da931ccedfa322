"""T170 (rules/own_words_once.py): a paragraph's own word written once right and once as a twin that is no
word; the process memo of runs read leaves the findings as they were."""

from __future__ import annotations

import rjieba

from mingjing.rules.own_words_once import once_slips
from mingjing.rules.segmentation import two_character_places, whole_token_runs


def _slips(text: str) -> list[tuple[str, str]]:
    tokens = rjieba.cut(text)
    runs = whole_token_runs(text, tokens, 2), whole_token_runs(text, tokens, 3)
    return [(slip, word) for _, slip, word, _ in once_slips(text, *runs, two_character_places(tokens))]


def test_the_paragraphs_word_read_for_its_twin() -> None:
    text = "校领导陪餐制度坚持得不好，全年赔餐记录只有9次。\n调研撩荒地整治时只听汇报，对撂荒成因分析不深。"
    assert _slips(text) == [("赔餐", "陪餐"), ("撩荒", "撂荒")]
    assert _slips(text) == [("赔餐", "陪餐"), ("撩荒", "撂荒")]  # the memo keeps only runs that are no slip


def test_another_paragraph_a_numeral_and_two_right_words_stay_quiet() -> None:
    assert _slips("校领导陪餐制度坚持得不好。\n全年赔餐记录只有9次。") == []
    assert _slips("每月至少通读一遍，读其中一编。年初制定计划，又制订了制度。") == []
