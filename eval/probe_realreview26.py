"""realreview26's probe (round r26): the classes read on real public pages (docs/review-real-errors.md, "Real public
pages read at r26") — is each slip found with no misleading twin, each clean passage quiet, each cut copy said cut?

tests/fixtures/probes26/realreview26/probe{1,2}.yaml: `slips` are passages with one slip `[written|right]` put into
the sample material of their `year` as eval/probe_suggest15.py does; a slip is found when a typo, formulation,
punctuation or residue finding overlaps it, and fixed only when every overlapping finding that offers a fix offers
`right` first (a second finding with another fix on the same slip is a false alarm the reader must sort out).
`clean` passages must draw no such finding. `cuts` are whole texts: `cut: true` ones must draw S112 (and then no
S104/S105, which only the lost part could settle), `cut: false` ones no S112.
Run: `python eval/probe_realreview26.py [1|2] [-v]`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from probe_suggest15 import _SLIP, _material

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes26" / "realreview26"
COUNTED = frozenset({"formulation", "typo", "punctuation", "residue"})


@dataclass
class Result:
    slips: int = 0
    fixed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    clean: int = 0
    alarms: list[str] = field(default_factory=list)
    cuts: int = 0
    cuts_right: list[str] = field(default_factory=list)
    cuts_wrong: list[str] = field(default_factory=list)


def _findings(text: str, packs) -> list:
    document = read_bytes(text.encode("utf-8"), "probe.txt", ".txt")
    return review_outline(parse_document(document, packs), packs).findings


def measure(n: int = 1, folder: Path = FOLDER) -> Result:
    data = yaml.safe_load((folder / f"probe{n}.yaml").read_text(encoding="utf-8"))
    packs = load_frameworks()
    r = Result()
    for entry in data.get("slips", []):
        marked = entry["text"]
        m = _SLIP.search(marked)
        assert m is not None, marked
        written, right = m.group(1), m.group(2)
        text, at = _material(entry, marked[: m.start()] + written + marked[m.end() :], packs)
        s, e = at + m.start(), at + m.start() + len(written)
        r.slips += 1
        hit = [f for f in _findings(text, packs) if f.category in COUNTED and f.start < e and f.end > s]
        if not hit:
            r.missed.append(marked)
            continue
        lo, hi = min([s] + [f.start for f in hit]), max([e] + [f.end for f in hit])
        want = text[lo:s] + right + text[e:hi]
        offers = [f for f in hit if f.suggestions]
        good = bool(offers) and all(
            text[lo : f.start] + f.suggestions[0] + text[f.end : hi] == want for f in offers
        )
        got = " / ".join(f"{f.code} {'、'.join(f.suggestions) or '（无建议）'}" for f in hit)
        (r.fixed if good else r.wrong).append(f"{marked.strip()} ← {got}")
    for entry in data.get("clean", []):
        passage = entry["text"]
        text, at = _material(entry, passage, packs)
        r.clean += len(passage)
        r.alarms += [
            f"{passage.strip()} ← {f.code} {f.message}"
            for f in _findings(text, packs)
            if f.category in COUNTED and at <= f.start < at + len(passage)
        ]
    for entry in data.get("cuts", []):
        text = entry["text"]
        codes = {f.code for f in _findings(text, packs)}
        r.cuts += 1
        said = "S112" in codes
        right = said == entry["cut"] and not (entry["cut"] and codes & {"S104", "S105"})
        line = f"{text.strip().splitlines()[-1][-16:]} ← {'S112' if said else '无S112'} {sorted(codes & {'S104', 'S105'})}"
        (r.cuts_right if right else r.cuts_wrong).append(line)
    return r


def summary(n: int, r: Result) -> str:
    found = len(r.fixed) + len(r.wrong)
    return (
        f"realreview26 探针{n}：发现 {found}/{r.slips}，无误导建议 {len(r.fixed)}/{r.slips}，"
        f"干净段落 {r.clean} 字误报 {len(r.alarms)} 处，截断判断正确 {len(r.cuts_right)}/{r.cuts}"
    )


def print_lists(lists: tuple[tuple[str, list[str]], ...]) -> None:
    """`-v`'s listing: each label, then its lines (shared with the r27 runner)."""
    for label, lines in lists:
        print(f"\n{label}：")
        for line in lines:
            print("  ", line)


def main(argv: list[str]) -> int:
    n = int(next((a for a in argv if a.isdigit()), "1"))
    r = measure(n)
    print(summary(n, r))
    if "-v" in argv:
        print_lists(
            (
                ("建议正确", r.fixed),
                ("建议不对或有误导的重复", r.wrong),
                ("漏报", r.missed),
                ("误报", r.alarms),
                ("截断判断正确", r.cuts_right),
                ("截断判断错误", r.cuts_wrong),
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
