"""notes24's probes (tests/fixtures/probes24/notes24/, eval/probe_notes24.py), by class: a checking note left in
brackets after a figure or a name (R106 widened: （待核）, (待查), （此数需再核）, （未核实）, （存疑）, （？）), what a residue
finding offers (the next year for a masked year's plan, R111; no field or unit of a colleague's kept in R119's
fix; the own company's name without 中共 and its own kind in R135's; a numbered branch's qualifier in R124's;
nothing for 本次 or a slogan of another campaign in R125's), a dotted date in a sentence (P183 widened), a range of
percentages with a hyphen (P149 widened), a colon between 共计 and its figure (P213), three dots where a sentence
ends (P126) and a closing quote after a sentence's end with none open (P201).

A fix counts only when every suggestion of the findings on the slip reads right. Probe 1 (26 slips, 11 quiet
passages), written before any code: main found 12/26 with the right fix for 3/26, this branch 26/26 and 25/26, no
false alarm on either (its wrong one: three dots before 比如 are offered 。 and …… both, since set 46's writer
read six dots before 三是 as ……). Probe 2 (15 and 10), written after the code, run once: **15/15 found, 12/15
fixed (main 10/15 and 1/15), no false alarm**; 实验中学 was offered 中学 (now 学校), 后勤第一党支部 局机关第二党支部
(now 机关第二党支部: jieba's 局机关), and the three dots the same pair as in probe 1. The floors hold the first
figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_notes24 import FOLDER, measure

FLOORS = {1: (26, 25, 26, 11), 2: (15, 12, 15, 10)}  # found, right fix, planted, clean

test_probe_holds_its_floors = punct_floor_test(measure, FOLDER, FLOORS)
