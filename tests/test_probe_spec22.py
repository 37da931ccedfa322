"""The spec22 probe (tests/fixtures/probes22/spec22/, read as probe_reviewer16 reads its points): problem points
whose only "facts" are a quoted figure of speech (“小节”, “压舱石”, “老好人”), the year under review (一年来), the
people as a class in the genre's set phrases (为群众着想, 群众观念, 征求群众意见) or the comparison with what
superiors demand (与市委市政府的要求……还有差距) — which E104 must mark — and close points naming one checkable act
(a named campaign as the setting, a contest skipped, a policy change), which it must stay quiet on.

The lead wrote no probe 1 (sets 43/44's five seen misses were the measure before the code). Probe 2 (12 + 12),
written after the code and run once: **9 of 12 factless marked (main 2), 0 of 12 factual**; its three misses then
led to two more causes fixed (a bare 改革 and 大局 read as a bureau), 12 of 12 since (no longer a blind figure).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import probe_reviewer16 as base

PROBE = Path(__file__).resolve().parent / "fixtures" / "probes22" / "spec22"


def test_probe_two_figures_hold():
    p = base.point_results("second", PROBE)
    assert len(p["heard"]) + len(p["missed"]) == 12
    assert len(p["heard"]) >= 12
    assert p["alarms"] == []
    assert len(p["quiet"]) == 12
