"""The precision14 probes (tests/fixtures/probes14/precision14/): clean materials written in round r14 as
a strict proofreader would pass them, reviewed whole; every finding on them is a false alarm.

Run: `python eval/probe_precision14.py [first|second] [-v] [--set precision15]`. Prints the findings per code (errors and
warnings apart from info) and, with `-v`, each one with its text. `first` was written before the code
changed (probe 1), `second` after it (probe 2, run once). See docs/real-materials.md, round r14.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.frameworks import load_frameworks  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.read import read_document  # noqa: E402
from mingjing.rules.review import review_outline  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "probes14" / "precision14"
# Later rounds' clean probes share this runner: `--set precision15` picks tests/fixtures/probes15/precision15,
# `--set precision16` tests/fixtures/probes16/precision16.
PROBES = {
    "precision14": PROBE,
    "precision15": ROOT / "tests" / "fixtures" / "probes15" / "precision15",
    "precision16": ROOT / "tests" / "fixtures" / "probes16" / "precision16",
}


def alarms(part: str, probe: Path = PROBE) -> tuple[int, list[tuple[str, str, str, str]]]:
    """(characters, [(file, code, severity, excerpt + message)]) of the review of every material in `part`."""
    packs = load_frameworks()
    chars = 0
    found = []
    for path in sorted((probe / part).glob("*.txt")):
        report = review_outline(parse_document(read_document(path), packs), packs)
        chars += len(read_document(path).text)
        for f in report.findings:
            found.append((path.name, f.code, f.severity, f"{f.excerpt[:30]} | {f.message[:60]}"))
    return chars, found


def loud(found: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The findings of `alarms` that count as false alarms on clean text: errors and warnings, no hints."""
    return [f for f in found if f[2] != "info"]


def main(argv: list[str]) -> int:
    name = argv[argv.index("--set") + 1] if "--set" in argv else "precision14"
    rest = [a for a in argv if not a.startswith("-") and a != name]
    part = rest[0] if rest else "first"
    chars, found = alarms(part, PROBES[name])
    loud = [f for f in found if f[2] != "info"]
    print(
        f"{part}: {chars} characters, {len(loud)} false alarms (errors and warnings), "
        f"{len(found) - len(loud)} info; {len(loud) * 4000 / max(1, chars):.2f} per 4,000"
    )
    print("by code: " + ", ".join(f"{c} {n}" for c, n in Counter(f[1] for f in loud).most_common()))
    print(
        "info by code: "
        + ", ".join(f"{c} {n}" for c, n in Counter(f[1] for f in found if f[2] == "info").most_common())
    )
    if "-v" in argv:
        for name, code, severity, text in found:
            print(f"  {name} {code} {severity} {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
