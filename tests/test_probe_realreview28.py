"""realreview28's probes (tests/fixtures/probes28/realreview28/, eval/probe_realreview28.py): the classes read on
22 real public pages at r28 — a forum's anti-copy noise (R213), a news page's bracketed info line, a lone
source line and a list page's date/author/column line (R103), a date whose 年 and 月 were lost (T343),
主题教育 typed as 主要教育 (T344), hexagonal brackets as a heading's label (P228); and the false alarms 家国
(T150), 给予表扬和表彰 (R139), 全面从严治 before a mask (T147), a quoted notice's short title (F169), the two
batches named side by side or the first as a past time (R133), a label skipped inside a hidden stretch (S109)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_realreview28 import measure


def test_first_probe():
    """Probe 1, written before the code: register28 9ccc9b89 found 3/7, 1/7 with no misleading twin (P110 on
    a site line's colons), 2 false alarms (T150 家国, R139 表扬和表彰), 0/3 whole texts quiet (T147, F169,
    R133)."""
    r = measure(1)
    assert r.slips == 7 and r.texts == 3
    assert len(r.fixed) >= 7
    assert r.alarms == []
    assert r.texts_wrong == []


def test_second_probe():
    """Probe 2, written after the code and run once: **first run found 7/7, 7/7 with no misleading twin, no
    false alarm, 4/4 whole texts quiet** (register28 9ccc9b89: 2/7, 2/7, 2 false alarms, 0/4)."""
    r = measure(2)
    assert r.slips == 7 and r.texts == 4
    assert len(r.fixed) >= 7
    assert r.alarms == []
    assert r.texts_wrong == []
