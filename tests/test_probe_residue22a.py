"""residue22a's probes (tests/fixtures/probes22/residue22a/, eval/probe_residue22a.py): another person in the
signature (R205 reading an author line in brackets), another portfolio claimed (R182), another company, group,
account or sibling institution of the own trade (R183).

Probe 1 (15 slips, 17 quiet passages), written before any code: main 1/15, this branch 15/15, 0 false alarms on
both. Probe 2 (12 and 12), written after the code, run once: **11/12 (main 0/12), 0 false alarms**; its miss (市农投集团
in 市国有资本投资运营集团's material: the own group's name longer than the six characters read) was fixed by its cause
after the figure was read (12/12). The floors hold the first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue22a import FOLDER, measure

FLOORS = {1: (15, 15, 0), 2: (11, 12, 0)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
