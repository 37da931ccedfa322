"""A character dropped inside a negated predicate (T149) and slogans joined without a mark (P160),
round r11 (the judge's r11 pages)."""

from __future__ import annotations

from mingjing.rules.negation_gaps import gapped_predicates, negation_gaps
from mingjing.rules.slogan_joins import joined_slogans


def _gaps(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], w) for s, e, w in negation_gaps(text)]


def test_the_table_is_generated_from_the_dictionary() -> None:
    table = gapped_predicates()
    assert "到位" in table["位"] and "彻底" in table["底"]
    assert "高" not in table and "上" not in table  # 不高 is a word, 跟不上 a complement


def test_a_negated_predicate_short_of_its_first_character() -> None:
    text = "整改方案落实不位，台账销号不底。"
    assert _gaps(text) == [("不位", "到位"), ("不底", "彻底")]


def test_the_document_own_predicate_is_preferred() -> None:
    text = "问题查摆得不到底，整改不底。"
    assert _gaps(text) == [("不底", "到底")]


def test_words_classical_forms_and_complements_stay_quiet() -> None:
    text = "学习热情不高，学而不思，进度跟不上，资料不全，活动场所不位于村部，整改不到位。"
    assert _gaps(text) == []


def _joins(text: str) -> list[str]:
    return [text[s:e] for s, e in joined_slogans(text)]


def test_two_quoted_slogans_back_to_back() -> None:
    assert _joins("要增强“四个意识”切实做到“两个维护”。") == ["切实做到"]


def test_marked_series_and_nouns_between_stay_quiet() -> None:
    assert _joins("要增强“四个意识”、坚定“四个自信”、做到“两个维护”。") == []
    assert _joins("落实“三重一大”制度和“三会一课”要求，把“两个结合”转化为“四个自信”。") == []
