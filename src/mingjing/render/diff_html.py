"""What changed between two drafts, character by character, as HTML (<del>/<ins> in the text).

The alignment is rapidfuzz's Levenshtein opcodes over characters; unchanged runs shorter than
`MIN_KEEP` characters between two changes are folded into the change, so a rewritten sentence
reads as one replacement instead of a scatter of single characters that happen to agree.

The character alignment costs time in the product of the two lengths, so over `CHAR_DIFF_MAX`
characters the drafts are aligned paragraph by paragraph first and only changed stretches of at
most `CHAR_DIFF_MAX` characters are aligned by character; larger changed stretches are shown as
whole paragraphs replaced (`is_coarse` says when, so the page can say so).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

MIN_KEEP = 3
CHAR_DIFF_MAX = 100_000  # characters of both sides together aligned character by character


@dataclass
class Change:
    kind: str  # equal | change
    old: str
    new: str


def is_coarse(old: str, new: str, max_chars: int = CHAR_DIFF_MAX) -> bool:
    """Whether the drafts are too long to be aligned character by character as a whole."""
    return len(old) + len(new) > max_chars


def _char_chunks(old: str, new: str) -> list[Change]:
    from rapidfuzz.distance import Levenshtein

    return [
        Change(
            "equal" if op.tag == "equal" else "change",
            old[op.src_start : op.src_end],
            new[op.dest_start : op.dest_end],
        )
        for op in Levenshtein.opcodes(old, new)
    ]


def _paragraph_chunks(old: str, new: str, max_chars: int) -> list[Change]:
    """Align paragraphs first; a changed stretch is aligned by character when it is small enough."""
    from rapidfuzz.distance import Levenshtein

    a, b = old.split("\n"), new.split("\n")
    chunks: list[Change] = []
    for op in Levenshtein.opcodes(a, b):
        left, right = "\n".join(a[op.src_start : op.src_end]), "\n".join(b[op.dest_start : op.dest_end])
        # each paragraph keeps its line break; the last paragraph of a text has none
        nl_left = "\n" if op.src_start < op.src_end < len(a) else ""
        nl_right = "\n" if op.dest_start < op.dest_end < len(b) else ""
        if op.tag == "equal":
            chunks.append(Change("equal", left, right))
            if nl_left or nl_right:
                chunks.append(Change("equal" if nl_left == nl_right else "change", nl_left, nl_right))
        elif len(left) + len(right) <= max_chars:
            chunks.extend(_char_chunks(left + nl_left, right + nl_right))
        else:
            chunks.append(Change("change", left + nl_left, right + nl_right))
    return chunks


def diff_chunks(old: str, new: str, max_chars: int = CHAR_DIFF_MAX) -> list[Change]:
    chunks = (
        _paragraph_chunks(old, new, max_chars) if is_coarse(old, new, max_chars) else _char_chunks(old, new)
    )
    # fold short agreements between changes into the change around them
    for k in range(1, len(chunks) - 1):
        c = chunks[k]
        if (
            c.kind == "equal"
            and len(c.old) < MIN_KEEP
            and "\n" not in c.old
            and chunks[k - 1].kind == "change"
            and chunks[k + 1].kind == "change"
        ):
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
    return {
        "changes": len(changes),
        "deleted": sum(len(c.old) for c in changes),
        "inserted": sum(len(c.new) for c in changes),
    }


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
        keep = {
            j
            for k, (_, changed) in enumerate(paragraphs)
            if changed
            for j in range(k - context, k + context + 1)
            if 0 <= j < len(paragraphs)
        }
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
