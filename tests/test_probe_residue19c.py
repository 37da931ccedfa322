"""residue19c's probe 3 (r19; the opening's count of the aspects examined against the meeting's, R173), written
after the code: eval/probe_residue19c.py. First run 0/5 (main 0/5), 0 false alarms: the team sample lists two
aspects of five, and R173 then asked the problem part to list the pack's number; read since as "does not list
the count's number" → 5/5, 0 false alarms."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_residue19c import measure


def test_probe3_found_and_quiet() -> None:
    found, missed, alarms = measure()
    assert len(found) + len(missed) == 5
    assert len(found) >= 5, missed
    assert not alarms, alarms
