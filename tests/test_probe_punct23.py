"""punct23's punctuation probes (tests/fixtures/probes23/punct23/, eval/probe_punct23.py), by class: a law's
implementing regulation left outside its 书名号 (P209), adjacent numbers of an estimate split by 、 before years,
hours and other counting words (P115/P121 widened), a mixed-script list of names split by ， (P205 widened), a colon
after a time phrase that introduces nothing (P210), a standard's or measure's name in quotation marks (P211), a
comma between listed ordinals (P212).

Probe 1 (19 slips, 18 quiet passages), written before any code: main found 3/19 with the right fix for 2/19, this
branch 19/19 and 19/19, 0 false alarms both. Probe 2 (15 and 14), written after the code, other trades and contexts,
run once: **12/15 found, 12/15 fixed (main 2/15 and 2/15), 0 false alarms**; its misses were 两、三盏 (a measure word
the first list lacked), a Latin name of one letter (B超) and a list closed by a noun (…流动摊点管理缺位). The floors
hold these figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct23 import FOLDER, measure

FLOORS = {1: (19, 19, 19, 18), 2: (12, 12, 15, 14)}  # found, right fix, planted, clean

test_probe_holds_its_floors = punct_floor_test(measure, FOLDER, FLOORS)
