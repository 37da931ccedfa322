"""Shared test fixtures: paths, framework packs, a CLI runner in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
MATERIALS = FIXTURES / "materials"
sys.path.insert(0, str(TESTS))


@pytest.fixture(scope="session")
def packs():
    from mingjing.frameworks import load_frameworks

    return load_frameworks()


def material_lines(name: str) -> list[str]:
    return (MATERIALS / name).read_text(encoding="utf-8").splitlines()


def run_cli(*args: str, env: dict | None = None, cwd: str | Path | None = None) -> subprocess.CompletedProcess:
    """Run `mingjing` as a user would: a new process, text output captured."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "mingjing", *map(str, args)], capture_output=True,
                          text=True, env=full_env, cwd=cwd, timeout=300)
