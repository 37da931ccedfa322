"""Names of counted parts written with their parts in each other's place (F169, round r23: 两新三企 for
两企三新), and the sayings of the shape 以A引领B read with A and B swapped (rules/swapped_pairs.py)."""

from __future__ import annotations

import pytest

from clean_texts import TABLE_CLEAN, table_clean_texts
from mingjing.rules import formulation_sayings as fs
from mingjing.rules import swapped_pairs as sp


@pytest.mark.parametrize(
    "written, right",
    [
        ("两新三企", "两企三新"),
        ("三课一会", "三会一课"),
        ("两保障三不愁", "两不愁三保障"),
        ("一做两学", "两学一做"),
    ],
)
def test_parts_swapped_are_mended(written: str, right: str) -> None:
    slips = list(fs.parts_swapped(f"推进“{written}”工作不够。"))
    assert [(s.suggestion, s.reason) for s in slips] == [(right, "顺序颠倒")]


def test_the_names_in_order_and_one_count_are_quiet() -> None:
    text = "推进“两企三新”党建，落实“三会一课”“两学一做”和“两不愁三保障”，实现“两个一百年”，第三会一课。"
    assert not list(fs.parts_swapped(text))


def test_every_name_has_two_counted_parts_and_no_measure_word() -> None:
    names = fs._compound_names()
    assert len(names) >= 40
    assert all(len(fs._COUNTED_PART.findall(n)) >= 2 and not set(n) & fs._MEASURE_WORDS for n in names)


def test_no_clean_text_holds_a_swapped_name() -> None:
    assert len(TABLE_CLEAN) > 100
    found = [
        (p.name, text[s.start : s.end])
        for p, text in zip(TABLE_CLEAN, table_clean_texts(), strict=True)
        for s in fs.parts_swapped(text)
    ]
    assert found == []


def test_means_and_ends_are_generated_from_the_sayings() -> None:
    wordings = {e.wording for e in sp.means_and_ends()}
    assert {"以党的自我革命引领社会革命", "以新安全格局保障新发展格局"} <= wordings
    assert not any("以学促干" in w for w in wordings)  # 以学促干、以干促学 is written both ways
    (found,) = sp.find("对以社会革命引领党的自我革命认识不深。")
    assert found.suggestions[0] == "以党的自我革命引领社会革命"
