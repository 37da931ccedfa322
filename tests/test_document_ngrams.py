"""The document's n-grams and their starts are made together from its code points
(`grams.ngrams_and_starts`, numpy): the same lists, in the same order, as the regex scan
(`cjk_ngrams`) and the walk over the runs of Chinese characters (`cjk_ngram_starts`); the running
sums of its code points (`grams.code_sums`, F169) are those of `accumulate(map(ord, text))`."""

from __future__ import annotations

import random
from itertools import accumulate
from pathlib import Path

from mingjing.rules.grams import (
    cjk_ngram_starts,
    cjk_ngrams,
    code_sums,
    document_ngram_starts,
    document_ngrams,
    forget,
    ngrams_and_starts,
    ngrams_in,
)

FIXTURES = Path(__file__).parent / "fixtures"
# the edges of the range, its neighbours, characters outside the basic plane, a lone surrogate, NUL
_ODD = ["\u4e00", "\u9fff", "\u4dff", "\ua000", "\U00020000", "\ud800", "\x00", "\n", " ", "a", "１", "，"]


def _same(text: str) -> int:
    found = 0
    for n in (2, 3, 4):
        starts, grams = ngrams_and_starts(text, n)
        assert grams == cjk_ngrams(text, n), n
        assert starts == cjk_ngram_starts(text, n), n
        assert all(text[a : a + n] == g for a, g in zip(starts, grams, strict=True))
        found += len(grams)
    return found


def test_fixture_texts() -> None:
    files = sorted(FIXTURES.rglob("*.txt"))
    assert len(files) > 300
    found = sum(_same(p.read_text(encoding="utf-8", errors="replace")) for p in files)
    assert found > 1_000_000


def test_random_strings_with_odd_characters() -> None:
    rnd = random.Random(13)
    chinese = "学习党的理论中华人民共和国一二三四五六七八九十"
    alphabet = list(chinese) * 4 + _ODD
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        found += _same(text)
    assert found > 10_000
    for text in ["", "中", "中文", "中文字", "\ud800中文字\x00中文"]:
        _same(text)


def test_document_lists_are_kept_and_agree() -> None:
    forget()
    text = "在理论学习上不够深入系统，对党的创新理论学习浮于表面。"
    for n in (2, 3, 4):
        assert document_ngrams(text, n) == cjk_ngrams(text, n)
        assert document_ngram_starts(text, n) == cjk_ngram_starts(text, n)
        assert document_ngrams(text, n) is document_ngrams(text, n)  # made once for the document
    forget()


def test_code_sums_are_the_running_sums_of_ord() -> None:
    rnd = random.Random(17)
    alphabet = [*"学习党的理论，。“”", *_ODD, "\U0010ffff", "\udfff"]
    texts = ["", "中"]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 60))) for _ in range(2000)]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))[:50]]
    for text in texts:
        assert code_sums(text) == list(accumulate(map(ord, text), initial=0))


def test_ngrams_in_by_the_keys_the_document_writes() -> None:
    """`ngrams_in` of bigrams narrows a key set to those the document writes first: the same places
    and bigrams as testing every place against all the keys."""
    rnd = random.Random(19)
    files = sorted(FIXTURES.rglob("*.txt"))[:80]
    found = 0
    for path in files:
        forget()
        text = path.read_text(encoding="utf-8", errors="replace")
        grams = cjk_ngrams(text, 2)
        starts = cjk_ngram_starts(text, 2)
        pool = sorted(set(grams))
        some = set(rnd.sample(pool, min(len(pool), 40))) | {"不存", "在的"}
        for keys in (some, frozenset(some), dict.fromkeys(some).keys()):
            want = [k for k, g in enumerate(grams) if g in some]
            got = ngrams_in(text, 2, keys)
            assert got == ([starts[k] for k in want], [grams[k] for k in want])
            found += len(want)
    forget()
    assert found > 5000
