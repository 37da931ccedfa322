"""A forum's anti-copy jammer in a copied post: runs the material never held (round r23).

Discuz boards print runs of random ASCII pairs (`; K2 r" d! h* u`, `7 O: \\( A! _+ Q`) hidden on the
page; a copied post carries them on lines of their own, after a line's text, or glued before a heading
(`…Q二、原因剖析`), where they hide the heading's label and lengthen the title. A text that carries them
is read without them, every character kept remembering its column in the user's file (as pinyin
glosses are, `read/glosses.py`).
"""

from __future__ import annotations

import re

# a jammer run: four or more tokens of one or two printable ASCII characters, one space apart, with
# punctuation in at least two of them and a letter in one (`1. 2. 3. 4.` or `A B C D` are no run)
_JAMMER = re.compile(r"[ \t]*(?<![!-~])(?:[!-~]{1,2} ){3,}[!-~]{1,2}(?![!-~])[ \t]*")
_PUNCT = re.compile(r"[^A-Za-z0-9]")
_LETTER = re.compile(r"[A-Za-z]")
MIN_RUNS = 2  # jammer runs in a text before it is read as a jammed forum copy


def _jammer_runs(line: str) -> list[tuple[int, int]]:
    runs = []
    for m in _JAMMER.finditer(line):
        tokens = m.group(0).split()
        if sum(1 for t in tokens if _PUNCT.search(t)) >= 2 and any(_LETTER.search(t) for t in tokens):
            runs.append(m.span())
    return runs


def carries_jammer(text: str) -> bool:
    """At least two jammer runs in the text: a jammed forum copy, not a line of codes."""
    found = 0
    for line in text.splitlines():
        if " " in line:
            found += len(_jammer_runs(line))
            if found >= MIN_RUNS:
                return True
    return False


def jammer_free(line: str) -> list[tuple[str, int]]:
    """The line's characters without its jammer runs, each with its column."""
    drop: set[int] = set()
    for a, b in _jammer_runs(line):
        drop.update(range(a, b))
    return [(c, k) for k, c in enumerate(line) if k not in drop]
