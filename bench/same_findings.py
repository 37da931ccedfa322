"""The review's findings of every fixture, written down or compared with what was written down: the
check that a change of how the review is run (its tables' storage, its caches) changes no finding.

Every `tests/fixtures/**/*.txt` and `.docx` and, when given, more files (`--also '/tmp/real1*/*.txt'`)
are reviewed one by one with every rule; each report is kept as JSON (`report_to_dict`: findings with
their codes, spans, messages and suggestions, score, verdict, counts), one file per input. `--write DIR` writes them; `--compare DIR` reviews again and prints how
many are identical, naming each that is not (exit 1 then). Asserts nothing else; times nothing.

Run: `python bench/same_findings.py --write /tmp/before`, change the code, then
`python bench/same_findings.py --compare /tmp/before`."""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def inputs(also: list[str]) -> list[Path]:
    fixtures = ROOT / "tests" / "fixtures"
    sealed = fixtures / "sealed"  # the sealed writers' work: never read
    found = sorted(
        p
        for p in fixtures.rglob("*")
        if p.suffix in (".txt", ".docx") and p.is_file() and not p.is_relative_to(sealed)
    )
    for pattern in also:
        found += sorted(Path(p) for p in glob.glob(pattern))
    return found


def key(path: Path) -> str:
    """A file name for the report of `path` (its path made flat, a digest against clashes)."""
    flat = str(path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path)
    return hashlib.sha1(flat.encode()).hexdigest()[:10] + "_" + flat.replace("/", "__")[-120:] + ".json"


def review(path: Path) -> dict[str, Any]:
    from mingjing.errors import InputError
    from mingjing.frameworks import load_frameworks
    from mingjing.model import report_to_dict
    from mingjing.rules.review import review_file

    try:
        report = report_to_dict(review_file(path, load_frameworks()))
    except InputError as exc:
        return {"input_error": str(exc)}
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--compare", type=Path)
    parser.add_argument("--also", action="append", default=[], help="more files (a glob pattern)")
    args = parser.parse_args()
    files = inputs(args.also)
    same, differ, findings = 0, [], 0
    for path in files:
        body = json.dumps(review(path), ensure_ascii=False, indent=1, sort_keys=True, default=str)
        findings += len(json.loads(body).get("findings", []))
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / key(path)).write_text(body, encoding="utf-8")
            continue
        before = args.compare / key(path)
        if before.exists() and before.read_text(encoding="utf-8") == body:
            same += 1
        else:
            differ.append(path)
    if args.write:
        print(f"{len(files)} 份材料的审阅结果已写入 {args.write}（共 {findings} 条发现）")
        return 0
    print(f"{same}/{len(files)} 份材料的审阅结果相同（共 {findings} 条发现）")
    for path in differ:
        print(f"不同：{path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
