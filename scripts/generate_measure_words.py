"""Generate src/mingjing/rules/data/measure_words.tsv: how common each two-character piece is in measures.

A measure that shares with a problem only a word every measure uses (学习, 落实, 责任, 群众, 班子) does
not answer it (A101, rules/measure_rarity.py). Which words those are is counted here, not listed by
hand: every material under tests/fixtures (the review sets, parse sets and real forms, several hundred
materials written by many people; the reviewer16 probes left out) is parsed, its measures cut into units
as A101 reads them (`measure_units`), and each distinct unit's content bigrams (`correspondence.bigrams`)
counted once. The table keeps the bigrams found in at least MIN_UNITS distinct units, with their count;
its first line holds the number of units.

Run: `.venv/bin/python scripts/generate_measure_words.py` (about a minute).
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
from mingjing.rules.context import ReviewContext  # noqa: E402
from mingjing.rules.correspondence import bigrams  # noqa: E402
from mingjing.rules.measure_units import measure_units  # noqa: E402

OUT = ROOT / "src" / "mingjing" / "rules" / "data" / "measure_words.tsv"
MIN_UNITS = 8  # a bigram found in fewer distinct measures is rare: the table leaves it out


def main() -> int:
    packs = load_frameworks()
    units: set[str] = set()
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt")):
        if "probes16" in path.parts:
            continue
        try:
            ctx = ReviewContext(parse_document(read_document(path), packs), packs)
            units.update(text.strip() for _, text in measure_units(ctx) if text.strip())
        except Exception as exc:  # a fixture that is no material (a notice, a fragment) adds nothing
            print(f"skipped {path.name}: {exc}", file=sys.stderr)
    counts: Counter[str] = Counter()
    for text in units:
        counts.update(bigrams(text))
    kept = sorted((b, n) for b, n in counts.items() if n >= MIN_UNITS)
    lines = [f"#units\t{len(units)}"] + [f"{b}\t{n}" for b, n in kept]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(units)} distinct measures, {len(kept)} bigrams in {MIN_UNITS} or more -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
