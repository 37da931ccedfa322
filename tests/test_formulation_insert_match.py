"""F146's patterns are compiled with `.` for the inserted character (quick to compile) and matched as
if it were the class of Chinese characters: the same match as the class pattern at every place."""

from __future__ import annotations

import random
import re
from pathlib import Path

from mingjing.rules import formulation_insert

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_the_quick_patterns_match_as_the_class_patterns_do():
    heads, tails, _keys = formulation_insert._by_ends()
    patterns = list(heads.values()) + [p for by_n in tails.values() for _, p in by_n]
    assert all("[" not in p.pattern for p in patterns)
    random.seed(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("review/clean/*.txt"))[:20]]
    planted = []
    for f in random.sample(formulation_insert.wordings(), 150):
        j = random.randrange(1, len(f))
        planted += [f[:j] + c + f[j:] for c in ("委", "A", "，", "\n", "𠀀")]
    texts.append("。".join(planted))
    checked = outside = 0
    for text in texts:
        for pattern in patterns:
            exact = re.compile(pattern.pattern.replace(".", "[\u4e00-\u9fff]"))
            first = pattern.pattern[0]  # every branch begins with a character of its formulation
            for start in [i for i, c in enumerate(text) if c == first][:30]:
                got = formulation_insert._match(pattern, text, start)
                want = exact.match(text, start)
                assert (got and got.span()) == (want and want.span()), (pattern.pattern[:40], start)
                checked += 1
                plain = pattern.match(text, start)
                outside += bool(plain and not want)
    assert checked > 1000 and outside > 0  # the class made a difference somewhere, and it was kept
