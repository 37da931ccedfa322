"""Punctuation by the sentence (P132, P133) and the point series that counts a label after a comma
(S111): each case is put into the sample material and reviewed whole."""

import pytest

from mingjing.rules.context import ReviewOptions
from mingjing.rules.examples import example_outline
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

POINT = "一是学得不够深。比如，"


def codes(packs, old: str, new: str, select: list[str]) -> list[tuple[str, str, str]]:
    text = GOOD.replace(old, new)
    report = review_outline(example_outline(text, packs), packs, ReviewOptions(select=select))
    return [
        (f.code, text[f.start : f.end], f.suggestions[0] if f.suggestions else "") for f in report.findings
    ]


def test_a_point_after_a_comma_keeps_its_number(packs):
    # the series of a real page (…的现象,三是…;四是): 四是 does not skip 三是; the comma is P132's
    new = "主要有：一是学得不够深；二是读得不多，有“各自为政”的现象，三是悟得不透；四是用得不活。比如，"
    found = codes(packs, POINT, new, ["S11", "P132"])
    assert found == [("P132", "，", "；")]


def test_a_comma_after_the_series_opened_with_a_semicolon(packs):
    """一是…；二是…，三是…: the series opened with a semicolon and the comma comes last (two blind writers
    planted exactly this, sets 12 and 13); a series that opens with the comma stays silent (below)."""
    new = "一是学得不够深；二是读得不多，三是悟得不透。比如，"
    assert codes(packs, POINT, new, ["P132"]) == [("P132", "，", "；")]


def test_a_real_skip_is_still_found_after_a_comma(packs):
    new = "一是学得不够深；二是读得不多，四是悟得不透。比如，"
    assert ("S111", "四是", "三是") in codes(packs, POINT, new, ["S111"])


@pytest.mark.parametrize(
    "new",
    [
        "一是学得不够深，二是读得不多，三是悟得不透；四是用得不活。比如，",  # commas are the series' own
        "一是学得不够深。二是读得不多；三是悟得不透，四是用得不活。比如，",  # two kinds besides the comma
    ],
)
def test_series_without_one_clear_separator_is_silent(packs, new):
    assert codes(packs, POINT, new, ["P132"]) == []


def test_paragraph_ending_on_a_comma_before_the_next_part(packs):
    old = "对工程领域廉洁风险的严重性认识不足。"
    found = codes(packs, old, "对工程领域廉洁风险的严重性认识不足，", ["P133"])
    assert found == [("P133", "，", "。")]


def test_a_line_broken_inside_a_sentence_is_silent(packs):
    old = "其中多数安排在交通便利的乡镇，对偏远村组"
    assert codes(packs, old, "其中多数安排在交通便利的乡镇，\n对偏远村组", ["P133"]) == []
