"""Two versions of one adverbial left side by side (T164), round r12 (typo12b)."""

from __future__ import annotations

from pathlib import Path

import jieba

from mingjing.rules.kept_adverbials import NOT_PREPOSITIONS, PREPOSITIONS, kept_adverbials


def test_the_prepositions_are_jiebas() -> None:
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    tagged = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split()
        if tag == "p" and len(word) == 2 and int(freq) >= 100:
            tagged.add(word)
    assert tagged - NOT_PREPOSITIONS == PREPOSITIONS


def test_a_preposition_written_again_after_its_first_object() -> None:
    text = "直到上周直到本月初，依照惯例依照新办法执行，还有2件没有办结。"
    found = [(text[s:e], head) for s, e, head in kept_adverbials(text)]
    assert found == [("直到上周直到", "直到"), ("依照惯例依照", "依照")]


def test_a_series_or_a_longer_word_stays_quiet() -> None:
    text = "依照惯例、依照新办法执行，通过座谈与通过走访了解情况，整改措施针对问题针对性不强，截至目前共办结5件。"
    assert list(kept_adverbials(text)) == []
