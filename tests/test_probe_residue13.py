"""The residue13 probe (tests/fixtures/probes13/residue13, written before the round's code): its
planted leftovers are found and its near-correct passages stay quiet (eval/probe_residue13.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_residue13 import build, cases, measure

BEFORE = 7  # found at sets13, before the round's rules (R136–R140, R135/R119/T112 widened)
AFTER = 39  # found on the residue13 branch; 核查和核实 (核实 tagged a noun) is left


def test_probe_is_large_enough_and_well_formed():
    built = [build(c) for c in cases()]
    assert sum(b.span is not None for b in built) >= 40
    assert sum(b.span is None for b in built) >= 40
    for b in built:
        s, e = b.passage
        assert b.span is None or s <= b.span[0] < b.span[1] <= e


def test_probe_recall_and_quiet():
    found, planted, alarms, correct = measure()
    assert (planted, correct) == (40, 45)
    assert found >= AFTER > BEFORE
    assert alarms == 0


def test_second_probe_recall_and_quiet():
    """The second probe, written after the code: 12/20 on its first run, 18/20 after its misses'
    general causes were fixed (县一中 and a figure compared with the year before are left)."""
    from probe_residue13 import SECOND

    found, planted, alarms, correct = measure(probe=SECOND)
    assert (planted, correct) == (20, 20)
    assert found >= 18
    assert alarms == 0


def test_kinds_probe_recall_and_quiet():
    """residue13b's probe (written before R141–R146): 0/32 at sets13b, 31/32 after; a company's
    ownership the text does not say (作为国有企业党支部 with nothing else telling 国有 or 非公) is left."""
    from probe_residue13 import KINDS

    built = [build(c) for c in cases(KINDS)]
    for b in built:
        s, e = b.passage
        assert b.span is None or s <= b.span[0] < b.span[1] <= e
    found, planted, alarms, correct = measure(probe=KINDS)
    assert (planted, correct) == (32, 33)
    assert found >= 31
    assert alarms == 0


def test_second_kinds_probe_recall_and_quiet():
    """residue13b's second probe, written after R141–R146: 12/13 and one false alarm on its first run
    (a 中心 read as no kind of unit; jieba's 对华 swallowing the preposition before 华锐公司), 13/13
    and none after; five more pairs added with R147 and R141's 贡献X力量 found on their first run."""
    from probe_residue13 import KINDS2

    found, planted, alarms, correct = measure(probe=KINDS2)
    assert (planted, correct) == (18, 18)
    assert found >= 18
    assert alarms == 0
