"""Formulations whose terms are written in each other's place (rules/swapped_pairs.py, F169, round r22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mingjing.rules import swapped_pairs as sp

FIXTURES = Path(__file__).parent / "fixtures"
# the planted sets hold such slips on purpose; every other text of the repository is clean of them
PLANTED = ("heldout", "planted", "probes")


def _clean_texts() -> list[Path]:
    paths = []
    for p in sorted(FIXTURES.rglob("*.txt")):
        parts = p.relative_to(FIXTURES).parts
        if any(part.startswith(PLANTED) and not part.endswith("_clean") for part in parts):
            continue
        paths.append(p)
    return paths


@pytest.mark.parametrize("entry", sp.entries(), ids=lambda e: e.wording[:12])
def test_each_swap_is_mended_back_and_the_wording_is_quiet(entry: sp.Entry) -> None:
    assert not list(sp.find(entry.wording))
    for a, b in entry.swaps:
        written = sp._swap(entry.wording, a, b)
        hits = list(sp.find("一是" + written + "不够。"))
        assert len(hits) == 1, (a, b)
        assert hits[0].suggestions[0] == entry.wording


def test_quotes_kept_verbs_restored_left_out_words_offered() -> None:
    (hit,) = sp.find("一是深刻领会“两个维护”的决定性意义，做到“两个确立”不够。")
    assert hit.suggestions == (
        "深刻领悟“两个确立”的决定性意义，做到“两个维护”",
        "深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”",
    )
    # a quotation closed after the formulation is not the formulation's
    text = "提出“毫不动摇巩固和发展非公有制经济，毫不动摇鼓励、支持、引导公有制经济发展”的要求。"
    (hit,) = sp.find(text)
    assert text[hit.end - 2 : hit.end] == "发展"


def test_no_clean_text_of_the_repository_holds_a_swapped_pair() -> None:
    found = []
    for p in _clean_texts():
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [(p.name, text[h.start : h.end]) for h in sp.find(text)]
    assert not found
