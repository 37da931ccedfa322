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

import yaml

import probe_residue19a
from mingjing.frameworks import load_frameworks
from probe_typo13 import _SLIP, ProbeResult, show

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
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    packs = load_frameworks()
    result = ProbeResult()
    for entry in data["slips"]:
        material, anchor, marked = _material(entry)
        m = _SLIP.search(marked)
        assert m is not None, marked
        passage = marked[: m.start()] + m.group(1) + marked[m.end() :]
        at, found = probe_residue19a._findings(material, anchor, passage, packs)
        start, end = at + m.start(), at + m.start() + len(m.group(1))
        hit = [f for f in found if f.start < end and f.end > start]
        result.slips += 1
        (result.found if hit else result.missed).append(
            f"{marked} ← {' / '.join(f'{f.code} {f.message}' for f in hit)}" if hit else marked
        )
    for entry in data["clean"]:
        material, anchor, passage = _material(entry)
        at, found = probe_residue19a._findings(material, anchor, passage, packs)
        result.clean += len(passage)
        result.alarms += [
            f"{passage} ← {f.code} {f.message}" for f in found if at <= f.start < at + len(passage)
        ]
    return result


def main(argv: list[str]) -> int:
    for n in [a for a in argv if a.isdigit()] or ["1", "2"]:
        path = FOLDER / f"probe{n}.yaml"
        if path.exists():
            show(f"residue20b-{n}", measure(path), "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
