"""T169 (rules/rare_glyphs.py): a rare character put for its everyday look-alike, read by the words around it;
and the generated table it reads (scripts/generate_rare_glyph_twins.py)."""

from __future__ import annotations

import rjieba

from mingjing.rules.rare_glyphs import rare_glyph_slips, rare_twins


def _slips(text: str) -> list[tuple[str, str]]:
    starts, at = [], 0
    for word in rjieba.cut(text, False):
        starts.append(at)
        at += len(word)
    return [(text[k], meant) for k, meant in rare_glyph_slips(text, starts)]


def test_the_table_holds_everyday_look_alikes_of_characters_outside_gb2312() -> None:
    for rare, everyday in (("苖", "苗"), ("眀", "明"), ("亊", "事"), ("毎", "每"), ("単", "单")):
        assert everyday in rare_twins(rare), rare
    assert rare_twins("苗") == ""  # an everyday character has no row


def test_a_rare_character_where_its_look_alike_makes_a_word() -> None:
    assert _slips("全面推进疫苖接种工作") == [("苖", "苗")]
    assert _slips("职责定位不够眀确，推诿扯皮") == [("眀", "明")]
    assert _slips("配合做好对乡镇财务的嵇核工作") == [("嵇", "稽")]  # a rare surname of GB 2312
    assert _slips("辖区2条黑嗅水体完成整治") == [("嗅", "臭")]  # a genre term, not 喷水 (cuts 水体)


def test_names_places_quotations_and_words_stay_quiet() -> None:
    assert _slips("王喆同志在驻村工作中表现突出") == []
    assert _slips("副书记、镇长孙立伟、") == []
    assert _slips("郜庄村的道路硬化工程已经完工") == []
    assert _slips("嵇康是魏晋时期的文学家") == []
    assert _slips("村里的3处易涝点巡查记录") == []  # an everyday character asks a word of three
    assert _slips("子丑寅卯辰巳午未申酉戌亥是传统的地支") == []  # 该是: a free word only
    assert _slips("他在《眀月集》里写道") == []


def test_a_traditional_character_is_left_to_t127() -> None:
    assert _slips("对专项资金的监督检査流于形式") == []


def test_the_glyph_tables_hold_the_pairs_of_sets_29_and_30() -> None:
    from mingjing.rules.shape_neighbours import shape_neighbours

    for written, meant in (
        ("末", "未"),
        ("嵇", "稽"),
        ("嗅", "臭"),
        ("裁", "栽"),
        ("杨", "扬"),
        ("己", "已"),
    ):
        assert meant in shape_neighbours(written), written
    assert "苗" in rare_twins("苖")  # outside GB 2312: the table of rare characters
