"""A character dropped inside a term of the genre (T147), round r10b (issue 12)."""

from __future__ import annotations

from mingjing.rules.phrase_gaps import term_gaps


def _gaps(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], t) for s, e, t in term_gaps(text)]


def test_a_term_with_an_inner_character_dropped() -> None:
    text = "支部坚持民主集制，把全面从治党落到实处。"
    assert _gaps(text) == [("民主集制", "民主集中制"), ("全面从治党", "全面从严治党")]


def test_whole_terms_parts_and_wordings_of_their_own_stay_quiet() -> None:
    text = "坚持民主集中制，落实集中制原则，全面从严治党，做到学用贯通。"
    assert _gaps(text) == []


def test_a_term_cut_off_before_its_last_character_at_a_mark() -> None:
    from mingjing.rules.phrase_gaps import tail_gaps

    text = "我们学习党的二十大精，落实安全生产责任，对照中央八项规定精神查摆问题。"
    assert [(text[s:e], term) for s, e, term in tail_gaps(text)] == [("党的二十大精", "党的二十大精神")]
