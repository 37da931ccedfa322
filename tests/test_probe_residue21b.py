"""residue21b's probes (tests/fixtures/probes21/residue21b/, eval/probe_residue21b.py): another year's meeting
slogan (R121's look back read before the slogan and in its own clause only, more verbs), another seat of the
branch committee or an office's function against the departments overseen (R180), a place's portfolio in a
bureau's material or a trade the material shows nowhere (R181).

Probe 1 (16 slips, 16 quiet passages), written after the first draft of the code and before any tuning: main
5/16, this branch 16/16, 0 false alarms on both. Probe 2 (12 and 12), written after the code, run once: **10/12
(main 2/12), 0 false alarms**; its misses (作为一名法官 beside 执行 of 对…规范执行: a word of the court's work too
wide; 副园长 not among R180's deputies) were fixed by their causes after the figure was read (12/12). The floors
hold the first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue20b import measure
from probe_residue21b import FOLDER

FLOORS = {1: (16, 16, 0), 2: (10, 12, 0)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
