"""E101's place branches open with a lookahead they imply (rules/facts.py): the fact regexes match
exactly what they match without it, on the review fixtures and on random strings of place words."""

from __future__ import annotations

import random
import re
from pathlib import Path

from mingjing.rules import facts

FIXTURES = Path(__file__).parent / "fixtures"
GUARDS = (
    r"(?=[\u4e00-\u9fff]{2,8}[省市县镇乡村])",
    r"(?=[\u4e00-\u9fff]{2,6}[局委办站所队院馆厅部][，。、；的和与])",
)
ALPHABET = "省市县镇乡村区局委办站所队院馆厅部干交督为场下回返城家老异进驻农，。、；的和与青石园林公安财政街道社中心学校"


def _unguarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    pattern = regex.pattern
    for guard in GUARDS:
        assert guard in pattern
        pattern = pattern.replace(guard, "")
    return re.compile(pattern)


def test_the_lookaheads_change_no_match() -> None:
    rnd = random.Random(9)
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "review").rglob("*.txt"))[:60]]
    texts += ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 24))) for _ in range(3000)]
    matched = 0
    for regex in (facts.FACT, facts._HARD_FACT, facts._ANY_FACT):
        plain = _unguarded(regex)
        for text in texts:
            got = [(m.span(), m.group()) for m in regex.finditer(text)]
            assert got == [(m.span(), m.group()) for m in plain.finditer(text)], text[:30]
            matched += len(got)
        for text in texts[-300:]:
            for at in range(len(text)):
                a, b = regex.match(text, at), plain.match(text, at)
                assert (a and a.span()) == (b and b.span()), (text, at)
    assert matched > 10000
