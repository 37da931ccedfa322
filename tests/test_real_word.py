"""T110's table of confusable pairs (rules/real_word.py, data/confusions.yaml) at real size (round r21): every pair
walked against all clean text of the repository and the planted materials' text outside their planted errors."""

from __future__ import annotations

import pytest

from clean_texts import WIDE_CLEAN, unplanted
from mingjing.read import read_document
from mingjing.rules.real_word import confusions, misused


def wrongs(text: str) -> list[str]:
    return [p.wrong for _s, _e, p, _why in misused(text)]


def test_the_table_is_of_real_size() -> None:
    table = confusions()
    assert len(table) >= 260
    assert all(p.wrong != p.right and p.contexts and p.bad and p.good for p in table)


@pytest.mark.parametrize("path", WIDE_CLEAN, ids=lambda p: p.name)
def test_clean_text_stays_quiet(path) -> None:
    assert wrongs(read_document(path).text) == []


def test_planted_materials_hold_no_other_finding() -> None:
    assert unplanted(wrongs) == []


@pytest.mark.parametrize(
    "text, right",
    [
        ("存在先出证后补材料的情况，本质上是利用手中的检疫出证权利“行方便”。", "权力"),
        ("推动养殖户溶入全省渔业绿色发展大局。", "融入"),
        ("对部分单位长期空编的问题，没有严格执行精减收回规定。", "精简"),
    ],
)
def test_sets_41_42_class(text: str, right: str) -> None:
    assert [p.right for _s, _e, p, _w in misused(text)] == [right]


def test_rights_of_people_stay_rights() -> None:
    quiet = "要利用法律武器维护自身权利，依法行使选举权利，保障职工的合法权利。"
    assert list(misused(quiet)) == []


def test_words_of_a_system_and_of_local_work_stay_words() -> None:
    """智能 of a system (智能定位, 人工智能) and a park's own 环保督查 are the words, not 职能 or 督察 (r21)."""
    quiet = "新平台具备智能定位和智能派车功能，发展人工智能；园区组织了环保督查和消防检查。"
    assert list(misused(quiet)) == []
