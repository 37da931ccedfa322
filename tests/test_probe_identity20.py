"""identity20's probes (tests/fixtures/probes20/identity20/, eval/probe_identity20.py): a later self-reference
against the material's identity profile — a claimed identity of another kind of unit (R169), another unit's 党组
or 党委 whose 部署 is carried out (R174), the other voice's closing (R175).

Probe 1 (25 slips, 25 quiet passages), written before any code: main 5/25 (R119's committee posts, R157's
人民教师 in a hospital), this branch 25/25, 0 false alarms both. Probe 2 (25 and 25), written after the code,
other kinds and shapes, run once: **22/25 (main 0/25, 1 false alarm: R202 on 一名乡镇干部), 0 false alarms**.
Its misses: 基层民警 in a court (R157 lets a court's 司法警察 be), 团干部 (no post word of the 共青团 family
in the table), 以上是局领导班子 (a unit's name before 领导班子 without 党组). The floors hold these figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_identity20 import FOLDER
from probe_residue19a import measure

FLOORS = {1: (25, 25), 2: (22, 25)}  # found, planted

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
