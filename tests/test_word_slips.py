"""The two-character slips (T116), the variant forms (T117) and the look-alike table behind the
generated lexicon: every entry is walked, the context guards are shown to hold, and neither rule
fires on the clean fixtures."""

from pathlib import Path

import pytest
import yaml

from mingjing.read import read_document
from mingjing.rules import word_slips

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = sorted(
    [
        *FIXTURES.glob("review/*clean/*.txt"),
        *FIXTURES.glob("materials/*"),
        *FIXTURES.glob("heldout/materials/*"),
        *FIXTURES.glob("similarity/ind*"),
        *FIXTURES.glob("ledger/*.txt"),
    ]
)
SHAPES = Path(word_slips.__file__).parent / "data" / "similar_shapes.yaml"


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], right) for s, e, right in word_slips.slips(text)]


def test_the_look_alike_table_is_of_real_size_and_holds_the_phonetic_families():
    data = yaml.safe_load(SHAPES.read_text(encoding="utf-8"))
    families = [set(f) for f in data["families"]]
    assert len(families) >= 500
    for pair in ["瘴障", "忱枕", "寥廖", "瑕暇", "迄讫", "症证", "诿委", "砥抵", "末未"]:
        assert any(set(pair) <= f for f in families), pair
    assert data["groups"], "the hand-written groups (read by the near-twin search) are kept"


def test_the_two_character_table_is_generated_and_guarded():
    table = word_slips.two_character_slips()
    assert len(table) >= 10_000
    assert table["暇疵"] == "瑕疵" and table["讫今"] == "迄今" and table["证结"] == "症结"
    assert all(len(w) == 2 and len(r) == 2 and w != r for w, r in table.items())
    free = set("一上中下和的了是在不各只")  # characters that combine with anything are never in a form
    assert not [w for w in table if free & set(w)]


def test_every_two_character_entry_is_walked():
    from mingjing.rules.classic_slips import wrong_forms

    missed, left = [], []
    for wrong, right in word_slips.two_character_slips().items():
        text = f"（{wrong}）"
        if wrong in wrong_forms():  # the hand list of classic misspellings (T118) reports it
            left += [wrong] if found(text) else []
        elif found(text) != [(wrong, right)]:
            missed.append(wrong)
    assert missed == []
    assert left == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("这些暇疵讫今没有整改，也没有找准证结。", [("暇疵", "瑕疵"), ("讫今", "迄今"), ("证结", "症结")]),
        ("这些瑕疵迄今没有整改，也没有找准症结。", []),
        # a neighbour makes a word with a character of the pair: no slip (公证/结婚)
        ("他们办理了公证结婚手续。", []),
        # a parallel series of the genre (学纪、知纪、明纪) and an abbreviated body (卫健委)
        ("做到学纪、知纪、明纪、守纪，配合卫健委工作。", []),
        # a body abbreviated after its county (县防指) and a planning term (设施配建)
        ("处置过程中向县防指报告，养老设施配建不足。", []),
        # a term written twice is the writer's own (诉源治理), not a slip
        ("推进诉源治理，诉源治理成效初显，讫今未完。", [("讫今", "迄今")]),
        # a digit or Latin letter beside it: a code or a name
        ("编号A暇疵3号。", []),
        # a count beside it (r20): a slip after a number or before its count is still one
        ("发现12暇疵，讫今3次未改。", [("暇疵", "瑕疵"), ("讫今", "迄今")]),
        # but not after a letter's code and its digit (A3暇疵)
        ("编号A3暇疵。", []),
        # inside a title
        ("学习《暇疵讫今》一书。", []),
    ],
)
def test_two_character_slips_in_context(text, expected):
    assert found(text) == expected


def test_two_character_slips_are_silent_on_clean_text():
    assert len(CLEAN) >= 30
    hits = [(p.name, hit) for p in CLEAN for hit in found(read_document(p).text)]
    assert hits == []


@pytest.mark.parametrize("frame", ["他在材料里写了：{}。", "（{}）"])
def test_every_variant_form_is_walked(frame):
    missed, noisy = [], []
    for wrong, (right, _) in word_slips.variant_forms().items():
        bad = frame.format(wrong)
        at = bad.index(wrong)
        hits = [(s, e, r) for s, e, r, _ in word_slips.variants(bad)]
        if hits != [(at, at + len(wrong), right)]:
            missed.append((wrong, hits))
        if list(word_slips.variants(frame.format(right))):
            noisy.append(right)
    assert noisy == []
    assert missed == []


def test_variant_forms_are_words_and_stay_silent_where_they_are_pieces_of_words():
    import rjieba

    table = word_slips.variant_forms()
    assert len(table) >= 100
    assert not [r for r, _ in table.values() if not rjieba.has_word(r)]
    assert list(word_slips.variants("大家遇事推委，帐目不清。")) == [
        (4, 6, "推诿", "《第一批异形词整理表》推荐写法"),
        (7, 9, "账目", "词典规范写法：与钱财、账目有关的用“账”"),
    ]
    assert list(word_slips.variants("由推委员会审议。")) == []


def test_variant_forms_are_silent_on_clean_text():
    hits = [
        (p.name, text[s:e])
        for p in CLEAN
        for text in [read_document(p).text]
        for s, e, *_ in word_slips.variants(text)
    ]
    assert hits == []


def test_no_variant_form_is_also_a_misspelling():
    """A variant form is a warning (T117), never also an error of T111's lexicon."""
    from mingjing.rules.misspellings import entries

    assert not set(word_slips.variant_forms()) & set(entries())


def test_variant_forms_are_not_reported_in_traditional_text():
    """計畫 read one character for one is 计画: in a material written in traditional characters that is
    the writer's script, not a variant chosen (the same words in simplified characters are reported)."""
    from mingjing.frameworks import load_frameworks
    from mingjing.parse import parse_document
    from mingjing.read import read_bytes
    from mingjing.rules.review import review_outline
    from mingjing.traditional import to_simplified

    packs = load_frameworks()
    traditional = read_document(FIXTURES / "realforms" / "materials" / "traditional_characters.txt").text
    traditional = traditional.replace("一、存在的問題", "明年計畫完成整改。\n一、存在的問題", 1)
    assert "計畫完成" in traditional

    def t117(text: str) -> list[str]:
        outline = parse_document(read_bytes(text.encode("utf-8"), "材料.txt"), packs)
        return [f.excerpt for f in review_outline(outline, packs).findings if f.code == "T117"]

    assert t117(traditional) == []
    assert t117(to_simplified(traditional).replace("計", "计")) == ["计画"]


def test_no_variant_form_is_what_reading_traditional_characters_leaves():
    """答覆 is 答复 in traditional characters read one for one (mingjing.traditional): a material
    converted that way, or redrafted from one, did not choose the variant."""
    import opencc

    from mingjing.traditional import to_simplified

    s2t = opencc.OpenCC("s2t")
    leftovers = [w for w, (r, _) in word_slips.variant_forms().items() if to_simplified(s2t.convert(r)) == w]
    assert leftovers == []


def test_a_four_character_variant_split_wrongly_by_the_segmenter_is_reported():
    """直接了当地 is cut 直接/了/当地: the form stands apart as its recommended form does (直截了当/地)."""
    from mingjing.rules.word_slips import variants

    text = "讨论分管工作时，他发言直接了当地表示同意。"
    assert [(s, e, r) for s, e, r, _ in variants(text)] == [(11, 15, "直截了当")]
    assert list(variants("讨论分管工作时，他发言直截了当地表示同意。")) == []


def test_a_name_is_no_two_character_slip():
    """A two-character run before a post title (守盛书记, a real page) or after a surname is a name."""
    from mingjing.rules.word_slips import slips

    assert list(slips("针对这次守盛书记点评的指示，及时研究、逐项整改。")) == []
    assert list(slips("会上王守盛、李明发了言，指示及时研究。")) == []
    assert [r for _, _, r in slips("针对这次守盛点评的指示，及时研究。")] == ["守城"]


def test_the_look_alike_table_holds_other_readings_only_and_is_guarded():
    from pypinyin import pinyin

    table = word_slips.shape_slip_table()
    assert len(table) >= 10_000
    assert table["绕幸"] == "侥幸" and table["气绥"] == "气馁"
    free = set("一上中下和的了是在不各只")
    assert not [w for w in table if free & set(w)]
    sample = [(w, r) for k, (w, r) in enumerate(table.items()) if k % 997 == 0]
    for wrong, right in sample:  # the changed character is read otherwise: same-sound slips are T116's
        i = next(k for k in range(2) if wrong[k] != right[k])
        assert set(pinyin(wrong[i], heteronym=True)[0]).isdisjoint(pinyin(right[i], heteronym=True)[0])


def test_look_alike_slips_stand_apart_and_are_written_once():
    assert list(word_slips.shape_slips("遇到困难就气绥，")) == [(5, 7, "气馁")]
    assert list(word_slips.shape_slips("遇到困难就气绥，气绥了")) == []  # written twice: the writer's own
    assert list(word_slips.shape_slips("对行为之垢来一次排查")) == []
