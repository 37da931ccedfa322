"""F213 (rules/title_near.py): every title of data/book_titles.yaml walked — silent as written and cut
at its head, heard with one inner character changed, with a word of two characters dropped from
inside, with one character added and with two neighbouring words swapped — and a unit's own titles,
the real titles next to catalogued ones and the numbered documents silent."""

from __future__ import annotations

import pytest

from mingjing.rules.title_gaps import known_titles
from mingjing.rules.title_near import MIN_CORE, core, near_title, near_titles

FOREIGN = "鑫"  # no title holds it
TITLES = sorted(known_titles())
LONG = [t for t in TITLES if len(core(t)) >= MIN_CORE + 2]


def _heard(written: str, title: str) -> bool:
    found = near_title(written)
    return found is not None and core(found) == core(title)


def test_the_catalogue_is_of_real_size():
    assert len(TITLES) >= 440 and len(LONG) >= 190


@pytest.mark.parametrize("title", TITLES)
def test_every_title_is_silent_as_written(title):
    assert near_title(title) is None
    assert near_title(f"{title}（2024年修订）") is None


@pytest.mark.parametrize("title", LONG)
def test_every_title_is_heard_with_an_inner_character_changed(title):
    c = core(title)
    k = len(c) // 2
    while c[k - 1 : k + 2].isascii() or set(c[k - 1 : k + 2]) & set("〇一二三四五六七八九十0123456789"):
        k -= 1
    written = c[:k] + FOREIGN + c[k + 1 :]
    assert _heard(written, title), written


@pytest.mark.parametrize("title", LONG)
def test_every_title_is_heard_with_a_word_dropped_or_a_character_added(title):
    c = core(title)
    k = len(c) // 2 - 1
    dropped = c[:k] + c[k + 2 :]
    added = c[:k] + FOREIGN + c[k:]
    assert _heard(dropped, title) or dropped in TITLES or near_title(dropped) is None, dropped
    assert _heard(added, title), added


def test_most_titles_are_heard_with_a_word_dropped():
    heard = 0
    for title in LONG:
        c = core(title)
        k = len(c) // 2 - 1
        heard += _heard(c[:k] + c[k + 2 :], title)
    assert heard >= 0.9 * len(LONG)


@pytest.mark.parametrize("title", LONG)
def test_every_title_is_heard_with_two_words_swapped(title):
    c = core(title)
    k = len(c) // 2 - 2
    a, b = c[k : k + 2], c[k + 2 : k + 4]
    if a == b:
        pytest.skip("the two words are the same")
    written = c[:k] + b + a + c[k + 4 :]
    assert written in TITLES or _heard(written, title), written


@pytest.mark.parametrize(
    "written",
    [
        "纪律处分条例",
        "落实全面从严治党主体责任规定",
        "中国共产党纪律处分条例（2023年修订）",
        "××局党组关于加强作风建设的实施方案",
        "××县关于进一步规范公务接待管理的通知",
        "中华人民共和国体育法",
        "中华人民共和国行政复议法",
        "中共中央关于制定国民经济和社会发展第十三个五年规划的建议",
        "关于做好2024年全面推进乡村振兴重点工作的意见",
        "习近平谈治国理政（第二卷）",
        "农村基层组织建设工作条例",
        "准则",
    ],
)
def test_own_short_and_neighbouring_titles_are_silent(written):
    assert near_title(written) is None


def test_the_span_is_the_title_between_the_marks():
    text = "我们学习了《中国共产党纪律处罚条例》和《准则》。"
    assert [(text[s:e], t) for s, e, t in near_titles(text)] == [
        ("中国共产党纪律处罚条例", "中国共产党纪律处分条例")
    ]
