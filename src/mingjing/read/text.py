"""Plain text and Markdown readers: one line, one paragraph."""

from __future__ import annotations

import re

from mingjing.read.assemble import DocumentBuilder
from mingjing.read.encoding import decode_text
from mingjing.read.glosses import carries_glosses, unglossed_chars
from mingjing.read.html_text import carries_markup, read_marked_up
from mingjing.read.insertions import (
    banner_numbers,
    carries_jammer,
    cell_borders,
    jammer_free,
    jammer_runs,
    lost_indents,
    ornament_numbers,
    site_stamp,
    unbannered,
    unbordered,
    unindented,
    unstamped,
)

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+(?!\[)")
_MD_ORDERED = re.compile(r"^\s*(\d{1,3})([.)])\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s*```")
_MD_BOLD_LINE = re.compile(r"^(\*\*|__)[^*_]{2,40}\1$")  # **存在的问题**: a heading set off by weight
_LINES = re.compile(r"\r\n|\r|\n")  # the line ends an editor counts
_INDENT_MARKS = re.compile("[?？\ufffd·•・]")  # (a quick look before `lost_indents` reads every line)
_BANNER_MARKS = re.compile("[Pp]art|PART|NO|No|0[1-9]|[\u2776-\u2793\u20e3]")  # (before `banner_numbers`)


def read_text(data: bytes, builder: DocumentBuilder, name: str) -> None:
    text, encoding = decode_text(data, name)
    builder.source.encoding = encoding
    if carries_markup(text):  # a page's HTML pasted or saved: read as a browser shows it
        if name.lower().endswith((".html", ".htm", ".xhtml")):
            builder.source.format = "html"
        read_marked_up(text, builder)
        return
    if carries_glosses(text):  # a mirror site's pinyin glosses: read as the material's words
        dropped: list[str] = []
        for number, line in enumerate(_LINES.split(text), start=1):
            chars, glosses = unglossed_chars(line)
            builder.add_sourced(chars, line=number)
            dropped += glosses
        builder.add_extra("gloss", " ".join(dropped))
        return
    lines = _LINES.split(text)
    # what a copied web page put in that the material never held (read/insertions.py): a forum's
    # anti-copy jammer, a layout table's bars, a WeChat layout's part numbers `01` `02` (alone on their lines or
    # as banners before the headings' words), a lost or dotted indent, a site's stamp
    jammed = " " in text and carries_jammer(text)
    bordered = "|" in text and cell_borders(lines)
    ornaments = ornament_numbers(lines) if "0" in text else set()
    indented = bool(_INDENT_MARKS.search(text)) and lost_indents(lines)
    banners = banner_numbers(lines) if _BANNER_MARKS.search(text) else {}
    stamp = site_stamp(lines) if "." in text else None
    if jammed or bordered or ornaments or indented or banners or stamp:
        if jammed:  # kept aside, so the review can tell the writer that the file still holds them (R213, r28)
            builder.add_extra(
                "jammer", "\n".join(line[a:b].strip() for line in lines for a, b in jammer_runs(line))
            )
        for number, line in enumerate(lines, start=1):
            if number - 1 in ornaments:
                continue
            chars = jammer_free(line) if jammed else [(c, k) for k, c in enumerate(line)]
            if number - 1 in banners:  # (an emoji keycap's own column shows its dot: `1️⃣` → `1.`)
                shown = {k: c for c, k in unbannered(line, banners[number - 1])}
                chars = [(shown[k], k) for _, k in chars if k in shown]
            if stamp is not None:
                kept = {k for _, k in unstamped(line, stamp)}
                chars = [(c, k) for c, k in chars if k in kept]
            if bordered:
                kept = {k for _, k in unbordered(line)}
                chars = [(c, k) for c, k in chars if k in kept]
            if indented:
                kept = {k for _, k in unindented(line)}
                chars = [(c, k) for c, k in chars if k in kept]
            builder.add_sourced(chars, line=number)
        return
    for number, line in enumerate(lines, start=1):
        builder.add(line, line=number)


def read_markdown(data: bytes, builder: DocumentBuilder, name: str) -> None:
    """Headings lose their #s (level kept), list markers stay as the reader sees them."""
    text, encoding = decode_text(data, name)
    builder.source.encoding = encoding
    for number, line in enumerate(_LINES.split(text), start=1):
        if _MD_RULE.match(line) or _MD_FENCE.match(line):
            continue
        raw = line
        line = _MD_QUOTE.sub("", line)
        m = _MD_HEADING.match(line)
        if m:
            builder.add(
                _strip_emphasis(m.group(2)),
                style="heading",
                level=len(m.group(1)),
                line=number,
                column=len(raw) - len(line) + m.start(2),
            )
            continue
        if not _MD_ORDERED.match(line):  # "1. 内容" stays: the label a reader sees
            line = _MD_BULLET.sub("", line)
        bold = bool(_MD_BOLD_LINE.match(line.strip()))
        builder.add(_strip_emphasis(line), line=number, column=len(raw) - len(line), bold=bold)


def _strip_emphasis(line: str) -> str:
    return _MD_EMPHASIS.sub(r"\2", line)
