"""edits14's probes (round r14; eval/probe_edits14.py measures them): editing leftovers written in other
words than the review sets' must keep being found, and the close clean passages must stay quiet.

Probe 1 (written before the code): 5/42 on main, 38/42 after T184-T186 and the widened T112, 0 false alarms
in both. Probe 2 (written after the code, run once): first run 17/27 (63.0 %), 0 false alarms in 471
characters of 27 clean passages. What it showed was then fixed once (T186 read a frame whose first
clause holds a verb, 留守儿童, or whose longer head rjieba tags oddly, 频次): 19/27, still 0 false alarms.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_edits14 import probe

FLOORS = {1: 36, 2: 18}


@pytest.fixture(scope="module", params=[1, 2])
def result(request):
    return request.param, probe(request.param)


def test_probe_leftovers_are_found(result) -> None:
    number, r = result
    assert r.slips >= 25
    assert len(r.found) >= FLOORS[number], "\n".join(r.missed)


def test_probe_clean_passages_stay_quiet(result) -> None:
    _number, r = result
    assert r.clean > 0
    assert r.alarms == []


def test_two_versions_need_a_shared_character() -> None:
    from mingjing.rules.edit_repeats import versions_after_adverb

    assert [k for _s, _e, k in versions_after_adverb("要进一步加强进一步强化安全监管。")] == ["进一步强化"]
    assert list(versions_after_adverb("要不断学习不断实践，及时发现及时处置。")) == []


def test_a_sentence_cut_after_a_preposition() -> None:
    from mingjing.rules.edit_repeats import cut_sentences

    text = "开展了主题党日活动，在。群众说得对。人不在。清而有为。逐项核\n对。"
    assert [text[s:e] for s, e in cut_sentences(text)] == ["在"]
