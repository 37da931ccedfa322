"""typo13's probe (round r13): open-ended typos in words other than the blind sets'.

Each passage of tests/fixtures/probes13/typo13/slips.yaml is put into the sample material
(rules/sample.py) after one of its sentences and the material is reviewed: a `slips` passage is found
when a typo or formulation finding overlaps its slip ([written|right]); a typo or formulation finding
inside a `clean` passage is a false alarm. Run: `python eval/probe_typo13.py` (`-v` lists misses and
false alarms).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "fixtures" / "probes13" / "typo13" / "slips.yaml"
ANCHOR = "我两天后才安排核查。"
CATEGORIES = frozenset({"typo", "formulation"})
_SLIP = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


@dataclass
class ProbeResult:
    slips: int = 0
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    clean: int = 0
    alarms: list[str] = field(default_factory=list)


def _findings(passage: str, packs, categories: frozenset[str] = CATEGORIES) -> tuple[str, int, list]:
    """The sample material with `passage` after the anchor sentence, the passage's offset, and the
    word findings of its review."""
    at = GOOD.index(ANCHOR) + len(ANCHOR)
    text = GOOD[:at] + passage + GOOD[at:]
    document = read_bytes(text.encode("utf-8"), "probe.txt", ".txt")
    report = review_outline(parse_document(document, packs), packs)
    return text, at, [f for f in report.findings if f.category in categories]


def measure(path: Path = PROBE, categories: frozenset[str] = CATEGORIES) -> ProbeResult:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    packs = load_frameworks()
    result = ProbeResult()
    for marked in data["slips"]:
        m = _SLIP.search(marked)
        assert m is not None, marked
        passage = marked[: m.start()] + m.group(1) + marked[m.end() :]
        _text, at, words = _findings(passage, packs, categories)
        start, end = at + m.start(), at + m.start() + len(m.group(1))
        result.slips += 1
        hit = [f for f in words if f.start < end and f.end > start]
        (result.found if hit else result.missed).append(
            f"{marked} ← {' / '.join(f'{f.code} {f.message}' for f in hit)}" if hit else marked
        )
    for passage in data["clean"]:
        _text, at, words = _findings(passage, packs, categories)
        result.clean += len(passage)
        result.alarms += [
            f"{passage} ← {f.code} {f.message}" for f in words if at <= f.start < at + len(passage)
        ]
    return result


def show(label: str, r: ProbeResult, verbose: bool) -> None:
    """Print a probe's figure (found of planted, false alarms on its quiet passages) and, verbose, each
    found, missed and false alarm line: the one report every probe runner of the typo family prints."""
    print(
        f"{label}：发现 {len(r.found)}/{r.slips}（{100 * len(r.found) / r.slips:.1f} %），干净段落 {r.clean} 字误报 {len(r.alarms)} 处"
    )
    if verbose:
        for line in r.found:
            print("发现：", line)
        for line in r.missed:
            print("漏报：", line)
        for line in r.alarms:
            print("误报：", line)


def main(argv: list[str]) -> int:
    r = measure()
    show("typo13 探针", r, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
