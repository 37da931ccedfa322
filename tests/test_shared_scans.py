"""What the review shares between rules and finds at C speed gives what each rule found by itself:
the n-grams' places (rules/grams.py) and the near twins' windows found from them (rules/near_twin.py)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import rjieba

from mingjing.read import read_document
from mingjing.rules.grams import apart, cjk_ngram_starts, cjk_ngrams, doubled_starts, ngrams_in
from mingjing.rules.near_twin import _middle_swaps, find_twins, known_phrases, twins_of

FIXTURES = Path(__file__).parent / "fixtures"


def test_each_ngram_begins_where_its_start_says() -> None:
    """The n-grams are every run's n characters at each place, and each begins where its start says."""
    texts = [read_document(p).text for p in sorted((FIXTURES / "review").rglob("*.txt"))[:30]]
    # a character beyond U+9FFF ends a run
    texts += ["", "一", "一二", "a一二三b四五\n六七八九十。", "𠀀一二三"]
    for text in texts:
        for n in (2, 3, 4):
            grams = cjk_ngrams(text, n)
            runs = re.findall("[\u4e00-\u9fff]+", text)
            assert grams == [r[k : k + n] for r in runs for k in range(len(r) - n + 1)]
            starts = cjk_ngram_starts(text, n)
            assert len(starts) == len(grams)
            assert [text[s : s + n] for s in starts] == grams
            assert starts == sorted(set(starts))


def test_a_collocation_with_its_middle_two_swapped_is_found() -> None:
    """Every 4-character collocation written with its middle characters swapped (the windows only
    the skip index finds) is reported as that collocation, out of order, when it is no word itself
    and the only phrase it is a twin of."""
    known = known_phrases()
    checked = 0
    for window in sorted(_middle_swaps()):
        phrases = {p for p, _, _ in twins_of(window)}
        if len(phrases) != 1 or window in known or rjieba.has_word(window):
            continue
        assert list(find_twins(f"我们要{window}。")) == [(3, 7, phrases.pop(), "order")], window
        checked += 1
    assert checked >= 100


def test_keys_found_from_the_shared_ngrams_as_a_scan_per_key_finds_them() -> None:
    """`ngrams_in` gives every place `str.find` gives for each key, overlapping too, and `apart` those
    `re.finditer` gives (谢谢 in 谢谢谢谢谢 at 0 and 2, not at 1 and 3)."""
    texts = [read_document(p).text for p in sorted((FIXTURES / "review").rglob("*.txt"))[:30]]
    texts.append("感谢谢谢谢谢你们，谢谢。好好好好")
    rnd = random.Random(10)
    for text in texts:
        written = sorted(set(cjk_ngrams(text, 2)))
        keys = frozenset(rnd.sample(written, min(60, len(written))) + ["谢谢", "好好", "不在"])
        starts, grams = ngrams_in(text, 2, keys)
        by_find = []
        for key in keys:
            at = text.find(key)
            while at >= 0:
                by_find.append((at, key))
                at = text.find(key, at + 1)
        assert list(zip(starts, grams)) == sorted(by_find)
        by_regex = sorted((m.start(), key) for key in keys for m in re.finditer(key, text))
        assert sorted(apart(starts, grams)) == by_regex


def test_ngrams_in_takes_any_keys_and_length() -> None:
    """Keys given as a dict, of three characters, or only one of them written: the places are still
    those `str.find` gives."""
    texts = [read_document(p).text for p in sorted((FIXTURES / "review").rglob("*.txt"))[:10]]
    texts.append("谢谢谢谢谢你们，谢谢。")
    for text in texts:
        for n in (2, 3):
            written = sorted(set(cjk_ngrams(text, n)))
            for keys in (dict.fromkeys(written[::7], 1), frozenset(written[:1]), frozenset({"没有的"[:n]})):
                by_find = sorted(
                    (at, key) for key in keys for at in range(len(text)) if text.startswith(key, at)
                )
                starts, grams = ngrams_in(text, n, keys)
                assert list(zip(starts, grams)) == by_find


def test_doubled_starts_are_where_the_doubled_character_regex_matches() -> None:
    """The shared starts of characters written twice are those `finditer` of the regex gives (runs of
    three: the first pair only; a character outside the Chinese block is no match)."""
    rnd = random.Random(3)
    texts = ["", "一一一", "一一二二", "a一一aa", "谢谢谢谢谢你", "人人\n人人"]
    texts += ["".join(rnd.choice("一二a，") for _ in range(rnd.randrange(30))) for _ in range(2000)]
    for text in texts:
        assert doubled_starts(text) == [m.start() for m in re.finditer(r"([\u4e00-\u9fff])\1", text)]
