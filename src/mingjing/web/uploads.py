"""Uploaded materials: size limit, type decided by content (the readers' sniffing), kept outside
the static tree under random names, never overwritten."""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from mingjing.errors import InputError

ALLOWED_SUFFIXES = (".docx", ".doc", ".wps", ".txt", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
# what the readers may find inside a file with an allowed name (a .doc can be RTF or a web page;
# an image is a scan or photo of a material, read by OCR)
ALLOWED_FORMATS = {"docx", "doc", "wps", "rtf", "html", "wordxml", "txt", "pdf", "image"}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
CHUNK = 1 << 16


@dataclass
class Upload:
    original_name: str
    suffix: str
    data: bytes
    format: str  # as sniffed from the content
    sha256: str


def clean_name(name: str) -> str:
    """The file's own name without any folder part, for display only (never used as a path)."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = "".join(ch for ch in name if ch.isprintable())
    return name[:120] or "材料"


def check_upload(name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> Upload:
    """Refuse (InputError) anything too large, empty, with a wrong name or content that is not a material."""
    from mingjing.read import sniff

    name = clean_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise InputError(f"{name}：只能上传 {'、'.join(ALLOWED_SUFFIXES)} 文件")
    if len(data) > max_bytes:
        raise InputError(f"{name}：文件大小超过上限 {max_bytes / 1024 / 1024:.0f} MB")
    if not data.strip():
        raise InputError(f"{name}：文件是空的")
    fmt = sniff(data, suffix, name)
    if fmt not in ALLOWED_FORMATS:
        raise InputError(f"{name}：文件内容不是可接受的材料格式")
    if fmt == "txt" and (b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError(f"{name}：这不是文本文件（含有二进制内容），请上传 Word、WPS、PDF 或文本材料")
    return Upload(name, suffix, data, fmt, hashlib.sha256(data).hexdigest())


EVIDENCE_IMAGES = {".png": b"\x89PNG\r\n\x1a\n", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}


def check_evidence(name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> Upload:
    """An evidence file of a ledger item (佐证材料): what a material may be, or a PNG/JPEG photo or scan
    — its type decided by content as well; InputError otherwise."""
    name = clean_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in EVIDENCE_IMAGES:
        if suffix not in ALLOWED_SUFFIXES:
            raise InputError(
                f"{name}：佐证材料只能是 {'、'.join(dict.fromkeys(ALLOWED_SUFFIXES + tuple(EVIDENCE_IMAGES)))} 文件"
            )
        return check_upload(name, data, max_bytes)
    if len(data) > max_bytes:
        raise InputError(f"{name}：文件大小超过上限 {max_bytes / 1024 / 1024:.0f} MB")
    if not data.startswith(EVIDENCE_IMAGES[suffix]):
        raise InputError(f"{name}：文件内容不是 {'PNG' if suffix == '.png' else 'JPEG'} 图片")
    return Upload(
        name, suffix, data, suffix.lstrip(".").replace("jpeg", "jpg"), hashlib.sha256(data).hexdigest()
    )


async def read_limited(upload_file, max_bytes: int = MAX_UPLOAD_BYTES) -> bytes:
    """The uploaded bytes, refused as soon as they pass the limit."""
    chunks, total = [], 0
    while chunk := await upload_file.read(CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise InputError(
                f"{clean_name(upload_file.filename or '')}：文件大小超过上限 {max_bytes / 1024 / 1024:.0f} MB"
            )
        chunks.append(chunk)
    return b"".join(chunks)


STORED_NAME = re.compile(r"[0-9a-f]{32}\.[a-z]{2,5}")


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class FileKeeper:
    """The folder of uploaded files: random names, written once, read back by stored name only."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def keep(self, upload: Upload) -> str:
        stored = f"{secrets.token_hex(16)}{upload.suffix}"
        path = self.folder / stored
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never over an existing file
        with os.fdopen(fd, "wb") as out:
            out.write(upload.data)
            out.flush()
            os.fsync(out.fileno())  # on disk before the draft row that names it is committed
        _fsync_folder(self.folder)
        return stored

    def sweep(self, referenced: set[str]) -> list[str]:
        """Remove what no draft names: uploads left by a crash between the file and its draft row,
        their rendered reports, and private temporary folders. Returns what was removed."""
        import shutil

        removed = []
        for entry in self.folder.iterdir():
            if entry.is_file() and STORED_NAME.fullmatch(entry.name) and entry.name not in referenced:
                entry.unlink(missing_ok=True)
                removed.append(entry.name)
            elif entry.is_dir() and entry.name.startswith((".evidence-", ".export-")):
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry.name + "/")
        rendered = self.folder / "rendered"
        if rendered.is_dir():
            for entry in rendered.iterdir():
                if entry.is_file() and entry.name.rsplit(".", 1)[0] not in referenced:
                    entry.unlink(missing_ok=True)
                    removed.append(f"rendered/{entry.name}")
        return removed

    def path(self, stored_name: str) -> Path:
        if "/" in stored_name or "\\" in stored_name or stored_name.startswith("."):
            raise InputError("文件名无效")
        return self.folder / stored_name

    def discard(self, stored_name: str) -> None:
        self.path(stored_name).unlink(missing_ok=True)
