"""A word of a set phrase replaced by a whole word of the same sound (T146) and the genre's
collocations it reads, round r10b (issue 12)."""

from __future__ import annotations

import rjieba

from mingjing.rules.phrase_homophones import phrase_homophones


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s : s + 4], p) for s, p in phrase_homophones(rjieba.cut(text))]


def test_a_whole_word_of_the_same_sound() -> None:
    text = "他的大局意识和看齐意识都不强，服务意识淡薄，国有资产保值增直。有的同志大举意识不强。"
    assert _found(text) == [("保值增直", "保值增值"), ("大举意识", "大局意识")]


def test_words_of_other_sounds_and_right_phrases_stay_quiet() -> None:
    assert _found("低保复核材料按时上报，宗旨意识牢固，综治工作扎实。") == []


def test_only_pairs_with_a_kept_half_are_looked_at_yet_every_slip_is_found() -> None:
    """The pairs picked from the two-character tokens' places are every pair the plain walk over all
    pairs of tokens would look at: the same slips, in the same order, on texts with slips planted."""
    from collections import Counter

    from mingjing.rules.phrase_homophones import _CJK2, _known, dictionary_freq, halves, sound, sound_index

    def walk(tokens: list[str]) -> list[tuple[int, str]]:
        index, (firsts, seconds), out = sound_index(), halves(), []
        pairs = Counter(x + y for x, y in zip(tokens, tokens[1:], strict=False))
        for k, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)):
            if len(a) != 2 or len(b) != 2 or (b not in seconds and a not in firsts):
                continue
            if not (_CJK2.fullmatch(a) and _CJK2.fullmatch(b)):
                continue
            found = {p for p in (index.get((b, sound(a), 0)), index.get((a, sound(b), 1))) if p}
            run = a + b
            if len(found) == 1 and run not in _known() and not dictionary_freq(run) and pairs[run] == 1:
                out.append((sum(map(len, tokens[:k])), found.pop()))
        return out

    base = "他的大局意识和看齐意识都不强，服务意识淡薄，国有资产保值增直。有的同志大举意识不强。宗旨意识有所淡化。"
    texts = [base, base * 2, "综治意识" + base + "保值增值，保值增直", "作风建设" + base[:20]]
    found = 0
    for text in texts:
        tokens = rjieba.cut(text)
        assert list(phrase_homophones(tokens)) == walk(tokens)
        found += len(walk(tokens))
    assert found >= 4
