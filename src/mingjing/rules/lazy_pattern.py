"""A regex compiled when it is first used (docs/review-speed.md, round r15).

Python's compiler spends 0.3–2 ms on each character class that holds a character beyond Latin-1
(`[\u4e00-\u9fff]`, `[、，]`): it lays out a bitmap of 65,536 characters in Python code. A table of
formulas made into a few hundred such regexes costs 0.1–0.3 s at the first review of a process, though a
review reads only the few whose names or parts the text writes. `Lazy` keeps the source and flags and
compiles on the first `match`, `search`, `fullmatch` or `finditer` (through `re.compile`, so the same
regex, the same matches); a rule's table of them is built in no time, and a text that never reaches a
regex never pays for it. A source that does not compile raises only then, so use it for regexes the
project writes from its own tables, not for a user's pack (which is checked when it is loaded)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cached_property


class Lazy:
    """`re.compile(source, flags)`, made on first use."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.source, self.flags)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def __repr__(self) -> str:
        return f"Lazy({self.source!r})"
