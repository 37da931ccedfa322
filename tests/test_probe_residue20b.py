"""residue20b's probes (tests/fixtures/probes20/residue20b/, eval/probe_residue20b.py): another year's campaign
(R125) or event (R176), the pandemic as a standing duty (R126), another person's name as the author's (R156),
another level's committee or government (R147).

Probe 1 (15 slips, 16 quiet passages), written before any code: main 0/15 (1 false alarm: R156 on 本人张罗的,
a verb read as a name), this branch 14/15, the same 1 false alarm (its miss: 我张志强 without 本人). Probe 2
(12 and 12), written after the code, run once: **12/12 (integ20 0/12)**, 1 alarm on both: R119 on 分管副局长 in the
sample signed 局长 (the probe's passage, not the rule, is at fault). Probe 3 (5 and 6), written after R147's extension (区委/区政府 in a county's material, 县委 in a district's), run
once: **2/5 (integ20 0/5), 0 false alarms**; 区政府 alone was held back by a gate asking for 区委, fixed after
(3/5); the district's two stay missed (桐溪市滨江区 gives two levels, so no own level). The floors hold the figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue20b import FOLDER, measure

FLOORS = {1: (14, 15, 1), 2: (12, 12, 1), 3: (3, 5, 0)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
