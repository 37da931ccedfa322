"""residue21a's probes (tests/fixtures/probes21/residue21a/, eval/probe_residue21a.py): another unit or another
kind of text left in the material — another kind's self-word (我院 in a 站), another unit claimed or made the
subject of the own unit's facts (R178), an appraisal's 该同志, a speech's 同志们，下面, a notice's submission line
(R179).

Probe 1 (16 slips, 20 quiet passages), written before any code: main 3/16 (R117's 本院/我校, R135's 县图书馆),
this branch 16/16, 0 false alarms both. Probe 2 (13 and 14), written after the code, other units and shapes, run
once: **11/13 (main 0/13), 0 false alarms**. Its misses: 我所 before a noun (我所遗体接运车辆: 所 is read as a
self-word only before 党, 领导, 干部, 的 …, since 我所 + verb is the particle), 县交警大队 claimed in a 派出所 under
the 公安局 (a unit below the own bureau is let be). The floors hold these figures.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))
from probe_residue19a import measure
from probe_residue21a import FOLDER

FLOORS = {1: (16, 16), 2: (11, 13)}  # found, planted


@pytest.mark.parametrize("n", sorted(FLOORS))
def test_probe_found_and_quiet(n):
    r = measure(FOLDER / f"probe{n}.yaml")
    found, planted = FLOORS[n]
    assert r.slips >= planted
    assert len(r.found) >= found, r.missed
    assert r.alarms == [], r.alarms
