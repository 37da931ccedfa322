"""residue23's probes (tests/fixtures/probes23/residue23/, eval/probe_residue23.py): another unit of the own kind
(R183: 东坡煤矿掘进二队 in 红岭煤矿's material), one post held by two names (R188), a revision note (R186), a writing
hint (R106), a blank date (R187), this year named as another year of a plan period (R189).

Probe 1 (20 slips, 20 quiet passages), written before any code: main 2/20, this branch 19/20, 0 false alarms on
both. Probe 2 (12 and 12), written after the code, run once: **9/12 (main 0/12), 1 false alarm** (到城东热电厂观摩: a
unit visited); its misses (县第一人民医院: an ordinal name jieba tags a numeral; 落实馆长崔明远同志: a post after a verb;
【写作提示：…不少于500字】) and the false alarm were fixed by their causes after the figure was read (12/12, 0).
The floors hold the first figures.
"""

from __future__ import annotations

import sys

from conftest import ROOT
from probe_floors import floor_test

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue23 import FOLDER, measure

FLOORS = {1: (19, 20, 0), 2: (9, 12, 1)}  # found, planted, false alarms at most

test_probe_found_and_quiet = floor_test(measure, FOLDER, FLOORS)
