"""A drafted material as blocks of text, each with its place in the layout (title, heading levels,
body, signature, date); the renderers (Word, Markdown) and the review read the same blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

PLACEHOLDER_OPEN = "【待补充："
PLACEHOLDER_CLOSE = "】"
# block kinds: title, signature, body (preamble), level1 (一、), level2 (（一）), level3 (1.), date
KINDS = ("title", "signature", "body", "level1", "level2", "level3", "date")


def placeholder(what: str) -> str:
    """A visible gap the author must fill; the review flags it (R110)."""
    return f"{PLACEHOLDER_OPEN}{what}{PLACEHOLDER_CLOSE}"


def is_placeholder(text: str | None) -> bool:
    return text is not None and text.startswith(PLACEHOLDER_OPEN) and text.endswith(PLACEHOLDER_CLOSE)


@dataclass
class Block:
    kind: str
    head: str = ""  # label and heading sentence: set in the heading font of its level
    body: str = ""  # the rest of the paragraph: body font

    @property
    def text(self) -> str:
        return self.head + self.body


@dataclass
class Material:
    framework_id: str
    title: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def placeholders(self) -> int:
        return self.text.count(PLACEHOLDER_OPEN)
