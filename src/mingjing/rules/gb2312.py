"""The characters of GB 2312 in its own order: level 1 (3,755 everyday characters, by reading), then
level 2 (by radical). Used where a rule, script or eval needs "the common characters" without a list."""

from __future__ import annotations

from functools import cache


@cache
def gb2312_characters(level_one_only: bool = False) -> tuple[str, ...]:
    """Every character GB 2312 encodes (6,763), or only its level 1 (3,755)."""
    last_row = 0xD8 if level_one_only else 0xF8
    out = []
    for high in range(0xB0, last_row):
        for low in range(0xA1, 0xFF):
            try:
                out.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return tuple(out)
