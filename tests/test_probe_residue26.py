"""residue26's probes (tests/fixtures/probes26/residue26/, eval/probe_residue26.py): a figure against an earlier one
of the same thing where R196 was blind (the own team before the noun, a longer earlier noun naming the whole, a
looking-back frame over another noun, one case's sum told twice, the material's own year read as another time),
the post the opening claims (R119), another campaign's meeting followed as the one under way (R125), the whole
unit by another kind's word (R178), another unit's organ the own one reports to (R198).

Probe 1 (10 slips, 12 quiet passages), written before any code: main 1/10 with 0 false alarms, this branch 9/10,
0 false alarms (missed: the post an opening claims, which the probe's frame puts at the material's end). Probe 2
(10 and 11), written after the code, run once: **9/10 (main 0/10), 0 false alarms**; its miss (a case's object of
six characters: 贪污农机补贴资金) was fixed by its cause after the figure was read (10/10, 0). The floors hold the
first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue26 import FOLDER, measure

FLOORS = {1: (9, 10, 0), 2: (9, 10, 0)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
