"""The residue16 probes (tests/fixtures/probes16/residue16 written before the round's code, residue16b after
it, run once): one identity of the document — the person, post, department, unit's voice, meeting year,
the year's congress or plenum, the campaign's batch and the meeting's time — read from the title and the
author's lines and contradicted once in the body or the signature (eval/probe_residue13.py --probe r16 |
r16b, the shared runner)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_residue13 import R16, R16B, measure, well_formed


def test_probes_are_large_enough_and_well_formed():
    assert well_formed(R16, 40)
    assert well_formed(R16B, 25)


def test_first_probe_recall_and_quiet():
    """Probe 1: 19/42 and no false alarm at main (R205 read some signatures, R119 some posts, R203 some
    years), 42/42 and none after: a signature under 对照人/签名 or a two-character surname, 作为分管副局长
    signed by a 局长, a department claimed with 作为/我们/我在, 作为县X部门, this meeting's notice named with
    another year, another year's plenum or an ended congress as the main line."""
    found, planted, alarms, correct = measure(probe=R16)
    assert (planted, correct) == (42, 42)
    assert found >= 40
    assert alarms == 0


def test_second_probe_recall_and_quiet():
    """Probe 2, written after the code: **25/26 found, one false alarm on 25 quiet passages on its first
    run** (5/26 and the same false alarm at main). The miss had a general cause, then fixed (26/26): R142
    read a system by its key only (水利), not by its department's other names (`作为县水务部门`, 卫健, 林草,
    环保 …). The false alarm is no residue rule's: T149 (a typo rule, the typo family's) reads 业务不精 as
    a dropped character, jieba tagging 精 a noun; left to that family."""
    found, planted, alarms, correct = measure(probe=R16B)
    assert (planted, correct) == (26, 25)
    assert found >= 25
    assert alarms <= 1
