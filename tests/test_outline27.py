"""Outline checks read on set 54's h08 and set 53's h03 (round r27, punct27): a measure part that shares only time
words (上半年, 每半年) with a problem answers it not (A101); a cause that repeats a clause only one problem told
(没有及时向局党组报告) answers that problem (A102 quiet); a part analysing a typical case counts as 剖析 in the
problems+causes share (S151 quiet at 60 %, 48 % without it)."""

from __future__ import annotations

from conftest import ROOT
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.proportions import share
from mingjing.rules.review import review_outline

SETS = ROOT / "tests" / "fixtures" / "review"


def _review(path):
    packs = load_frameworks()
    outline = parse_document(read_document(path), packs)
    report = review_outline(outline, packs)
    text = outline.document.text
    return outline, {(f.code, text[f.start : f.end]) for f in report.findings}


def test_time_words_tie_no_measure_and_a_repeated_clause_ties_a_cause():
    _, found = _review(SETS / "heldout54" / "h08_zhuti-2023-b2_falvyuanzhu_geren.txt")
    assert ("A101", "求真务实、狠抓落实方面") in found
    assert not any(code == "A102" and "维护党中央权威" in span for code, span in found)
    assert not any(code == "A101" and "维护党中央权威" in span for code, span in found)


def test_a_case_analysis_counts_in_the_share():
    outline, found = _review(SETS / "heldout53" / "h03_mzshh-2024_luzhengdadui_geren.txt")
    assert not any(code == "S151" for code, _ in found)
    value = share(outline)
    assert value is not None and 0.55 < value < 0.65
