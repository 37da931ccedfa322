"""typo13's tables (round r13); its probe is measured by eval/probe_typo13.py's runner and held to its floor
by tests/test_word_probes.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


def test_rare_near_words_come_from_the_table() -> None:
    from mingjing.rules.rare_near_words import rare_near_word_table, rare_near_words

    table = rare_near_word_table()
    assert table["泄红"] == "泄洪" and table["防钱"] == "防线"
    assert "泄洪" not in table and "提质" not in table  # a word; a working term the genre writes
    assert [r for _s, _e, r in rare_near_words("对水库泄红预案的演练组织不够。")] == ["泄洪"]
    assert list(rare_near_words("对水库泄洪预案的演练组织不够。")) == []


def test_rare_near_word_table_is_what_the_script_gives() -> None:
    pytest.importorskip("jieba")
    import importlib.util
    from collections import Counter

    from mingjing.rules.rare_near_words import rare_near_word_table

    scripts = Path(__file__).resolve().parent.parent / "scripts"
    sys.path.insert(0, str(scripts))
    spec = importlib.util.spec_from_file_location(
        "generate_rare_near_words", scripts / "generate_rare_near_words.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert dict(rare_near_word_table().pairs()) == script.kept_slips(Counter())
