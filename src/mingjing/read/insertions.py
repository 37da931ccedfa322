"""What a copy of a web page put into a material's lines that the material never held (round r23).

A forum's anti-copy jammer: Discuz boards print runs of random ASCII pairs (`; K2 r" d! h* u`, `7 O: \\( A! _+ Q`) hidden on the
page; a copied post carries them on lines of their own, after a line's text, or glued before a heading
(`…Q二、原因剖析`), where they hide the heading's label and lengthen the title. A text that carries them
is read without them, every character kept remembering its column in the user's file (as pinyin
glosses are, `read/glosses.py`).

A WeChat layout's part numbers: `01` `02` `03` (or `PART 01`) set large on lines of their own over the
part headings, ornaments the headings' own words follow; a text that rises through two or more of them
is read without those lines.

A layout table's cell borders: a page that set its article in a table copies as lines opened and closed
by `|` (`| 二、存在的问题 |`) with lone `|` lines between; the bars are no part of the text.
"""

from __future__ import annotations

import re

# a jammer run: four or more tokens of one or two printable ASCII characters, one space apart, with a
# symbol in at least two of them and a letter in one (`1. 2. 3. 4.`, `a. b. c. d.` or `A B C D` are no run)
_JAMMER = re.compile(r"[ \t]*(?<![!-~])(?:[!-~]{1,2} ){3,}[!-~]{1,2}(?![!-~])[ \t]*")
_PUNCT = re.compile(r"[^A-Za-z0-9.,]")
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


_BORDERED = re.compile(r"^[ \t]*\|[ \t]*([^|]*?)[ \t]*\|?[ \t]*$|^[ \t]*([^|]*?)[ \t]*\|[ \t]*$")
MIN_BORDERED = 3  # lines in a bar before the text is read as a layout table's cells
BORDERED_SHARE = 0.6  # of the lines with text


def cell_borders(lines: list[str]) -> bool:
    """Most lines with text stand in a layout table's bars (`| …`, `… |`, `| … |`, a lone `|`), and no
    line holds a bar inside its text: a web page's table copied, not a table of the material's own."""
    filled = [line for line in lines if line.strip()]
    bordered = [line for line in filled if "|" in line]
    if len(bordered) < MIN_BORDERED or len(bordered) < BORDERED_SHARE * len(filled):
        return False
    return all(_BORDERED.match(line) for line in bordered)


def unbordered(line: str) -> list[tuple[str, int]]:
    """The line's characters inside its bars, each with its column."""
    m = _BORDERED.match(line)
    if m is None:
        return [(c, k) for k, c in enumerate(line)]
    group = 1 if m.group(1) is not None else 2
    return [(c, k) for k, c in enumerate(line) if m.start(group) <= k < m.end(group)]


_ORNAMENT = re.compile(r"^[ \t]*(?:PART|Part|part)?[ \t.]*0([1-9])[ \t]*$")


def ornament_numbers(lines: list[str]) -> set[int]:
    """The lines that hold only a layout's part number `01` `02` … (index), rising from 01 over two
    lines or more; none when the numbers do not rise so."""
    found = [(k, int(m.group(1))) for k, line in enumerate(lines) if (m := _ORNAMENT.match(line))]
    if len(found) < 2 or [n for _, n in found] != list(range(1, len(found) + 1)):
        return set()
    return {k for k, _ in found}


# A lost indent: a page whose indent was full-width spaces or no-break spaces, saved or pasted through an encoding
# that has no such character, opens its lines with question marks (`??? 一、存在的问题`) or replacement characters
# (round r24). A text that opens two or more lines so carries no question of its own there: the marks are dropped.
_LOST_INDENT = re.compile(r"^[ \t]*[?？\ufffd]{1,8}[ \t\u3000]*(?=[^\x00-\x7f]|\d)")
# A dotted indent: a page that set its list in middle dots (`··第二，…`, `·一是…`) before the material's own labels;
# the dots stand before a label, which is the line's real mark (a bullet with no label after it stays a bullet).
_DOT_INDENT = re.compile(
    r"^[ \t\u3000]*[·•・]{1,4}[ \t\u3000]*(?=第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+是|"
    r"[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、](?!\d))"
)
MIN_INDENTED = 2  # lines opened so before a text is read without those marks


def lost_indents(lines: list[str]) -> bool:
    """Two or more lines open with a lost indent's question marks, or a dotted indent before a label."""
    return (
        sum(1 for line in lines if _LOST_INDENT.match(line)) >= MIN_INDENTED
        or sum(1 for line in lines if _DOT_INDENT.match(line)) >= MIN_INDENTED
    )


def unindented(line: str) -> list[tuple[str, int]]:
    """The line's characters without a lost or dotted indent at its start, each with its column."""
    m = _LOST_INDENT.match(line) or _DOT_INDENT.match(line)
    start = m.end() if m else 0
    return [(c, k) for k, c in enumerate(line) if k >= start]
