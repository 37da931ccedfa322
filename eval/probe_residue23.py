"""residue23's probes (round r23): another unit of the material's own kind, a post named with another person than
at the opening, a revision note, a writing hint or a blank date left in, a plan period's slogan of another year.

Each passage of tests/fixtures/probes23/residue23/probeN.yaml goes into the personal sample material
(rules/sample.py): a first line naming a 对照检查材料 replaces the sample's title and author line (so it names the
unit and the year), the rest is appended as the material's last lines. A slip's `[written|right]` is found when
a residue finding overlaps it; any residue finding inside a clean passage's lines after its title is a false
alarm (the title, put over the sample's body of another year and unit, is not judged).

Run: `python eval/probe_residue23.py [1|2] [-v]`.
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

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes23" / "residue23"


_HEAD = GOOD.split("\n", 2)[2]


def _build(passage: str) -> tuple[str, list[tuple[int, int]], int]:
    """The material, the spans of the passage's own lines in it, and where the passage's rest starts in it
    less where it starts in the passage."""
    first, _, rest = passage.partition("\n")
    if "对照检查材料" not in first:
        first, rest = "", passage
    title = first or GOOD.split("\n", 1)[0]
    body = title + "\n" + _HEAD.rstrip("\n") + "\n"
    at = len(body)
    material = body + rest + "\n"
    spans = [(at, at + len(rest))]
    return material, spans, at - (len(first) + 1 if first else 0)


def _findings(material: str, packs) -> list:
    report = review_outline(
        parse_document(read_bytes(material.encode("utf-8"), "probe.txt", ".txt"), packs), packs
    )
    return [f for f in report.findings if f.category == "residue"]


def measure(path: Path) -> ProbeResult:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    packs = load_frameworks()
    result = ProbeResult()
    for marked in data["slips"]:
        m = _SLIP.search(marked)
        assert m is not None, marked
        material, _spans, shift = _build(marked[: m.start()] + m.group(1) + marked[m.end() :])
        start, stop = shift + m.start(), shift + m.start() + len(m.group(1))
        hit = [f for f in _findings(material, packs) if f.start < stop and f.end > start]
        result.slips += 1
        (result.found if hit else result.missed).append(
            f"{marked} ← {' / '.join(f'{f.code} {f.message}' for f in hit)}" if hit else marked
        )
    for passage in data["clean"]:
        material, spans, _shift = _build(passage)
        result.clean += len(passage)
        result.alarms += [
            f"{passage} ← {f.code} {f.message}"
            for f in _findings(material, packs)
            if any(a <= f.start < b for a, b in spans)
        ]
    return result


def main(argv: list[str]) -> int:
    return run_numbered(argv, FOLDER, "residue23", measure)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
