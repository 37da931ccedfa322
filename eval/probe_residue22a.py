"""residue22a's probes (round r22): another person, company, group, account or portfolio than the author's own.

Each passage of tests/fixtures/probes22/residue22a/probeN.yaml is a mapping on the personal sample material
(rules/sample.py): `sign` replaces the author's line under the title, `text` goes in after one sentence and
`end` is appended as the material's last lines (a signature and a date). The slip's `[written|right]` may sit
in `text` or in `end`; it is found when a residue finding overlaps it, and any residue finding inside a clean
entry's `text` or `end` is a false alarm.

Run: `python eval/probe_residue22a.py [1|2] [-v]`.
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
from probe_runs import run_numbered
from probe_typo13 import _SLIP, ProbeResult

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes22" / "residue22a"
_SIGN = "宁川县交通运输局局长 王建国"
_ANCHOR = "我两天后才安排核查。"


def _build(entry: dict, text: str, end: str) -> tuple[str, list[tuple[int, int]]]:
    """The material and the spans of the entry's own passages in it."""
    material = GOOD.replace(_SIGN, entry.get("sign", _SIGN))
    if "sign" in entry and "王建国" not in entry["sign"]:
        material = material.replace("王建国2023年度", "2023年度")
    at = material.index(_ANCHOR) + len(_ANCHOR)
    material = material[:at] + text + material[at:]
    spans = [(at, at + len(text))]
    if end:
        material = material.rstrip("\n") + "\n"
        spans.append((len(material), len(material) + len(end)))
        material += end + "\n"
    return material, spans


def _findings(material: str, packs) -> list:
    report = review_outline(
        parse_document(read_bytes(material.encode("utf-8"), "probe.txt", ".txt"), packs), packs
    )
    return [f for f in report.findings if f.category == "residue"]


def measure(path: Path) -> ProbeResult:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    packs = load_frameworks()
    result = ProbeResult()
    for entry in data["slips"]:
        marked_in = "text" if _SLIP.search(entry.get("text", "")) else "end"
        marked = entry[marked_in]
        m = _SLIP.search(marked)
        assert m is not None, entry
        plain = marked[: m.start()] + m.group(1) + marked[m.end() :]
        text, end = (plain, entry.get("end", "")) if marked_in == "text" else (entry.get("text", ""), plain)
        material, spans = _build(entry, text, end)
        base = spans[0][0] if marked_in == "text" else spans[1][0]
        start, stop = base + m.start(), base + m.start() + len(m.group(1))
        hit = [f for f in _findings(material, packs) if f.start < stop and f.end > start]
        result.slips += 1
        (result.found if hit else result.missed).append(
            f"{marked} ← {' / '.join(f'{f.code} {f.message}' for f in hit)}" if hit else marked
        )
    for entry in data["clean"]:
        material, spans = _build(entry, entry.get("text", ""), entry.get("end", ""))
        found = _findings(material, packs)
        result.clean += sum(b - a for a, b in spans)
        result.alarms += [
            f"{entry.get('text') or entry.get('end')} ← {f.code} {f.message}"
            for f in found
            if any(a <= f.start < b for a, b in spans)
        ]
    return result


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue22a", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
