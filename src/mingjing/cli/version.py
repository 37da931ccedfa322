"""`mingjing --version`: the version of mingjing, of Python, and of the programs it uses when found."""

from __future__ import annotations

import platform
import re
import shutil


def _program_version(cmd: list[str]) -> str:
    from mingjing.external import ExternalTimeout, run_bounded

    if shutil.which(cmd[0]) is None:
        return "未找到"
    try:
        done = run_bounded(cmd, timeout=30)
    except (ExternalTimeout, OSError):
        return "已安装（无法读取版本）"
    out = (done.stdout + done.stderr).decode("utf-8", "replace")
    m = re.search(r"\d+(?:\.\d+)+", out)
    return m.group() if m else "已安装"


def version_lines() -> list[str]:
    from mingjing import __version__
    from mingjing.read.legacy import find_soffice

    soffice = find_soffice()
    return [
        f"mingjing {__version__}",
        f"Python {platform.python_version()}",
        f"LibreOffice：{_program_version([soffice, '--version']) if soffice else '未找到'}",
        f"poppler（pdftotext）：{_program_version(['pdftotext', '-v'])}",
        f"Chromium：{_program_version(['chromium', '--version'])}",
    ]
