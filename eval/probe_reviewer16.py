"""The reviewer16 probes (tests/fixtures/probes16/reviewer16/): what a reviewer objects to in a whole material.

Each part (`first`: probe 1, written before the code changed; `second`: probe 2, written after it) holds
- short whole materials `*.txt`, each with a `.yaml` naming the problem item no measure answers
  (`missing: heading text`) or `missing: null` for a material whose every aspect is answered, in words of
  its own; a material is *heard* when an A101 finding overlaps the missing item's heading, and every other
  A101 finding is a false alarm;
- `points.yaml`: problem points `factless` (E104 must mark them) and `factual` (E104 must not), each put as
  a second point (二是…) of an item of the sample material.

Run: `python eval/probe_reviewer16.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.frameworks import load_frameworks  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.read import read_document  # noqa: E402
from mingjing.rules.examples import example_document  # noqa: E402
from mingjing.rules.review import review_outline  # noqa: E402
from mingjing.rules.sample import GOOD  # noqa: E402
from probe_runs import materials_line, points_line, print_keyed  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "probes16" / "reviewer16"
# the point after which a probe point is put, as the item's second point
_AFTER = "对偏远村组的道路安全隐患了解不够。"


@lru_cache(maxsize=1)
def _packs():  # type: ignore[no-untyped-def]
    return load_frameworks()


def material_results(part: str, probe: Path = PROBE) -> dict[str, list[str]]:
    """{"heard", "missed", "quiet", "loud", "alarms"}: materials by name (alarms: name and the finding's
    text; loud: the answered materials with an A101 finding)."""
    out: dict[str, list[str]] = {"heard": [], "missed": [], "quiet": [], "loud": [], "alarms": []}
    for path in sorted((probe / part).glob("*.txt")):
        missing = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))["missing"]
        doc = read_document(path)
        report = review_outline(parse_document(doc, _packs()), _packs())
        a101 = [f for f in report.findings if f.code == "A101"]
        at = doc.text.find(missing) if missing else -1
        hits = [f for f in a101 if at >= 0 and f.start < at + len(missing) and at < f.end]
        for f in a101:
            if f not in hits:
                out["alarms"].append(f"{path.name}: {doc.text[f.start : f.end][:30]}")
        if missing:
            out["heard" if hits else "missed"].append(path.name)
        else:
            out["loud" if a101 else "quiet"].append(path.name)
    return out


def point_findings(point: str) -> list[str]:
    """The E104 findings on a point put as the second point of an item of the sample material."""
    assert GOOD.count(_AFTER) == 1
    text = GOOD.replace(_AFTER, _AFTER + "二是" + point)
    report = review_outline(parse_document(example_document(text), _packs()), _packs())
    doc = report.outline.document.text
    at = doc.find(point)
    return [f.code for f in report.findings if f.code == "E104" and f.start < at + len(point) and at < f.end]


def point_results(part: str, probe: Path = PROBE) -> dict[str, list[str]]:
    """{"heard", "missed", "quiet", "alarms"}: the factless points marked and missed, the factual ones
    quiet and marked."""
    data = yaml.safe_load((probe / part / "points.yaml").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {"heard": [], "missed": [], "quiet": [], "alarms": []}
    for p in data["factless"]:
        out["heard" if point_findings(p) else "missed"].append(p)
    for p in data["factual"]:
        out["alarms" if point_findings(p) else "quiet"].append(p)
    return out


def main(argv: list[str], probe: Path = PROBE) -> int:
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "first"
    m = material_results(part, probe)
    p = point_results(part, probe)
    print(f"{part}: materials {materials_line(m)}; points {points_line(p)}")
    if "-v" in argv:
        print_keyed(m, "material ")
        print_keyed(p, "point ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
