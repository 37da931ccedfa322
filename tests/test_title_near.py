"""F213 (rules/title_near.py): every title of data/book_titles.yaml walked — silent as written and cut
at its head, heard with one inner character changed, with a word of two characters dropped from
inside, with one character added and with two neighbouring words swapped — and a unit's own titles,
the real titles next to catalogued ones and the numbered documents silent."""

from __future__ import annotations

import pytest

from mingjing.rules.title_gaps import known_titles
from mingjing.rules.title_near import _QUOTED as QUOTED
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


# ---- round r21 (doctitles21): the kind's last character slipped; a Party regulation read whole -------

PARTY = [t for t in TITLES if t.startswith("中国共产党") and len(core(t)) >= MIN_CORE]


@pytest.mark.parametrize("title", [t for t in LONG if t.endswith(("条例", "规定", "准则", "意见", "纲要"))])
def test_every_title_is_heard_with_its_kind_slipped_at_its_end(title):
    written = core(title)[:-1] + FOREIGN
    assert _heard(written, title), written


@pytest.mark.parametrize("title", [t for t in PARTY if t.endswith(("条例", "规定", "准则", "规则"))])
def test_every_party_regulation_is_heard_with_its_kind_written_as_another(title):
    other = "规则" if not title.endswith("规则") else "条例"
    written = title[:-2] + other
    assert written in TITLES or _heard(written, title) or near_title(written) is None, written


@pytest.mark.parametrize(
    "written, title",
    [
        ("中国共产党党内督查条例", "中国共产党党内监督条例"),
        ("中国共产党组织处理条例", "中国共产党组织处理规定（试行）"),
        ("中国共产党请示报告条例", "中国共产党重大事项请示报告条例"),
        ("中国共产党党员廉洁自律准则", "中国共产党廉洁自律准则"),
        ("关于加强新时代廉洁文化建设的意件", "关于加强新时代廉洁文化建设的意见"),
        ("新时代爱国主义教育实施纲耍", "新时代爱国主义教育实施纲要"),
    ],
)
def test_party_regulations_and_kinds_slipped_are_heard(written, title):
    assert near_title(written) == title


def test_no_title_in_the_repositorys_clean_materials_is_heard():
    from pathlib import Path

    root = Path(__file__).parent / "fixtures" / "review"
    files = [*root.glob("clean/*.txt"), *root.glob("*_clean/*.txt")]
    quoted = {m.group(1) for f in files for m in QUOTED.finditer(f.read_text(encoding="utf-8"))}
    assert len(files) >= 100
    assert [t for t in quoted if near_title(t) is not None] == []
