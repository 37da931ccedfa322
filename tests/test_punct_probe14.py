"""punct14's probes (tests/fixtures/probes14/punct14/): punctuation and number forms read mark by mark
from GB/T 15834-2011 / GB/T 15835-2011. Probe 1 was written before P170–P178 existed (main found 38 of
66, after the rules 64); probe 2 was written after the rules stopped changing and run once: first run
26 of 28 found (27 after the 共和国 fix it showed), no false alarm on its 30 clean passages (main: 11
of 28). The review keeps at least those shares and no punctuation rule fires on a clean passage (probe 1's one clean alarm is E104,
specificity, on a passage that is only a statement)."""

from __future__ import annotations

import sys

import yaml

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "eval"))
from mingjing.frameworks import load_frameworks
from punct_probe import score

PROBE = FIXTURES / "probes14" / "punct14" / "probe.yaml"
PROBE_B = FIXTURES / "probes14" / "punct14" / "probe_b.yaml"  # written after the rules, run once


def test_probe_recall_and_quiet_clean_passages():
    probe = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    s = score(probe, load_frameworks())
    assert sum(s.planted.values()) >= 60 and sum(s.clean.values()) >= 60
    assert sum(s.found.values()) >= 61, s.misses
    assert not [f for f in s.false if f[1].startswith("P")], s.false
    assert len(s.false) <= 1, s.false


def test_second_probe_recall_and_quiet_clean_passages():
    probe = yaml.safe_load(PROBE_B.read_text(encoding="utf-8"))
    s = score(probe, load_frameworks())
    assert sum(s.planted.values()) >= 25 and sum(s.clean.values()) >= 25
    assert sum(s.found.values()) >= 25, s.misses
    assert not s.false, s.false


def test_probe_passages_hold_their_error():
    bad = [e for p in (PROBE, PROBE_B) for e in yaml.safe_load(p.read_text(encoding="utf-8"))["bad"]]
    for entry in bad:
        assert entry["wrong"] in entry["text"], entry
        assert entry["text"].replace(entry["wrong"], entry["fix"], 1) != entry["text"], entry
