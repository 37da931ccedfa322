"""punct21's punctuation probes (tests/fixtures/probes21/punct21/, eval/probe_punct21.py), by class: commas between the
listed nouns of one family before 等/和 (P205, a table of noun families), 书名号 on classes, meetings, contests,
festivals and education campaigns (P172 widened by a table of event heads), a hyphen, en dash or lone line for the
dash before an explanation (P206), an ellipsis before 这些/这类 (P126: 等), a ？ inside a statement (P167: deleted;
P124: 。 or ，).

Probe 1 (16 slips, 17 quiet passages), written before any code: main found 3/16 with the right fix for 0/16, this
branch 16/16 and 16/16, 0 false alarms both. Probe 2 (13 and 12), written after the code, other trades and contexts,
run once: **13/13 found, 13/13 fixed (main 2/13 and 0/13), 0 false alarms**. The floors hold these figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct21 import FOLDER, measure

FLOORS = {1: (16, 16, 16, 17), 2: (13, 13, 13, 12)}  # found, right fix, planted, clean

test_probe_holds_its_floors = punct_floor_test(measure, FOLDER, FLOORS)
