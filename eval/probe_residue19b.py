"""The residue19b probes (tests/fixtures/probes19/residue19b/): what a material copied from another year or
unit keeps of its time and counts, read against the document's own title and opening.

Each case of a probe's `slips` (with `[written|right]`) or `clean` is put into the team sample
(rules/sample_team.py) made a material of its `year` (default 2025) and `meeting` (default 民主生活会):
`open` is added to the opening paragraph; `text` goes `at` a point (after a problem's first sentence), a
heading (instead of the second aspect heading) or a part (a first part before 存在的问题, the parts after it
renumbered). A slip is found when a residue finding overlaps its written span; a residue finding inside a
clean case's `text` is a false alarm.

Run: `python eval/probe_residue19b.py [1|2] [-v]`.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.frameworks import load_frameworks  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.rules.examples import example_document  # noqa: E402
from mingjing.rules.review import review_outline  # noqa: E402
from mingjing.rules.sample_team import TEAM_GOOD  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "probes19" / "residue19b"
_SLIP = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")
_POINT = "班子调查研究不够深入。"
_HEADING = "（二）在带头干事创业、担当作为方面。"
_OPEN_END = "现将对照检查情况报告如下。"
_PROBLEMS = "一、存在的问题"
_SAMPLE_YEAR = 2025
_FIRST = "（一）在带头强化政治忠诚、提高政治能力方面。"
_FIRSTS = {
    2024: "（一）在带头严守政治纪律和政治规矩、维护党的团结统一方面。",
    2022: "（一）在带头深刻领悟“两个确立”的决定性意义方面。",
}


@lru_cache(maxsize=1)
def _packs():
    return load_frameworks()


def material(case: dict[str, object], text: str) -> tuple[str, int]:
    """The sample made the case's material, and where `text` stands in it."""
    year = int(str(case.get("year", 2025)))
    meeting = str(case.get("meeting", "民主生活会"))
    years = {"2024年": f"{year - 1}年", "2025年": f"{year}年", "2026年": f"{year + 1}年"}
    doc = re.sub(r"202[456]年", lambda m: years[m.group()], TEAM_GOOD).replace("民主生活会", meeting)
    if year != _SAMPLE_YEAR:  # the first aspect the year's own (the pack is read from the aspects)
        doc = doc.replace(_FIRST, _FIRSTS.get(year, "（一）在理论学习方面。"), 1)
    if case.get("open"):
        doc = doc.replace(_OPEN_END, f"{case['open']}{_OPEN_END}")
    at = case.get("at", "point")
    if at == "point":
        doc = doc.replace(_POINT, _POINT + text, 1)
    elif at == "heading":
        doc = doc.replace(_HEADING, text, 1)
    else:
        doc = doc.replace("\n二、产生", "\n三、产生").replace("\n三、整改", "\n四、整改")
        doc = doc.replace(_PROBLEMS, f"{text}\n二、存在的问题", 1)
    return doc, doc.index(text)


def _residue(doc: str) -> list[tuple[int, int, str]]:
    report = review_outline(parse_document(example_document(doc), _packs()), _packs())
    return [(f.start, f.end, f"{f.code} {f.message}") for f in report.findings if f.category == "residue"]


def measure(n: str) -> tuple[list[str], list[str], list[str], int]:
    data = yaml.safe_load((PROBE / f"probe{n}.yaml").read_text(encoding="utf-8"))
    found: list[str] = []
    missed: list[str] = []
    alarms: list[str] = []
    for case in data["slips"]:
        marked = str(case["text"])
        m = _SLIP.search(marked)
        assert m is not None, marked
        text = marked[: m.start()] + m.group(1) + marked[m.end() :]
        doc, at = material(case, text)
        start, end = at + m.start(), at + m.start() + len(m.group(1))
        hits = [msg for s, e, msg in _residue(doc) if s < end and e > start]
        (found if hits else missed).append(f"{marked} ← {' / '.join(hits)}" if hits else marked)
    chars = 0
    for case in data["clean"]:
        text = str(case["text"])
        doc, at = material(case, text)
        chars += len(text)
        alarms += [f"{text} ← {msg}" for s, _e, msg in _residue(doc) if at <= s < at + len(text)]
    return found, missed, alarms, chars


def main(argv: list[str], name: str = "residue19b") -> int:
    """Each probe's figure (`name`-N), with -v each case."""
    for n in [a for a in argv if not a.startswith("-")] or ["1", "2"]:
        if not (PROBE / f"probe{n}.yaml").exists():
            continue
        found, missed, alarms, chars = measure(n)
        total = len(found) + len(missed)
        print(
            f"{name}-{n}：发现 {len(found)}/{total}（{100 * len(found) / total:.1f} %），"
            f"干净段落 {chars} 字误报 {len(alarms)} 处"
        )
        if "-v" in argv:
            for label, lines in (("发现", found), ("漏报", missed), ("误报", alarms)):
                for line in lines:
                    print(f"{label}：", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
