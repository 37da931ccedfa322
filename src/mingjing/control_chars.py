"""Control characters in text people type (comments, notes, progress, names): XML (docx, xlsx)
cannot hold most of them, and none of them means anything in a material. Removed at input and
again at every writer; line breaks and tabs are kept where a field may have several lines."""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_CONTROL_AND_BREAKS = re.compile("[\x00-\x1f\x7f\ufffe\uffff\u2028\u2029]")


def strip_control(text: str | None, *, one_line: bool = False) -> str:
    """`text` without control characters; `one_line` also drops line breaks and tabs (names)."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (_CONTROL_AND_BREAKS if one_line else _CONTROL).sub("", text)
