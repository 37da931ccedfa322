"""punct17's punctuation probes (tests/fixtures/probes17/punct17/, eval/probe_punct17.py): a 顿号 between quoted
items (P192), a half-width ? ! . before a closing quotation mark (P111, P112, P104 widened), a statement about a
question closed by ？ (P124 widened: 为什么……，值得我深刻反思？), a quoted part of the sentence with its full
stop inside (P193: 做到“应办尽办。”), a point of several sentences closed by ； before the next point (P194),
。。。 for an ellipsis (P126 alone, P106 leaves it), a hyphen for a range of amounts (P149: 3～5年), a dash pair
written --…-- (P195, one finding), 书名号 on a policy's short name (P187 widened: 《双减》政策).

Probe 1 (30 slips, 25 quiet passages), written before any code: main found 8/30 with the right fix for 5/30,
this branch 30/30 and 30/30, 0 false alarms both. Probe 2 (30 and 25), written after the code, other contexts,
run once: **28/30 found and fixed (main 7/30, fixed 3/30), 0 false alarms**; its misses were 琢磨 (a thinking
verb P124 does not list) and 《营商环境》 before 优化政策 (a word between the name and 政策). Nothing was changed
after it. The floors hold these figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct17 import FOLDER, measure

FLOORS = {1: (30, 30, 30, 25), 2: (28, 28, 30, 25)}  # found, right fix, planted, clean

test_probe_found_fixed_and_quiet = punct_floor_test(measure, FOLDER, FLOORS)
