"""The real17 probes (tests/fixtures/probes17/real17/): structure findings on cut copies and problem lists.

Each part (`first`: probe 1, written before the code changed; `second`: probe 2, written after it) holds
short whole or cut materials `*.txt`, each with a `.yaml` naming the codes a careful reader expects
(`expect:`, e.g. S112 on a copy cut on a heading line) and the codes that must not come (`absent:`, e.g.
S104 on a problem list, S101 on a copy whose opening is lost). A material is *right* when every expected
code comes and no absent one does.

Run: `python eval/probe_real17.py [first|second] [-v]`.
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
from mingjing.rules.review import review_outline  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "probes17" / "real17"


@lru_cache(maxsize=1)
def _packs():  # type: ignore[no-untyped-def]
    return load_frameworks()


def results(part: str) -> dict[str, list[str]]:
    """{"right", "wrong"}: materials by name; a wrong one with the codes missed (-) and unwanted (+)."""
    out: dict[str, list[str]] = {"right": [], "wrong": []}
    for path in sorted((PROBE / part).glob("*.txt")):
        want = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
        report = review_outline(parse_document(read_document(path), _packs()), _packs())
        codes = {f.code for f in report.findings}
        missed = [c for c in want.get("expect", []) if c not in codes]
        unwanted = [c for c in want.get("absent", []) if c in codes]
        if missed or unwanted:
            out["wrong"].append(
                f"{path.name}: " + " ".join([f"-{c}" for c in missed] + [f"+{c}" for c in unwanted])
            )
        else:
            out["right"].append(path.name)
    return out


def main(argv: list[str]) -> int:
    part = argv[0] if argv and not argv[0].startswith("-") else "first"
    r = results(part)
    total = len(r["right"]) + len(r["wrong"])
    print(f"{part}: {len(r['right'])}/{total} materials right")
    if "-v" in argv:
        for line in r["wrong"]:
            print("  wrong", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
