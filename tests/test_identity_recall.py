"""The generated measurement of the identity class (eval/identity_recall.py, round r20): claims of another kind
of unit's identity, another unit's 党组 or 党委 whose 部署 is carried out and the other voice's closing, written
for every kind of the unit-kind table (src/mingjing/rules/unit_kinds.py), against matched passages of the own
kind and of other units named as partners. Whole run at r20's end: main 11/695 with 3 false alarms (R202 and
R135 reading 一名 as a place), this branch 695/695 with 0. The test runs every third kind (231 slips, 217
matched passages; main 3/231 with 1 false alarm) and holds its floor."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))
from identity_recall import measure


def test_generated_identity_class_found_and_quiet():
    r = measure(every=3)
    assert r.slips >= 231
    assert len(r.found) >= 231, r.missed[:10]
    assert r.alarms == [], r.alarms[:10]


def test_the_table_is_of_real_size():
    from mingjing.rules.unit_kinds import KINDS

    assert len(KINDS) >= 80
    assert len({k.kind for k in KINDS}) == len(KINDS)
