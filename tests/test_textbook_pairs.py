"""T172–T174, F167 (rules/textbook_pairs.py): textbook slips in the wider rules' blind spots."""

from mingjing.rules.textbook_pairs import digit_glyphs, fixed_words, formulas, post_names


def _rights(fn, text: str) -> list[str]:
    return [text[s:e] + ">" + r for s, e, r in fn(text)]


def test_glyph_after_number() -> None:
    assert _rights(digit_glyphs, "储备3干吨，6月15曰召开，近三个月末能更新。") == ["干>千", "曰>日", "末>未"]
    assert _rights(digit_glyphs, "3个干部，周末加班，每个月末能盘点，月末能结账，子曰。") == []


def test_fixed_words() -> None:
    assert _rights(fixed_words, "防讯演练，摸低排查，绷紧这根玄，开展技术知道，") == [
        "防讯>防汛",
        "摸低>摸底",
        "玄>弦",
        "技术知道>技术指导",
    ]
    assert _rights(fixed_words, "我知道技术知道得少，玄妙，这根弦。") == []


def test_post_names() -> None:
    assert _rights(post_names, "览投员和信货员") == ["览投员>揽投员", "信货员>信贷员"]
    assert _rights(post_names, "揽投员和信贷员") == []


def test_formulas() -> None:
    text = "中国特色现代化，三大一重，国之大事，务必谦虚谨慎、艰苦朴素。"
    assert [r for _s, _e, r in formulas(text)] == ["中国式现代化", "三重一大", "国之大者", "艰苦奋斗"]
    quiet = "中国特色社会主义现代化建设，国之大事，在祀与戎，保持谦虚谨慎、艰苦朴素的作风。"
    assert list(formulas(quiet)) == []
