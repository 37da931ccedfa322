"""T404 (rules/real_word_twins.py): real words written for their near twins. The pair list is walked
family by family (every bad example is reported at its mark with a member of its family as the
suggestion, every good one is silent), the data is checked for consistency, the detector is run on
every clean text of the fixtures (silent), and the template library's evidence is shown to work."""

import re
from pathlib import Path

import pytest
import rjieba

from mingjing.read import read_document
from mingjing.rules import real_word_twins as rwt
from mingjing.rules.library_model import LibraryModel

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = sorted(
    [
        *FIXTURES.glob("review/*clean/*.txt"),
        *FIXTURES.glob("materials/*"),
        *FIXTURES.glob("realforms*/*.txt"),
        *FIXTURES.glob("kinds/*.txt"),
        *FIXTURES.glob("similarity/ind*"),
        *FIXTURES.glob("ledger/*.txt"),
    ]
)
FAMILIES = rwt._data()["examples"]


def find(text: str, model: LibraryModel | None = None) -> list[tuple[int, int, str, rwt.Evidence]]:
    words = rjieba.cut(text, True)
    starts = []
    at = 0
    for w in words:
        starts.append(at)
        at += len(w)
    return list(rwt.suspects(text, (words, starts), model))


def test_pairs_are_of_real_size():
    hand = {frozenset(p) for p in rwt.hand_pairs()}
    every = {frozenset((a, b)) for a, ts in rwt.twins().items() for b in ts}
    assert len(hand) >= 150 and len(every) >= 4000
    assert len(FAMILIES) >= 50


@pytest.mark.parametrize("family", FAMILIES, ids=[f["pair"] for f in FAMILIES])
def test_family(family):
    members = set(family["pair"].split(" ")[0].split("/"))
    assert family["bad"] and family["good"]
    for bad in family["bad"]:
        m = re.search(r"\[(.+?)\]", bad)
        assert m and m.group(1) in members, bad
        text = bad.replace("[", "").replace("]", "")
        hits = [(s, e, twin) for s, e, twin, _ in find(text)]
        span = (m.start(), m.end() - 2)
        assert [h for h in hits if h[:2] == span and h[2] in members - {m.group(1)}], (bad, hits)
    for good in family["good"]:
        assert find(good) == [], good


def test_data_is_consistent():
    for a, b in rwt.hand_pairs():
        assert rjieba.has_word(a) or len(a) == 1, a
        assert (a, b) not in rwt.variants()
    for a, b in rwt.variants():
        assert b not in rwt.twins().get(a, ()), (a, b)
    for word in rwt.usages():
        assert word in rwt.twins(), f"{word} has collocates but no twin"


def test_silent_on_every_clean_text():
    assert len(CLEAN) >= 40
    hits = []
    for path in CLEAN:
        text = read_document(path).text
        hits += [(path.name, text[max(0, s - 6) : e + 6], twin) for s, e, twin, _ in find(text)]
    assert hits == []


def test_counter_evidence_silences():
    # 反应 has evidence of its own (反应迅速): no finding although 群众 is 反映's neighbour
    assert find("通知发出后群众反应迅速，当天就报满了。") == []
    assert [t for _, _, t, _ in find("通知发出后群众反应强烈。")] == ["反映"]


def test_template_library_is_evidence():
    text = "三月我因家中有时请假两天。"
    assert find(text) == []
    library = LibraryModel.from_texts(["本人因家中有事请假一天。"] * 3)
    hits = find(text, library)
    assert [(text[s:e], twin, why.kind) for s, e, twin, why in hits] == [("有时", "有事", "library")]
    # a library that writes the word as written in this context is no evidence for the twin
    both = LibraryModel.from_texts(["本人因家中有事请假一天。"] * 3 + ["家中有时无人。"])
    assert find(text, both) == []


def test_generated_pairs_are_up_to_date():
    jieba = pytest.importorskip("jieba")
    assert jieba
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "generate_confusion_pairs", Path(__file__).parent.parent / "scripts" / "generate_confusion_pairs.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    stored = {
        tuple(line.split("\t"))
        for line in (rwt.DATA / "confusion_pairs_generated.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert stored == set(script.rows())


def test_collocates_work_in_a_plain_sentence():
    """Every collocate of a word, put beside a hand-written twin of the word in a plain sentence,
    should make T404 suggest the word. Those that do not are glued into a dictionary word by the
    segmenter (新闻报导, 斗争形式 — itself evidence for the word as written) or split (看到报到 → 到 报 到);
    most must work."""
    hand = rwt.hand_pairs()
    works = fails = 0
    for word, usage in rwt.usages().items():
        for twin in [t for a, t in hand if a == word]:
            for c in usage.left:
                hits = find(f"我看到{c}{twin}。")
                ok = any(s <= 3 + len(c) < e and w_ == word for s, e, w_, _ in hits)
                works, fails = works + ok, fails + (not ok)
            for c in usage.right:
                hits = find(f"我看到{twin}{c}。")
                ok = any(s <= 3 < e and w_ == word for s, e, w_, _ in hits)
                works, fails = works + ok, fails + (not ok)
    assert works > 1000
    assert fails / (works + fails) < 0.1


def test_a_trades_term_the_written_word_makes_is_evidence_for_it():
    """监察建议 is a 监察机关's own term (the trades' lexicon), though jieba lists only 检察建议 (r24)."""
    assert find("认真落实派驻纪检监察组提出的监察建议。") == []
