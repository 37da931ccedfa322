"""Careless and hostile input on the command line (issue 20): converters that never outlive their
limit, files that are not regular files, errors that stay on one line."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from conftest import run_cli
from mingjing.errors import InputError


def slow_rtf(rows: int = 20_000) -> bytes:
    """An RTF with a long table: LibreOffice takes minutes over it."""
    row = (
        rb"\trowd\cellx2000\cellx4000\cellx6000 \intbl "
        + "问题".encode("unicode_escape")
        + rb"\cell 2\cell 3\cell\row"
        + b"\n"
    )
    return rb"{\rtf1\ansi " + row * rows + b"}"


def _processes_mentioning(marker: str) -> list[str]:
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = (
                Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            )
            environ = Path(f"/proc/{pid}/environ").read_bytes().decode("utf-8", "replace")
        except OSError:
            continue
        if marker in cmdline or marker in environ:
            found.append(f"{pid}: {cmdline[:120]}")
    return found


def test_no_soffice_process_survives_a_conversion_timeout(tmp_path, monkeypatch):
    from mingjing.read import read_bytes
    from mingjing.read.legacy import find_soffice
    from mingjing.read.limits import Limits

    if find_soffice() is None:
        pytest.skip("LibreOffice is installed by make test")
    work = tmp_path / "convert"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))  # every LibreOffice process of this test names it
    with pytest.raises(InputError, match="转换超时（3 秒）"):
        read_bytes(slow_rtf(), "表格.doc", ".doc", Limits(convert_timeout=3))
    assert _processes_mentioning(str(work)) == []


def test_convert_timeout_is_configurable_from_the_command_line(tmp_path):
    from mingjing.read.legacy import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice is installed by make test")
    doc = tmp_path / "表格.doc"
    doc.write_bytes(slow_rtf())
    r = run_cli("--convert-timeout", "2", "parse", doc, env={"TMPDIR": str(tmp_path)})
    assert r.returncode == 2
    assert r.stderr.strip() == "错误：表格.doc：LibreOffice 转换超时（2 秒），文件可能过大或已损坏"
    assert _processes_mentioning(str(tmp_path)) == []
    r = run_cli("--convert-timeout", "abc", "parse", doc)
    assert r.returncode == 2 and "取值无效" in r.stderr


def test_default_conversion_limit_is_sixty_seconds_and_follows_the_environment(monkeypatch):
    from mingjing.read.limits import Limits

    monkeypatch.delenv("MINGJING_CONVERT_TIMEOUT", raising=False)
    assert Limits().convert_timeout == 60
    monkeypatch.setenv("MINGJING_CONVERT_TIMEOUT", "15")
    assert Limits().convert_timeout == 15
    monkeypatch.setenv("MINGJING_CONVERT_TIMEOUT", "0")
    with pytest.raises(InputError, match="转换时限"):
        Limits()


def test_a_fifo_named_txt_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "材料.txt"
    os.mkfifo(fifo)
    r = run_cli("parse", fifo)
    assert r.returncode == 2
    assert "不是普通文件" in r.stderr and r.stderr.count("\n") == 1


def test_a_symlink_to_a_device_is_refused(tmp_path):
    link = tmp_path / "材料.txt"
    link.symlink_to("/dev/zero")
    r = run_cli("review", link)
    assert r.returncode == 2
    assert "不是普通文件" in r.stderr
    assert "Traceback" not in r.stderr


def test_a_symlink_to_a_regular_file_is_read(tmp_path):
    target = tmp_path / "真实.txt"
    target.write_text("关于对照检查材料\n一、存在的问题\n（一）理论学习方面。学得不深。\n", encoding="utf-8")
    link = tmp_path / "链接.txt"
    link.symlink_to(target)
    r = run_cli("parse", link)
    assert r.returncode == 0, r.stderr


def test_error_lines_do_not_wrap_when_stderr_is_not_a_terminal(tmp_path):
    long_name = "很长的文件名" * 20 + ".txt"
    missing = tmp_path / long_name
    r = run_cli("review", missing, "--exit-zero", env={"COLUMNS": "40"})
    assert r.returncode == 2
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and long_name in lines[0], r.stderr


def test_a_fifo_named_yaml_is_refused_by_draft(tmp_path):
    fifo = tmp_path / "笔记.yaml"
    os.mkfifo(fifo)
    r = run_cli("draft", fifo, "--output", tmp_path / "out.docx")
    assert r.returncode == 2
    assert "不是普通文件" in r.stderr
