"""Decide the encoding of a text file by a strict try-order; never guess silently.

Order: byte-order mark (UTF-8/UTF-16/UTF-32) → strict UTF-8 → strict GB18030 (a superset of GBK
and GB2312) checked for plausibility. Materials are simplified Chinese in one of these encodings;
a statistical detector (charset-normalizer) is only asked afterwards, to name the likely encoding
in the error message, because on short Chinese texts it sometimes prefers Big5 or CP949.
"""

from __future__ import annotations

import codecs

from mingjing.errors import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8-BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
]


def _controls(text: str) -> int:
    return sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0)


def _plausible_gbk(text: str) -> bool:
    """A GB18030 decoding is plausible when its Chinese characters are common (in GB2312)."""
    if _controls(text):
        return False
    cjk = [c for c in text if ord(c) > 0x7F]
    if not cjk:
        return True
    common = 0
    for c in cjk:
        try:
            c.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(cjk) >= 0.9


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise InputError with a one-line Chinese message."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}：文件以 {label} 字节序标记开头，但内容无法按 {label} 解码，文件可能已损坏"
                ) from None
    try:
        text = data.decode("utf-8")
        if not _controls(text):
            return text, "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _plausible_gbk(text):
            return text, "GB18030"
    except UnicodeDecodeError:
        pass
    hint = _guess(data)
    extra = f"（看起来像 {hint}）" if hint else ""
    raise InputError(f"{name}：无法识别文本编码{extra}，请另存为 UTF-8 或 GBK 编码后重试")


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - dependency is declared
        return None
    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else None
