"""residue25's probes (tests/fixtures/probes25/residue25/, eval/probe_residue25.py): a figure that contradicts an
earlier figure of the same thing (R196), another unit's team under the own one's place (R178), the own post at
another unit (R119), a student's grade and major against the first self-description (R197), another superior's
organ (R198), a blank signing day with the month written (R187).

Probe 1 (14 slips, 14 quiet passages), written before any code: main 2/14 with 1 false alarm (R126 read a
livestock farm's 防疫 as the pandemic's), this branch 12/14, 0 false alarms (missed: a superior's organ with no
superior named before it, an occupation that is no post: 财务部会计). Probe 2 (12 and 12), written after the code,
run once: **8/12 (main 1/12), 0 false alarms**; its misses (全科医生 read as a 全<scope> total, 起 no counter word,
厅班子成员, a superior named in the body after the opening) were fixed by their causes after the figure was read
(12/12, 0). The floors hold the first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue25 import FOLDER, measure

FLOORS = {1: (12, 14, 0), 2: (8, 12, 0)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
