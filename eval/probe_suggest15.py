"""suggest15's probe (round r15): is a copied year's leftover offered the fix the writer means?

Each `slips` entry of tests/fixtures/probes15/suggest15/probe{1,2}.yaml is a passage with one slip
`[written|right]` and the material year it is written in (`year`). A passage without `heading` is put
after the first paragraph of the sample material (rules/sample.py) whose title is made that year's
民主生活会 (组织生活会 with `meeting: 组织`), its author's line `line` when given; the material's problem headings are the year's own
framework aspects (when it has a pack) (`在…方面。` each with one sentence under it),
and a `heading` passage is a problem heading: the `heading`-th (1-based)
of them replaced by the passage. A slip is found when a residue or punctuation
finding overlaps it, and fixed when one of that finding's suggestions gives `right` (eval/review_quality.py's
test). `clean` entries (same keys, no slip) must draw no such finding inside the passage.
Run: `python eval/probe_suggest15.py [1|2] [-v]`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "fixtures" / "probes15" / "suggest15"
_SLIP = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")
_INTRO_END = "与班子成员谈心谈话12人次。"
_COUNTED = frozenset({"residue", "punctuation"})  # copied leftovers, and quotes left open
_PROBLEMS = re.compile(r"一、存在的问题\n.*?(?=二、)", re.S)


@dataclass
class SuggestResult:
    slips: int = 0
    fixed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    clean: int = 0
    alarms: list[str] = field(default_factory=list)


def _material(entry: dict, passage: str, packs) -> tuple[str, int]:
    """The material for an entry and the passage's offset in it."""
    year, meeting = entry["year"], "组织生活会" if entry.get("meeting") == "组织" else "民主生活会"
    text = GOOD.replace("王建国2023年度主题教育专题民主生活会", f"王建国{year}年度{meeting}")
    if "line" in entry:  # the author's own unit and post
        text = text.replace("宁川县交通运输局局长 王建国", entry["line"] + " 王建国")
    fw = next(
        (
            f
            for f in packs.values()
            if f.year == year and f.meeting == meeting and not f.pending and f.aspects
        ),
        None,
    )
    if "heading" not in entry:
        if fw is not None:  # the year's own headings, so the material reads as that year's
            text, _ = _material({**entry, "heading": 0}, "", packs)
        at = text.index(_INTRO_END) + len(_INTRO_END)
        return text[:at] + passage + text[at:], at
    assert fw is not None, entry
    own = [a.name for a in fw.aspects if not a.placeholder]
    lines, at = ["一、存在的问题"], -1
    numerals = "一二三四五六七八九"
    for k, name in enumerate(own):
        head = f"（{numerals[k]}）"
        if k + 1 == entry["heading"]:
            at = sum(len(line) + 1 for line in lines) + len(head)
            lines.append(f"{head}{passage}班子在这方面还有差距，有的同志满足于完成规定动作。")
        else:
            lines.append(f"{head}在{name}方面。班子在这方面还有差距，有的同志满足于完成规定动作。")
    m = _PROBLEMS.search(text)
    assert m is not None
    block = "\n".join(lines) + "\n"
    return text[: m.start()] + block + text[m.end() :], m.start() + at


def _review(text: str, packs, counted: frozenset[str] = _COUNTED) -> list:
    document = read_bytes(text.encode("utf-8"), "probe.txt", ".txt")
    report = review_outline(parse_document(document, packs), packs)
    return [f for f in report.findings if f.category in counted]


def measure(n: int = 1, folder: Path = FOLDER, counted: frozenset[str] = _COUNTED) -> SuggestResult:
    """suggest22 (r22) measures its formulation probes the same way, with its folder and categories."""
    data = yaml.safe_load((folder / f"probe{n}.yaml").read_text(encoding="utf-8"))
    packs = load_frameworks()
    r = SuggestResult()
    for entry in data["slips"]:
        marked = entry["text"]
        m = _SLIP.search(marked)
        assert m is not None, marked
        written, right = m.group(1), m.group(2)
        passage = marked[: m.start()] + written + marked[m.end() :]
        text, at = _material(entry, passage, packs)
        s, e = at + m.start(), at + m.start() + len(written)
        r.slips += 1
        hit = [f for f in _review(text, packs, counted) if f.start < e and f.end > s]
        if not hit:
            r.missed.append(marked)
            continue
        fixed = any(
            text[min(s, f.start) : f.start] + one + text[f.end : max(e, f.end)]
            == text[min(s, f.start) : s] + right + text[e : max(e, f.end)]
            for f in hit
            for one in f.suggestions
        )
        got = " / ".join(f"{f.code} {'、'.join(f.suggestions) or '（无建议）'}" for f in hit)
        (r.fixed if fixed else r.wrong).append(f"{marked} ← {got}")
    for entry in data["clean"]:
        passage = entry["text"]
        text, at = _material(entry, passage, packs)
        r.clean += len(passage)
        r.alarms += [
            f"{passage} ← {f.code} {f.message}"
            for f in _review(text, packs, counted)
            if at <= f.start < at + len(passage)
        ]
    return r


def summary(name: str, n: int, r: SuggestResult) -> str:
    """The figures' line of probe `n` of the probe `name`."""
    found = len(r.fixed) + len(r.wrong)
    return (
        f"{name} 探针{n}：发现 {found}/{r.slips}，建议正确 {len(r.fixed)}/{r.slips}，"
        f"干净段落 {r.clean} 字误报 {len(r.alarms)} 处"
    )


def main(argv: list[str]) -> int:
    n = int(next((a for a in argv if a.isdigit()), "1"))
    r = measure(n)
    print(summary("suggest15", n, r))
    if "-v" in argv:
        for label, lines in (
            ("建议正确", r.fixed),
            ("建议不对", r.wrong),
            ("漏报", r.missed),
            ("误报", r.alarms),
        ):
            for line in lines:
                print(f"{label}：{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
