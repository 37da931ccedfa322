"""The residue13 probe (tests/fixtures/probes13/residue13): recall on its planted leftovers and false
alarms on its near-correct passages.

Each case is built into a short material (a personal one with the author's line under the title, or a
team one signed at its end) around one passage; a planted case counts as found when a residue or typo
finding overlaps its marked span, a correct one as a false alarm when such a finding falls in its
passage.  Usage: .venv/bin/python eval/probe_residue13.py [-v] [--probe b|kinds|kinds2|r14|r14b|r15|r15b|r15c|r16|r16b|r17|r17b]
(r14, r14b: residue14's probes in tests/fixtures/probes14, same format plus `h:`, item (二)'s heading;
r15, r15b, r15c: residue15's in tests/fixtures/probes15; r16, r16b: residue16's in tests/fixtures/probes16;
r17, r17b: residue17's in tests/fixtures/probes17)
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.rules.examples import example_document
from mingjing.rules.review import review_outline

PROBES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes13"
PROBE = PROBES / "residue13" / "probe.yaml"
SECOND = PROBES / "residue13b" / "probe.yaml"  # written after the code, run once untuned
KINDS = PROBES / "residue13b_kinds" / "probe.yaml"  # residue13b's: the own unit's kind, system, status, year
KINDS2 = PROBES / "residue13b_kinds2" / "probe.yaml"  # residue13b's second, written after its code
PROBES14 = PROBES.parent / "probes14"
R14 = PROBES14 / "residue14" / "probe.yaml"  # residue14's first, written before its code
R14B = PROBES14 / "residue14b" / "probe.yaml"  # residue14's second, written after its code
PROBES15 = PROBES.parent / "probes15"
R15 = PROBES15 / "residue15" / "probe.yaml"  # residue15's first, written before its code
R15B = PROBES15 / "residue15b" / "probe.yaml"  # residue15's second, written after its code
R15C = PROBES15 / "residue15c" / "probe.yaml"  # residue15's counts, written before R153's code
PROBES16 = PROBES.parent / "probes16"
R16 = PROBES16 / "residue16" / "probe.yaml"  # residue16's first, written before its code
R16B = PROBES16 / "residue16b" / "probe.yaml"  # residue16's second, written after its code
PROBES17 = PROBES.parent / "probes17"
R17 = PROBES17 / "residue17" / "probe1.yaml"  # residue17's first, written before its code
R17B = PROBES17 / "residue17" / "probe2.yaml"  # residue17's second, written after its code
_CATEGORIES = ("residue", "typo")
_MARK = re.compile(r"\[([^\[\]]+)\]")

_PERSONAL = """{title}
{sign}
{o}
一、存在的问题
（一）在理论学习方面。一是学习不够系统。今年参加集中学习11次，自学笔记只有1.5万字，研讨发言多引用文件原文。
{h}{p}
二、产生问题的原因
（一）理论武装不够自觉。对原文原著学习没有常抓不懈，学用结合不紧。
（二）宗旨意识有所淡化。对群众急难愁盼关注不够，深入基层少。
三、整改措施
（一）强化理论学习。每季度研讨发言1次，年底前精读原著全部篇目。
（二）改进工作作风。每月到基层调研不少于2次，建立问题台账并逐项销号。
{c}"""

_TEAM = """{title}
{o}
一、存在的问题
（一）在理论学习方面。班子学习不够系统，全年中心组集中学习10次，其中结合实际开展研讨的只有4次。
{h}{p}
二、产生问题的原因
（一）理论武装不够自觉。班子对原文原著学习没有常抓不懈，学用结合不紧。
（二）宗旨意识有所淡化。班子成员深入基层少，对群众急难愁盼关注不够。
三、整改措施
（一）强化理论学习。每季度组织中心组专题研讨1次，年底前完成规定篇目学习。
（二）改进工作作风。班子成员每月到基层调研不少于2次，建立问题台账并逐项销号。
{c}
{sign}
2025年1月16日"""

_O = "按照上级党组织的统一部署，我认真学习规定篇目，通过座谈、谈心谈话等方式征求意见建议15条，结合思想和工作实际，查摆如下。"
_O_TEAM = (
    "按照上级党组织的统一部署，班子成员认真学习规定篇目，通过座谈会、个别访谈征求意见建议32条，"
    "班子成员之间开展谈心谈话46人次。现将对照检查情况报告如下。"
)
_P = "一是调查研究不够深入。全年到基层调研19次，其中多数安排在交通便利的地方，对偏远地区的情况了解不够。"
_C = "以上检查，请同志们批评指正。"
_H = "（二）在担当作为方面。"  # item (二)'s heading with its label; `h:` replaces both (residue14: another year's aspect)


@dataclass
class Case:
    text: str
    passage: tuple[int, int]
    span: tuple[int, int] | None


def build(case: dict) -> Case:
    """The material of one case, the passage's span and the marked span (None for a correct case)."""
    template = _TEAM if case.get("t") == "team" else _PERSONAL
    field = next(f for f in ("p", "c", "o", "h") if f in case)
    raw = case[field]
    mark = _MARK.search(raw)
    clean = _MARK.sub(r"\1", raw)
    opening = _O_TEAM if case.get("t") == "team" else _O
    values = {
        "title": case["title"],
        "sign": case["sign"],
        "o": opening,
        "p": _P,
        "c": _C,
        "h": _H,
        field: "\0",
    }
    skeleton = template.format(**values)
    at = skeleton.index("\0")
    text = skeleton.replace("\0", clean)
    span = (at + mark.start(), at + mark.start() + len(mark.group(1))) if mark else None
    return Case(text, (at, at + len(clean)), span)


def cases(probe: Path = PROBE) -> list[dict]:
    return yaml.safe_load(probe.read_text(encoding="utf-8"))["cases"]


def well_formed(probe: Path, least: int) -> bool:
    """Whether a probe holds at least `least` planted and `least` correct cases, each marked span inside
    its passage (the probes' tests ask this of every probe the runner reads)."""
    built = [build(c) for c in cases(probe)]
    planted = sum(b.span is not None for b in built)
    inside = all(b.span is None or b.passage[0] <= b.span[0] < b.span[1] <= b.passage[1] for b in built)
    return planted >= least and len(built) - planted >= least and inside


def findings(text: str, packs) -> list[tuple[int, int, str, str]]:
    report = review_outline(parse_document(example_document(text), packs), packs)
    return [(f.start, f.end, f.code, f.category) for f in report.findings if f.category in _CATEGORIES]


def measure(verbose: bool = False, probe: Path = PROBE) -> tuple[int, int, int, int]:
    """(found, planted, false alarms, correct cases)."""
    packs = load_frameworks()
    found = planted = alarms = correct = 0
    for case in cases(probe):
        built = build(case)
        hits = findings(built.text, packs)
        if built.span is not None:
            planted += 1
            s, e = built.span
            ok = any(fs < e and s < fe for fs, fe, _, _ in hits)
            found += ok
            if verbose and not ok:
                print(
                    "漏报：",
                    built.text[s:e],
                    "|",
                    case.get("p") or case.get("c") or case.get("o") or case.get("h"),
                )
        else:
            correct += 1
            s, e = built.passage
            wrong = [(code, built.text[fs:fe]) for fs, fe, code, _ in hits if fs < e and s < fe]
            alarms += bool(wrong)
            if verbose and wrong:
                print("误报：", wrong, "|", case.get("p") or case.get("c") or case.get("o") or case.get("h"))
    return found, planted, alarms, correct


def main() -> None:
    which = sys.argv[sys.argv.index("--probe") + 1] if "--probe" in sys.argv else ""
    probes = {
        "b": SECOND,
        "kinds": KINDS,
        "kinds2": KINDS2,
        "r14": R14,
        "r14b": R14B,
        "r15": R15,
        "r15b": R15B,
        "r15c": R15C,
        "r16": R16,
        "r16b": R16B,
        "r17": R17,
        "r17b": R17B,
    }
    probe = probes.get(which, PROBE)
    found, planted, alarms, correct = measure("-v" in sys.argv, probe)
    name = {
        "b": "residue13b",
        "kinds": "residue13b_kinds",
        "kinds2": "residue13b_kinds2",
        "r14": "residue14",
        "r14b": "residue14b",
        "r15": "residue15",
        "r15b": "residue15b",
        "r15c": "residue15c",
        "r16": "residue16",
        "r16b": "residue16b",
        "r17": "residue17-1",
        "r17b": "residue17-2",
    }.get(which, "residue13")
    print(f"{name} probe: found {found}/{planted}; false alarms {alarms}/{correct} correct passages")


if __name__ == "__main__":
    main()
