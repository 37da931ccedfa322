"""docs/architecture.md stays true to the code: every field of the data model, every module of the
package, and every field the two public JSON contracts carry, produced by the real commands."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import mingjing.model

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
EXAMPLE = ROOT / "examples" / "张三-对照检查材料.docx"
DRAFT = ROOT / "examples" / "陈立华-对照检查材料-初稿.docx"


def section(heading: str) -> str:
    """The text under a heading of the document, up to the next heading of the same or higher level."""
    level = heading.split(" ", 1)[0]
    start = DOC.index("\n" + heading + "\n") + len(heading) + 2
    following = [m.start() for m in re.finditer(r"\n(#+) ", DOC[start:]) if len(m.group(1)) <= len(level)]
    return DOC[start : start + following[0]] if following else DOC[start:]


def table(text: str) -> dict[str, list[str]]:
    """{first column (without backquotes): the other columns} of the markdown table rows in text."""
    rows = {}
    for line in text.splitlines():
        m = re.match(r"\| `([^`]+)` \|(.*)\|$", line)
        if m:
            rows[m.group(1)] = [c.strip() for c in m.group(2).split("|")]
    return rows


def cli(*args: str, cwd: Path = ROOT) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mingjing", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        cwd=cwd,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def paths(value: Any, prefix: str = "", out: set[str] | None = None) -> set[str]:
    """Every key path of a JSON value: `a.b`, `a[].b`; the keys under by_category are `<category>`."""
    out = set() if out is None else out
    if isinstance(value, dict):
        for key, child in value.items():
            path = (
                f"{prefix}.<category>"
                if prefix.endswith("by_category")
                else f"{prefix}.{key}"
                if prefix
                else key
            )
            out.add(path)
            paths(child, path, out)
    elif isinstance(value, list):
        for child in value:
            paths(child, prefix + "[]", out)
    return out


@pytest.mark.parametrize(
    "cls",
    [
        c
        for c in vars(mingjing.model).values()
        if dataclasses.is_dataclass(c) and c.__module__ == "mingjing.model"
    ],
    ids=lambda c: c.__name__,
)
def test_every_model_field_is_documented(cls: type) -> None:
    own = [
        f.name
        for f in dataclasses.fields(cls)
        if not any(
            f.name in {g.name for g in dataclasses.fields(base)}
            for base in cls.__mro__[1:]
            if dataclasses.is_dataclass(base)
        )
    ]
    documented = table(section(f"### {cls.__name__}"))
    assert list(documented) == own, (
        f"docs/architecture.md, ### {cls.__name__}: fields as in model.py, in order"
    )


def test_every_module_is_in_the_layout_and_every_listed_one_exists() -> None:
    package = ROOT / "src" / "mingjing"
    listed = re.findall(r"^- `([\w/]+\.py)` — ", section("## Package layout"), re.M)
    assert len(listed) == len(set(listed))
    actual = sorted(str(p.relative_to(package)) for p in package.rglob("*.py"))
    assert sorted(listed) == actual, "docs/architecture.md, ## Package layout: one line per module"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Both contracts as the commands write them: a parse, and a review of three materials (two of
    them the same text: pairs and a cluster) against a library (matches, D102), plus one with a
    flood of one finding (groups)."""
    from mingjing.rules.sample import GOOD

    tmp = tmp_path_factory.mktemp("contracts")
    copy = tmp / "甲.docx"
    copy.write_bytes(EXAMPLE.read_bytes())
    commas = tmp / "逗号.txt"
    commas.write_text(GOOD.replace("，", ","), encoding="utf-8")
    cli("corpus", "add", str(EXAMPLE), "--db", str(tmp / "library.db"))
    outline = json.loads(cli("parse", str(EXAMPLE), "--format", "json"))
    review = json.loads(
        cli(
            "review",
            str(copy),
            str(EXAMPLE),
            str(DRAFT),
            str(commas),
            "--corpus",
            str(tmp / "library.db"),
            "--format",
            "json",
            "--exit-zero",
        )
    )
    assert outline["schema"] == "mingjing.outline/1" and review["schema"] == "mingjing.review/1"
    assert review["clusters"] and review["matches"] and any(r["groups"] for r in review["reports"])
    return {"mingjing.outline/1": paths(outline), "mingjing.review/1": paths(review)}


@pytest.mark.parametrize("schema", ["mingjing.outline/1", "mingjing.review/1"])
def test_contract_fields_are_documented(outputs: dict[str, set[str]], schema: str) -> None:
    rows = table(section(f"### `{schema}`"))
    seen = outputs[schema]
    assert sorted(seen - set(rows)) == [], (
        f"docs/architecture.md, {schema}: fields the command writes but not listed"
    )
    always = {path for path, cells in rows.items() if cells[1] == "always"}
    assert sorted(always - seen) == [], f"docs/architecture.md, {schema}: listed as always but not written"
