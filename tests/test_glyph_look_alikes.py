"""The glyph look-alike table (rules/glyph_look_alikes.py, scripts/generate_glyph_look_alikes.py) and
the rule that reads it (T157, rules/glyph_slips.py)."""

from __future__ import annotations

import rjieba

from mingjing.rules.glyph_look_alikes import look_alike_score, look_alikes
from mingjing.rules.glyph_slips import glyph_slips


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s : s + 2], meant) for s, meant in glyph_slips(text, list(rjieba.cut(text, True)))]


def test_look_alikes_differ_by_a_stroke_or_a_part() -> None:
    # pairs a scan or 五笔 confuses whose parts differ, so no table of shared phonetic parts holds them
    for a, b in (
        "疗疔",
        "营菅",
        "炎灸",
        "警譬",
        "油汕",
        "木本",
        "委娄",
        "面而",
        "入人",
        "贷货",
        "未末",
        "戌戍",
    ):
        assert b in look_alikes(a) and a in look_alikes(b), (a, b)
        assert look_alike_score(a, b) == look_alike_score(b, a) >= 80


def test_unlike_glyphs_are_no_look_alikes() -> None:
    assert "水" not in look_alikes("火")
    assert look_alike_score("一", "鼎") == 0
    assert look_alikes("a") == ()


def test_lists_are_short_and_best_first() -> None:
    for ch in "人日木营疗":
        twins = look_alikes(ch)
        assert 0 < len(twins) <= 6
        scores = [look_alike_score(ch, t) for t in twins]
        assert scores == sorted(scores, reverse=True)


def test_a_rare_look_alike_leaving_no_word_is_read_as_the_word() -> None:
    text = "我们在汛期发布预譬后没有及时跟进，网点运菅也不规范，全乡汕茶基地缺少管护。"
    assert _found(text) == [("预譬", "预警"), ("运菅", "运营"), ("汕茶", "油茶")]


def test_free_words_names_and_chance_pairs_stay_quiet() -> None:
    text = (
        "会上逐人表态，工作迈上新台阶，坚持不唯上，经验可资借鉴，制度订得好，打牢思想基础，"
        "检查后厨卫生，邓国强同志发言，到澜州调研，施 工扬尘问题。"
    )
    assert _found(text) == []


def test_a_pair_written_twice_is_the_writers_own() -> None:
    assert _found("网点运菅不规范，运菅成本高。") == []


def test_a_pair_a_sound_slip_explains_as_well_is_left_to_the_sound_rules() -> None:
    from mingjing.rules.glyph_slips import _pair_fits

    assert _pair_fits("运菅") == (1, "运营")
    assert _pair_fits("堕性") is None  # 惰性: the same syllable and tone
