"""Python's regex compiler, each character class laid out once a process (round r26, docs/review-speed.md).

`re.compile` lays out every character class of a pattern in `re._compiler._optimize_charset`, in Python
code: a class that holds a character beyond Latin-1 (`[\\u4e00-\\u9fff]`, `[，。；]`) fills a map of 65,536
places one by one, 0.3–2 ms each. The project compiles some 3,000 regexes on a process's first review and
their 8,000 classes are some 2,400 distinct ones (`[\\u4e00-\\u9fff]` alone 740 times, the quotation marks
730), so most of that work lays out a class already laid out. `install` puts a memo in front of the
compiler's function: the same class under the same case rules gives the same layout, computed once.

The function is pure (its result depends on the class's items and the case functions only), so the memo
changes no compiled regex: `tests/test_regex_charsets.py` compiles patterns of every kind both ways and
compares the code. A case table other than the compiler's own goes to the compiler's function as before. Installed when `mingjing` is imported; a Python whose compiler
has no such function is left alone."""

from __future__ import annotations

import importlib
import threading
from array import array
from typing import Any

_compiler: Any = importlib.import_module("re._compiler")
ORIGINAL: Any = getattr(_compiler, "_optimize_charset", None)
_EXTRA = getattr(_compiler, "_EXTRA_CASES", None)  # the one case table the compiler passes (IGNORECASE)
MOST = 50_000  # classes kept at most (a process compiling users' regexes without end stops adding)
_MEMO: dict[tuple[str, Any, Any, bool], tuple[tuple[Any, ...], bool]] = {}
_LOCK = threading.Lock()


def optimize_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
    """`re._compiler._optimize_charset(charset, iscased, fixup, fixes)`, from the memo when the same
    class was laid out before under the same case rules (a new list each call: callers may keep it)."""
    if fixes is not None and fixes is not _EXTRA:
        return ORIGINAL(charset, iscased, fixup, fixes)
    # the class written out (an item's opcode by its name, its argument a number, a pair of numbers or a
    # category's name: one text per class), kept in a quarter of the memory its items take
    key = (str(tuple(charset)), iscased, fixup, fixes is not None)
    found = _MEMO.get(key)
    if found is None:
        out, hascased = ORIGINAL(charset, iscased, fixup, fixes)
        with _LOCK:
            if len(_MEMO) < MOST:
                _MEMO[key] = (tuple(_packed(op, av) for op, av in out), hascased)
        return out, hascased
    return [(op, av.tolist() if type(av) is array else av) for op, av in found[0]], found[1]


def _packed(op: Any, av: Any) -> tuple[Any, Any]:
    """A layout's item as kept: a bitmap's words (a list of large ints, some 40 bytes each) as one array
    of 32-bit words, given back as the same list of ints."""
    if type(av) is list and all(type(w) is int and 0 <= w < 2**32 for w in av):
        return op, array("I", av)
    return op, av


def install() -> None:
    """Put the memo in front of the compiler's function (once; nothing when the compiler has none)."""
    if ORIGINAL is not None and getattr(_compiler, "_optimize_charset", None) is ORIGINAL:
        _compiler._optimize_charset = optimize_charset


def uninstall() -> None:
    """The compiler's own function back (tests compare both)."""
    if ORIGINAL is not None:
        _compiler._optimize_charset = ORIGINAL
