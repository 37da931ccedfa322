"""The shared shape-neighbour accessor (rules/shape_neighbours.py) and its frame table."""

from __future__ import annotations

from mingjing.rules.glyph_look_alikes import look_alikes
from mingjing.rules.glyph_parts import part_neighbours
from mingjing.rules.glyph_slips import glyph_slips
from mingjing.rules.shape_neighbours import (
    frame_neighbours,
    frame_only,
    shape_characters,
    shape_neighbours,
    whole_neighbours,
)


def test_frame_table_holds_whole_characters_of_one_frame() -> None:
    assert "中" in frame_neighbours("虫")
    assert "虫" in frame_neighbours("中")  # symmetric
    assert "害" in frame_neighbours("客")
    assert frame_neighbours("a") == ()


def test_accessor_joins_the_three_tables_without_repeats() -> None:
    for ch in "员中客疗":
        got = shape_neighbours(ch)
        assert len(got) == len(set(got))
        assert set(look_alikes(ch)) | set(part_neighbours(ch)) | set(frame_neighbours(ch)) == set(got)
        assert ch not in got
    assert "贝" in shape_neighbours("员") and "贝" not in whole_neighbours("员")  # a part: not whole
    assert {"虫", "中", "员"} <= shape_characters()


def test_frame_only_tells_the_weak_source() -> None:
    assert frame_only("虫", "中")
    assert not frame_only("疗", "疔")  # a look-alike


def test_glyph_slips_take_frame_neighbours_by_their_listed_pairs() -> None:
    words = ["全县", "平台", "运", "菅", "滞后", "。"]
    assert [meant for _start, meant in glyph_slips("全县平台运菅滞后。", words)] == ["运营"]
    # 虫 is a word alone 3,068 times: no place scanned, but 集虫 is a listed pair of the frame table
    text = "理论学习缺乏系统性，集虫学习次数偏少。"
    words = ["理论", "学习", "缺乏", "系统性", "，", "集", "虫", "学习", "次数", "偏少", "。"]
    assert [meant for _start, meant in glyph_slips(text, words)] == ["集中"]
    clean = "理论学习缺乏系统性，集中学习次数偏少。"
    words = ["理论", "学习", "缺乏", "系统性", "，", "集中", "学习", "次数", "偏少", "。"]
    assert list(glyph_slips(clean, words)) == []
