"""The generated tables as mapped files (rules/tables.py): each holds exactly its source's records, a
stale or missing file is rebuilt, one that cannot be built stops the review with one Chinese line, and
the document-wide look-ups find what a dictionary of the source finds."""

from __future__ import annotations

import lzma
import random
from pathlib import Path

import pytest

from mingjing.errors import MingjingError
from mingjing.rules import tables
from mingjing.rules.grams import cjk_ngrams

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def source_records(name: str) -> dict[str, tuple[str, bool]]:
    """wrong → (right, flag) read from the TSV source as the rules read it before the tables."""
    spec = tables.SPECS[name]
    path = tables.DATA / spec.source
    raw = path.read_bytes()
    text = (lzma.decompress(raw) if path.name.endswith(".xz") else raw).decode("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            out[fields[0]] = (fields[1], spec.flag is not None and fields[2] == spec.flag)
    return out


@pytest.mark.parametrize("name", sorted(tables.SPECS))
def test_each_table_holds_exactly_its_sources_records(name):
    table = tables.open_table(name)
    records = source_records(name)
    assert len(table) == len(records) > 10_000
    assert dict(table.items()) == {w: r for w, (r, _) in records.items()}
    random.seed(7)
    for wrong in random.sample(sorted(records), 300):
        assert wrong in table and table[wrong] == records[wrong][0]
        assert table.flagged(wrong) == records[wrong][1]
    assert "党的建设" not in table and "x" not in table and 12 not in table
    with pytest.raises(KeyError):
        table["党的建设"[: table.width]]


def fixture_texts() -> list[str]:
    paths = sorted(FIXTURES.glob("review/**/*.txt"))[:60] + sorted(FIXTURES.glob("materials/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("name", sorted(tables.SPECS))
def test_document_look_ups_find_what_the_source_dictionary_finds(name):
    table = tables.open_table(name)
    records = source_records(name)
    random.seed(3)
    planted = random.sample(sorted(records), 40)
    for text in [*fixture_texts(), "，".join(planted) + "。𠀀" + planted[0] + "ａ"]:
        grams = cjk_ngrams(text, table.width)
        assert table.present(grams) == {g for g in grams if g in records}
        expected = [i for i in range(len(text)) if text[i : i + table.width] in records]
        assert table.find(text) == expected


@pytest.fixture
def data(tmp_path, monkeypatch):
    """A data directory of one small source, the table cache emptied before and after."""
    (tmp_path / "slips.tsv").write_text("# a comment\n强列\t强烈\n任然\t仍然\n", encoding="utf-8")
    monkeypatch.setattr(tables, "DATA", tmp_path)
    monkeypatch.setitem(tables.SPECS, "slips", tables.Spec("slips.tsv", 2))
    tables.open_table.cache_clear()
    yield tmp_path
    tables.open_table.cache_clear()


def test_a_missing_table_is_built_and_a_stale_one_rebuilt(data):
    assert not (data / "slips.table").exists()
    assert dict(tables.open_table("slips").items()) == {"强列": "强烈", "任然": "仍然"}
    assert (data / "slips.table").exists()
    (data / "slips.tsv").write_text("关践\t关键\n", encoding="utf-8")
    tables.open_table.cache_clear()
    assert dict(tables.open_table("slips").items()) == {"关践": "关键"}
    table = data / "slips.table"
    (data / "slips.tsv").write_text("关键\t关践\n", encoding="utf-8")  # the same size, another content
    tables.open_table.cache_clear()
    assert dict(tables.open_table("slips").items()) == {"关键": "关践"}
    inode = table.stat().st_ino
    (data / "slips.tsv").write_text("关键\t关践\n", encoding="utf-8")  # a checkout: a new time, same text
    tables.open_table.cache_clear()
    assert tables.open_table("slips")["关键"] == "关践" and table.stat().st_ino == inode  # not rebuilt
    (data / "slips.tsv").write_text("关践\t关键\n", encoding="utf-8")
    table.write_bytes(b"MJTABLE\x00 cut short")
    tables.open_table.cache_clear()
    assert dict(tables.open_table("slips").items()) == {"关践": "关键"}


def test_a_table_that_cannot_be_built_stops_with_one_chinese_line(data):
    (data / "slips.table").mkdir()  # cannot be read, nor replaced by the built file
    with pytest.raises(tables.TableError) as caught:
        tables.open_table("slips")
    message = str(caught.value)
    assert isinstance(caught.value, MingjingError) and "\n" not in message
    assert "slips.table" in message and "无法重建" in message and "python -m mingjing.rules.tables" in message


def test_a_table_without_its_source_is_used_and_neither_is_an_incomplete_installation(data):
    tables.build("slips")
    (data / "slips.tsv").unlink()
    assert tables.open_table("slips")["强列"] == "强烈"
    (data / "slips.table").unlink()
    tables.open_table.cache_clear()
    with pytest.raises(tables.TableError, match="安装不完整"):
        tables.open_table("slips")


def test_a_record_that_does_not_fit_names_its_line(data):
    (data / "slips.tsv").write_text("强列\t强烈\n强\t强烈\n", encoding="utf-8")
    with pytest.raises(tables.TableError, match=r"slips\.tsv:2："):
        tables.build("slips")


def test_the_review_fails_closed_without_its_table(monkeypatch):
    """A rule whose table cannot be had stops the review (no 通过 for a check that did not run)."""
    from mingjing.frameworks import load_frameworks
    from mingjing.parse import parse_document
    from mingjing.read import read_bytes
    from mingjing.rules import phrase_slips
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.review import review_outline

    def broken(name: str) -> tables.FormTable:
        raise tables.TableError(f"审阅词表 {name}.table 缺失")

    monkeypatch.setattr(phrase_slips, "open_table", broken)
    phrase_slips.wide_slips.cache_clear()
    packs = load_frameworks()
    text = (FIXTURES / "materials").glob("*.txt").__next__().read_text(encoding="utf-8")
    outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    try:
        with pytest.raises(tables.TableError, match=r"misspellings_wide\.table"):
            review_outline(outline, packs, ReviewOptions(select=["T124"]))
    finally:
        phrase_slips.wide_slips.cache_clear()
