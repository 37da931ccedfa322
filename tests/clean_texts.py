"""The texts of the repository a rule's test walks: clean ones for false alarms, planted ones for
findings no planted error explains.

`CLEAN`: every `.txt` of the review sets' clean folders (`clean`, `*_clean`) and of `fixtures/materials`;
`WIDE_CLEAN` adds the held-out materials, the similarity set's independent texts and the ledger texts;
`SET_CLEAN` is the review sets' own clean texts (folders `*_clean`) alone; `ANY_CLEAN` is CLEAN and WIDE_CLEAN together; `TABLE_CLEAN` adds to WIDE_CLEAN the precision probes' texts (what a generated table of wrong forms is walked against).
"""

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import yaml

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = sorted(
    p
    for d in (FIXTURES / "review").iterdir()
    if d.is_dir() and (d.name == "clean" or d.name.endswith("_clean"))
    for p in d.glob("*.txt")
) + sorted((FIXTURES / "materials").glob("*.txt"))
SET_CLEAN = sorted(
    p
    for d in (FIXTURES / "review").iterdir()
    if d.is_dir() and d.name.endswith("_clean")
    for p in d.glob("*.txt")
)
WIDE_CLEAN = sorted(
    [
        *FIXTURES.glob("review/*clean/*.txt"),
        *FIXTURES.glob("materials/*"),
        *FIXTURES.glob("heldout/materials/*"),
        *FIXTURES.glob("similarity/ind*"),
        *FIXTURES.glob("ledger/*.txt"),
    ]
)
ANY_CLEAN = sorted(set(CLEAN) | set(WIDE_CLEAN))
TABLE_CLEAN = sorted([*WIDE_CLEAN, *FIXTURES.glob("probes*/precision*/**/*.txt")])
PLANTED = sorted((FIXTURES / "review").glob("*/*.yaml"))


def unplanted(wrongs: Callable[[str], Iterable[str]]) -> list[tuple[str, str]]:
    """(material, wrong text) for each wrong text `wrongs` reports in a planted material that is no
    part of a planted error's text."""
    out = []
    for notes in PLANTED:
        text = notes.with_suffix(".txt").read_text(encoding="utf-8")
        planted = " ".join(
            str(e.get("text", ""))
            for e in (yaml.safe_load(notes.read_text(encoding="utf-8")) or {}).get("planted", []) or []
        )
        out += [(notes.stem, w) for w in wrongs(text) if w not in planted]
    return out


@cache
def table_clean_texts() -> tuple[str, ...]:
    """The read texts of TABLE_CLEAN."""
    from mingjing.read import read_document

    return tuple(read_document(p).text for p in TABLE_CLEAN)


def set_clean_texts() -> list[tuple[str, str]]:
    """(file name, text) of each of SET_CLEAN, at least fifty of them."""
    assert len(SET_CLEAN) > 50
    return [(p.name, p.read_text(encoding="utf-8")) for p in SET_CLEAN]
