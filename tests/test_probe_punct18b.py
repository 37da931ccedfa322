"""punct18b's punctuation probes (tests/fixtures/probes18/punct18b/, eval/probe_punct18b.py): a full stop closing a
lead-in that announces a run-in list (P198: 以下几个方面。一是 → ：), a hyphen in a range with a measure word P149
did not list (P149 widened: 15-20起, 2024-2025学年, 公里, 课时), a document number's year in other brackets (P197:
云司发[2025]12号 → 〔2025〕), a count cut by 。 from the clause that compares it (P199: 14人。占比43.8% → ，).
P200 (a title line ending in 。) reads the text's opening lines and has no passage probe: its examples hold it.

Probe 1 (20 slips, 21 quiet passages), written before any code: main found 0/20, this branch 20/20 with the right
fix for 20/20, 0 false alarms both. Probe 2 (15 and 15), written after the code, other trades and contexts, run
once: **15/15 found and fixed (main 1/15), 0 false alarms**. Nothing was changed after it. The floors hold these
figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct18b import FOLDER, measure

FLOORS = {1: (20, 20, 20, 21), 2: (15, 15, 15, 15)}  # found, right fix, planted, clean

test_probe_found_fixed_and_quiet = punct_floor_test(measure, FOLDER, FLOORS)
