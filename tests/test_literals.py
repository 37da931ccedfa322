"""The data rules' literal prefilter (rules/literals.py) finds exactly what the plain regex finds."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from mingjing.rules.literals import (
    Alternatives,
    Prefiltered,
    first_characters,
    folded,
    lead_character,
    longest_first,
    required_literals,
    word_starts,
)
from mingjing.rules.registry import review_rules

FIXTURES = Path(__file__).parent / "fixtures"


def spans(matches: object) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "pattern, literals",
    [
        (
            "(?:(?<=当前)|(?<=严峻))形式(?![主化])|形式(?=严峻)",
            ("形式",),
        ),  # lookarounds hold no required text
        ("(?P<err>两个确立)(?=的)", ("两个确立",)),
        ("[（(](?:仅供|下载)[^）)]{0,9}[）)]", ("仅供", "下载")),
        ("第\\s*\\d+\\s*页", ("第",)),
        ("关于[\u4e00-\u9fff]{2,8}的(?:通知|意见)", ("关于",)),  # the longest shortest string
        ("(?i)(?:https?://)?(?:[a-z]+\\.)*(?:wenku|doc88)", ("wenku", "doc88")),
        ("[×╳]{2,}|＊{3,}", ("×", "╳", "＊＊＊")),  # a class of a few characters, a repeated one
        ("[a-z]{2,}\\d|[^，。]{3}", None),  # ranges, categories, negated classes: nothing to name
        ("(?i)#{2,}[a-z_]{0,9}(?:begin|end)", ("##",)),  # ignoring case: strings without case first
        ("布署|坐阵", None),  # only strings: the regex's own scan is the test
        ("(?i:abc)x?", None),  # a group that changes case rules is not read
        ("a(?:b|[cd])", ("a",)),  # one branch without a string: the alternation names nothing
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    assert required_literals(re.compile(pattern))[0] == literals


@pytest.mark.parametrize(
    "pattern, text",
    [
        # a lookbehind before the window and a lookahead after it see the whole text
        ("(?:(?<=当前)|(?<=严峻))形式|形式(?=严峻)", "面对当前形式和严峻形式，形式严峻，" + "。" * 300),
        # a match found in a window can end before the string that opened it: the rest is still tried
        ("[甲乙]{1,3}|丙丁[甲乙]", "甲丙丁乙" + "，" * 300),
        # overlapping occurrences of the strings
        ("(?:啊啊)x|啊y", "啊啊啊y啊啊x" + "，" * 300),
        # case-insensitive strings
        ("(?i)(?<![a-z])(?:WORD|pdf)版", "下载Word版或PDF版" + "。" * 300),
        ("(?m)^\\d{1,2}(?P<err>、)", "1、学习\n2、落实\n" + "。" * 300),
        # the whole text searched without case in its ASCII only: a Kelvin sign still matches k
        ("(?i)(?:wenku|doc88)\\.com", "来自wen\u212au.com的材料" + "。" * 300),
        # Chinese strings looked up by their end bigrams first: both are there, the string too
        ("(?P<err>两个确立)(?=的)", "两个维护，确立目标，深刻领悟两个确立的决定性意义" + "。" * 300),
    ],
)
def test_same_matches_as_the_regex(pattern: str, text: str) -> None:
    regex = re.compile(pattern)
    found = spans(Prefiltered(regex).finditer(text))
    assert found == spans(regex.finditer(text))
    assert found  # the cases are chosen to match


def rule_regexes() -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for rule in review_rules():
        matcher = rule.matcher
        if matcher is not None:
            regexes = getattr(matcher, "regexes", None) or [matcher.regex]
            out += [(rule.code, r) for r in regexes]
    return out


def test_every_data_rule_finds_the_same_with_and_without_prefilter() -> None:
    """Fixture texts whole and in short pieces with one of the required strings planted (the pieces
    are where only a few windows are scanned); the rules' own examples."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    examples = [e.text.replace("[", "").replace("]", "") for r in review_rules() for e in r.examples]
    rnd = random.Random(12)
    regexes = rule_regexes()
    assert len(regexes) > 60
    prefiltered = windowed_hits = 0
    for code, regex in regexes:
        scan = Prefiltered(regex)
        pool = texts[::4] + examples
        if scan.literals:
            prefiltered += 1
            for t in texts[::3]:
                k = rnd.randrange(max(1, len(t) - 300))
                piece = t[k : k + 300]
                j = rnd.randrange(len(piece) + 1)
                pool.append(piece[:j] + rnd.choice(scan.literals) + piece[j:])
        for text in pool:
            expected = spans(regex.finditer(text))
            assert spans(scan.finditer(text)) == expected, (code, regex.pattern, text[:80])
            if expected and scan.width is not None and len(text) < 400:
                windowed_hits += 1
    assert prefiltered > 40  # most data rules have a prefilter
    assert windowed_hits > 50  # and the windowed scan met real matches


def test_longest_first_word_starts_and_alternatives_match_the_plain_regexes() -> None:
    """Random word lists over a small alphabet (many shared prefixes and overlaps): the trie finds
    what the alternation sorted longest first finds, `word_starts` every place a word begins, and
    `Alternatives` what the joint regex `A|B` finds between pos and endpos."""
    rnd = random.Random(5)
    shape = re.compile("[ab]{2,3}c|d[a-e]e(?=a|$)")
    for _ in range(1500):
        words = list({"".join(rnd.choice("abcd") for _ in range(rnd.randint(1, 5))) for _ in range(12)})
        text = "".join(rnd.choice("abcde") for _ in range(60))
        plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        trie = re.compile(longest_first(words))
        assert spans(trie.finditer(text)) == spans(plain.finditer(text)), (words, text)
        begins = sorted({i for w in words for i in range(len(text)) if text.startswith(w, i)})
        assert [m.start() for m in word_starts(words).finditer(text)] == begins, (words, text)
        pos, endpos = rnd.randrange(10), rnd.randrange(40, 61)
        joint = re.compile(f"{plain.pattern}|{shape.pattern}")
        found = spans(Alternatives([trie, shape]).finditer(text, pos, endpos))
        assert found == spans(joint.finditer(text, pos, endpos)), (words, text, pos, endpos)


def test_alternatives_refuse_a_part_that_can_match_empty() -> None:
    with pytest.raises(ValueError, match="empty"):
        Alternatives([re.compile("a"), re.compile("b*")])


def test_the_characters_written_as_ascii_are_all_that_fold_to_it() -> None:
    """`folded` writes the four characters outside ASCII that a case-blind regex matches to an ASCII
    letter as that letter; no other character matches one (so a case-blind ASCII match is always
    found in the folded text)."""
    letter = re.compile("(?i)[a-z]")
    folding = {chr(c) for c in range(0x80, 0x30000) if letter.fullmatch(chr(c))}
    assert folding == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert folded("甲WEN\u212aU乙\u0130\u017f") == "甲wenku乙is"


@pytest.mark.parametrize(
    "pattern, firsts",
    [
        ("(?:…{4,}|[.·]{6,})[ \t　]*[0-9０-９]+", ".·…"),  # repeats of one at least once
        ("[\\[【](?:图片|视频)[\\]】]", "[【"),  # a class of literals
        ("(?P<err>(?P<n>十[一-九]|二十[一-九]?)大)(?=[一二三]中全会)", "二十"),  # groups, branches
        ("第\\s*\\d+页", None),  # one first character: the engine skips to it as quickly
        ("(?<=[。])(?:甲|乙)", "乙甲"),  # a lookbehind first consumes nothing: the class after it
        ("(?<![最附])近(?:十|百)", "近"),  # one character after a lookbehind: the engine cannot skip to it
        ("(?m)^[ \t]*第", None),  # an anchor, then a repeat that may be empty
        ("(?P<e>(?=[甲乙]))", None),  # nothing but an assertion
        ("(?i)(?:ab|cd)x", None),  # case ignored
        ("[\u4e00-\u9fff]{2}(?:不够|有待)", None),  # a range
        ("(?:甲|乙|)丙", None),  # an empty branch
        # a choice of lookbehinds or lookaheads before the first character consumes nothing (r28)
        ("(?:(?<=党员)|(?<=党员的))先进", "先"),
        ("(?:(?<=我)|(?=(?:不能|无法)否认))(?:不能|无法)否认", "不无"),
        ("(?:(?<=我)|(?=不))(?:甲|乙)", "乙甲"),
        # more than eight first characters, when the engine cannot skip ahead anyway (an assertion first)
        ("(?<!乙)(?:丙|丁|戊|己|庚|辛|壬|癸|子)", "丁丙壬子己庚戊癸辛"),
        ("(?:丙|丁|戊|己|庚|辛|壬|癸|子)", None),  # the engine skips to them by itself
    ],
)
def test_first_characters(pattern: str, firsts: str | None) -> None:
    assert first_characters(re.compile(pattern)) == firsts


def test_rare_first_characters_are_tried_only_where_they_stand() -> None:
    """Where a match's first characters are rare, the regex is tried only there (a scan of width 0)
    and finds what the regex finds: lookbehinds before those places, `$`, ranges of the text."""
    rnd = random.Random(5)
    pool = list("一三四五，。\n") * 200 + list("…·.[【十二")
    cases = [
        ("(?:…{4,}|[.·]{6,})[ \t　]*[0-9０-９]+[ \t　]*(?![^\n])", "目录…………12\n"),
        ("[\\[【](?:图片|图表)[\\]】]", "【图片】"),
        ("(?P<err>(?P<n>十[一-九]|二十[一-九]?)大)(?=[一二三]中全会)", "二十大三中全会"),
        ("(?<=。)[【\\[]图", "。【图"),
        # an assertion first: the engine tries every place, the scan only where a first character stands
        ("(?<![三四])十(?:二|一)", "五十二"),
        ("(?<=[。\n])(?=[^。])(?:【|十)[^\n]{0,3}", "。十二"),
    ]
    taken = 0
    for pattern, planted in cases:
        regex = re.compile(pattern)
        scan = Prefiltered(regex)
        for _ in range(60):
            body = "".join(rnd.choice(pool) for _ in range(rnd.randrange(0, 3000)))
            k = rnd.randrange(len(body) + 1)
            text = body[:k] + planted + body[k:]
            for pos, end in ((0, len(text)), (rnd.randrange(len(text) + 1), len(text) - 1)):
                taken += scan.scan(text, pos, end).width == 0
                assert spans(scan.finditer(text, pos, end)) == spans(regex.finditer(text, pos, end))
    assert taken > 50


@pytest.mark.parametrize(
    "pattern, lead",
    [
        ("(?P<c>[\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}(?:、(?P=c)[\u4e00-\u9fff]{1,4})+", ("、", 5)),
        ("(?:x|y)c+", ("c", 1)),
        ("(?<=abc)d+", ("d", 0)),
        ("x?(?:ab)+", ("a", 1)),
        ("a*b", None),  # no bound before it
        ("(?i)ab+", None),  # case ignored
    ],
)
def test_lead_character(pattern: str, lead: tuple[str, int] | None) -> None:
    assert lead_character(re.compile(pattern)) == lead


def test_unbounded_matches_are_tried_only_just_before_their_lead_character() -> None:
    """A regex of unbounded length whose every match holds a character a bounded way in (members listed
    with 、) is tried only within that bound before where the character stands, and finds what the regex
    finds, from any place and to any end."""
    rnd = random.Random(28)
    pool = list("进学校社区企业家庭一二，。\n") * 200 + list("、“”五四")
    cases = [
        (
            (
                "(?P<list>(?P<c>[\u4e00-\u9fff])(?:(?!等)[\u4e00-\u9fff]){1,4}(?:、(?P=c)(?:(?!等)[\u4e00-\u9fff]){1,4})+)"
                '(?P<name>[“"]?(?P<n>[两二三四五六七八九十])(?P=c)[”"]?)'
            ),
            "进学校、进社区、进企业“四进”",
        ),
        ("(?<=[。\n])[一二]{0,2}、[^。\n]*", "。一、学校"),
    ]
    taken = 0
    for pattern, planted in cases:
        regex = re.compile(pattern)
        scan = Prefiltered(regex)
        for text, pos, end in _planted_texts(rnd, pool, planted):
            found = scan.scan(text, pos, end)
            taken += found.places is not None and found.width is not None
            got = [(m.span(), m.groups()) for m in scan.finditer(text, pos, end)]
            assert got == [(m.span(), m.groups()) for m in regex.finditer(text, pos, end)]
    assert taken > 50


def _planted_texts(rnd: random.Random, pool: list[str], planted: str) -> Iterator[tuple[str, int, int]]:
    """60 random texts over `pool` with `planted` put in somewhere, each with two (start, end) ranges."""
    for _ in range(60):
        body = "".join(rnd.choice(pool) for _ in range(rnd.randrange(0, 3000)))
        k = rnd.randrange(len(body) + 1)
        text = body[:k] + planted + body[k:]
        for pos, end in ((0, len(text)), (rnd.randrange(len(text) + 1), len(text) - 1)):
            yield text, pos, end
