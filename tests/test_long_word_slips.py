"""T168: slips inside words of three characters or more, and the glyph parts table it reads."""

from __future__ import annotations

from mingjing.rules.glyph_parts import part_neighbours
from mingjing.rules.long_word_slips import long_word_slip_table, long_word_slips, replaced_windows


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], right) for s, e, right in long_word_slips(text)]


def test_a_dropped_inner_character_of_a_long_word() -> None:
    assert _found("上半年联系县人民检院开展了警示教育座谈。") == [("人民检院", "人民检察院")]
    assert _found("上半年联系县人民检察院开展了警示教育座谈。") == []


def test_a_replaced_character_is_read_against_the_whole_word() -> None:
    assert _found("壮大村级集休经济的路子不多。") == [("集休经济", "集体经济")]
    assert _found("壮大村级集体经济的路子不多。") == []


def test_a_character_one_part_away() -> None:
    assert "呈" in part_neighbours("程")  # 程 typed or scanned without its 禾
    assert part_neighbours("A") == ()


def test_a_free_or_common_lone_character_is_no_sign_of_a_slip() -> None:
    # 大 opens 大学 and is common alone; 市, 说, 人 are words of their own
    for text in (
        "青年团员踊跃参加青年大学习活动。",
        "孙长松同志代表市社领导班子作对照检查。",
        "具体说有三个特点。",
        "把更多人团结在党的周围。",
    ):
        assert _found(text) == [], text


def test_a_name_or_a_title_stays_quiet() -> None:
    assert _found("学习《人民检院工作条例》。") == []


def test_the_tables_are_shipped() -> None:
    assert len(long_word_slip_table()) > 10_000
    assert len(replaced_windows()) > 100_000
