"""Similarity: normalisation keeps offsets, winnowing's guarantee, passages, pairs, the library."""

import json
import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, run_cli
from mingjing.read import read_bytes, read_document
from mingjing.similarity.batch import compare_batch
from mingjing.similarity.fingerprint import GUARANTEE, fingerprints
from mingjing.similarity.index import MIN_FINGERPRINTS, SHORT, Library, paragraph_hashes
from mingjing.similarity.normalize import normalize

CLEAN = FIXTURES / "review" / "clean"


def test_normalize_keeps_offsets_and_folds_variants():
    text = "學習貫徹，ＡＢＣ　２０２３年！\n习近平新时代"
    n = normalize(text)
    assert n.text == "学习贯彻abc2023年习近平新时代"
    for k, ch in enumerate(n.text):
        original = text[n.offsets[k]]
        assert original == ch or original.lower() == ch or normalize(original).text == ch


CJK = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=0, max_size=80)


@settings(max_examples=200, deadline=None)
@given(
    CJK,
    CJK,
    st.text(
        alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=GUARANTEE, max_size=60
    ),
)
def test_winnowing_guarantee(prefix_a, prefix_b, shared):
    """Any run of GUARANTEE characters two texts share gives them a common fingerprint."""
    a, b = prefix_a + shared + "甲乙", prefix_b + shared + "丙丁"
    fa, _ = fingerprints(a)
    fb, _ = fingerprints(b)
    assert set(fa.tolist()) & set(fb.tolist())


def edited(text: str, share: float, seed: int) -> str:
    rng = random.Random(seed)
    chars = list(text)
    cjk = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
    for i in rng.sample(cjk, int(len(cjk) * share)):
        chars[i] = chr(rng.randrange(0x4E00, 0x9FA5))
    return "".join(chars)


def test_pairs_score_copies_high_and_independent_materials_low():
    source = read_document(CLEAN / "c01_zhuti2023.txt")
    copy = read_bytes(edited(source.text, 0.2, 7).encode(), "copy.txt", ".txt")
    other = read_document(CLEAN / "c05_zhuti2023b2.txt")
    same_year = read_document(FIXTURES / "review" / "planted" / "p02_zhuti2023.txt")
    pairs = {
        (p.a, p.b): p
        for p in compare_batch([("src", source), ("copy", copy), ("other", other), ("same", same_year)])
    }
    assert pairs[("src", "copy")].score >= 0.6
    assert pairs[("src", "other")].score <= 0.1 and pairs[("src", "same")].score <= 0.1
    for p in pairs[("src", "copy")].passages:
        assert 0 <= p.a_start < p.a_end <= len(source.text) and 0 <= p.b_start < p.b_end <= len(copy.text)


def test_exact_passages_point_at_the_same_text():
    a = read_document(CLEAN / "c03_zzshh2023.txt")
    shared = a.text.split("\n")[5]
    b = read_bytes(("李四对照检查材料\n我的前言。\n" + shared + "\n其他内容。").encode(), "b.txt", ".txt")
    [pair] = compare_batch([("a", a), ("b", b)])
    longest = max(pair.passages, key=lambda p: p.chars)
    assert (
        normalize(a.text[longest.a_start : longest.a_end]).text
        == normalize(b.text[longest.b_start : longest.b_end]).text
    )
    assert longest.chars >= len(normalize(shared).text) - 2


def test_compare_cli(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(
        edited((CLEAN / "c01_zhuti2023.txt").read_text(encoding="utf-8"), 0.1, 3), encoding="utf-8"
    )
    text = run_cli("compare", CLEAN / "c01_zhuti2023.txt", copy)
    assert text.returncode == 0 and "相似度" in text.stdout and "高度雷同" in text.stdout
    data = json.loads(run_cli("compare", CLEAN / "c01_zhuti2023.txt", copy, "-f", "json").stdout)
    assert data["score"] >= 0.6 and data["passages"]
    html = run_cli("compare", copy, CLEAN / "c01_zhuti2023.txt", "-f", "html")
    page = (tmp_path / "copy.比对.html").read_text(encoding="utf-8")
    assert html.returncode == 0 and page.count("<mark") > 10 and "http" not in page


def test_review_batch_flags_copying_between_colleagues(tmp_path):
    copy = tmp_path / "李四.txt"
    copy.write_text(
        edited((CLEAN / "c03_zzshh2023.txt").read_text(encoding="utf-8"), 0.05, 5), encoding="utf-8"
    )
    data = json.loads(
        run_cli(
            "review",
            CLEAN / "c03_zzshh2023.txt",
            copy,
            CLEAN / "c06_zzshh2023.txt",
            "-f",
            "json",
            "--exit-zero",
        ).stdout
    )
    scores = {(p["a"].rsplit("/", 1)[-1], p["b"].rsplit("/", 1)[-1]): p["score"] for p in data["pairs"]}
    assert len(scores) == 3
    assert scores[("c03_zzshh2023.txt", "李四.txt")] >= 0.6
    assert scores[("c03_zzshh2023.txt", "c06_zzshh2023.txt")] <= 0.1
    copied = data["reports"][1]
    assert copied["verdict"] != "pass"
    assert any(f["code"] == "D101" and f["severity"] == "error" for f in copied["findings"])
    assert not any(f["code"] == "D101" for f in data["reports"][2]["findings"])
    ignored = json.loads(
        run_cli(
            "review", CLEAN / "c03_zzshh2023.txt", copy, "-f", "json", "--exit-zero", "--ignore", "D"
        ).stdout
    )
    assert ignored["pairs"] and not any(
        f["category"] == "similarity" for r in ignored["reports"] for f in r["findings"]
    )


def test_library(tmp_path):
    db = tmp_path / "library.db"
    added = run_cli("corpus", "add", CLEAN, "--db", db)
    assert added.returncode == 0 and "新加入 8 份" in added.stdout
    again = run_cli("corpus", "add", CLEAN / "c01_zhuti2023.txt", "--db", db)
    assert "新加入 0 份，已存在跳过 1 份" in again.stdout
    stats = run_cli("corpus", "stats", "--db", db)
    assert "材料 8 份" in stats.stdout
    listing = run_cli("corpus", "list", "--db", db)
    assert "2023" in listing.stdout
    copy = tmp_path / "抄的.txt"
    copy.write_text(
        edited((CLEAN / "c01_zhuti2023.txt").read_text(encoding="utf-8"), 0.2, 11), encoding="utf-8"
    )
    data = json.loads(run_cli("review", copy, "--corpus", db, "-f", "json", "--exit-zero").stdout)
    best = data["matches"][0]
    assert (
        best["path"].endswith("c01_zhuti2023.txt")
        and best["share"] >= 0.6
        and best["file"].endswith("抄的.txt")
    )
    source_text = read_document(CLEAN / "c01_zhuti2023.txt").text
    for p in best["passages"]:
        assert 0 <= p["source_start"] < p["source_end"] <= len(source_text)
    assert any(f["code"] == "D102" for f in data["reports"][0]["findings"])
    library = Library(db)
    source_id = next(s.id for s in library.sources() if s.path.endswith("c01_zhuti2023.txt"))
    library.close()
    assert run_cli("corpus", "remove", str(source_id), "--db", db).returncode == 0
    after = json.loads(run_cli("review", copy, "--corpus", db, "-f", "json", "--exit-zero").stdout)
    assert not any(m["path"].endswith("c01_zhuti2023.txt") for m in after["matches"])
    bad = run_cli("corpus", "remove", "999", "--db", db)
    assert bad.returncode == 2 and "没有编号为 999" in bad.stderr


def test_library_errors(tmp_path):
    missing = run_cli("corpus", "stats", "--db", tmp_path / "nope.db")
    assert missing.returncode == 2 and "模板库不存在" in missing.stderr
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    result = run_cli("corpus", "stats", "--db", junk)
    assert (
        result.returncode == 2
        and "不是 mingjing 的模板库" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_library_removal_keeps_document_frequencies(tmp_path):
    library = Library(tmp_path / "lib.db", create=True)
    ids = [
        library.add_document(read_document(CLEAN / n), n) for n in ("c01_zhuti2023.txt", "c02_mzshh2024.txt")
    ]
    before = library.db.execute("SELECT COUNT(*), SUM(sources) FROM df").fetchone()
    extra = library.add_document(read_document(CLEAN / "c03_zzshh2023.txt"), "c03")
    assert library.remove(extra)
    assert library.db.execute("SELECT COUNT(*), SUM(sources) FROM df").fetchone() == before
    assert all(ids)
    fingerprints_before = library.db.execute("SELECT COUNT(*) FROM fingerprints").fetchone()
    again = library.add_document(read_document(CLEAN / "c03_zzshh2023.txt"), "c03")
    assert library.remove(again)
    assert library.db.execute("SELECT COUNT(*) FROM fingerprints").fetchone() == fingerprints_before
    library.close()
    assert np.isfinite(before[1])


def test_bulk_load_and_single_adds_store_the_same_index(tmp_path):
    names = ("c01_zhuti2023.txt", "c02_mzshh2024.txt", "c03_zzshh2023.txt")
    one = Library(tmp_path / "one.db", create=True)
    for n in names:
        one.add_document(read_document(CLEAN / n), n)
    bulk = Library(tmp_path / "bulk.db", create=True)
    bulk.add_paragraph_rows((n, n, read_document(CLEAN / n).text.split("\n")) for n in names)
    for table in ("SELECT hash, sources FROM df ORDER BY hash", "SELECT COUNT(*) FROM fingerprints"):
        assert one.db.execute(table).fetchall() == bulk.db.execute(table).fetchall()
    one.close()
    bulk.close()


def test_paragraphs_keep_enough_fingerprints_to_survive_edits():
    rng = random.Random(5)
    for length in (SHORT - 1, SHORT, 60, 90, 120, 200, 400, 800):
        text = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(length))
        kept = len(paragraph_hashes(text))
        if length < SHORT:
            assert kept == length - 4  # every gram
        else:
            assert kept >= MIN_FINGERPRINTS * 0.7, (length, kept)
            assert kept <= max(MIN_FINGERPRINTS * 1.6, length * 2 / 13 * 1.4), (length, kept)


def test_library_of_an_older_format_is_refused(tmp_path):
    import sqlite3

    old = tmp_path / "old.db"
    db = sqlite3.connect(old)
    db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("format", "mingjing.corpus/1"), ("k", "5"), ("w", "12")]
    )
    db.commit()
    db.close()
    before = old.read_bytes()
    result = run_cli("corpus", "stats", "--db", old)
    assert (
        result.returncode == 2 and "mingjing.corpus/1" in result.stderr and "Traceback" not in result.stderr
    )
    assert old.read_bytes() == before


def test_someone_elses_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE contacts(name TEXT)")
    db.commit()
    db.close()
    before = other.read_bytes()
    result = run_cli("corpus", "add", CLEAN / "c01_zhuti2023.txt", "--db", other)
    assert result.returncode == 2 and "属于别的程序" in result.stderr
    assert other.read_bytes() == before
