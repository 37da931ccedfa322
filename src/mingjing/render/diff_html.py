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
    return escape(s).replace("\n", "<br>")


def render_diff_html(chunks: list[Change]) -> str:
    """The new draft's text with deletions struck out and insertions marked; changes numbered."""
    out, n = [], 0
    for c in chunks:
        if c.kind == "equal":
            out.append(_text(c.old))
            continue
        n += 1
        out.append(f'<span class="chg" id="chg{n}">')
        if c.old:
            out.append(f'<del title="删去">{_text(c.old)}</del>')
        if c.new:
            out.append(f'<ins title="新增">{_text(c.new)}</ins>')
        out.append("</span>")
    return "".join(out)
