"""The template library as T110's language model: its n-grams are extra evidence for a word of a
known confusion pair whose data contexts did not decide — never evidence alone."""

from pathlib import Path

from mingjing.frameworks import load_frameworks
from mingjing.rules.context import ReviewOptions
from mingjing.rules.examples import example_document
from mingjing.rules.library_model import MIN_USES, LibraryModel
from mingjing.rules.real_word import misused
from mingjing.similarity.index import Library

REVIEWED = "一是风险意识不强。今年6月我对防汛形式估计不足，只开了1次调度会。"
PAST = [
    "今年5月，局党组专题分析防汛形势，部署了3项措施。",
    "会上通报了防汛形势和值班安排，要求各站24小时值守。",
    "针对防汛形势，我带队检查了8座泵站。",
    "二是主动作为。今年汛期组织防汛演练2次。",
]


def test_the_library_decides_only_when_it_uses_the_other_word_in_this_context():
    assert [e for *_, e in misused(REVIEWED)] == []  # the data contexts alone do not decide
    model = LibraryModel.from_texts(PAST)
    found = [(REVIEWED[s:e], p.right, ev) for s, e, p, ev in misused(REVIEWED, model)]
    assert found == [("形式", "形势", "library")]


def test_the_library_stays_quiet_when_it_writes_the_word_as_written_too():
    model = LibraryModel.from_texts(PAST + ["我们创新了防汛形式，开展线上演练。"])
    assert list(misused(REVIEWED, model)) == []


def test_too_few_uses_are_no_evidence():
    model = LibraryModel.from_texts(PAST[: MIN_USES - 1])
    assert list(misused(REVIEWED, model)) == []


def test_a_word_of_no_known_pair_is_never_flagged_by_the_library():
    model = LibraryModel.from_texts(["防汛工作"] * 10)
    assert list(misused("我对防汛功作估计不足。", model)) == []


def test_review_with_corpus_uses_the_library(tmp_path: Path):
    from mingjing.workbench import review_files

    library = Library(tmp_path / "lib.db", create=True)
    for k, text in enumerate(PAST):
        library.add_document(example_document(text), f"范文{k}")
    library.close()
    material = tmp_path / "材料.txt"
    material.write_text(REVIEWED, encoding="utf-8")
    packs = load_frameworks()
    plain = review_files([material], packs, ReviewOptions(select=["T110"]))
    assert [f for r in plain.reports for f in r.findings if f.code == "T110"] == []
    with_library = review_files([material], packs, ReviewOptions(select=["T110"]), corpus=tmp_path / "lib.db")
    found = [f for r in with_library.reports for f in r.findings if f.code == "T110"]
    assert [(f.excerpt, f.suggestions) for f in found] == [("形式", ["形势"])]
    assert "模板库" in found[0].message


NEAR = "二是整改不够精准。对巡察指出的问题没有对证下药，只是泛泛表态。"
NEAR_PAST = [
    "针对问题清单对症下药，逐项销号。",
    "坚持对症下药、靶向施策。",
    "分析原因，对症下药，3项整改全部完成。",
]


def test_t401_reports_a_real_word_near_twin_only_on_the_library_evidence():
    from mingjing.rules.near_twin import find_twins

    assert list(find_twins(NEAR)) == []  # 对证下药 is a word of jieba's dictionary: alone, no evidence
    found = [(NEAR[s:e], p) for s, e, p, _ in find_twins(NEAR, LibraryModel.from_texts(NEAR_PAST))]
    assert found == [("对证下药", "对症下药")]
    both = LibraryModel.from_texts(NEAR_PAST + ["有的同志对证下药不准。"])
    assert list(find_twins(NEAR, both)) == []


def test_t401_is_quiet_on_what_the_unit_itself_writes():
    from mingjing.rules.near_twin import find_twins

    text = "我两天后才安排核查，坚持不谢抓舆情处置的意识还不强。"
    assert [p for *_, p, _ in find_twins(text)] == ["坚持不懈"]
    own = LibraryModel.from_texts(["坚持不谢是本村的老说法。", "村里常说坚持不谢。"])
    assert list(find_twins(text, own)) == []
