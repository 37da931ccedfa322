"""Text that carries HTML markup (a page's source pasted into a .txt, a saved .html), read as a
browser shows it: tags are no text, block tags end paragraphs, entities are decoded.

Every character kept remembers its line and column in the user's file, so that positions
(`path:line:col`) still point into that file; a paragraph never spans two source lines.
"""

from __future__ import annotations

import html
import re

from mingjing.read.assemble import DocumentBuilder
from mingjing.read.glosses import TONED_GLOSS, carries_glosses

# tags a browser shows as a paragraph break, and tags whose content it does not show
_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article blockquote hr dt dd dl header footer "
    "pre address figure figcaption main nav aside form center body html".split()
)
_CELL = frozenset({"td", "th"})  # a table cell: a space between cells, the row a paragraph
_BOLD = frozenset({"b", "strong"})
_HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "bbimg", "bbattach"})
_KNOWN = (
    _BLOCK | _CELL | _BOLD | _HIDDEN | frozenset("span font a i em u img sup sub small big label".split())
)
# a forum's BBCode (`[b]…[/b]`, `[size=4]`, `[quote]`), which a thread copied as its source keeps: each
# tag read as the HTML tag the forum renders it as (an image's or attachment's address is not shown)
_BBCODE = {
    "b": "b",
    "i": "i",
    "u": "u",
    "s": "span",
    "size": "span",
    "color": "span",
    "font": "span",
    "backcolor": "span",
    "url": "a",
    "email": "a",
    "img": "bbimg",
    "attach": "bbattach",
    "attachimg": "bbattach",
    "media": "bbattach",
    "quote": "blockquote",
    "list": "ul",
    "*": "li",
    "p": "p",
    "align": "div",
    "indent": "div",
    "center": "div",
    "left": "div",
    "right": "div",
    "float": "div",
    "code": "pre",
    "hr": "hr",
    "table": "table",
    "tr": "tr",
    "td": "td",
}
_BB_NAMES = "|".join(re.escape(n) for n in sorted(_BBCODE, key=len, reverse=True))
_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<!doctype[^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"
    rf"|\[(/?)({_BB_NAMES})(?:=[^\]\n]{{0,120}})?\]",
    re.DOTALL | re.IGNORECASE,
)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_BB_TAG = re.compile(rf"\[/({_BB_NAMES})\]", re.IGNORECASE)
MIN_TAGS = 2  # known tags in a text before it is read as markup


def carries_markup(text: str) -> bool:
    """The text holds HTML markup a browser would render: at least two known tags
    (`<p class=…>`, `<br>`, `</span>`), not merely a `<` in a sentence; or a forum's BBCode, at least
    two closing tags (`[/b]`, `[/size]`), never a bracketed word (`[图片]`, `[1]`)."""
    count = 0
    for m in _TAG.finditer(text):
        if m.group(1).lower() in _KNOWN:
            count += 1
            if count >= MIN_TAGS:
                return True
    return sum(1 for _ in zip(range(MIN_TAGS), _BB_TAG.finditer(text))) >= MIN_TAGS


Char = tuple[str, int, int, bool]  # a character, its 1-based source line, 0-based column, bold


def rendered_lines(text: str) -> list[list[Char]]:
    """The paragraphs a browser shows (each cut at the source's line ends too), as characters with
    where each stands in `text`."""
    out: list[list[Char]] = [[]]
    line, line_start = 1, 0
    hidden: str | None = None  # the tag whose content is not shown
    bold = 0

    def emit(chars: str, at: int) -> None:
        nonlocal line, line_start
        for k, c in enumerate(chars):
            pos = at + k
            if c == "\n":
                out.append([])
                line, line_start = line + 1, pos + 1
            elif hidden is None and c != "\r":
                out[-1].append((c, line, pos - line_start, bold > 0))

    def skip(a: int, b: int) -> None:  # markup: only its line ends count
        nonlocal line, line_start
        for pos in range(a, b):
            if text[pos] == "\n":
                out.append([])
                line, line_start = line + 1, pos + 1

    pos = 0
    for m in _TOKEN.finditer(text):
        emit(text[pos : m.start()], pos)
        pos = m.end()
        token = m.group(0)
        if token.startswith("&"):
            if hidden is None:
                decoded = html.unescape(token)
                col = m.start() - line_start
                out[-1].extend((c, line, col, bold > 0) for c in decoded)
            continue
        skip(m.start(), m.end())
        if m.group(5):
            name, closing = _BBCODE[m.group(5).lower()], bool(m.group(4))
        else:
            name, closing = (m.group(2) or "").lower(), bool(m.group(1))
        if hidden is not None:
            if closing and name == hidden:
                hidden = None
            continue
        if name in _HIDDEN and not closing and not m.group(3):
            hidden = name
        elif name in _BLOCK:
            out.append([])
        elif name in _CELL:
            out[-1].append((" ", line, m.start() - line_start, False))
        elif name in _BOLD:
            bold = max(0, bold + (-1 if closing else 1))
    emit(text[pos:], pos)
    return out


def read_marked_up(text: str, builder: DocumentBuilder) -> None:
    """Add the paragraphs a browser shows of `text` to `builder`, each with its source line and
    the column of every character; a mirror site's pinyin glosses among them are dropped too
    (`read/glosses.py`) and kept apart as an extra."""
    glossed = carries_glosses(text)
    dropped: list[str] = []
    for chars in rendered_lines(text):
        if glossed:
            shown = "".join(c for c, _, _, _ in chars)
            cut = {k for m in TONED_GLOSS.finditer(shown) for k in range(m.start(), m.end())}
            dropped += [m.group(0) for m in TONED_GLOSS.finditer(shown)]
            chars = [c for k, c in enumerate(chars) if k not in cut]
        if chars:
            builder.add_sourced(
                [(c, col) for c, _, col, _ in chars],
                line=chars[0][1],
                bold=all(b for c, _, _, b in chars if not c.isspace()),
            )
    if dropped:
        builder.add_extra("gloss", " ".join(dropped))
