"""Running chosen rules outside a review, as the tests of one module's rules do: on a sample text made
into a material, or on a fixture file."""

from pathlib import Path

import pytest

from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.examples import example_document


def excerpts(text, packs, rule) -> list[str]:
    """What `rule` marks in the sample text made into a material (rules/examples.py)."""
    ctx = ReviewContext(parse_document(example_document(text), packs), packs)
    return [f.excerpt for f in rule.check(ctx, rule)]


def marks_in_file(path: Path, packs, rules) -> list[tuple[str, str]]:
    """(code, excerpt) of every finding of `rules` on the file."""
    ctx = ReviewContext(parse_document(read_document(path), packs), packs)
    return [(r.code, f.excerpt) for r in rules for f in r.check(ctx, r)]


def marks_in_clean_file(path: Path, packs, rules) -> list[tuple[str, str]]:
    """marks_in_file on a clean fixture (tests/clean_texts.py's ANY_CLEAN); the test is skipped for a
    path that is no text file."""
    if not path.is_file() or path.suffix not in (".txt", ".md", ""):
        pytest.skip("not a text")
    return marks_in_file(path, packs, rules)
