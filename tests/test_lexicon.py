"""The proofreading lexicon behind T401/F129 (pypinyin's phrases of 4-7 characters, the genre's
collocations and fixed formulations): every entry is checked against all clean fixtures at once,
and every entry of our own lists, and a fixed sample of the idioms, is walked: the entry is silent,
the entry with one character replaced by another of the same sound is reported with the entry as
the suggestion."""

from functools import lru_cache
from pathlib import Path

import pytest

from mingjing.read import read_document
from mingjing.rules import near_twin

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = sorted(
    [
        *FIXTURES.glob("review/*clean/*.txt"),
        *FIXTURES.glob("materials/*"),
        *FIXTURES.glob("heldout/materials/*"),
        *FIXTURES.glob("similarity/ind*"),
        *FIXTURES.glob("ledger/*.txt"),
    ]
)


def test_lexicon_is_of_real_size():
    assert len(near_twin.known_phrases()) > 20000
    assert len(near_twin.collocations()) > 200 and len(near_twin.formulations()) > 50


def test_no_entry_fires_on_clean_text():
    assert len(CLEAN) >= 30
    hits = [
        (p.name, p.read_text(encoding="utf-8")[s:e], phrase)
        for p in CLEAN
        for s, e, phrase, _ in near_twin.find_twins(read_document(p).text)
    ]
    assert hits == []


@lru_cache(maxsize=1)
def homophones() -> dict[str, list[str]]:
    """Common characters (those used in the lexicon) by toneless reading."""
    chars = sorted({c for p in near_twin.known_phrases() for c in p})
    out: dict[str, list[str]] = {}
    for c in chars:
        for r in near_twin.readings(c):
            out.setdefault(r, []).append(c)
    return out


def misspell(phrase: str, i: int) -> str | None:
    reading = near_twin.phrase_reading(phrase, i)
    for c in homophones().get(reading, []):
        if c != phrase[i]:
            return phrase[:i] + c + phrase[i + 1 :]
    return None


def walk(phrases) -> tuple[int, list]:
    """(variants tried, variants not reported as their phrase); a variant that is itself a word or
    known phrase, or one character from two known phrases, is not counted (the context cannot decide)."""
    import rjieba

    known = near_twin.known_phrases()
    tried, missed = 0, []
    for phrase in phrases:
        assert list(near_twin.find_twins(f"我们要{phrase}。")) == [], phrase
        wrong = misspell(phrase, len(phrase) - 1)
        if wrong is None or wrong in known or rjieba.has_word(wrong):
            continue
        if len({p for p, _, _ in near_twin.twins_of(wrong)}) != 1:
            continue
        tried += 1
        found = [
            p for s, e, p, _ in near_twin.find_twins(f"我们要{wrong}。") if (s, e) == (3, 3 + len(wrong))
        ]
        if found != [phrase]:
            missed.append((wrong, phrase, found))
    return tried, missed


@pytest.mark.parametrize("name", ["collocations", "formulations"])
def test_every_entry_of_our_lists_is_walked(name):
    entries = getattr(near_twin, name)()
    tried, missed = walk(entries)
    assert tried >= len(entries) // 3
    assert missed == []


def test_a_sample_of_the_idioms_is_walked():
    sample = sorted(p for p in near_twin.known_phrases() if len(p) == 4)[::20]
    tried, missed = walk(sample)
    assert tried >= 300
    assert len(missed) <= tried // 20, missed[:20]


def test_swapped_words_are_silent_on_clean_text():
    from mingjing.rules.swapped_words import fixed_terms, swapped_words

    assert len(fixed_terms()) > 10000
    hits = [(p.name, t) for p in CLEAN for _, _, t in swapped_words(read_document(p).text)]
    assert hits == []
    assert [t for *_, t in swapped_words("对报告会等形态意识阵地把关不严，提高修养党性。")] == [
        "意识形态",
        "党性修养",
    ]
