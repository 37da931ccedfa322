"""The residue15 probes (tests/fixtures/probes15/residue15 written before the round's code, residue15b
after it, run once): their planted leftovers — another sector's paragraph under the own unit's voice
(R151), a meeting the unit cannot hold called its own (R152) — are found and their correct twins stay
quiet (eval/probe_residue13.py --probe r15 | r15b, the shared runner)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_residue13 import R15, R15B, R15C, measure, well_formed


def test_probes_are_large_enough_and_well_formed():
    assert well_formed(R15, 40)
    assert well_formed(R15B, 25)


def test_first_probe_recall_and_quiet():
    """Probe 1: 0/40 and no false alarm at main, 38/40 and none after. Left: a 公安局 paragraph on
    特种设备 whose other words (电梯维保, 检验检测) every unit uses of its own lifts — one term only;
    自然资源 work in a 统计局's material (a statistics unit surveys every trade, so its material is not
    read: residue13b's 统计局 passage on 农作物播种面积 stays quiet)."""
    found, planted, alarms, correct = measure(probe=R15)
    assert (planted, correct) == (40, 40)
    assert found >= 38
    assert alarms == 0


def test_second_probe_recall_and_quiet():
    """Probe 2, written after the code: **23/25, no false alarm on 28 quiet passages on its first run**;
    24/25 after one general cause was fixed (督促, the own unit supervising its own work, was read as
    a partner's cue). Left: 监督执纪 and 以案促改 in a 统计局's material (discipline inspection spans
    every sector and has no sector of its own in the table)."""
    found, planted, alarms, correct = measure(probe=R15B)
    assert (planted, correct) == (25, 28)
    assert found >= 23
    assert alarms == 0


def test_count_probe_recall_and_quiet():
    """Probe 3 (R153's counts, written before its code): 0/10 at main, 10/10 after, no false alarm on its
    12 quiet passages (a count that is no lead-in, a count that matches its list)."""
    assert well_formed(R15C, 10)
    found, planted, alarms, correct = measure(probe=R15C)
    assert (planted, correct) == (10, 12)
    assert found >= 9
    assert alarms == 0
