"""Named enumerations (F227, F228, F229; rules/named_series.py): the table walked against itself and against
all clean text in the repository."""

from __future__ import annotations

import pytest

from clean_texts import set_clean_texts
from mingjing.rules.named_series import bodies, find, table


def test_the_table_is_of_real_size() -> None:
    assert len(table()) >= 80
    for s in table():
        assert len(s.members) == len(set(s.members)), s.names
        for member, wrongs in s.wrong.items():
            assert member in s.members, (s.names, member)
            assert not set(wrongs) & set(s.right(s.members.index(member))), (s.names, member)


@pytest.mark.parametrize("series", table(), ids=lambda s: s.names[0])
def test_each_series_written_rightly_is_quiet_and_its_wrong_wordings_are_heard(series) -> None:
    name = series.names[0]
    right = "、".join(series.members)
    assert not list(find(f"对照“{name}”，{right}的要求落实不够。")), right
    for k, member in enumerate(series.members):
        for wrong in series.wrong.get(member, ()):
            parts = list(series.members)
            parts[k] = wrong
            text = f"对照“{name}”，{'、'.join(parts)}的要求落实不够。"
            hits = [(text[s.start : s.end], s.suggestion) for s in find(text) if s.code == "F227"]
            assert any(h[0] == wrong for h in hits), (text, hits)


def test_a_named_series_with_a_member_left_out_is_heard() -> None:
    for s in table():
        if len(s.members) < 4:
            continue
        parts = list(s.members[:-2]) + [s.members[-1]]
        text = f"对照“{s.names[0]}”，{'、'.join(parts)}的要求落实不够。"
        assert any(x.code == "F228" for x in find(text)), text
        assert not list(find(text + "另有" + s.members[-2] + "。")), text


def test_all_clean_text_of_the_repository_stays_quiet() -> None:
    loud = []
    for name, text in set_clean_texts():
        loud += [(name, text[s.start : s.end]) for s in find(text)]
        loud += [(name, text[a:b]) for a, b, _, _ in bodies(text)]
    assert not loud


def test_bodies_and_cores() -> None:
    assert [x[2] for x in bodies("党组履行全面从严治党监督责任不够有力。")] == ["主体责任"]
    assert not list(bodies("派驻纪检组履行全面从严治党监督责任不够有力。"))
    assert not list(bodies("党委履行主体责任，纪委履行监督责任。"))
    assert [x[2] for x in bodies("坚决维护党中央的核心、全党的核心地位。")] == [
        "习近平总书记党中央的核心、全党的核心"
    ]
    assert [x[2] for x in bodies("确立党中央的核心、全党的核心地位。")] == [
        "习近平同志党中央的核心、全党的核心"
    ]
    assert not list(bodies("坚决维护习近平总书记党中央的核心、全党的核心地位。"))
