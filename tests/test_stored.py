"""The rules' stored tables (rules/stored.py): a stored table is the builder's own result, a stale or
damaged file is never read, and a store that cannot be written only means building in memory."""

from __future__ import annotations

import os
import pickle
from typing import Any

import numpy as np
import pytest

from mingjing.rules import stored
from mingjing.rules.registry import review_rules


def same(a: Any, b: Any) -> bool:
    """Equal, also inside tuples, lists, dicts and numpy arrays, and of the same types."""
    if type(a) is not type(b):
        return False
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and a.shape == b.shape and bool(np.array_equal(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def test_the_review_stores_its_costliest_tables() -> None:
    review_rules()
    for name in ("near_twin.anchors", "context_twins.table", "own_word_slips._shared_parts"):
        assert name in stored.BUILDERS


def test_a_stored_table_is_what_its_builder_builds() -> None:
    review_rules()
    stored.build_all()
    for name, builder in stored.BUILDERS.items():
        found, value = stored._load(name)
        if not found:  # a read-only store: nothing is read from it either
            assert not os.access(stored.STORE, os.W_OK)
            continue
        assert same(value, builder()), name


def test_a_stale_or_damaged_file_is_not_read(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored, "STORE", tmp_path)
    calls: list[int] = []

    def _probe_table() -> dict[str, int]:
        calls.append(1)
        return {"早": 1, "旱": 2}

    table = stored.stored(_probe_table)
    assert table() == {"早": 1, "旱": 2} and calls == [1]
    path = tmp_path / "test_stored._probe_table.pickle"
    assert path.exists()
    assert stored._load("test_stored._probe_table") == (True, {"早": 1, "旱": 2})
    # another package's digest: built again, never read
    path.write_bytes(b"\0" * 16 + pickle.dumps({"早": 9}))
    assert stored._load("test_stored._probe_table") == (False, None)
    table.cache_clear()  # type: ignore[attr-defined]
    assert table() == {"早": 1, "旱": 2} and calls == [1, 1]
    # the right digest before bytes that are no pickle
    path.write_bytes(stored.package_digest() + b"not a pickle")
    assert stored._load("test_stored._probe_table") == (False, None)


def test_a_store_that_cannot_be_written_builds_in_memory(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(stored, "STORE", blocked / "stored")  # below a file: no folder can be made
    table = stored.stored(lambda: (1, 2))
    assert table() == (1, 2)
    assert not stored.write("x", 1)


def test_any_change_of_a_source_changes_the_digest(tmp_path: Any) -> None:
    (tmp_path / "rules").mkdir()
    source = tmp_path / "rules" / "words.yaml"
    source.write_text("早: 旱\n", encoding="utf-8")
    (tmp_path / "rules" / "big.table").write_bytes(b"generated")
    before = stored._sources(tmp_path)
    assert [path for path, _ in before] == [os.path.join("rules", "words.yaml")]
    os.utime(source, ns=(1, 1))
    assert stored._sources(tmp_path) != before
