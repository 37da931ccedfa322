"""The real17 probes (tests/fixtures/probes17/real17/, eval/probe_real17.py): short materials and cut copies in
the forms real pages take (a copy cut on a heading line or mid-heading, a PDF's wrapped line whose last word
stands alone, an untitled copy opening at 一是 / （三） / 二、, a 班子 copy cut before last year's rectification
could be seen, a 查摆问题清单 with a PDF space in its title, a site's blurb above the title), each with the
structure codes a careful reader expects and those that must not come.

Probe 1 (`first/`: 14 materials), written before the code changed: 5 of 14 right on main, 14 of 14 on this
branch. Probe 2 (`second/`: 8 materials), written after the code stopped changing and run once: **8 of 8
right (main 2 of 8)**.

The floors below hold the figures reached, so a change that loses one fails.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_real17 import results


@pytest.mark.parametrize("part, floor", [("first", 14), ("second", 8)])
def test_probe_materials_are_read_right(part, floor):
    r = results(part)
    assert len(r["right"]) + len(r["wrong"]) >= (10 if part == "first" else 6)
    assert len(r["right"]) >= floor, r["wrong"]
