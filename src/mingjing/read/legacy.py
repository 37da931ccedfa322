"""Read .doc, .wps, .rtf (and web pages or Word 2003 XML saved as .doc) by converting them to
.docx with LibreOffice in a private folder."""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from pathlib import Path

from mingjing.errors import InputError
from mingjing.external import ExternalTimeout, run_bounded
from mingjing.read.assemble import DocumentBuilder
from mingjing.read.docx import read_docx

INSTALL_HINT = (
    "未找到 LibreOffice，无法读取 .doc/.wps 文件：请安装 LibreOffice"
    "（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui），"
    "或在 Word/WPS 中另存为 .docx 后重试"
)


_IMPORT_FILTERS = {".rtf": "Rich Text Format", ".html": "HTML (StarWriter)", ".wordxml": "MS Word 2003 XML"}


def find_soffice() -> str | None:
    """Path of LibreOffice's soffice, honouring MINGJING_SOFFICE (an empty value means none)."""
    configured = os.environ.get("MINGJING_SOFFICE")
    if configured is not None:
        return configured if configured and Path(configured).exists() else None
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    for pattern in (
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice*/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ):
        hits = sorted(glob.glob(pattern))
        if hits:
            return hits[-1]
    return None


def convert_to_docx(
    data: bytes, suffix: str, name: str, timeout: float, memory_mb: int | None = None
) -> bytes:
    """Bytes of the .docx LibreOffice makes from `data`; the user's file is never touched."""
    soffice = find_soffice()
    if soffice is None:
        raise InputError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="mingjing-convert-") as tmp:
        src = Path(tmp) / f"input{suffix}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        # an explicit import filter: without it LibreOffice imports unreadable bytes as plain text
        infilter = _IMPORT_FILTERS.get(suffix, "MS Word 97")
        cmd = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"--infilter={infilter}",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(Path(tmp) / "out"),
            str(src),
        ]
        try:
            run_bounded(cmd, timeout=timeout, memory_mb=memory_mb, env={**os.environ, "HOME": tmp})
        except ExternalTimeout:
            raise InputError(
                f"{name}：LibreOffice 转换超时（{timeout:.0f} 秒），文件可能过大或已损坏"
            ) from None
        except OSError:
            raise InputError(INSTALL_HINT) from None
        out = Path(tmp) / "out" / "input.docx"
        if not out.exists() or out.stat().st_size == 0:
            raise InputError(f"{name}：LibreOffice 无法转换该文件，文件可能已损坏、加密或不是 Word/WPS 文档")
        return out.read_bytes()


def read_legacy(data: bytes, builder: DocumentBuilder, name: str, suffix: str) -> None:
    converted = convert_to_docx(
        data, suffix, name, builder.limits.convert_timeout, builder.limits.convert_memory_mb
    )
    builder.source.converted_with = "LibreOffice"
    read_docx(converted, builder, name)
