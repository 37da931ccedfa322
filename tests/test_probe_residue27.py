"""residue27's probes (tests/fixtures/probes27/residue27/, eval/probe_residue27.py): a finished campaign's words
followed as this year's requirements (紧扣“三严三实”专题要求, 对照党的群众路线教育实践活动要求: R125), the closing that
names another year's meeting as this material (以上是我2021年度民主生活会的发言提纲: R134), a figure against an earlier
one of the same thing (a rough 余/多 figure, 人 against 名, a measure built on the own year's total: R196), a note to
colleagues in brackets (（案例由学生处补充）: R106).

Probe 1 (9 slips, 9 quiet passages), written before any code: main 0/9 with 0 false alarms, this branch 9/9, 0
false alarms. Probe 2 (9 and 8), written after the code, run once: **9/9 (main 1/9), 0 false alarms**. The floors
hold the first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue27 import FOLDER, measure

FLOORS = {1: (9, 9, 0), 2: (9, 9, 0)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
