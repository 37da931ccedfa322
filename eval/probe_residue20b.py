"""residue20b's probes (round r20, wave 2): another year's campaign or event, another person's name.

Each passage of tests/fixtures/probes20/residue20b/probeN.yaml is a string or a mapping read as residue19a's
are (eval/probe_residue19a.py: put into the personal sample after one sentence; `sign` replaces the
signature); a mapping's `year` makes the sample's title that year's 年度 material (王建国2025年度民主生活会…).
A slip is found when a residue finding overlaps it; any residue finding inside a clean passage is a false alarm.

Run: `python eval/probe_residue20b.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import probe_residue19a
from probe_runs import run_numbered
from probe_typo13 import ProbeResult

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes20" / "residue20b"
_TITLE = "王建国2023年度主题教育专题"


def _material(entry: str | dict) -> tuple[str, str, str]:
    if isinstance(entry, str):
        return probe_residue19a._material(entry)
    rest = {k: v for k, v in entry.items() if k != "year"}
    material, anchor, passage = probe_residue19a._material(rest if "sign" in rest else rest["text"])
    if "year" in entry:
        material = material.replace(_TITLE, f"王建国{entry['year']}年度")
    return material, anchor, passage


def measure(path: Path) -> ProbeResult:
    return probe_residue19a.measure(path, _material)


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue20b", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
