"""A regex compiled on first use gives the plain regex's matches (rules/lazy_pattern.py)."""

from __future__ import annotations

import re

from mingjing.rules.lazy_pattern import Lazy

SOURCE = r"(?P<w>[\u4e00-\u9fff]{2})、(?:理论|制度)自信"
TEXT = "道路自信、理论自信、制度自信、文化自信，坚定道路、制度自信\n历史、理论自信"


def spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("w")) for m in matches]


def test_not_compiled_until_used():
    lazy = Lazy(SOURCE)
    assert "compiled" not in vars(lazy)
    lazy.search(TEXT)
    assert vars(lazy)["compiled"] is re.compile(SOURCE)


def test_same_matches_as_the_compiled_regex():
    plain, lazy = re.compile(SOURCE), Lazy(SOURCE)
    assert spans(lazy.finditer(TEXT)) == spans(plain.finditer(TEXT)) != []
    assert spans(lazy.finditer(TEXT, 5, 30)) == spans(plain.finditer(TEXT, 5, 30))
    for at in range(len(TEXT)):
        assert spans(filter(None, [lazy.match(TEXT, at)])) == spans(filter(None, [plain.match(TEXT, at)]))
        assert spans(filter(None, [lazy.search(TEXT, at)])) == spans(filter(None, [plain.search(TEXT, at)]))
    assert lazy.fullmatch("历史、理论自信") is not None
    assert lazy.fullmatch(TEXT) is None


def test_flags_are_kept():
    assert Lazy("abc", re.IGNORECASE).search("xABC") is not None
    assert Lazy("abc").search("xABC") is None
