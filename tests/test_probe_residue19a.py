"""residue19a's identity probes (tests/fixtures/probes19/residue19a/, eval/probe_residue19a.py): traces of
another writer's identity read against the author's lines — the team's voice as a clause's subject in a
personal material and the person's in a team one (R166), another trade's clientele in the own unit's service
(R167), a 社区's or 村's superior of the other kind (R168), a sister department of the same committee or
government as the own body (R135 widened: 县委宣传部, more verbs of a team's review), a vertically managed
agency's level (R147: 国家税务总局X县税务局 writing 全区).

Probe 1 (25 slips, 25 quiet passages), written before any code: main 1/25, this branch 22/25, 0 false alarms
both (its 3 misses, 全市/全省…系统 in a county body, are not read: a county bureau rightly takes part in the
city's or the province's campaigns). Probe 2 (25 and 25), written after the code, other trades and contexts,
run once: **23/25 (main 0/25), 2 false alarms** (R167: 患者 in a 融媒体中心's health column, 乘客 in a 交警's
work); fixed by their causes (a medium's columns cover every trade; the police serve passengers): 22/25, 0 false
alarms. Its misses were 我们学校领导班子 (a unit word of two characters before 班子) and 全区 in a 调查队's
material (国家统计局宁川调查队 names no level word the rule reads). The floors hold these figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue19a import FOLDER, measure

FLOORS = {1: (22, 25), 2: (22, 25)}  # found, planted

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
