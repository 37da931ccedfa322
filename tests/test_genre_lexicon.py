"""The genre's lexicon (rules/genre_lexicon.py, data/genre_terms.yaml) and the tables it feeds: T168's
slips inside longer words (glyph and input-method slips of the genre's terms), T166's near-words of its
two-character terms."""

from __future__ import annotations

import re

from mingjing.rules.genre_lexicon import genre_term_set, genre_terms
from mingjing.rules.long_word_slips import long_word_slips
from mingjing.rules.rare_near_words import rare_near_words


def test_the_lexicon_is_of_real_size_and_of_chinese_characters_only() -> None:
    terms = genre_terms()
    assert len(terms) >= 4000
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,}", t) for t in terms)
    assert list(terms) == sorted(set(terms))


def test_bodies_are_composed_from_a_sector_and_its_tails() -> None:
    terms = genre_term_set()
    # a head with its tails, full and short; an organ with an attached tail
    for name in ("市场监督管理局", "市场监管所", "住建局", "应急管理局党组", "退役军人事务局机关党委"):
        assert name in terms, name
    # a head takes only its own line's tails; a command's tail is no organ's
    assert "统计厅" not in terms
    assert "市场监管支队" not in terms


def test_the_lists_are_taken_as_written() -> None:
    terms = genre_term_set()
    for name in ("网格员", "纪检监察组", "对账销号", "乡村振兴", "留抵退税", "三会一课"):
        assert name in terms, name
    assert "村两委" in terms and "12345热线" not in terms


def test_t168_reads_slips_inside_the_genre_terms() -> None:
    text = "社区对网格长和网格贝的考核只看台账，督查督办事项的办理时现没有严格执行。"
    found = {text[s:e]: right for s, e, right in long_word_slips(text)}
    assert found == {"网格贝": "网格员", "办理时现": "办理时限"}
    right = "社区对网格长和网格员的考核只看台账，督查督办事项的办理时限没有严格执行。"
    assert list(long_word_slips(right)) == []


def test_t166_reads_slips_of_the_genre_two_character_terms() -> None:
    text = "成立工作专帮后，分工仍不明确。"
    assert [(text[s:e], r) for s, e, r in rare_near_words(text)] == [("专帮", "专班")]
    assert list(rare_near_words("成立工作专班后，分工仍不明确。")) == []


def test_no_term_of_the_lexicon_reads_as_a_slip() -> None:
    """Each term written right in a plain frame: neither T168 nor T166 reports anything in it."""
    found = []
    for term in genre_terms():
        text = f"我们对{term}的情况进行了检查。"
        found += [(term, text[s:e]) for s, e, _r in long_word_slips(text)]
        found += [(term, text[s:e]) for s, e, _r in rare_near_words(text)]
    assert found == []
