"""Traditional characters read as simplified ones, one character for one, so every offset stays.

Public materials are often copied from mirror sites that serve them in traditional characters
(`一、存在的問題`, `（一）理論學習不夠扎實。`); every heading word the parser looks for is simplified.
The table is OpenCC's TSCharacters dictionary (shipped in the opencc-python-reimplemented package),
kept to its one-to-one entries: phrase conversions would change lengths and break the offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# share of CJK characters that differ from their simplified form above which a text is traditional:
# measured 0.34 on a traditional material, at most 0.002 on every simplified fixture
TRADITIONAL_SHARE = 0.08
MIN_CHANGED = 8  # fewer changed characters than this is never called traditional
_CJK = re.compile(r"[\u4e00-\u9fff]")
SAMPLE = 4000  # characters read to decide: a text is written in one script throughout


@lru_cache(maxsize=1)
def ts_characters() -> dict[str, tuple[str, ...]]:
    """OpenCC's TSCharacters dictionary: a traditional character → its simplified forms, the usual first
    (覆 → 覆, 复)."""
    import opencc

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            table[parts[0]] = tuple(parts[1].split(" "))
    return table


@lru_cache(maxsize=1)
def t2s_table() -> dict[int, str]:
    """Code point → its simplified character, for characters that have exactly one."""
    return {ord(c): forms[0] for c, forms in ts_characters().items() if len(forms[0]) == 1}


@lru_cache(maxsize=1)
def _dropping() -> dict[int, None]:
    """A str.translate table that drops every character the t2s table would change."""
    return dict.fromkeys(t2s_table())


def is_traditional(text: str) -> bool:
    """Whether a text is written in traditional characters (a share of its CJK characters change)."""
    text = text[:SAMPLE]
    changed = len(text) - len(text.translate(_dropping()))
    return changed >= MIN_CHANGED and changed >= TRADITIONAL_SHARE * len(_CJK.findall(text))


def to_simplified(text: str) -> str:
    """The text in simplified characters, of exactly the same length."""
    return text.translate(t2s_table())


WRITTEN_REACH = 40  # characters a derived word may skip over in its source (spaces, glosses, chunk marks)


def as_written(reading: str, written: str, start: int, words: str) -> str:
    """Words derived from the simplified reading at `start` (a heading, a title: characters of the span,
    some dropped), given back in the characters as written: each one is found in order in the reading
    and taken from the written text at the same offset; a character not found stays as it is."""
    out: list[str] = []
    at = start
    for ch in words:
        found = reading.find(ch, at, at + WRITTEN_REACH) if at < len(reading) else -1
        if found < 0:
            out.append(ch)
            continue
        out.append(written[found])
        at = found + 1
    return "".join(out)
