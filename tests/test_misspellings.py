"""The proofreading lexicon of T111 (rules/data/misspellings.yaml): every entry is walked — the wrong
form is reported with the right one as the suggestion, the right form is silent — and the whole
lexicon is silent on every clean fixture and on the planted materials outside their planted errors."""

from pathlib import Path

import pytest
import yaml

from mingjing.read import read_document
from mingjing.rules import misspellings

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = sorted([*FIXTURES.glob("review/*clean/*.txt"), *FIXTURES.glob("materials/*"),
                *FIXTURES.glob("heldout/materials/*"), *FIXTURES.glob("similarity/ind*"),
                *FIXTURES.glob("ledger/*.txt")])
PLANTED = sorted((FIXTURES / "review").glob("*/*.yaml"))


def test_the_lexicon_is_of_real_size():
    table = misspellings.entries()
    assert len(table) >= 800
    assert all(e.wrong != e.right for e in table.values())


def test_the_lexicon_is_silent_on_clean_text():
    assert len(CLEAN) >= 30
    hits = [(p.name, e.wrong) for p in CLEAN for _, _, e in misspellings.misspellings(read_document(p).text)]
    assert hits == []


def test_the_lexicon_reports_only_planted_errors_in_planted_materials():
    unplanted = []
    for notes in PLANTED:
        text = notes.with_suffix(".txt").read_text(encoding="utf-8")
        planted = " ".join(str(e.get("text", "")) for e in (yaml.safe_load(notes.read_text(encoding="utf-8")) or {})
                           .get("planted", []) or [])
        unplanted += [(notes.stem, e.wrong) for _, _, e in misspellings.misspellings(text) if e.wrong not in planted]
    assert unplanted == []


@pytest.mark.parametrize("frame", ["他在材料里写了：{}。", "对此，{}是我今后努力的方向。"])
def test_every_entry_is_walked(frame):
    missed, noisy = [], []
    for entry in misspellings.entries().values():
        bad = frame.format(entry.wrong)
        at = bad.index(entry.wrong)
        found = [(s, e, x.right) for s, e, x in misspellings.misspellings(bad)]
        if found != [(at, at + len(entry.wrong), entry.right)]:
            missed.append((entry.wrong, found))
        good = frame.format(entry.right)
        if list(misspellings.misspellings(good)):
            noisy.append(entry.right)
    assert noisy == []
    assert missed == []
