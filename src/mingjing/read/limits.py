"""Reader limits: every reader refuses input beyond these with a clear message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024  # file size
    max_zip_entries: int = 2000  # .docx entries
    max_unzipped_bytes: int = 200 * 1024 * 1024  # total uncompressed size of a .docx
    max_zip_ratio: float = 100.0  # uncompressed / compressed, for archives over 1 MB unpacked
    max_paragraphs: int = 20000
    max_pdf_pages: int = 500
    convert_timeout: float = 120.0  # seconds for LibreOffice
    convert_memory_mb: int = 4096  # address space of the converter's processes

    def describe_bytes(self, n: int) -> str:
        return f"{n / 1024 / 1024:.0f} MB"
