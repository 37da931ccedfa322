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


def libreoffice_convert(
    src: str | Path,
    target: str,
    outdir: str | Path,
    profile: Path,
    timeout: float = 300,
    env: dict[str, str] | None = None,
) -> None:
    """Convert `src` with the real LibreOffice (`--convert-to target`) into `outdir`, in a profile
    of its own so that parallel tests never share one."""
    from mingjing.read.legacy import find_soffice

    soffice = find_soffice()
    assert soffice is not None, "LibreOffice is installed by make test"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
        env=env,
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
    libreoffice_convert(str(src), "pdf", str(tmp), profile=tmp / "p", timeout=300)
    return (tmp / "m.pdf").read_bytes()
