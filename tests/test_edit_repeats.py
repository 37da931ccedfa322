"""edits14's rules (round r14), in sentences of their own; its probes are measured by eval/word_probes.py and
held to their floors by tests/test_word_probes.py.

Probe 1 (written before the code): 5/42 on main, 38/42 after T184-T186 and the widened T112, 0 false alarms
in both. Probe 2 (written after the code, run once): first run 17/27 (63.0 %), 0 false alarms in 471
characters of 27 clean passages. What it showed was then fixed once (T186 read a frame whose first
clause holds a verb, 留守儿童, or whose longer head rjieba tags oddly, 频次): 19/27, still 0 false alarms.
"""

from __future__ import annotations


def test_two_versions_need_a_shared_character() -> None:
    from mingjing.rules.edit_repeats import versions_after_adverb

    assert [k for _s, _e, k in versions_after_adverb("要进一步加强进一步强化安全监管。")] == ["进一步强化"]
    assert list(versions_after_adverb("要不断学习不断实践，及时发现及时处置。")) == []


def test_a_sentence_cut_after_a_preposition() -> None:
    from mingjing.rules.edit_repeats import cut_sentences

    text = "开展了主题党日活动，在。群众说得对。人不在。清而有为。逐项核\n对。"
    assert [text[s:e] for s, e in cut_sentences(text)] == ["在"]
