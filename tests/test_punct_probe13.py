"""punct13's probe (tests/fixtures/probes13/punct13/probe.yaml): short passages with one punctuation or
number-form error each, written before the rules P180–P189 existed, and clean passages of the same
shapes. The review finds at least the share it found when the round closed and stays quiet on every
clean passage."""

from __future__ import annotations

import sys

import yaml

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "eval"))
from mingjing.frameworks import load_frameworks
from punct_probe import score

PROBE = FIXTURES / "probes13" / "punct13" / "probe.yaml"
PROBE_B = FIXTURES / "probes13" / "punct13" / "probe_b.yaml"  # written after the rules, not tuned on


def test_probe_recall_and_quiet_clean_passages():
    probe = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    s = score(probe, load_frameworks())
    assert sum(s.planted.values()) >= 60 and sum(s.clean.values()) >= 60
    assert sum(s.found.values()) >= 72, s.misses
    assert not s.false, s.false


def test_second_probe_recall_and_quiet_clean_passages():
    probe = yaml.safe_load(PROBE_B.read_text(encoding="utf-8"))
    s = score(probe, load_frameworks())
    assert sum(s.found.values()) >= 28, s.misses
    assert not s.false, s.false


def test_probe_passages_hold_their_error():
    bad = [e for p in (PROBE, PROBE_B) for e in yaml.safe_load(p.read_text(encoding="utf-8"))["bad"]]
    for entry in bad:
        assert entry["wrong"] in entry["text"], entry
        mended = entry["text"].replace(entry["wrong"], entry["fix"], 1)
        assert mended != entry["text"] or entry["wrong"] == entry["fix"], entry
