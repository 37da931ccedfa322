"""The spec28 probes (tests/fixtures/probes28/spec28/): problem points with and without a fact (E104, read as
probe_reviewer16 reads its points: `points.yaml`), short whole materials with one aspect no measure answers or with
every aspect answered (A101: `m*.txt` with their `m*.yaml`, read as probe_reviewer16 reads its materials), and short
whole materials with one aspect no cause analyses or with every aspect analysed, be it by a general root
(A102: `causes/c*.txt` with `c*.yaml` naming `missing_cause: heading text` or null).

Run: `python eval/probe_spec28.py [probe1|probe2] [-v]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

import probe_reviewer16 as base
from probe_runs import materials_line, points_line, print_keyed

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes28" / "spec28"


def point_results(part: str) -> dict[str, list[str]]:
    return base.point_results(part, PROBE)


def material_results(part: str) -> dict[str, list[str]]:
    return base.material_results(part, PROBE)


def cause_results(part: str) -> dict[str, list[str]]:
    """{"heard", "missed", "quiet", "loud", "alarms"}: A102 on the materials of `causes/`, read as
    probe_reviewer16 reads A101 on its materials."""
    out: dict[str, list[str]] = {"heard": [], "missed": [], "quiet": [], "loud": [], "alarms": []}
    for path in sorted((PROBE / part / "causes").glob("*.txt")):
        missing = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))["missing_cause"]
        doc = base.read_document(path)
        report = base.review_outline(base.parse_document(doc, base._packs()), base._packs())
        a102 = [f for f in report.findings if f.code == "A102"]
        at = doc.text.find(missing) if missing else -1
        hits = [f for f in a102 if at >= 0 and f.start < at + len(missing) and at < f.end]
        out["alarms"] += [f"{path.name}: {doc.text[f.start : f.end][:30]}" for f in a102 if f not in hits]
        if missing:
            out["heard" if hits else "missed"].append(path.name)
        else:
            out["loud" if a102 else "quiet"].append(path.name)
    return out


def causes_line(c: dict[str, list[str]]) -> str:
    return (
        f"unanalysed heard {len(c['heard'])}/{len(c['heard']) + len(c['missed'])}, "
        f"analysed quiet {len(c['quiet'])}/{len(c['quiet']) + len(c['loud'])}, A102 false alarms {len(c['alarms'])}"
    )


def main(argv: list[str]) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "probe1"
    p, m, c = point_results(part), material_results(part), cause_results(part)
    print(f"{part}: points {points_line(p)}; materials {materials_line(m)}; causes {causes_line(c)}")
    if "-v" in argv:
        print_keyed(p, "point ")
        print_keyed(m, "material ")
        print_keyed(c, "causes ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
