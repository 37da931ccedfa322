"""Review on real text (p, issue 12, r9): false alarms and misses of blind sets 16/17 fixed by cause,
tested on the blind materials themselves (seen now) where the cause needs a whole material."""

from pathlib import Path

from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.context import ReviewOptions
from mingjing.rules.review import review_outline

REVIEW = Path(__file__).resolve().parent / "fixtures" / "review"


def review(packs, name: str, *codes: str):
    path = next(REVIEW.glob(f"*/{name}.txt"))
    outline = parse_document(read_bytes(path.read_bytes(), path.name, ".txt"), packs)
    report = review_outline(outline, packs, ReviewOptions(select=list(codes)))
    return [(f.code, outline.document.text[f.start : f.end]) for f in report.findings]


def test_a_measure_that_takes_up_a_phrase_of_two_words_answers_its_problem(packs):
    # 学习笔记: 学习 is said by other items too, 笔记 only by this one; measure （一） takes the phrase up
    assert ("A101", "政治纪律方面") not in review(packs, "h04_dangji-2024_weishengyuan", "A101")


def test_a_labelled_signature_naming_a_colleague_is_residue(packs):
    assert ("R205", "周国庆") in review(packs, "h04_dangji-2024_weishengyuan", "R205")


def test_a_cause_sharing_only_stock_tails_with_a_problem_restates_nothing(packs):
    assert review(packs, "c03_mzshh-2024_liulinxiang_shuji", "A104") == []
    # a heading of three stock shapes is a list of shortcomings (planted)
    assert review(packs, "p06_mzshh2024", "A104")
