"""typo13b's probe (round r13b): slips written in other words than sets 25/26 keep being found, and the
close clean passages do not gain false alarms (eval/probe_typo13b.py measures both)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

from probe_typo13 import measure
from probe_typo13b import PROBE

FOUND_FLOOR = 19  # of 33 after T167, the own-term twins of T136 and the gates (17 before)
ALARMS_CEILING = 3  # 4 before; 测线 in a two-sentence passage has too little of the text's own 测 to go by


@pytest.fixture(scope="module")
def result():
    return measure(PROBE)


def test_probe_slips_are_found(result) -> None:
    assert result.slips >= 30
    assert len(result.found) >= FOUND_FLOOR, "\n".join(result.missed)


def test_probe_clean_passages_stay_quiet(result) -> None:
    assert result.clean > 600
    assert len(result.alarms) <= ALARMS_CEILING, "\n".join(result.alarms)
    assert not any("T403" in a or "T167" in a or "T136" in a for a in result.alarms)


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
