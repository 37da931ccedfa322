"""T168's table kept as one string of rows sorted by key (rules/long_word_slips.py): every row of the
source is there, and each is found under its key as a plain dictionary of the source finds it."""

from __future__ import annotations

import lzma

from mingjing.rules.long_word_slips import TABLE, _candidates, long_word_slip_table


def _plain() -> dict[str, list[tuple[int, str, str]]]:
    entries: dict[str, list[tuple[int, str, str]]] = {}
    with lzma.open(TABLE, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                key, at, wrong, right = line.rstrip("\n").split("\t")
                entries.setdefault(key, []).append((int(at), wrong, right))
    return entries


def test_every_row_under_its_key_in_the_file_order() -> None:
    assert long_word_slip_table() == _plain()


def test_a_planted_form_is_a_candidate_under_each_of_its_keys() -> None:
    plain = _plain()
    for key in list(plain)[::97]:  # some 700 keys across the table
        for _at, wrong, right in plain[key]:
            text = "我们要认真" + wrong + "的工作。"
            start = 5
            assert (start, start + len(wrong), right) in _candidates(text), (key, wrong)
