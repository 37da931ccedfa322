"""Round r14's catalogue of each sector's standing formulations (data/sector_formulas.yaml, read through
rules/sector_formulas.py): every entry walked through the existing mechanisms (silent as written, heard
out of order, with a part missing, with a member changed after its name, with a wrong count) and the
rules that read it silent on every clean material we hold."""

from functools import lru_cache

import pytest

from clean_texts import CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules import sector_formulas
from mingjing.rules.context import ReviewContext
from mingjing.rules.examples import example_document
from mingjing.rules.formulation_sayings import wrong_counts
from mingjing.rules.formulation_series import _all

FAMILY = ("F155", "F160", "F169", "F198", "F199")
RULES = {r.code: r for r in all_rules() if r.code in FAMILY}


@lru_cache(maxsize=1)
def _packs():
    return load_frameworks()


def _fired(text: str) -> list[tuple[str, str]]:
    ctx = ReviewContext(parse_document(example_document(text), _packs()), _packs())
    return [(code, f.excerpt) for code, rule in RULES.items() for f in rule.check(ctx, rule)]


def _lines(wordings) -> str:
    return "\n".join(f"{k + 1}．我们对{w}理解不深。" for k, w in enumerate(wordings))


def test_the_catalogue_is_of_real_size_and_sourced():
    data = sector_formulas._entries()
    assert len(data) >= 170
    assert len({e["sector"] for e in data}) >= 12
    assert len(sector_formulas.series()) >= 90 and len(sector_formulas.counted()) >= 8


def test_every_wording_is_silent_as_written():
    assert _fired(_lines(sector_formulas.sayings())) == []


def test_every_counted_name_is_a_numbered_formulation_heard_with_another_count():
    for name in sector_formulas.numbered():
        assert list(wrong_counts(f"落实{name}要求")) == [], name
        k = next(i for i, c in enumerate(name) if c in "一二两三四五六七八九十")
        other = name[:k] + ("九" if name[k] != "九" else "七") + name[k + 1 :]
        assert [s.suggestion for s in wrong_counts(f"落实{other}要求")] == [name], other


@pytest.mark.parametrize("name, parts, need", [s for s in sector_formulas.series() if len(s[1]) >= 3])
def test_every_series_is_heard_out_of_order(name, parts, need):
    swapped = [parts[1], parts[0], *parts[2:]]
    hits = _fired(f"1．我们对{'、'.join(swapped)}理解不深。")
    assert any(code in ("F155", "F169") for code, _ in hits), name


def _checked_short() -> list[tuple[str, tuple[str, ...], int]]:
    """The catalogue's series as the rule reads them (a series of data/formula_series.yaml keeps its
    own min_parts) that are checked with a part missing."""
    own = {parts: need for _, parts, need in _all()}
    return [s for s in sector_formulas.series() if own[s[1]] < len(s[1])]


@pytest.mark.parametrize("name, parts, need", _checked_short())
def test_every_long_series_is_heard_with_a_part_missing(name, parts, need):
    short = [p for k, p in enumerate(parts) if k != 1]
    hits = _fired(f"1．我们对{'、'.join(short)}理解不深。")
    assert any(code == "F155" for code, _ in hits), name


@pytest.mark.parametrize("name, wording", sector_formulas.counted())
def test_every_counted_formula_is_heard_with_a_member_changed_after_its_name(name, wording):
    parts = wording.replace("，", "、").split("、")
    last = parts[-1]
    changed = wording[: len(wording) - len(last)] + last[: len(last) - 1] + "鑫"
    hits = _fired(f"1．我们对“{name}”即{changed}理解不深。")
    assert hits, name


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_rule_reading_the_catalogue_fires_on_clean_material(path):
    ctx = ReviewContext(parse_document(read_document(path), _packs()), _packs())
    assert [(code, f.excerpt) for code, rule in RULES.items() for f in rule.check(ctx, rule)] == []
