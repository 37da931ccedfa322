"""Readers: any material file → Document (normalised text, paragraphs, offsets, furniture apart).

`read_document(path)` decides the format by content first (magic bytes), name second, enforces
the limits, and turns every failure into InputError with a one-line Chinese message.
"""

from __future__ import annotations

from pathlib import Path

from mingjing.errors import InputError
from mingjing.model import Document, Source
from mingjing.read.assemble import DocumentBuilder
from mingjing.read.limits import Limits

FORMATS = ("txt", "md", "docx", "doc", "wps", "rtf", "html", "wordxml", "pdf", "image")
# a scan or phone photo of a material, read by OCR when it carries an image's own extension
IMAGE_SUFFIXES: dict[str, bytes | tuple[bytes, ...]] = {
    ".png": b"\x89PNG",
    ".jpg": b"\xff\xd8\xff",
    ".jpeg": b"\xff\xd8\xff",
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")
_IMAGES = {
    b"\x89PNG": "一张 PNG 图片",
    b"\xff\xd8\xff": "一张 JPEG 图片",
    b"GIF8": "一张 GIF 图片",
    b"BM": "一张 BMP 图片",
    b"II*\x00": "一张 TIFF 图片",
    b"MM\x00*": "一张 TIFF 图片",
}
_ARCHIVES = {b"Rar!": "一个 RAR 压缩包", b"7z\xbc\xaf": "一个 7z 压缩包", b"\x1f\x8b": "一个 gzip 压缩包"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}


def sniff(data: bytes, suffix: str, name: str) -> str:
    """The reader to use for these bytes."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    if data.startswith(_OLE):
        if _ENCRYPTED_OOXML in data[: 1 << 20] or suffix in (".docx", ".docm"):
            raise InputError(f"{name}：文件已加密（设置了打开密码），请在 Word/WPS 中取消密码后重试")
        return "wps" if suffix == ".wps" else "doc"
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in (".doc", ".wps") and head.startswith(b"<"):
        if b"<html" in head or b"<!doctype html" in head:
            return "html"  # a web page saved as Word (common for downloaded templates)
        if b"w:worddocument" in data[:8192].lower():
            return "wordxml"  # Word 2003 XML
    if suffix in IMAGE_SUFFIXES and data.startswith(IMAGE_SUFFIXES[suffix]):
        return "image"
    for magic, what in {**_IMAGES, **_ARCHIVES}.items():
        if data.startswith(magic):
            raise InputError(f"{name}：这是{what}，不是文档；请提供 .docx/.doc/.wps/.pdf/.txt 材料")
    if data[:8].startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise InputError(f"{name}：这是一张 WebP 图片，不是文档；请提供 .docx/.doc/.wps/.pdf/.txt 材料")
    if suffix in (".docx", ".docm", ".doc", ".wps", ".pdf", ".rtf"):
        raise InputError(f"{name}：扩展名是 {suffix}，但内容不是这种格式，文件可能已损坏或被改了扩展名")
    return "md" if suffix in _MARKDOWN_SUFFIXES else "txt"


def read_bytes(
    data: bytes, name: str, suffix: str = "", limits: Limits | None = None, path: str | None = None
) -> Document:
    """Read a material from memory (the web app's uploads use this too)."""
    limits = limits or Limits()
    suffix = suffix.lower()
    if len(data) > limits.max_bytes:
        raise InputError(
            f"{name}：文件大小 {len(data) / 1024 / 1024:.1f} MB 超过上限 "
            f"{limits.describe_bytes(limits.max_bytes)}"
        )
    if not data.strip():
        raise InputError(f"{name}：文件是空的")
    fmt = sniff(data, suffix, name)
    builder = DocumentBuilder(Source(path=path or name, format=fmt, size=len(data)), limits)
    try:
        _dispatch(fmt, data, builder, name)
    except (InputError, MemoryError, KeyboardInterrupt):
        raise
    except RecursionError:
        raise InputError(f"{name}：文件结构嵌套过深，无法读取") from None
    except NotImplementedError:  # a format feature no reader has: an archive member's compression method …
        raise InputError(f"{name}：文件用了无法识别的格式或压缩方式（文件可能已损坏），无法读取") from None
    except Exception as exc:  # the safety net: a user's file never causes a traceback
        raise InputError(
            f"{name}：读取失败（内部错误 {type(exc).__name__}），文件可能已损坏；"
            "如确认文件正常，请将它反馈给开发者"
        ) from None
    document = builder.build()
    if not document.paragraphs:
        raise InputError(f"{name}：文件中没有可读的文字内容")
    return document


def _dispatch(fmt: str, data: bytes, builder: DocumentBuilder, name: str) -> None:
    if fmt == "docx":
        from mingjing.read.docx import read_docx

        read_docx(data, builder, name)
    elif fmt in ("doc", "wps", "rtf", "html", "wordxml"):
        from mingjing.read.legacy import read_legacy

        read_legacy(data, builder, name, "." + fmt)
    elif fmt == "pdf":
        from mingjing.read.pdf import read_pdf

        read_pdf(data, builder, name)
    elif fmt == "image":
        from mingjing.read.scan import read_image

        read_image(data, builder, name)
    elif fmt == "md":
        from mingjing.read.text import read_markdown

        read_markdown(data, builder, name)
    else:
        from mingjing.read.text import read_text

        read_text(data, builder, name)


def read_document(path: str | Path, limits: Limits | None = None) -> Document:
    """Read the file at `path` (never written to)."""
    limits = limits or Limits()
    p = Path(path)
    name = p.name or str(path)
    try:
        if not p.exists():
            raise InputError(f"{path}：文件不存在")
        if p.is_dir():
            raise InputError(f"{path}：这是一个文件夹，不是文件")
        data = read_regular_file(p, limits.max_bytes, name, limits.describe_bytes(limits.max_bytes))
    except PermissionError:
        raise InputError(f"{path}：没有读取权限") from None
    except OSError as exc:
        raise InputError(f"{path}：无法读取文件（{exc.strerror or exc}）") from None
    return read_bytes(data, name, p.suffix, limits, path=str(path))


def read_regular_file(path: Path, max_bytes: int, name: str, limit_text: str) -> bytes:
    """The bytes of a regular file (a symlink to one is fine), never more than `max_bytes`: a FIFO,
    device or socket is refused without blocking, and a file that grows while read stops at the limit."""
    import os
    import stat

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}：不是普通文件（管道、设备或套接字），拒绝读取")
        too_big = f"{name}：文件大小 {{}} MB 超过上限 {limit_text}"
        if info.st_size > max_bytes:
            raise InputError(too_big.format(f"{info.st_size / 1024 / 1024:.1f}"))
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > max_bytes:
                raise InputError(too_big.format(f"超过 {max_bytes / 1024 / 1024:.0f}"))
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)
