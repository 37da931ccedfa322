"""The rules' YAML data files read by libyaml (`yamlnodes.load_data`) give exactly what PyYAML's pure
Python `safe_load` gives: the same types, values and key order (docs/review-speed.md, round r15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from mingjing.yamlnodes import load_data

DATA = sorted((Path(__file__).resolve().parent.parent / "src" / "mingjing" / "rules" / "data").glob("*.yaml"))


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def test_there_are_data_files() -> None:
    assert len(DATA) >= 10


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_libyaml_reads_what_the_pure_loader_reads(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _same(load_data(text), yaml.safe_load(text))
