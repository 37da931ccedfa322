"""The README refers only to files inside the repository, and every file or folder it names exists:
markdown links, paths under the repository's folders (wherever they appear), package paths such as
`parse/readings.py`, and the Layout section's tree."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "mingjing"
README = (ROOT / "README.md").read_text(encoding="utf-8")
TOP = ("src", "tests", "docs", "eval", "bench", "scripts", "examples", "packaging")
SUBPACKAGES = tuple(p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__")
PATH = re.compile(r"(?<![\w/.<-])((?:{})/[^\s`'\"(),，。；：、（）…]*)".format("|".join(TOP + SUBPACKAGES)))
ROOT_FILES = re.compile(r"`((?:CHANGELOG|README)\.md|Makefile|pyproject\.toml|requirements(?:-dev)?\.lock)`")


def exists(name: str) -> bool:
    """A path of the repository (a glob when it holds *), from the root or from src/mingjing/."""
    name = name.rstrip(".:;")
    for base in (ROOT, PACKAGE):
        if "*" in name:
            if any(base.glob(name)):
                return True
        elif (base / name).exists():
            return True
    return False


def prose_and_commands() -> str:
    """The README without what programs print: prose, and of code blocks only the command lines
    (`$ …`) and trees; printed output may shorten a path."""
    parts = re.split(r"^```.*$", README, flags=re.M)  # fences only: prose may quote ``` inline
    kept = parts[0::2]
    for block in parts[1::2]:
        lines = block.splitlines()
        if any(line.startswith("$ ") for line in lines):
            kept.extend(line for line in lines if line.startswith("$ "))
        else:
            kept.append(block)
    return "\n".join(kept)


def named_paths() -> list[str]:
    text = prose_and_commands()
    found = [m.group(1) for m in PATH.finditer(text)] + [m.group(1) for m in ROOT_FILES.finditer(text)]
    found = [re.sub(r"(:\d+)+:?$", "", p) for p in found]
    return sorted({p for p in found if "<" not in p and "{" not in p and p.rstrip("/") not in TOP})


def test_no_reference_outside_the_repository() -> None:
    for outside in (
        "../",
        "/work/",
        "shared/DESIGN",
        "DESIGN.md",
        "DOMAIN.md",
        "REAL-MATERIALS.md",
        "STYLE.md",
        "file://",
    ):
        assert outside not in README, f"README names {outside!r}: only files inside the repository"


def test_markdown_links_point_at_files_that_exist() -> None:
    for target in re.findall(r"\]\(([^)\s]+)\)", README):
        if target.startswith(("http://", "https://", "#", "mailto:")):
            continue
        assert exists(target.split("#", 1)[0]), f"README links to {target}, which is not in the repository"


def test_every_path_the_readme_names_exists() -> None:
    paths = named_paths()
    assert len(paths) > 30  # the pattern still finds the README's paths
    missing = [p for p in paths if not exists(p)]
    assert missing == [], f"README names paths that are not in the repository: {missing}"


def test_layout_tree_names_real_modules() -> None:
    layout = README.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    tree = layout.split("```", 2)[1]
    entries = re.findall(r"^  ([\w.]+/?) {2,}", tree, re.M)
    assert len(entries) > 10
    missing = [e for e in entries if not (PACKAGE / e).exists()]
    assert missing == [], f"README Layout lists modules that do not exist: {missing}"
