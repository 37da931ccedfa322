"""residue28's probes (tests/fixtures/probes28/residue28/, eval/probe_residue28.py): the author's post claimed at
another unit of the own kind (a three-character village: R117; a unit's head at another unit: R119), a manager's
claimed union chair (R119), the team's closing and another year's meeting followed as this one's (R134), another
campaign called 这次 under a one-year campaign's title (R125), a figure looked back on with 上述 (R196), a note to
rewrite by one's own field (R106), a bureau's bare 党组 in a firm's branch (R198), another company's organ acting in
a company's measures (R199).

Probe 1 (8 slips, 9 quiet passages), written before any code: main 1/8 with 0 false alarms, this branch 8/8, 0
false alarms. Probe 2 (10 and 10), written after the code, run once: **8/10, 1 false alarm** (R123 reads a data
cutoff, （数据截至2025年11月底）, as a deadline); its two misses (县教研室's head, 两新工委 as the superior) and the
false alarm (a figure's cutoff after 截至) fixed by class afterwards: 10/10, 0. The floors hold the first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue28 import FOLDER, measure

FLOORS = {1: (8, 8, 0), 2: (8, 10, 1)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
