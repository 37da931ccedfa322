"""CHANGELOG.md's newest version is the package's version, and every version has its date."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import mingjing

ROOT = Path(__file__).resolve().parent.parent
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?$", re.M)


def versions() -> list[tuple[str, str | None]]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return [(m["version"], m["date"]) for m in HEADING.finditer(text)]


def test_newest_changelog_version_is_the_package_version() -> None:
    released = [(v, d) for v, d in versions() if v != "Unreleased"]
    assert released, "CHANGELOG.md has no released version"
    assert released[0][0] == mingjing.__version__
    assert all(d for _, d in released), "every released version has its date"
    dates = [d or "" for _, d in released]
    assert dates == sorted(dates, reverse=True), "newest first"


def test_version_is_written_once() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "mingjing.__version__"}
