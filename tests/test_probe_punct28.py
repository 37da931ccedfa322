"""punct28's probes (tests/fixtures/probes28/punct28/, eval/probe_punct28.py), by class: a regulation's or a document's
name set in quotation marks instead of 《》 (a version note such as （试行） inside, an implementing regulation, a name
ending in 条例 or 若干规定, a 关于……的意见 title, a local government's rules: P162); a long run-in aspect heading closed
by ； where its sisters close by 。 (P215); a signature's date line written with dots, slashes or, closing the material,
hyphens (P183); a run-in heading's half-width colon, offered 。 too (P110); and clean passages: a document named in the
clause that tells of its issuing (P114), 两委 bare (P116), a unit's internal rules (P113), labelled dates.

Probe 1 (15 slips, 12 clean), written before any code: register28 found 5/15, right fix 2/15, 5 false alarms; this
branch 15/15, 15/15, 0. Probe 2 (13 slips, 10 clean), written after the code, run once: **12/13 found, 12/13 fixed, 0
false alarms (register28 5/13, 3/13, 1)**; its miss (a date after a labelled signature on one line, 对照检查人：王建国
2023.12.28) was fixed by class after that run: 13/13. The floors are the first runs.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import punct_floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_punct28 import FOLDER, measure

FLOORS = {1: (15, 15, 15, 12), 2: (12, 12, 13, 10)}  # found, right fix, planted, clean

test_probe_holds_its_floors = punct_floor_test(measure, FOLDER, FLOORS)
