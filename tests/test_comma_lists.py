"""P205's table of noun families walked whole, and P205/P206/P172's heads read against all clean text (r21)."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from mingjing.rules.comma_lists import DATA, comma_lists, dash_hyphens, families
from mingjing.rules.marks_by_standard import EVENT_HEADS, non_works_in_title_marks

FIXTURES = ROOT / "tests" / "fixtures"
HAN = re.compile(r"[\u4e00-\u9fff]{1,8}")


def _rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, members = line.split("\t")
            rows.append((name, members.split()))
    return rows


def _clean_texts() -> list[tuple[str, str]]:
    paths = [p for p in FIXTURES.rglob("*.txt") if any("clean" in part for part in p.parts)]
    return [(str(p.relative_to(FIXTURES)), p.read_text(encoding="utf-8", errors="ignore")) for p in paths]


def test_table_is_real_size_and_well_formed():
    rows = _rows()
    assert len(rows) >= 35
    assert sum(len(m) for _, m in rows) >= 1500
    for name, members in rows:
        assert len(members) >= 10, name
        for word in members:
            assert HAN.fullmatch(word), (name, word)


@pytest.mark.parametrize("name, members", _rows(), ids=[r[0] for r in _rows()])
def test_every_member_is_heard_in_a_comma_list_and_quiet_with_dunhao(name, members):
    """Each member in a list of three of its family (its neighbours in the table) is heard with commas and is
    quiet with 顿号, and as the subject of one clause among clauses."""
    for k, word in enumerate(members):
        a, b, c = word, members[(k + 1) % len(members)], members[(k + 2) % len(members)]
        if len({a, b, c}) < 3:
            continue
        bad = f"二是对{a}，{b}，{c}等方面关注不够。"
        assert [m for _, _, m in comma_lists(bad)] == [f"{a}、{b}、{c}"], bad
        assert not list(comma_lists(f"二是对{a}、{b}、{c}等方面关注不够。"))
        clauses = f"二是{a}价格上涨，{b}供应偏紧，{c}等短缺。"
        assert not list(comma_lists(clauses)), clauses


def test_every_family_member_is_read_by_the_table():
    table = families()
    for name, members in _rows():
        assert all(name in table[w] for w in members)


def test_event_heads_hold_no_document_kind():
    assert len(EVENT_HEADS) >= 100
    assert not [
        h for h in EVENT_HEADS if h.endswith(("条例", "规定", "办法", "意见", "方案", "讲话", "报告"))
    ]


def test_all_clean_text_stays_quiet():
    heard = []
    for name, text in _clean_texts():
        heard += [(name, "P205", text[s:e]) for s, e, _ in comma_lists(text)]
        heard += [(name, "P206", text[s - 4 : e + 4]) for s, e in dash_hyphens(text)]
        heard += [
            (name, "P172", text[s:e]) for s, e, _, what in non_works_in_title_marks(text) if "培训班" in what
        ]
    assert not heard, heard
