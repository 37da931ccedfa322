"""The word probes of the typo family, one registry (rounds r13–r15): each is a yaml of `slips` (passages
with `[written|right]`) and `clean` passages, measured with eval/probe_typo13.py's runner — every passage is
put into the sample material after one of its sentences and reviewed with every rule; a slip is found when a
finding of the counted categories overlaps it, and such a finding inside a clean passage is a false alarm.

Run: `python eval/word_probes.py` (every probe, one line each) or `python eval/word_probes.py typo14-2 -v`
(`-v` lists what was found, missed and falsely heard). What each probe holds and its first-run figures are in
tests/test_word_probes.py, which holds them to their floors. The punctuation probes punct17, punct18b, punct19, punct21, punct23, punct25, punct26
and punct27 have their own runners (eval/probe_punct17.py, eval/probe_punct18b.py, eval/probe_punct19.py,
eval/probe_punct21.py, eval/probe_punct23.py, eval/probe_punct25.py, eval/probe_punct26.py, eval/probe_punct27.py).
The points of E104 (specificity19, specificity20) have theirs too (eval/probe_specificity19.py,
`eval/factless_recall.py --probe`), with the class's generated measure (eval/factless_recall.py); so do spec25 and
spec28 (E104 points, A101 and A102 materials: eval/probe_spec25.py, eval/probe_spec28.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from probe_typo13 import CATEGORIES, PROBE, measure, show

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
WITH_RESIDUE = frozenset({*CATEGORIES, "residue"})  # an editing leftover may be filed as either


def _pair(folder: str, name: str) -> dict[str, Path]:
    return {f"{name}-{n}": FIXTURES / folder / name / f"probe{n}.yaml" for n in (1, 2)}


PROBES: dict[str, Path] = {
    "typo13": PROBE,
    "typo13b": FIXTURES / "probes13" / "typo13b" / "slips.yaml",
    **_pair("probes14", "typo14"),
    **_pair("probes14", "lexicon14"),
    **_pair("probes14", "context14"),
    **_pair("probes14", "formulas14"),
    **_pair("probes14", "edits14"),
    **_pair("probes15", "sound15"),
    **_pair("probes15", "grammar15"),
    **_pair("probes15", "glyph15"),
    **_pair("probes15", "formulas15"),
    **_pair("probes16", "grammar16"),
    **_pair("probes16", "glyph16"),
    **_pair("probes16", "edits16"),
    **_pair("probes16", "trade16"),
    **_pair("probes17", "formulas17"),
    **_pair("probes17", "frames17"),
    **_pair("probes17", "edits17"),
    **_pair("probes17", "typos17"),
    **_pair("probes17", "precision17"),
    **_pair("probes18", "sayings18"),
    **_pair("probes18", "formulas18"),
    **_pair("probes18", "formulas18b"),
    **_pair("probes18", "residue18"),
    **_pair("probes18", "residue18b"),
    **_pair("probes18", "typos18"),
    **_pair("probes18", "precision18"),
    **_pair("probes19", "formulas19"),
    **_pair("probes19", "typos19"),
    **_pair("probes19", "typos19b"),
    **_pair("probes19", "residue19c"),
    **_pair("probes19", "precision19b"),
    **_pair("probes20", "tablerecall20"),
    **_pair("probes20", "formrecall20"),
    **_pair("probes20", "precision20"),
    **_pair("probes20", "typo20b"),
    **_pair("probes20", "formulas20b"),
    **_pair("probes21", "typo21"),
    **_pair("probes21", "formulas21"),
    **_pair("probes21", "doctitles21"),
    **_pair("probes21", "confusions21"),
    **_pair("probes22", "residue22b"),
    **{
        f"formulas22-{n}": FIXTURES / "probes22" / "punctform22" / "formulas" / f"probe{n}.yaml"
        for n in (1, 2)
    },
    **_pair("probes22", "precision22"),
    **_pair("probes22", "typo22"),
    **_pair("probes23", "formspec23"),
    **_pair("probes23", "typo23"),
    **_pair("probes23", "precision23"),
    **_pair("probes24", "formspec24"),
    **_pair("probes24", "typo24"),
    **_pair("probes24", "typoquiet24"),
    **_pair("probes25", "typoquiet25"),
    **_pair("probes26", "form26"),
    **_pair("probes26", "typo26"),
    **_pair("probes27", "form27"),
    **_pair("probes27", "typo27"),
    **_pair("probes28", "form28"),
    **_pair("probes28", "typo28"),
}
COUNTED = {name: WITH_RESIDUE for name in PROBES if name.startswith(("edits", "residue"))}
# precision17's classes are punctuation and residue rules as much as typo ones (r17)
COUNTED |= {
    name: frozenset({*WITH_RESIDUE, "punctuation"})
    for name in PROBES
    if name.startswith(("precision", "typos18"))
}
# precision18's and precision19b's classes hold the points' facts and the first person too (E104, E103: r18)
COUNTED |= {
    name: frozenset({*WITH_RESIDUE, "punctuation", "specificity"})
    for name in PROBES
    if name.startswith(("precision18", "precision19", "precision20", "precision22"))
}
# precision23's classes hold the point labels' series too (S111 across a bracket note or an ellipsis: r23)
COUNTED |= {
    name: frozenset({*WITH_RESIDUE, "punctuation", "structure"})
    for name in PROBES
    if name.startswith("precision23")
}


def run(name: str):
    """The probe's result (eval/probe_typo13.py's ProbeResult)."""
    return measure(PROBES[name], COUNTED.get(name, CATEGORIES))


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")] or list(PROBES)
    unknown = [n for n in names if n not in PROBES]
    if unknown:
        print(f"没有这个探针：{'、'.join(unknown)}（可选：{'、'.join(PROBES)}）", file=sys.stderr)
        return 2
    for name in names:
        show(f"{name} 探针", run(name), "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
