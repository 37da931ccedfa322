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
