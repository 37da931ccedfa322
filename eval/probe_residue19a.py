"""residue19a's probes (round r19): traces of another writer's identity, read against the author's lines.

Each passage of tests/fixtures/probes19/residue19a/probeN.yaml is a string (put into the personal sample
material, rules/sample.py, after one sentence) or a mapping: `sign` replaces the sample's signature (the
author's unit and post), `team` turns it into the team sample (rules/sample_team.py) whose title names
that body. A slip (`[written|right]`) is found when a residue finding overlaps it; any residue finding
inside a clean passage is a false alarm.

Run: `python eval/probe_residue19a.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import TEAM_GOOD
from probe_runs import run_numbered
from probe_typo13 import _SLIP, ProbeResult

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "fixtures" / "probes19" / "residue19a"
_SIGN = "宁川县交通运输局局长 王建国"
_ANCHOR = "我两天后才安排核查。"
_TEAM_TITLE = "桐溪镇党委领导班子"
_TEAM_ANCHOR = "全镇17个图斑中有6个没有按期整改。"
CATEGORIES = frozenset({"residue"})


def _material(entry: str | dict) -> tuple[str, str, str]:
    """The material, its anchor and the passage of one probe entry."""
    if isinstance(entry, str):
        return GOOD, _ANCHOR, entry
    if "team" in entry:
        text = TEAM_GOOD.replace(_TEAM_TITLE, f"{entry['team']}领导班子").replace(
            "镇党委领导班子紧扣", "领导班子紧扣"
        )
        return text, _TEAM_ANCHOR, entry["text"]
    return GOOD.replace(_SIGN, entry["sign"]), _ANCHOR, entry["text"]


def _findings(material: str, anchor: str, passage: str, packs) -> tuple[int, list]:
    at = material.index(anchor) + len(anchor)
    text = material[:at] + passage + material[at:]
    report = review_outline(
        parse_document(read_bytes(text.encode("utf-8"), "probe.txt", ".txt"), packs), packs
    )
    return at, [f for f in report.findings if f.category in CATEGORIES]


def measure(path: Path, build=None) -> ProbeResult:
    """Each slip found and each clean passage quiet; `build(entry)` gives (material, anchor, passage), this
    probe's own `_material` unless another probe passes its own (probe_residue20b sets the year)."""
    _material_of = build or _material
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    packs = load_frameworks()
    result = ProbeResult()
    for entry in data["slips"]:
        material, anchor, marked = _material_of(entry)
        m = _SLIP.search(marked)
        assert m is not None, marked
        passage = marked[: m.start()] + m.group(1) + marked[m.end() :]
        at, found = _findings(material, anchor, passage, packs)
        start, end = at + m.start(), at + m.start() + len(m.group(1))
        hit = [f for f in found if f.start < end and f.end > start]
        result.slips += 1
        (result.found if hit else result.missed).append(
            f"{marked} ← {' / '.join(f'{f.code} {f.message}' for f in hit)}" if hit else marked
        )
    for entry in data["clean"]:
        material, anchor, passage = _material_of(entry)
        at, found = _findings(material, anchor, passage, packs)
        result.clean += len(passage)
        result.alarms += [
            f"{passage} ← {f.code} {f.message}" for f in found if at <= f.start < at + len(passage)
        ]
    return result


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue19a", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
