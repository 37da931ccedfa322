"""A drafted material as Markdown: the title as #, part headings as ##, everything else as
paragraphs (labels kept in the text, so the file reads back to the same outline)."""

from __future__ import annotations

from mingjing.draft.material import Material


def draft_markdown(material: Material) -> str:
    lines = []
    for block in material.blocks:
        if block.kind == "title":
            lines.append(f"# {block.text}")
        elif block.kind == "level1":
            lines.append(f"## {block.text}")
        else:
            lines.append(block.text)
    return "\n\n".join(lines) + "\n"
