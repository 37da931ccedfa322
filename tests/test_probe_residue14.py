"""The residue14 probes (tests/fixtures/probes14/residue14 written before the round's code, residue14b
after it, run once): their planted leftovers are found and their correct twins stay quiet
(eval/probe_residue13.py --probe r14 | r14b, the shared runner)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_residue13 import R14, R14B, measure, well_formed


def test_probes_are_large_enough_and_well_formed():
    assert well_formed(R14, 40)
    assert well_formed(R14B, 25)


def test_first_probe_recall_and_quiet():
    """Probe 1: 13/42 and one false alarm (R124 on a comparison) at main, 42/42 and none after."""
    found, planted, alarms, correct = measure(probe=R14)
    assert (planted, correct) == (42, 42)
    assert found >= 40
    assert alarms == 0


def test_second_probe_recall_and_quiet():
    """Probe 2, written after the code: 7/26 and one false alarm at sets14; **23/26, no false alarm on
    its first run**; 25/26 after its three misses' general causes were fixed (a word rjieba joins to
    the kind word, 学校 as a school's own word, R135's own-place abbreviation). Left: 学校党总支 in a
    branch secretary's personal material (a member may cite the school's higher organ rightly)."""
    found, planted, alarms, correct = measure(probe=R14B)
    assert (planted, correct) == (26, 26)
    assert found >= 24
    assert alarms == 0
