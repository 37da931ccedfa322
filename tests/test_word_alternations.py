"""word_alternations.py: a regex's runs of plain words guarded by their first characters, same matches."""

import re
from pathlib import Path

from mingjing.rules import facts
from mingjing.rules.word_alternations import branches, guarded, ordered_words

FIXTURES = Path(__file__).parent / "fixtures" / "review"


def test_branches_split_only_at_the_top_level() -> None:
    assert branches(r"a|(?:b|c)|[|\]]|\||d") == ["a", "(?:b|c)", r"[|\]]", r"\|", "d"]
    assert branches(r"[]|]x|[^]|]y") == ["[]|]x", "[^]|]y"]


def test_ordered_words_try_the_words_in_their_order() -> None:
    # 会 listed before 会议: at 会议 the one-character word still wins, as in the plain alternation
    assert re.match(ordered_words(["会", "检查", "会议"]), "会议").group() == "会"
    assert re.match(ordered_words(["会议", "检查", "会"]), "会议").group() == "会议"
    # a later word is tried when what follows fails, as before
    pattern = f"(?:{ordered_words(['会', '检查', '会议'])})室"
    assert re.match(pattern, "会议室").group() == "会议室"


def test_guarded_keeps_other_branches_in_place() -> None:
    words = "|".join(["会议", "会上", "座谈", "调研", "检查", "考核", "巡察", "督查"])
    pattern = rf"\d+次|{words}|[\u4e00-\u9fff]{{2}}局|谈话"
    out = guarded(pattern)
    assert out.startswith(r"\d+次|(?=[") and out.endswith(r"|[\u4e00-\u9fff]{2}局|谈话")
    assert guarded("(?i)" + words) == "(?i)" + words  # case-blind words: left alone
    assert guarded("会议|检查") == "会议|检查"  # a short run: left alone


def test_facts_regexes_find_what_the_plain_alternations_found() -> None:
    kinds = [
        (
            facts._ANY_FACT,
            (
                facts._NUMBER,
                facts._QUOTED,
                facts._TIME,
                facts._PLACE,
                facts._PERSON,
                facts._MEETING,
                facts._EVENT,
            ),
        ),
        (
            facts._HARD_FACT,
            (facts._NUMBER, facts._QUOTED, facts._TIME, facts._PLACE, facts._PERSON, facts._MEETING),
        ),
        (facts.FACT, (facts._NUMBER, facts._QUOTED, facts._TIME, facts._PLACE, facts._PERSON, facts._EVENT)),
    ]
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))[:120]]
    assert texts
    for fast, parts in kinds:
        plain = re.compile("|".join(f"(?:{p})" for p in parts))
        assert fast.pattern != plain.pattern
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
            for at in range(0, len(text), 5):
                a, b = fast.match(text, at), plain.match(text, at)
                assert (a and a.span()) == (b and b.span())
