"""residue19b's probes (tests/fixtures/probes19/residue19b/, eval/probe_residue19b.py): what a material copied from
another year or unit keeps of its time and counts, read against the document's own title and opening — another
group's ordinal than the opening's (R170: 第五巡察组 against 第三巡察组), another count of the same feedback (R171:
巡察反馈的16个问题 against 4个方面18条), last year's rectification part headed by an older year's meeting (R134
widened), another year's short aspect as a heading (R150 widened: 在担当作为方面 in a 2024 material), another
year's campaign as this year's occasion (R125 widened: 以党纪学习教育为契机 in 2025).

Probe 1 (26 slips, 25 quiet cases), written before any code: main 1/26 with 1 false alarm (R146 on 学纪知纪明纪
守纪长效机制, fixed by its cause), this branch 24/26, 0 false alarms. Probe 2 (22 and 21), written after the
code, other kinds, owners and wordings, run once: **21/22 found (main 1/22), 1 false alarm** (R134 on an older
year named in the body under a heading that names last year rightly; main had it too; fixed after, by its cause).
The floors hold the figures now.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue19b import measure

FLOORS = {"1": (24, 26, 0), "2": (21, 22, 0)}  # found, slips, false alarms at most


@pytest.mark.parametrize("n", sorted(FLOORS))
def test_probe_found_and_quiet(n):
    found, missed, alarms, _chars = measure(n)
    least, slips, most = FLOORS[n]
    assert len(found) + len(missed) == slips
    assert len(found) >= least, missed
    assert len(alarms) <= most, alarms
