"""residue19c's probe 3 (tests/fixtures/probes19/residue19c/probe3.yaml): the opening's count of the aspects
it examines against the meeting's (R173). Each case's `open` (with `[written|right]` in a slip) is added to
the opening paragraph of the team sample as eval/probe_residue19b.py makes it; a slip is found when a residue
finding overlaps its written span, and a residue finding inside a clean case's `open` is a false alarm.

Run: `python eval/probe_residue19c.py [-v]`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from probe_residue19b import _residue, material

PROBE = (
    Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes19" / "residue19c" / "probe3.yaml"
)
_SLIP = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def measure() -> tuple[list[str], list[str], list[str]]:
    data = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    found: list[str] = []
    missed: list[str] = []
    alarms: list[str] = []
    for case in data["slips"]:
        marked = str(case["open"])
        m = _SLIP.search(marked)
        assert m is not None, marked
        opening = marked[: m.start()] + m.group(1) + marked[m.end() :]
        doc, _ = material({**case, "open": opening}, str(case["text"]))
        start = doc.index(opening) + m.start()
        end = start + len(m.group(1))
        hits = [msg for s, e, msg in _residue(doc) if s < end and e > start]
        (found if hits else missed).append(f"{marked} ← {' / '.join(hits)}" if hits else marked)
    for case in data["clean"]:
        opening = str(case["open"])
        doc, _ = material(case, str(case["text"]))
        at = doc.index(opening)
        alarms += [f"{opening} ← {msg}" for s, _e, msg in _residue(doc) if at <= s < at + len(opening)]
    return found, missed, alarms


def main(argv: list[str]) -> int:
    found, missed, alarms = measure()
    print(f"probe3: found {len(found)}/{len(found) + len(missed)}, false alarms {len(alarms)}")
    if "-v" in argv:
        for line in (*found, *missed, *alarms):
            print(" ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
