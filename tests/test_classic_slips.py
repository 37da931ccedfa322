"""The hand list of classic misspellings (T118): every entry is walked (the wrong form found with its
right form, the right form silent), no entry repeats another lexicon's, the dictionary check and the
context guard of listed words hold, and the list is silent on every clean fixture and outside the
planted errors of the planted materials."""

from pathlib import Path

import pytest

from clean_texts import WIDE_CLEAN, unplanted
from mingjing.read import read_document
from mingjing.rules import classic_slips

CLEAN = WIDE_CLEAN


def found(text: str) -> list[tuple[int, int, str]]:
    return [(s, e, x.right) for s, e, x in classic_slips.classic_slips(text)]


def test_the_list_is_of_real_size():
    table = classic_slips.entries()
    assert len(table) >= 300
    assert all(e.wrong != e.right and len(e.wrong) >= 2 for e in table.values())


@pytest.mark.parametrize("frame", ["他在材料里写了：{}。", "对此，{}是我今后努力的方向。"])
def test_every_entry_is_walked(frame):
    missed, noisy = [], []
    for entry in classic_slips.entries().values():
        bad = frame.format(entry.wrong)
        at = bad.index(entry.wrong)
        if found(bad) != [(at, at + len(entry.wrong), entry.right)]:
            missed.append((entry.wrong, found(bad)))
        if found(frame.format(entry.right)):
            noisy.append(entry.right)
    assert noisy == []
    assert missed == []


def test_no_entry_repeats_another_lexicon():
    """T111 (hand and generated), T117's variants and the data rules' swap lists report their own
    forms; a right form that is a fixed formulation is F129's."""
    from mingjing.rules.misspellings import entries
    from mingjing.rules.near_twin import formulations
    from mingjing.rules.word_slips import variant_forms

    generated, listed = classic_slips._listed_elsewhere()
    t111 = entries(include_generated=False)
    forms = set(formulations())
    doubled = [
        w
        for w, e in classic_slips.entries().items()
        if w in t111 or w in generated or w in listed or w in variant_forms() or e.right in forms
    ]
    assert doubled == []


def test_a_wrong_form_the_dictionaries_list_is_guarded():
    """Unguarded: no word of jieba's dictionary (frequency 5 or more, or 1/50 of the right form's)
    nor of pypinyin's phrases. Guarded ones are such words and need their context."""
    import jieba
    from pypinyin.constants import PHRASES_DICT

    freq: dict[str, int] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            freq[parts[0]] = int(parts[1])
    words = [
        e.wrong
        for e in classic_slips.entries().values()
        if not e.guarded
        and (
            e.wrong in PHRASES_DICT
            or freq.get(e.wrong, 0) >= 5
            or freq.get(e.wrong, 0) * 50 >= max(freq.get(e.right, 0), 1)
        )
    ]
    assert words == []
    assert sum(e.guarded for e in classic_slips.entries().values()) >= 20


def test_the_context_guards():
    # a listed word before a person's title is a name; one joined to its neighbour is another word
    assert found("会上，关健同志作了发言。") == []
    assert found("对“关健少数”的监督不够。") == [(2, 4, "关键")]
    assert found("建立相关健康档案。") == []  # 相关/健康
    # an unlisted wrong form that begins inside a word of the clause is no slip
    assert found("我多次饶幸过关。") == [(3, 5, "侥幸")]
    assert found("坚持以身作则。") == []
    # T116 leaves the list's two-character forms to T118
    from mingjing.rules.word_slips import slips

    assert [r for _, _, r in slips("没有找准问题，遗误了时机。")] == []


def test_the_list_is_silent_on_clean_text():
    assert len(CLEAN) >= 30
    hits = [
        (p.name, e.wrong) for p in CLEAN for _, _, e in classic_slips.classic_slips(read_document(p).text)
    ]
    assert hits == []


def test_the_list_reports_only_planted_errors_in_planted_materials():
    assert unplanted(lambda text: [e.wrong for _, _, e in classic_slips.classic_slips(text)]) == []
