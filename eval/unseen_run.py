"""The first run of an unpacked sealed pair: the round's unseen measure, before anyone reads the sets.

The lead unpacks `tests/fixtures/sealed/rNN-blind.tar.xz` into a folder outside the repository and runs

    PYTHONPATH=src:eval python eval/unseen_run.py /tmp/sealedNN [-v]

which prints, for each review set found there (`tests/fixtures/review/heldoutNN` with its `_clean` folder),
the same table as `make eval` (found / missed / right fixes / false alarms) and, for each parse set
(`tests/fixtures/realforms_blindNN`), eval/parse_accuracy.py's table. With `-v` the misses, the wrong
suggestions and the false alarms are listed one per line (read them only after the figures are recorded).
"""

from __future__ import annotations

import sys
from pathlib import Path

import parse_accuracy
import review_quality
from mingjing.frameworks import load_frameworks


def main(argv: list[str]) -> int:
    folders = [a for a in argv if not a.startswith("-")]
    if len(folders) != 1 or not (Path(folders[0]) / "tests" / "fixtures").is_dir():
        print("用法：python eval/unseen_run.py 解包目录 [-v]（目录下应有 tests/fixtures/）", file=sys.stderr)
        return 2
    fixtures = Path(folders[0]) / "tests" / "fixtures"
    packs = load_frameworks()
    review_quality.REVIEW = fixtures / "review"
    for planted in sorted(p for p in review_quality.REVIEW.glob("heldout*") if not p.name.endswith("_clean")):
        tally = review_quality.run(planted.name, planted.name + "_clean", packs)
        review_quality.print_tally(f"未见集 {planted.name}", planted.name, planted.name + "_clean", tally)
    parse_sets = sorted(str(p) for p in fixtures.glob("realforms_blind*") if (p / "expected").is_dir())
    for label, folder in [(f"未见解析集 {Path(p).name}", Path(p)) for p in parse_sets]:
        parse_accuracy.run_set(label, folder, packs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
