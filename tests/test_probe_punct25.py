"""punct25's probes (tests/fixtures/probes25/punct25/, eval/probe_punct25.py), by class: a year cut to two digits
before a quarter or 年末 (P183 widened), a law's short name cited bare as a provision's source (P214), adjacent Arabic
numbers of an estimate split by 、 before 月份 (P121 widened), a half-width colon before a figure (P110 widened), a
question asked of oneself in indirect speech closed by ？ (P124 widened: 问自己是否…？), a run-in heading closed by ；
among sisters closed by 。 or ： (P215), a comma before the last item of a 顿号 list of one family (P216), 等等……
after a list (P196 widened); and the alarms quieted: P114 on a short topic's 关于…的规定 and a law's provision, P140
on a point that parts its own clauses by ；, P191 on a note to the draft's writer (R106's).

Probe 1 (23 slips, 22 quiet passages), written before any code: main found 1/23 with the right fix for 1/23 and 3
false alarms (P114), this branch 23/23 and 23/23 with 0. Probe 2 (20 and 18), written after the code, other trades
and words, run once: **19/20 found, 19/20 fixed (main 2/20 and 2/20), 0 false alarms**; its miss was a run-in
heading closed by ； among sisters closed by ： where the harness's material has other （一）（二） headings closed by 。
(one series per label kind in the document): a series now ends where a label does not count on, 20/20. The floors
hold the first run.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct25 import FOLDER, measure

FLOORS = {1: (23, 23, 23, 22), 2: (19, 19, 20, 18)}  # found, right fix, planted, clean

test_probe_holds_its_floors = punct_floor_test(measure, FOLDER, FLOORS)
