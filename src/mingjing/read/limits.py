"""Reader limits: every reader refuses input beyond these with a clear message."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from mingjing.errors import InputError

CONVERT_TIMEOUT_ENV = "MINGJING_CONVERT_TIMEOUT"
DEFAULT_CONVERT_TIMEOUT = 60.0


def convert_timeout_setting() -> float:
    """Seconds a LibreOffice conversion may take: MINGJING_CONVERT_TIMEOUT (set by the CLI's
    --convert-timeout too), else 60."""
    raw = os.environ.get(CONVERT_TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_CONVERT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 1 <= value <= 3600:
        raise InputError(
            f"转换时限“{raw}”无效，应为 1–3600 之间的秒数（{CONVERT_TIMEOUT_ENV} 或 --convert-timeout）"
        )
    return value


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024  # file size
    max_zip_entries: int = 2000  # .docx entries
    max_unzipped_bytes: int = 200 * 1024 * 1024  # total uncompressed size of a .docx
    max_zip_ratio: float = 100.0  # uncompressed / compressed, for archives over 1 MB unpacked
    max_paragraphs: int = 20000
    max_pdf_pages: int = 500
    convert_timeout: float = field(default_factory=convert_timeout_setting)  # seconds for LibreOffice
    convert_memory_mb: int = 4096  # address space of the converter's processes

    def describe_bytes(self, n: int) -> str:
        return f"{n / 1024 / 1024:.0f} MB"
