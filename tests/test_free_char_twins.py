"""T325 (rules/free_char_twins.py) and T326 (rules/mate_variants.py), round r24: a word's first character typed
as its look-alike that is a word of grammar (即定目标, 抽油机并场), and a like-headed saying's member written as
its near variant beside its mate (以案为镜、以案促改). Both are walked over every clean text and every planted
material of the repository."""

from __future__ import annotations

import pytest
import rjieba

from clean_texts import ANY_CLEAN, unplanted
from mingjing.read import read_document
from mingjing.rules.free_char_twins import twin_slips
from mingjing.rules.mate_variants import headed_lists, mate_slips


def slips(text: str) -> list[tuple[str, str]]:
    words = rjieba.cut(text, False)
    starts, at = [], 0
    for w in words:
        starts.append(at)
        at += len(w)
    return [(text[s:e], right) for s, e, right in twin_slips(words, starts)]


@pytest.mark.parametrize(
    "text, written, right",
    [
        ("有2个项目没有按即定计划开工。", "即定", "既定"),
        ("对巡察反馈的即往问题整改不彻底。", "即往", "既往"),
        ("部分抽油机并场护栏缺失。", "并场", "井场"),
        ("对矿区并口的安全检查不够经常。", "并口", "井口"),
    ],
)
def test_a_free_character_for_its_look_alike_is_read(text: str, written: str, right: str) -> None:
    assert (written, right) in slips(text)


@pytest.mark.parametrize(
    "text",
    [
        "群众来办事时做到即来即办、即定即办。",  # 即 "at once" before a verb
        "完成管网改造并场站验收。",  # 并 "and" after a verb
        "把资料整理好并口头汇报。",  # 口头 is a word: 并 stands before it
        "按照既定目标推进，一经发现即严肃处理。",
    ],
)
def test_the_free_characters_own_uses_are_quiet(text: str) -> None:
    assert slips(text) == []


def test_a_mate_decides_the_like_headed_member() -> None:
    assert "以案" in headed_lists()
    text = "坚持以案为镜、以案促改，召开警示教育会。"
    assert [(text[s:e], m) for s, e, m in mate_slips(text)] == [("以案为镜", "以案为鉴")]
    # alone, the near wording is said as well; another verb makes a member people add
    assert list(mate_slips("以案为镜，时刻自警自省。")) == []
    assert list(mate_slips("坚持以案促改、以案促学。")) == []


def test_silent_on_every_clean_text() -> None:
    hits = []
    for path in ANY_CLEAN:
        text = read_document(path).text
        hits += [(path.name, w) for w, _ in slips(text)]
        hits += [(path.name, text[s:e]) for s, e, _ in mate_slips(text)]
    assert hits == []


def test_only_planted_errors_in_planted_materials() -> None:
    assert unplanted(lambda text: [w for w, _ in slips(text)]) == []
    assert unplanted(lambda text: [text[s:e] for s, e, _ in mate_slips(text)]) == []
