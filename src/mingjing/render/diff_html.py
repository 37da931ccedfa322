"""What changed between two drafts, character by character, as HTML (<del>/<ins> in the text).

The alignment is rapidfuzz's Levenshtein opcodes over characters; unchanged runs shorter than
`MIN_KEEP` characters between two changes are folded into the change, so a rewritten sentence
reads as one replacement instead of a scatter of single characters that happen to agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

MIN_KEEP = 3


@dataclass
class Change:
    kind: str  # equal | change
    old: str
    new: str


def diff_chunks(old: str, new: str) -> list[Change]:
    from rapidfuzz.distance import Levenshtein

    chunks: list[Change] = []
    for op in Levenshtein.opcodes(old, new):
        kind = "equal" if op.tag == "equal" else "change"
        chunks.append(Change(kind, old[op.src_start:op.src_end], new[op.dest_start:op.dest_end]))
    # fold short agreements between changes into the change around them
    for k in range(1, len(chunks) - 1):
        c = chunks[k]
        if (c.kind == "equal" and len(c.old) < MIN_KEEP and "\n" not in c.old
                and chunks[k - 1].kind == "change" and chunks[k + 1].kind == "change"):
            c.kind = "change"
    merged: list[Change] = []
    for c in chunks:
        if merged and merged[-1].kind == c.kind:
            merged[-1] = Change(c.kind, merged[-1].old + c.old, merged[-1].new + c.new)
        elif c.old or c.new:
            merged.append(c)
    return merged


def diff_stats(chunks: list[Change]) -> dict[str, int]:
    changes = [c for c in chunks if c.kind == "change"]
    return {"changes": len(changes), "deleted": sum(len(c.old) for c in changes),
            "inserted": sum(len(c.new) for c in changes)}


def _text(s: str) -> str:
    return escape(s)


def diff_paragraphs(chunks: list[Change]) -> list[tuple[str, bool]]:
    """The new draft paragraph by paragraph as HTML — deletions struck out, insertions marked,
    changes numbered — each with whether it holds a change."""
    paragraphs: list[tuple[str, bool]] = []
    current: list[str] = []
    changed = False
    n = 0

    def close() -> None:
        nonlocal current, changed
        paragraphs.append(("".join(current), changed))
        current, changed = [], False

    for c in chunks:
        if c.kind == "equal":
            pieces = c.old.split("\n")
            for k, piece in enumerate(pieces):
                if k:
                    close()
                current.append(_text(piece))
            continue
        n += 1
        changed = True
        current.append(f'<span class="chg" id="chg{n}">')
        if c.old:
            current.append(f'<del title="删去">{_text(c.old).replace(chr(10), "¶<br>")}</del>')
        if c.new:  # a paragraph break inserted: shown as a break inside the change
            current.append(f'<ins title="新增">{_text(c.new).replace(chr(10), "¶<br>")}</ins>')
        current.append("</span>")
    close()
    return paragraphs


def render_diff_html(chunks: list[Change], context: int | None = None) -> str:
    """HTML paragraphs of the new draft with the changes marked. With `context`, only changed
    paragraphs and that many around each are shown; a gap says how many were left out."""
    paragraphs = diff_paragraphs(chunks)
    keep = set(range(len(paragraphs)))
    if context is not None:
        keep = {j for k, (_, changed) in enumerate(paragraphs) if changed
                for j in range(k - context, k + context + 1) if 0 <= j < len(paragraphs)}
    out, skipped = [], 0
    for k, (html, changed) in enumerate(paragraphs):
        if k not in keep:
            skipped += 1
            continue
        if skipped:
            out.append(f'<p class="gap">……（{skipped} 段未改动）</p>')
            skipped = 0
        out.append(('<p class="changed">' if changed else "<p>") + html + "</p>")
    if skipped:
        out.append(f'<p class="gap">……（{skipped} 段未改动）</p>')
    return "".join(out)
