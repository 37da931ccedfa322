"""Turn a rule's example into a Document (and an Outline) the way the review would see it.

An example is a material's text; trailing lines `@extra KIND: TEXT` become page furniture
(Document.extras), so that rules about watermarks or footers can have examples too.
"""

from __future__ import annotations

from mingjing.frameworks import Framework
from mingjing.model import Document, Extra, Outline
from mingjing.parse import parse_document
from mingjing.read import read_bytes


def example_document(text: str) -> Document:
    lines = text.split("\n")
    extras: list[Extra] = []
    while lines and lines[-1].startswith("@extra "):
        kind, _, value = lines.pop()[len("@extra ") :].partition(":")
        extras.insert(0, Extra(kind.strip(), value.strip()))
    doc = read_bytes("\n".join(lines).encode("utf-8"), "example.txt", ".txt")
    doc.extras.extend(extras)
    return doc


def example_outline(text: str, frameworks: dict[str, Framework]) -> Outline:
    return parse_document(example_document(text), frameworks)
