"""A character dropped inside a four-character unit of the genre (T165), round r12 (typo12b)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from mingjing.rules.unit_gaps import DATA, gaps, unit_gaps

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location(
        "generate_unit_gaps", ROOT / "scripts/generate_unit_gaps.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_is_what_the_script_gives() -> None:
    script = _script()
    assert script.OUT == DATA
    assert script.unit_gaps(script.clean_texts()) == gaps()
    assert gaps()["责意识"] == (
        "责任意识",
        "主双同尽担职负追问",
    )  # 问责意识 (set 37/38, r19), 主责意识 (set 47/48, r24) no gaps


def test_a_gap_standing_as_whole_words_is_reported() -> None:
    text = "会上只有两位班成员发言，落实全面从治党主体责任有差距。"
    assert [(form, unit) for _, form, unit in unit_gaps(text)] == [
        ("班成员", "班子成员"),
        ("从治党", "从严治党"),
    ]


def test_a_gap_inside_other_words_stays_quiet() -> None:
    text = "围绕民主生活会主题查摆问题，3支党员服务队从严执行制度，存在重项目进度、轻项目质量的倾向，处分规定作了细化。"
    assert list(unit_gaps(text)) == []


def test_a_pair_the_genre_writes_before_the_gap_keeps_it_quiet() -> None:
    assert list(unit_gaps("干部敢于担当、主动担责意识不强。")) == []
    assert [form for _, form, _ in unit_gaps("有的同志责意识不强。")] == ["责意识"]
