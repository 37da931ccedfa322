"""Bulk intake's files: a .zip of a whole team unpacked within the limits a .docx is read with, and
each file matched to its author — by a member's name in the file name, else by the name in the
material's title or signature (its first and last lines)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from mingjing.read.limits import Limits
from mingjing.web.uploads import ALLOWED_SUFFIXES, clean_name

HEAD_CHARS, TAIL_CHARS = 200, 200  # where a title line or a signature carries the author's name


@dataclass
class Part:
    name: str
    data: bytes | None  # None: refused, see error
    error: str | None = None


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's name as its maker meant it: zips made on Chinese Windows store GBK without the UTF-8 flag."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def unpack_zip(data: bytes, name: str, max_file: int, limits: Limits | None = None) -> list[Part]:
    """The material files in a .zip (folders inside flattened; other files and system litter skipped).
    A broken or oversized archive is InputError for the whole zip; a single bad entry is a Part with
    its error, so the rest still go in."""
    from mingjing.read.docx import check_archive

    limits = limits or Limits()
    # the same limits as a .docx (entries, unpacked size, compression ratio); then the files in it
    infos = [i for i in check_archive(data, name, limits, kind=".zip") if not i.is_dir()]
    zf = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for info in infos:
        inner = clean_name(entry_name(info))
        if inner.startswith((".", "~$")) or "__MACOSX" in info.filename or inner.lower() == "thumbs.db":
            continue
        if not inner.lower().endswith(ALLOWED_SUFFIXES):
            parts.append(
                Part(inner, None, f"{inner}：不是材料文件（只接受 {'、'.join(ALLOWED_SUFFIXES)}），已跳过")
            )
            continue
        if info.file_size > max_file:
            parts.append(Part(inner, None, f"{inner}：文件大小超过上限 {max_file / 1024 / 1024:.0f} MB"))
            continue
        try:
            with zf.open(info) as handle:
                content = handle.read(max_file + 1)  # the header's size is not trusted
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError):
            parts.append(Part(inner, None, f"{inner}：压缩包中的这个文件已损坏或加密"))
            continue
        if len(content) > max_file:
            parts.append(Part(inner, None, f"{inner}：文件大小超过上限 {max_file / 1024 / 1024:.0f} MB"))
            continue
        parts.append(Part(inner, content))
    return parts


def match_by_name(file_name: str, members: list[dict]) -> dict | None:
    """The one member whose name is in the file name (a longer name wins over one it contains)."""
    return _one_named(file_name, members)


def match_by_text(head: str, tail: str, members: list[dict]) -> dict | None:
    """The one member named in the title lines or in the signature (date line and name at the end)."""
    return _one_named(head, members) or _one_named(tail, members)


def _one_named(text: str, members: list[dict]) -> dict | None:
    found = [m for m in members if m["name"] and m["name"] in text]
    found = [
        m
        for m in found
        if not any(o is not m and m["name"] in o["name"] and len(o["name"]) > len(m["name"]) for o in found)
    ]
    return found[0] if len(found) == 1 else None


async def uploaded_parts(files, max_file: int) -> list[Part]:
    """The uploaded files (FastAPI UploadFile), each .zip among them unpacked (unpack_zip); the
    others as they came, each read within `max_file`."""
    from pathlib import Path

    from mingjing.web.uploads import read_limited

    parts: list[Part] = []
    for upload in files:
        data = await read_limited(upload, max_file)
        if upload.filename.lower().endswith(".zip"):
            parts += unpack_zip(data, Path(upload.filename).name, max_file)
        else:
            parts.append(Part(upload.filename, data))
    return parts
