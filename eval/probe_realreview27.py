"""realreview27's probe (round r27): the classes read on real public pages (docs/review-real-errors.md, "Real public
pages read at r27") — is each slip found with no misleading twin, each clean passage quiet, each cut copy said cut,
each whole text free of the codes it must not draw?

tests/fixtures/probes27/realreview27/probe{1,2}.yaml hold `slips`, `clean` and `cuts` read as
eval/probe_realreview26.py reads them, and `texts`: whole texts that must draw none of their `absent` codes.
Run: `python eval/probe_realreview27.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from probe_realreview26 import Result as _Result26
from probe_realreview26 import _findings, print_lists
from probe_realreview26 import measure as _measure26
from probe_realreview26 import summary as _summary26

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes27" / "realreview27"


@dataclass
class Result(_Result26):
    texts: int = 0
    texts_wrong: list[str] = field(default_factory=list)


def measure(n: int = 1, folder: Path = FOLDER) -> Result:
    r = Result(**vars(_measure26(n, folder)))
    data = yaml.safe_load((folder / f"probe{n}.yaml").read_text(encoding="utf-8"))
    packs = load_frameworks()
    for entry in data.get("texts", []):
        text = entry["text"]
        r.texts += 1
        bad = [f for f in _findings(text, packs) if f.code in set(entry["absent"])]
        if bad:
            r.texts_wrong.append(" / ".join(f"{f.code} {text[f.start : f.end]}" for f in bad))
    return r


def main(argv: list[str], folder: Path = FOLDER, name: str = "realreview27") -> int:
    """Prints one probe's line (and with -v its lists); later rounds' probes of the same layout call it with theirs."""
    n = int(next((a for a in argv if a.isdigit()), "1"))
    r = measure(n, folder)
    line = _summary26(n, r).replace("realreview26", name)
    print(f"{line}，整篇无误报 {r.texts - len(r.texts_wrong)}/{r.texts}")
    if "-v" in argv:
        print_lists(
            (
                ("建议正确", r.fixed),
                ("建议不对或有误导的重复", r.wrong),
                ("漏报", r.missed),
                ("误报", r.alarms),
                ("截断判断错误", r.cuts_wrong),
                ("整篇误报", r.texts_wrong),
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
