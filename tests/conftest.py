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


def run_cli(
    *args: str, env: dict | None = None, cwd: str | Path | None = None
) -> subprocess.CompletedProcess:
    """Run `mingjing` as a user would: a new process, text output captured."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mingjing", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture(scope="session")
def real_pdf(tmp_path_factory):
    """Bytes of a PDF that LibreOffice made from a fixture (for mutation tests)."""
    from docx_factory import autonumbered_docx
    from mingjing.read.legacy import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice is installed by make test")
    tmp = tmp_path_factory.mktemp("pdf")
    src = autonumbered_docx(material_lines("zzshh_2023_member.txt"), tmp / "m.docx")
    subprocess.run(
        [
            find_soffice(),
            f"-env:UserInstallation={(tmp / 'p').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return (tmp / "m.pdf").read_bytes()
