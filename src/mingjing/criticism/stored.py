"""A criticism list's Document as stored by the web app: its text and paragraphs (with the table
flag the table form needs), so the team's review is recomputed without reading the files again."""

from __future__ import annotations

import json

from mingjing.model import Document, Paragraph, Source


def document_to_json(doc: Document) -> str:
    return json.dumps(
        {
            "text": doc.text,
            "format": doc.source.format,
            "paragraphs": [[p.start, p.end, int(p.in_table)] for p in doc.paragraphs],
        },
        ensure_ascii=False,
    )


def document_from_json(data: str, name: str) -> Document:
    raw = json.loads(data)
    return Document(
        raw["text"],
        [Paragraph(s, e, in_table=bool(t)) for s, e, t in raw["paragraphs"]],
        Source(name, raw["format"]),
    )
