"""punctform22's punctuation probes (tests/fixtures/probes22/punctform22/punct/, eval/probe_punct22.py), by class: a
point closed by ； where nothing of its series follows (P208 among points closed by 。, P158 before a label of another
kind), a half-width (2) among full-width （1）（3）
(P171 widened), a colon inside another colon's reach (P207), a ？ closing a question phrase before a verdict an adverb
opens (P167 widened: ？还研究不够).

Probe 1 (15 slips, 15 quiet passages), written after the first code of the round: main found 5/15 with the right fix
for 5/15, this branch 15/15 and 15/15; 2 false alarms on both (P129 took two short ；-closed points of one list for
headings). Probe 2 (12 and 12), written after the code, other trades and contexts, run once: **12/12 found, 12/12
fixed (main 3/12 and 3/12), 2 false alarms (the same P129, main's too)**; P129 was then fixed by its cause (a line
whose next line is a point of its own kind closed by ；/。 is a list point, no heading): 0 false alarms on both probes.
The floors hold these figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct22 import FOLDER, measure

FLOORS = {1: (15, 15, 15, 15), 2: (12, 12, 12, 12)}  # found, right fix, planted, clean

test_probe_holds_its_floors = punct_floor_test(measure, FOLDER, FLOORS)
