"""E101/E104's numbers that are no facts (`_NOT_FACTS`): behind a lookahead of the characters its
branches can begin with, it removes exactly what the plain alternation removes."""

from __future__ import annotations

import random
import re
from pathlib import Path

from mingjing.rules.specificity import _NOT_FACT_BRANCHES, _NOT_FACTS

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_same_matches_as_the_plain_alternation() -> None:
    plain = re.compile(_NOT_FACT_BRANCHES)
    texts = [p.read_bytes().decode("utf-8", "ignore") for p in sorted(FIXTURES.rglob("*.txt"))[::2]]
    rnd = random.Random(6)
    pieces = ["第3页", "共 5 页", "两个维护", "三项规定", "八条规定", "四风", "一把手", "二是", "第一", "一名党员",
              "\n1. ", "\n（2）", "　3、", "底线", "为中心", "中心工作", "学习", "，", "\n", "１", "一", "十"]  # fmt: skip
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(12))) for _ in range(5000)]
    removed = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _NOT_FACTS.finditer(text)] == expected, text
        assert _NOT_FACTS.sub("", text) == plain.sub("", text)
        removed += len(expected)
    assert removed > 5000
