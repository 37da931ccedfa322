"""The precision13b probe of round r13b (tests/fixtures/probes13/precision13b/): recall and false alarms of
E104's test of a fact (`has_fact`) on problem points written for it — factless points (a class's
complaint in general, a bare meeting as the setting of a habit, a quoted rule kept in general) and specific
ones close to them (a document named by the congress that made it, the media one learns from)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.rules.facts import has_fact  # noqa: E402
from mingjing.yamlnodes import load_data  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "probes13" / "precision13b"


def results() -> dict[str, tuple[int, int]]:
    """(hits, total): recall on the factless points, alarms on the specific ones."""
    spec: dict[str, list[str]] = load_data((PROBE / "specificity.yaml").read_text(encoding="utf-8"))
    return {
        "E104 factless (recall)": (sum(not has_fact(p) for p in spec["factless"]), len(spec["factless"])),
        "E104 specific (alarms)": (sum(not has_fact(p) for p in spec["specific"]), len(spec["specific"])),
    }


def main() -> None:
    for name, (hits, total) in results().items():
        print(f"{name:28} {hits}/{total}")


if __name__ == "__main__":
    main()
