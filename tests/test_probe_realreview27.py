"""realreview27's probes (tests/fixtures/probes27/realreview27/, eval/probe_realreview27.py): the classes read on
22 real public pages at r27 — a common slip word read across a word's end and a conjunction (交流会|及), a real
word jieba keeps at its noise frequency (闯禁行), qualities between 进行了 and 的, a level and a body of three
characters (市经信委), 队伍 in a title taken for a unit (R178), a site's paywall note, reading-time line,
breadcrumb and character count (R103, R104), a copy cut by a hidden stretch or on a semicolon (S112)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_realreview27 import measure


def test_first_probe():
    """Probe 1, written before the code: main 6c9e99f2 found 0/3, 5 false alarms (T111 会及 twice, T181 禁行,
    T302 of 进行了…的整改, T316 市经), said 1/3 copies right, 2/2 whole texts quiet."""
    r = measure(1)
    assert r.slips == 3 and r.cuts == 3 and r.texts == 2
    assert len(r.fixed) >= 3
    assert r.alarms == []
    assert len(r.cuts_right) == 3
    assert r.texts_wrong == []


def test_second_probe():
    """Probe 2, written after the code and run once: **first run found 4/4, 3/4 with no misleading twin, no
    false alarm, 2/3 copies said right, 1/1 whole text quiet** (main 6c9e99f2: 0/4, 0/4, 1 false alarm, 1/3,
    1/1). The misleading twin was a paywall note framed by em-dashes (the pattern took hyphens only: fixed by
    class → 4/4); the copy not said cut is too short to be read as a material (S100), a fixture's length."""
    r = measure(2)
    assert r.slips == 4 and r.cuts == 3 and r.texts == 1
    assert len(r.fixed) + len(r.wrong) == 4
    assert len(r.fixed) >= 3
    assert r.alarms == []
    assert len(r.cuts_right) >= 2
    assert r.texts_wrong == []
