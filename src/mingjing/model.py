"""The pipeline's data: Document (read), Outline (parse) and their JSON form.

All offsets are character offsets into `Document.text`, end exclusive.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

OUTLINE_SCHEMA = "mingjing.outline/1"
SECTION_KINDS = ("problems", "causes", "measures", "other")


@dataclass
class Source:
    path: str
    format: str  # txt | md | docx | doc | wps | rtf | pdf
    encoding: str | None = None
    converted_with: str | None = None  # e.g. "LibreOffice" for .doc/.wps
    size: int = 0
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages read by OCR (scans, photos)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "format": self.format,
            "encoding": self.encoding,
            "converted_with": self.converted_with,
            "size": self.size,
        }
        if self.ocr_pages:
            d["ocr_pages"] = list(self.ocr_pages)
        return d


@dataclass
class Paragraph:
    """One body paragraph: `Document.text[start:end]`, never containing a line break."""

    start: int
    end: int
    style: str | None = None  # style name in the source (docx) or "heading" (markdown)
    level: int | None = None  # outline level from a heading style / markdown #, 1 = top
    numbered: bool = False  # its label was produced from Word automatic numbering
    label_end: int | None = None  # end offset of that automatic label
    list_key: str | None = None  # the Word list and level that automatic label counts in
    in_table: bool = False
    bold: bool = False  # every character of it is bold (a heading set off by weight, not by style)
    line: int | None = None  # 1-based line of the source text, or paragraph number in Word
    column: int = 0  # source column (0-based) of the first character (leading spaces are dropped)
    columns: tuple[int, ...] | None = None  # source column of each character, when not column + i
    pieces: tuple[tuple[int, Paragraph], ...] | None = None  # lines re-joined into it: (offset, line)

    def source_line_column(self, i: int) -> tuple[int | None, int]:
        """Source line and 0-based column of the paragraph's i-th character."""
        if self.pieces:
            for offset, piece in reversed(self.pieces):
                if i >= offset:
                    return piece.line, piece.source_column(i - offset)
        return self.line, self.source_column(i)

    def source_column(self, i: int) -> int:
        """0-based source column of the paragraph's i-th character (i may be its length)."""
        if self.columns:
            return self.columns[i] if i < len(self.columns) else self.columns[-1] + 1 + i - len(self.columns)
        return max(0, self.column + i)


@dataclass
class Extra:
    """Text kept apart from the body: header, footer, footnote, endnote, comment, textbox, watermark."""

    kind: str
    text: str


@dataclass
class Document:
    text: str
    paragraphs: list[Paragraph]
    source: Source
    extras: list[Extra] = field(default_factory=list)
    # OCR: spans (start, end) whose characters Tesseract read with low confidence (识别可能有误)
    low_confidence: list[tuple[int, int]] = field(default_factory=list)

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of a text offset as the user's editor shows the source:
        lines of a text file (blank ones count), paragraphs of a Word file, characters in a line."""
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.paragraphs):
            starts = self.__dict__["_starts"] = [p.start for p in self.paragraphs]
        k = bisect_right(starts, offset) - 1
        p = self.paragraphs[k] if k >= 0 else None
        if p is None or p.line is None:
            return self.text.count("\n", 0, offset) + 1, offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        line, column = p.source_line_column(min(offset, p.end) - p.start)
        return (p.line if line is None else line), column + 1


@dataclass
class Example:
    text: str
    start: int
    end: int


@dataclass
class Point:
    label: str
    text: str
    start: int
    end: int
    examples: list[Example] = field(default_factory=list)


@dataclass
class Headed:
    """An element that starts with a (labelled) heading: a section or an item."""

    label: str
    heading: str
    heading_start: int
    heading_end: int
    start: int
    end: int


# `Item.by` of the part's own text, which a reader sees as no item (a part whose points run in one
# paragraph, `一是…二是…`; a part of one plain paragraph): held as an item so that rules, drafts and
# ledgers read it, but listed under the part's `text_blocks`, never its `items`, in the outline's JSON
TEXT_ITEM = "text"


@dataclass
class Item(Headed):
    aspect: str | None = None  # problems items: the framework aspect's name, or None
    points: list[Point] = field(default_factory=list)
    by: str = "label"  # how it was recognised: label | style | keyword | position | text (TEXT_ITEM)


@dataclass
class Section(Headed):
    kind: str = "other"  # problems | causes | measures | other
    items: list[Item] = field(default_factory=list)
    by: str = "label"  # how it was recognised: label | style | keyword | position


@dataclass
class FrameworkRef:
    id: str
    name: str
    score: float = 0.0  # how well the document matched the pack (detection)
    forced: bool = False  # chosen with --framework


@dataclass
class MaterialKind:
    """Who speaks (个人 | 班子 | 支部 | 党员, None when unknown), 年度 or 专题, and how it was told
    (标题 | 前言 | 语气 | 指定); `voice` is how the problems part actually speaks, on its own."""

    who: str | None
    scope: str = "年度"
    evidence: str = ""
    voice: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"who": self.who, "scope": self.scope, "evidence": self.evidence, "voice": self.voice}


@dataclass
class Outline:
    document: Document
    title: str  # the title's words: text[title_start:title_end] without stray spaces (`县 税务局`)
    title_start: int
    title_end: int
    preamble_start: int | None
    preamble_end: int | None
    framework: FrameworkRef | None
    sections: list[Section] = field(default_factory=list)
    kind: MaterialKind | None = None  # additive (issue 14): the material's kind
    confidence: float = 1.0  # how sure the parse is of its parts (0–1); low below 0.6
    kinds_elsewhere: list[str] = field(default_factory=list)  # parts another reading finds
    # written in traditional characters: `document` is the simplified copy (same offsets) that every
    # keyword test reads; title and headings are the characters as written (`reading()` simplifies them)
    traditional: bool = False
    # with no framework: the year, meeting or campaign the text names that no pack covers
    unpacked: list[str] = field(default_factory=list)

    def items(self, kind: str | None = None) -> list[Item]:
        return [i for s in self.sections if kind is None or s.kind == kind for i in s.items]

    def reading(self) -> Outline:
        """The outline every keyword test reads: itself, or for a text in traditional characters a copy
        whose title and headings are simplified one character for one (offsets unchanged)."""
        if not self.traditional:
            return self
        from copy import deepcopy

        from mingjing.traditional import to_simplified

        copy = replace(self, document=self.document, title=to_simplified(self.title))
        copy.sections = deepcopy(self.sections)
        for headed in [*copy.sections, *(i for s in copy.sections for i in s.items)]:
            headed.heading = to_simplified(headed.heading)
        return copy


def _example_dict(e: Example) -> dict[str, Any]:
    return {"text": e.text, "start": e.start, "end": e.end}


def _point_dict(p: Point) -> dict[str, Any]:
    return {
        "label": p.label,
        "text": p.text,
        "start": p.start,
        "end": p.end,
        "examples": [_example_dict(e) for e in p.examples],
    }


def _headed_dict(h: Headed) -> dict[str, Any]:
    return {
        "label": h.label,
        "heading": h.heading,
        "start": h.start,
        "end": h.end,
        "heading_start": h.heading_start,
        "heading_end": h.heading_end,
    }


def _item_dict(i: Item) -> dict[str, Any]:
    return {**_headed_dict(i), "aspect": i.aspect, "by": i.by, "points": [_point_dict(p) for p in i.points]}


def _section_dict(s: Section) -> dict[str, Any]:
    return {
        "kind": s.kind,
        **_headed_dict(s),
        "by": s.by,
        "items": [_item_dict(i) for i in s.items if i.by != TEXT_ITEM],
        "text_blocks": [_item_dict(i) for i in s.items if i.by == TEXT_ITEM],
    }


def outline_to_dict(outline: Outline) -> dict[str, Any]:
    """The `mingjing.outline/1` contract (docs/architecture.md lists every field); extra keys are additive."""
    doc = outline.document
    fw = outline.framework
    return {
        "schema": OUTLINE_SCHEMA,
        "source": doc.source.to_dict(),
        "title": outline.title,
        "title_start": outline.title_start,
        "title_end": outline.title_end,
        "preamble": None
        if outline.preamble_start is None
        else {"start": outline.preamble_start, "end": outline.preamble_end},
        "framework": None if fw is None else {"id": fw.id, "name": fw.name},
        "text": doc.text,
        "extras": [{"kind": e.kind, "text": e.text} for e in doc.extras],
        **(
            {"low_confidence": [{"start": a, "end": b} for a, b in doc.low_confidence]}
            if doc.low_confidence
            else {}
        ),
        "sections": [_section_dict(s) for s in outline.sections],
        "kind": outline.kind.to_dict() if outline.kind else None,
        "confidence": outline.confidence,
        "kinds_elsewhere": list(outline.kinds_elsewhere),
        "traditional": outline.traditional,
        "framework_unpacked": list(outline.unpacked),
    }


# -- review ------------------------------------------------------------------------------------
REVIEW_SCHEMA = "mingjing.review/1"
CATEGORIES = (
    "structure",
    "coverage",
    "correspondence",
    "specificity",
    "residue",
    "typo",
    "formulation",
    "punctuation",
    "similarity",
    "criticism",
)
SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    """One thing a reviewer would mark: `Document.text[start:end]` (an anchor for missing things)."""

    code: str
    rule: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    excerpt: str
    suggestions: list[str] = field(default_factory=list)
    # further spans one finding stands for (the similarity findings: every shared passage), each
    # {"start", "end", …}; start/end above is the first or longest of them
    passages: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "code": self.code,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "suggestions": list(self.suggestions),
        }
        if self.passages:  # additive to mingjing.review/1
            out["passages"] = [dict(p) for p in self.passages]
        return out


@dataclass
class Report:
    outline: Outline
    findings: list[Finding]
    verdict: str  # pass | revise | reject
    score: int  # 0–100
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def document(self) -> Document:
        return self.outline.document


def outline_summary(outline: Outline) -> dict[str, Any]:
    """The outline without text: what the review saw (kinds, headings, aspects, counts)."""
    return {
        "title": outline.title,
        "confidence": outline.confidence,
        "kinds_elsewhere": list(outline.kinds_elsewhere),
        "sections": [
            {
                "kind": s.kind,
                "label": s.label,
                "heading": s.heading,
                "start": s.start,
                "end": s.end,
                "by": s.by,
                "items": [
                    {
                        "label": i.label,
                        "heading": i.heading,
                        "aspect": i.aspect,
                        "start": i.start,
                        "end": i.end,
                        "by": i.by,
                        "points": len(i.points),
                        "examples": sum(len(p.examples) for p in i.points),
                    }
                    for i in s.items
                    if i.by != TEXT_ITEM
                ],
            }
            for s in outline.sections
        ],
        "kind": outline.kind.to_dict() if outline.kind else None,
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    doc = report.document
    fw = report.outline.framework
    return {
        "source": doc.source.to_dict(),
        "framework": None if fw is None else {"id": fw.id, "name": fw.name},
        "verdict": report.verdict,
        "score": report.score,
        "text": doc.text,
        "findings": [f.to_dict() for f in report.findings],
        "stats": report.stats,
        "outline": outline_summary(report.outline),
    }
