"""Scan and keyboard slips of round r10b (issue 12): letters in numbers (T140), a circle for the
zero of a Chinese numeral (T141), a look-alike that leaves a pair no word holds (T142)."""

from __future__ import annotations

import rjieba

from mingjing.rules.number_signs import circle_zeros, number_letters
from mingjing.rules.scan_lookalikes import scan_pairs


def _letters(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], meant) for s, e, meant in number_letters(text)]


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(text[s : s + 2], meant) for s, meant in scan_pairs(text, rjieba.cut(text))]


def test_letters_inside_numbers_are_read_as_digits() -> None:
    text = "支部共有党员4l名，l5户困难家庭，2O19年起每年走访，完成率9O%。"
    assert _letters(text) == [("4l", "41"), ("l5", "15"), ("2O19", "2019"), ("9O", "90")]


def test_numbers_with_real_letters_stay_quiet() -> None:
    text = "推广O2O模式，建成5G基站，落实ISO9001认证，参加G20峰会，型号A4纸，IO接口，Pl0模块。"
    assert _letters(text) == []


def test_circle_for_zero_in_a_year() -> None:
    text = "二○一九年以来，自二O二一年起，截至二〇二二年底。"
    assert [(text[s:e], m) for s, e, m in circle_zeros(text)] == [
        ("二○一九", "二〇一九"),
        ("二O二一", "二〇二一"),
    ]


def test_circle_as_a_mark_stays_quiet() -> None:
    assert list(circle_zeros("表中用○表示已完成，用●表示未完成，三○年代的照片。")) == []


def test_look_alike_pairs_that_make_no_word() -> None:
    text = "我到车间深人了解情况，专项资全使用不规范，问题末能整改到位，曰常巡查走过场。"
    assert _pairs(text) == [("深人", "深入"), ("资全", "资金"), ("末能", "未能"), ("曰常", "日常")]


def test_look_alike_characters_in_real_words_stay_quiet() -> None:
    text = (
        "邀请资深人士讲课，安全人员到岗，学习入脑入心，全县5个入河排口，周末和日常值班，"
        "以工作忙为由请假，每月主题党日中安排学习，己方和已经。"
    )
    assert _pairs(text) == []


def test_a_noise_word_of_the_dictionary_does_not_guard_a_look_alike() -> None:
    # 千元 is a word (千 keeps its reading there); 千文 is only noise of jieba's dictionary (4)
    assert _pairs("会后下发了若千文件，补助若千元。") == [("若千", "若干")]


def test_number_runs_found_as_with_the_lookbehind_first() -> None:
    """T140's regexes, with their lookbehinds moved after the first character (so that the engine
    skips ahead to it), match what the lookbehind-first forms match."""
    import random
    import re

    from mingjing.rules.number_signs import _CLASS, _RUN

    plain_run = re.compile(r"(?<![0-9A-Za-z.\-_/])[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)?(?![0-9A-Za-z\-_/])")
    plain_class = re.compile(r"(?<=[一二三四五六七八九级])[（(]([SOlIZ])[）)](?=[班排])")
    rnd = random.Random(4)
    found = 0
    for regex, plain, pool in (
        (_RUN, plain_run, "0123456789AaZzOolI.-_/（)班一 "),
        (_CLASS, plain_class, "一三级中（()）SOlI5班排"),
    ):
        for _ in range(20000):
            text = "".join(rnd.choice(pool) for _ in range(rnd.randrange(16)))
            spans = [(m.span(), m.groups()) for m in regex.finditer(text)]
            assert spans == [(m.span(), m.groups()) for m in plain.finditer(text)], text
            found += len(spans)
    assert found > 1000
