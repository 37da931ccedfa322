"""How rare a word is in measures (rules/measure_rarity.py, data/measure_words.tsv) and what A101 makes of it:
the head of an aspect's name alone (责任 of 管党治党责任) answers nothing; two rare words of the problem's own,
taken up by one measure, answer it. Materials: the reviewer16 probe's m01 and m02, changed here."""

from pathlib import Path

from mingjing.rules.context import ReviewOptions
from mingjing.rules.examples import example_outline
from mingjing.rules.measure_rarity import _apart, common_in_measures, rare_in_measures
from mingjing.rules.review import review_outline

PROBE = Path(__file__).parent / "fixtures" / "probes16" / "reviewer16" / "first"


def unanswered(packs, text):
    report = review_outline(example_outline(text, packs), packs, ReviewOptions(select=["A101"]))
    return [f.excerpt for f in report.findings]


def test_words_every_measure_uses_are_common():
    assert common_in_measures("责任") and common_in_measures("群众") and common_in_measures("学习")
    assert not common_in_measures("处方") and rare_in_measures("处方") and rare_in_measures("融资")
    assert not rare_in_measures("责任")


def test_overlapping_bigrams_are_one_word():
    assert _apart("每年春节前报告", {"春节", "节前"}) == 1
    assert _apart("每天复核处方，参加药事质控会", {"处方", "药事"}) == 2


def test_the_head_of_the_name_alone_does_not_answer(packs):
    text = (PROBE / "m01.txt").read_text(encoding="utf-8")
    assert unanswered(packs, text) == ["在坚决扛起管党治党责任方面"]
    answered = text.replace(
        "（五）抓好学习落实。组织干部职工学习《中国共产党纪律处分条例》，加强对学习笔记的检查。",
        "（五）压实管党治党责任。每季度听取分管股室党风廉政建设汇报，全年召开2次警示教育会。",
    )
    assert answered != text
    assert unanswered(packs, answered) == []


def test_two_rare_words_of_the_problem_answer_it(packs):
    text = (PROBE / "m02.txt").read_text(encoding="utf-8")
    assert "工作纪律方面" not in unanswered(
        packs, text.replace("药事质控会", "质控会，用量存疑的处方当天退回医生")
    )
    # with the measure's rare words gone, nothing answers the item
    bare = text.replace(
        "（四）提高审方质量。每天下班前复核当日存疑处方，每月参加1次药事质控会，全年处方差错控制在零。\n", ""
    )
    assert "工作纪律方面" in unanswered(packs, bare)


def test_a_rare_word_of_three_characters_taken_up_answers(packs):
    text = (PROBE / "m08.txt").read_text(encoding="utf-8")
    assert "生活纪律方面" not in unanswered(packs, text)  # 红白事 in the problem and in 红白事简办
    bare = text.replace("五是移风易俗。党员带头执行村规民约，红白事简办，不搞攀比。", "")
    assert bare != text
    assert "生活纪律方面" in unanswered(packs, bare)
