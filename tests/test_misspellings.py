"""The proofreading lexicon of T111 (rules/data/misspellings.yaml): every entry is walked — the wrong
form is reported with the right one as the suggestion, the right form is silent — and the whole
lexicon is silent on every clean fixture and on the planted materials outside their planted errors."""

import pytest

from clean_texts import WIDE_CLEAN, unplanted
from mingjing.read import read_document
from mingjing.rules import misspellings

CLEAN = WIDE_CLEAN


def test_the_lexicon_is_of_real_size():
    table = misspellings.entries()
    assert len(table) >= 800
    assert all(e.wrong != e.right for e in table.values())


def test_the_lexicon_is_silent_on_clean_text():
    assert len(CLEAN) >= 30
    hits = [(p.name, e.wrong) for p in CLEAN for _, _, e in misspellings.misspellings(read_document(p).text)]
    assert hits == []


def test_the_lexicon_reports_only_planted_errors_in_planted_materials():
    assert unplanted(lambda text: [e.wrong for _, _, e in misspellings.misspellings(text)]) == []


@pytest.mark.parametrize("frame", ["他在材料里写了：{}。", "对此，{}是我今后努力的方向。"])
def test_every_entry_is_walked(frame):
    missed, noisy = [], []
    for entry in misspellings.entries().values():
        bad = frame.format(entry.wrong)
        at = bad.index(entry.wrong)
        found = [(s, e, x.right) for s, e, x in misspellings.misspellings(bad)]
        if found != [(at, at + len(entry.wrong), entry.right)]:
            missed.append((entry.wrong, found))
        good = frame.format(entry.right)
        if list(misspellings.misspellings(good)):
            noisy.append(entry.right)
    assert noisy == []
    assert missed == []


# classic misspellings that jieba's dictionary carries as noise with a frequency above the bar
LISTED_NOTE = "分词词典也收了的常见错别字"
HAND_KEPT = {"名符其实", "震憾", "松驰", "寒喧", "装璜", "提拨", "供献", "签定", "固步自封"}


def test_every_entry_is_a_misspelling_by_the_dictionaries():
    """The right form is a word (jieba's dictionary, pypinyin's phrases) or a phrase of the genre of
    four or more characters; the wrong form is not a common word: jieba's dictionary, if it knows
    it at all, gives it less than 1/50 of the right form's frequency."""
    import rjieba
    from pypinyin.constants import PHRASES_DICT

    unknown_right, common_wrong = [], []
    for e in misspellings.entries().values():
        if not (rjieba.has_word(e.right) or e.right in PHRASES_DICT or len(e.right) >= 4):
            unknown_right.append(e.right)
        if e.note == LISTED_NOTE:
            # the group of misspellings the dictionary lists (r23): a third of the right form's frequency
            if rjieba.has_word(e.wrong) and rjieba.suggest_freq(e.wrong) * 3 >= rjieba.suggest_freq(e.right):
                common_wrong.append((e.wrong, e.right))
            continue
        if rjieba.has_word(e.wrong) and e.wrong not in HAND_KEPT:
            # suggest_freq is the dictionary's frequency plus one for a word it knows
            wrong, right = rjieba.suggest_freq(e.wrong) - 1, rjieba.suggest_freq(e.right) - 1
            if wrong >= max(5, right / 50):
                common_wrong.append((e.wrong, wrong, e.right, right))
    assert unknown_right == []
    assert common_wrong == []
