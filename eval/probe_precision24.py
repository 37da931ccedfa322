"""The precision24 probes (tests/fixtures/probes24/precision24/): problem points with and without a fact (E104),
read as probe_reviewer16 reads its points (`points.yaml`: each put as the second point of an item of the sample
material), and point series (`series.yaml`: each put in place of the sample's first point) with the structure
findings (S110, S111, S113) a reviewer expects at their labels.

Run: `python eval/probe_precision24.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

import probe_reviewer16 as base
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.examples import example_document
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD
from probe_runs import points_line, print_keyed

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes24" / "precision24"
REVIEW = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "review"
_FIRST = "一是学得不够深。比如，"
SERIES_CODES = ("S110", "S111", "S113")


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def series_findings(text: str) -> list[list[str]]:
    """The structure findings (code, marked text) on the sample with its first point replaced by `text`."""
    assert GOOD.count(_FIRST) == 1
    report = review_outline(
        parse_document(example_document(GOOD.replace(_FIRST, text)), base._packs()), base._packs()
    )
    doc = report.outline.document.text
    return sorted([f.code, doc[f.start : f.end]] for f in report.findings if f.code in SERIES_CODES)


def series_results(part: str, probe: Path = PROBE) -> dict[str, list[str]]:
    """{"heard", "missed", "quiet", "alarms"}: series whose findings are as expected (heard: with findings;
    quiet: with none), those that missed one, those with a finding not expected (alarms); `probe`: another
    round's folder of probes read alike (spec25)."""
    out: dict[str, list[str]] = {"heard": [], "missed": [], "quiet": [], "alarms": []}
    path = probe / part / "series.yaml"
    if not path.exists():
        return out
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        want = sorted(list(c) for c in case["codes"])
        got = series_findings(case["text"])
        if [g for g in got if g not in want]:
            out["alarms"].append(f"{case['text']} → {got}")
        elif [w for w in want if w not in got]:
            out["missed"].append(f"{case['text']} → {got}")
        else:
            out["heard" if want else "quiet"].append(case["text"])
    return out


def marked(name: str, lead: str, codes: tuple[str, ...]) -> bool:
    """Whether a finding of `codes` covers `lead` in the review fixture `name` (tests/fixtures/review/…)."""
    packs = base._packs()
    doc = read_document(REVIEW / name)
    findings = review_outline(parse_document(doc, packs), packs).findings
    at = doc.text.find(lead)
    assert at >= 0
    return any(f.code in codes and f.start < at + len(lead) and at < f.end for f in findings)


def series_line(s: dict[str, list[str]]) -> str:
    told = len(s["heard"]) + len(s["quiet"])
    return f"series told right {told}/{told + len(s['missed']) + len(s['alarms'])} (missed {len(s['missed'])}, alarms {len(s['alarms'])})"


def main(argv: list[str]) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "first"
    p = point_results(part)
    s = series_results(part)
    print(f"{part}: points {points_line(p)}; {series_line(s)}")
    if "-v" in argv:
        print_keyed(p, "point ")
        print_keyed(s, "series ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
