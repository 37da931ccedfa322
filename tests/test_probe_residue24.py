"""residue24's probes (tests/fixtures/probes24/residue24/, eval/probe_residue24.py): leftovers that contradict the
material's own identity — the own unit's name with another ordinal (R190) or seat city (R191), another county
named once (R124), another person's case (R192), another university than the sending one (R193), the own members
counted twice with two figures (R194), the own organ under its sibling body's name (R195).

Probe 1 (15 slips, 15 quiet passages), written before any code: main 2/15 with 1 false alarm (R124 read 科技副县长
as a county 技副县), this branch 15/15, 0 false alarms. Probe 2 (12 and 12), written after the code, run once:
**11/12 (main 1/12), 0 false alarms**; its miss (7月梧桐县人社局: a place name that is a common noun, 梧桐) and a
wrong suggestion (由西北理工学院 read with its preposition) were fixed by their causes after the figure was read
(12/12, 0). The floors hold the first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue24 import FOLDER, measure

FLOORS = {1: (15, 15, 0), 2: (11, 12, 0)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
