"""punct27's probes (tests/fixtures/probes27/punct27/, eval/probe_punct27.py, eval/probe_punct27_outline.py), by class:
a law's implementing regulation named bare (社区矫正法实施办法, …条例实施细则: P144 reads the form), a two-digit year before
a season, a holiday or a named period of that year (22年主汛期前, 24年春节前, 23年防汛期间: P183), a span of two dotted
dates written out whole (2020.3至2020.5期间 → 2020年3月至5月, P183), an unclosed quotation whose name ends in its head
word before a run of frame nouns (“双高计划建设任务 → “双高计划”建设任务, P201); and problem points of pure stance
whose fact-like words are a kind of activity counted as too little taken part in or a unit named as whose work one
thinks a thing is (E104).

Punctuation probe 1 (15 slips, 11 quiet passages), written before any code: main 6/15 found, 0/15 fixed, 0 false
alarms; this branch 15/15, 15/15, 0. Probe 2 (18 slips, 9 quiet), written after the code, run once: **15/18 found,
15/18 fixed, 0 false alarms (main 7/18, 1/18, 0)**; its misses (24年中考期间, 23年防汛期间, 2023.3—2023.5期间) were
fixed by class after that run (a named period's 期间 after a short year; a dash span told as a period): 18/18, 18/18.

The outline points (outline1: 6 factless, 4 factual; outline2: 5 and 3) were written after this class's code had
changed (the brief's order was not kept for this class) and run once each on the base branch and on this one:
outline1 base 0/6 heard, branch 1/6 (then 4/6 after fixing by class: a clause counting how little one takes part,
the thing and the unit of a view of whose duty it is); outline2, written after that and run once: **3/5 (base
0/5)**, 0/3 factual marked, then 5/5. The floors are the first runs.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct27 import FOLDER, measure
from probe_punct27_outline import point_results

FLOORS = {1: (15, 15, 15, 11), 2: (15, 15, 18, 9)}  # found, right fix, planted, clean

test_probe_holds_its_floors = punct_floor_test(measure, FOLDER, FLOORS)


def test_outline_points_hold_their_first_runs():
    for part, planted, floor, factual in (("outline1", 6, 1, 4), ("outline2", 5, 3, 3)):
        p = point_results(part)
        assert len(p["heard"]) + len(p["missed"]) == planted
        assert len(p["heard"]) >= floor, p["missed"]
        assert p["alarms"] == [] and len(p["quiet"]) == factual
