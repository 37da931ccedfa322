"""Build a Document from paragraph strings: normalise text once, keep exact offsets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from mingjing.errors import InputError
from mingjing.model import Document, Extra, Paragraph, Source
from mingjing.read.limits import Limits

# zero-width and control characters that carry no meaning in a material
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile("[ \t\u00a0\u2002\u2003\u2009\u3000]+")
_BREAKS = re.compile("\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c")


def normalise_line(text: str) -> str:
    """NFC, no invisible characters, runs of spaces as one space, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.strip()


class DocumentBuilder:
    """Collects paragraphs in reading order; empty paragraphs are dropped."""

    def __init__(self, source: Source, limits: Limits):
        self.source = source
        self.limits = limits
        self._parts: list[str] = []
        self._paragraphs: list[Paragraph] = []
        self._length = 0
        self.extras: list[Extra] = []
        self.next_line = 1
        self.low_confidence: list[tuple[int, int]] = []

    def add(
        self,
        text: str,
        *,
        style: str | None = None,
        level: int | None = None,
        label: str = "",
        in_table: bool = False,
        line: int | None = None,
        column: int = 0,
        breaks_are_lines: bool = True,
        bold: bool = False,
        list_key: str | None = None,
    ) -> None:
        """Add one source paragraph; line breaks inside it start new paragraphs. `line` is its
        1-based line (text) or paragraph number (Word) in the source, `column` the source column of
        its first character; by default the next line after the last one added. A Word paragraph
        keeps one number across its line breaks (`breaks_are_lines=False`)."""
        base = self.next_line if line is None else line
        label = _INVISIBLE.sub("", unicodedata.normalize("NFC", label)).lstrip()
        first = True
        pos = 0
        k = 0
        for m in [*_BREAKS.finditer(text), None]:
            raw = text[pos : m.start() if m else len(text)]
            piece = normalise_line(raw)
            if piece or (first and label):
                lead, columns = source_columns(raw, piece)
                offset = column if k == 0 else 0
                self._append(piece, style, level, label if first else "", in_table)
                para = self._paragraphs[-1]
                para.bold = bold
                if first and label:
                    para.list_key = list_key
                para.line = base + (k if breaks_are_lines else 0)
                shift = para.label_end - para.start if para.label_end is not None else 0
                para.column = lead + offset - shift if columns is None else offset
                para.columns = None if columns is None else (0,) * shift + tuple(c + offset for c in columns)
                first = False
            if m is not None:
                pos = m.end()
                k += 1
        self.next_line = base + (k if breaks_are_lines else 0) + 1

    def _append(self, body: str, style: str | None, level: int | None, label: str, in_table: bool) -> None:
        if len(self._paragraphs) >= self.limits.max_paragraphs:
            raise InputError(
                f"段落数超过上限（{self.limits.max_paragraphs} 段），文件过大或不是一份对照检查材料"
            )
        if (
            label
            and body
            and label[-1].isascii()
            and body[0].isascii()
            and (label[-1].isalnum() or body[0].isdigit())
        ):
            label += " "  # keep "1." and "2024年" apart, as Word's tab does
        text = label + body
        start = self._length + (1 if self._parts else 0)
        end = start + len(text)
        self._parts.append(text)
        self._length = end
        self._paragraphs.append(
            Paragraph(
                start=start,
                end=end,
                style=style,
                level=level,
                numbered=bool(label),
                label_end=start + len(label) if label else None,
                in_table=in_table,
            )
        )

    def add_sourced(self, chars: list[tuple[str, int]], *, line: int, bold: bool = False) -> None:
        """Add one paragraph of characters, each with its 0-based column on source line `line`
        (a text whose markup was dropped: `read/html_text.py`); normalised as `add` does."""
        norm = normalise_chars(chars)
        if not norm:
            return
        self._append("".join(c for c, _ in norm), None, None, "", False)
        para = self._paragraphs[-1]
        para.line, para.bold = line, bold
        columns = [col for _, col in norm]
        if all(col is not None for col in columns):
            para.columns = tuple(col for col in columns if col is not None)
        para.column = next((col for col in columns if col is not None), 0)
        self.next_line = line + 1

    def skip(self, lines: int = 1) -> None:
        """Source paragraphs the reader drops (empty ones) still count for positions."""
        self.next_line += lines

    def add_marked(self, text: str, marked: list[tuple[int, int]]) -> None:
        """Add one paragraph whose spans `marked` (offsets into `text`) are of low OCR confidence.
        `text` must already be normalised (see `normalise_chars`) so that its offsets stay valid."""
        if not text:
            return
        if normalise_line(text) != text or _BREAKS.search(text):
            raise ValueError("add_marked needs a normalised single-line paragraph")
        self._append(text, None, None, "", False)
        start = self._paragraphs[-1].start
        self.low_confidence.extend((start + a, start + b) for a, b in marked)

    def add_extra(self, kind: str, text: str) -> None:
        lines = [normalise_line(p) for p in _BREAKS.split(text)]
        joined = "\n".join(line for line in lines if line)
        if joined:
            self.extras.append(Extra(kind=kind, text=joined))

    def build(self) -> Document:
        if self.source.format != "pdf":  # the PDF reader joins its own lines
            self._rejoin()
        return Document(
            text="\n".join(self._parts),
            paragraphs=self._paragraphs,
            source=self.source,
            extras=self.extras,
            low_confidence=self.low_confidence,
        )

    def _first_page_header(self, found: list[list[int]], headers: set[str]) -> None:
        """The first page's copy of a running header read past further down (`…材料汇编  内部资料` over the
        title, as on every page): the header's too, when the reader joined it to the lines below it
        (a title repeated as the header names the document, `…对照检查材料`, and stays)."""
        from mingjing.read.rejoin import names_document

        if not found or len(found[0]) < 2 or self._parts[found[0][0]] not in headers:
            return
        if names_document(self._parts[found[0][0]]):
            return
        self.add_extra("header", self._parts[found[0][0]])
        found[0].pop(0)

    def _rejoin(self) -> None:
        """Join the lines of text copied from a PDF back into paragraphs (read/rejoin.py); each
        joined paragraph keeps its lines as pieces, for positions in the source."""
        from mingjing.read.rejoin import groups, line_width, page_break, running_header

        found = groups(self._parts, self._paragraphs)
        width = line_width(self._parts)
        headers: set[str] = set()
        for group in found:  # a page's number inside a sentence: the footer's, read past
            for k in [k for k in group[1:-1] if page_break(self._parts, k, width)]:
                self.add_extra("pagenumber", self._parts[k])
                group.remove(k)
            # (a page's running header, `一、存在的问题` again at the page's top: the header's, read past)
            for k in [k for k in group[1:] if running_header(self._parts, k, width)]:
                self.add_extra("header", self._parts[k])
                group.remove(k)
                headers.add(self._parts[k])
        self._first_page_header(found, headers)
        if len(found) == len(self._parts):
            return
        parts: list[str] = []
        paragraphs: list[Paragraph] = []
        length = 0
        for group in found:
            first = self._paragraphs[group[0]]
            text = self._parts[group[0]]
            pieces = [(0, first)]
            for k in group[1:]:
                nxt = self._parts[k]
                if text[-1:].isascii() and text[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum():
                    text += " "
                pieces.append((len(text), self._paragraphs[k]))
                text += nxt
            start = length + (1 if parts else 0)
            parts.append(text)
            length = start + len(text)
            label_end = None if first.label_end is None else start + first.label_end - first.start
            paragraphs.append(
                Paragraph(
                    start=start,
                    end=length,
                    style=first.style,
                    level=first.level,
                    numbered=first.numbered,
                    label_end=label_end,
                    list_key=first.list_key,
                    in_table=first.in_table,
                    bold=first.bold,
                    line=first.line,
                    column=first.column,
                    columns=first.columns,
                    pieces=tuple(pieces) if len(pieces) > 1 else None,
                )
            )
        self._parts, self._paragraphs, self._length = parts, paragraphs, length


Char = tuple[str, object]  # a character and where it came from (e.g. a w:t element and index)
_BREAK_CHARS = "\r\n\u2028\u2029\x0b\x0c"


_S = TypeVar("_S")


def normalise_chars(chars: Sequence[tuple[str, _S]]) -> list[tuple[str, _S | None]]:
    """`normalise_line` character by character, keeping each character's source (for writers
    that must find the original run behind an offset); None when NFC changed the length."""
    text = "".join(c for c, _ in chars)
    nfc = unicodedata.normalize("NFC", text)
    sourced: Sequence[tuple[str, _S | None]] = chars
    if nfc != text:
        sourced = (
            [(n, s) for n, (_, s) in zip(nfc, chars)] if len(nfc) == len(text) else [(n, None) for n in nfc]
        )
    out: list[tuple[str, _S | None]] = []
    for c, s in sourced:
        if _INVISIBLE.match(c):
            continue
        if _SPACES.match(c):
            if not out or out[-1][0] != " ":
                out.append((" ", s))
            continue
        out.append((c, s))
    while out and out[0][0] == " ":
        out.pop(0)
    while out and out[-1][0] == " ":
        out.pop()
    return out


def source_columns(raw: str, piece: str) -> tuple[int, list[int] | None]:
    """Where the characters of a normalised piece stand in its raw line: (lead, None) when they
    are the raw line's characters from column `lead` on, else (0, the column of each character)."""
    lead = len(raw) - len(raw.lstrip())
    if raw[lead : lead + len(piece)] == piece:
        return lead, None
    mapped = normalise_chars([(c, i) for i, c in enumerate(raw)])
    columns = [i for _, i in mapped if i is not None]
    if "".join(c for c, _ in mapped) == piece and len(columns) == len(mapped):
        return 0, columns
    return lead, None


def paragraph_pieces(chars: Sequence[Char], has_label: bool) -> list[list[Char]]:
    """The paragraphs `DocumentBuilder.add` makes of one source paragraph, as mapped characters."""
    pieces: list[list[Char]] = [[]]
    for c, s in chars:
        if c in _BREAK_CHARS:
            pieces.append([])
        else:
            pieces[-1].append((c, s))
    out = []
    for k, piece in enumerate(pieces):
        norm = normalise_chars(piece)
        if norm or (k == 0 and has_label):
            out.append(norm)
    return out
