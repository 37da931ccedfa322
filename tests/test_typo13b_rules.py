"""typo13b's rules (round r13b), in sentences of their own; its probe is measured by eval/word_probes.py and
held to its floor by tests/test_word_probes.py."""

from __future__ import annotations


def test_own_morpheme_and_quoted_pairs_are_no_slips() -> None:
    from mingjing.rules.word_slips import own_morpheme, quoted_counterpart, slips

    text = "水文站加密测点，勘测和监测资料按时整编，测线布设合理。"
    at = text.index("测线")
    assert own_morpheme(text, at, "侧线")
    assert list(slips(text)) == []
    assert not own_morpheme("对问题的证结分析不透。", 3, "症结")
    quoted = "班子更看重“显绩”，对打基础、利长远的“潜绩”投入不足。"
    assert quoted_counterpart(quoted, quoted.index("显绩"), quoted.index("显绩") + 2)
    alone = "班子更看重“显绩”。"
    assert not quoted_counterpart(alone, alone.index("显绩"), alone.index("显绩") + 2)


def test_the_materials_own_term_is_its_spelling() -> None:
    import rjieba

    from mingjing.rules.own_words import own_word_slips

    text = "揽投部人员不足，揽投员流失，揽投时限难以保证。对“览投”环节的质量管控不严。"
    assert [(w, how) for _at, w, how, _n in own_word_slips(text, rjieba.cut(text))] == [("揽投", "sound")]
    twice = "揽投部人员不足，揽投员流失。对“览投”环节的质量管控不严。"
    assert list(own_word_slips(twice, rjieba.cut(twice))) == []


def test_a_verb_and_its_object_is_no_swapped_set_phrase() -> None:
    from mingjing.rules.swapped_words import swapped_words

    assert list(swapped_words("依靠水情信息组织群众转移避险。")) == []
    assert [t for _s, _e, t in swapped_words("对形态意识领域的风险认识不足。")] == ["意识形态"]
