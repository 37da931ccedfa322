"""A review as Word comments (批注) on the exact characters of each finding.

For a .docx input the original is copied and each finding's characters are wrapped by a comment
range, splitting runs where a span starts or ends inside one (formatting kept: both halves carry
the run's properties). For other inputs a new .docx of the text gets the same comments.

Offsets map back to runs by walking the document exactly as the reader does (read/docx.py:
iter_paragraphs, run_chunks; read/assemble.py: paragraph_pieces), so character k of a paragraph
in Document.text is a known character of a known w:t element.
"""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from typing import Any

from mingjing.model import Finding, Report
from mingjing.read.assemble import paragraph_pieces
from mingjing.read.docx import iter_paragraphs, run_chunks
from mingjing.read.docx_numbering import q
from mingjing.render.rules_table import SEVERITY_NAMES

AUTHOR = "明镜审阅"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
INITIALS = "MJ"


@dataclass
class MappedParagraph:
    start: int  # offset of the paragraph in Document.text
    label_len: int  # characters of automatic numbering before the mapped text
    chars: list  # (char, (w:t element, index)) for the text after the label


def comment_text(f: Finding) -> str:
    text = f"【{f.code} {SEVERITY_NAMES[f.severity]}】{f.message}"
    if f.suggestions:
        shown = "、".join(f"“{s}”" if s else "（删除）" for s in f.suggestions[:3])
        text += f"。建议：{shown}"
    return text


def map_paragraphs(body, report: Report) -> list[MappedParagraph]:
    """Pair each Document paragraph with its characters in the .docx body."""
    doc = report.document
    text = doc.text
    out: list[MappedParagraph] = []
    pending = list(doc.paragraphs)
    for p, _ in iter_paragraphs(body):
        chars: list[tuple[str, tuple[Any, int] | None]] = []
        for chunk, t in run_chunks(p, []):
            chars.extend((c, (t, k) if t is not None else None) for k, c in enumerate(chunk))
        if not "".join(c for c, _ in chars).strip():
            continue
        for piece in paragraph_pieces(chars, has_label=False):
            piece_text = "".join(c for c, _ in piece)
            for j, para in enumerate(pending[:5]):
                if text[para.start : para.end].endswith(piece_text):
                    out.append(MappedParagraph(para.start, para.end - para.start - len(piece_text), piece))
                    del pending[: j + 1]
                    break
    return out


def _split_run(t, index: int):
    """Split the run holding w:t `t` so that a new run starts at character `index` of `t`.
    The characters before `index` (and the run's earlier children) move to a copy of the run
    placed before it, with the same properties; `t` keeps the rest and is returned."""
    if index <= 0:
        return t
    run = t.getparent()
    position = list(run).index(t)
    left = copy.deepcopy(run)
    left_children = list(left)
    for child in left_children[position + 1 :]:
        left.remove(child)
    left_children[position].text = (t.text or "")[:index]
    left_children[position].set(XML_SPACE, "preserve")
    for child in list(run)[:position]:
        if child.tag != q("rPr"):
            run.remove(child)
    t.text = (t.text or "")[index:]
    t.set(XML_SPACE, "preserve")
    run.addprevious(left)
    return t


def _anchor_runs(mapped: MappedParagraph, start: int, end: int):
    """The first and last w:r elements covering exactly characters [start, end) of the paragraph."""
    sources = [s for _, s in mapped.chars[start:end] if s is not None]
    if not sources:
        return None
    (t_s, k_s), (t_e, k_e) = sources[0], sources[-1]
    if k_e + 1 < len(t_e.text or ""):  # the span ends inside t_e: split there first
        _split_run(t_e, k_e + 1)
        left_t = [c for c in t_e.getparent().getprevious() if c.tag == q("t")][-1]
        if t_s is t_e:
            t_s = left_t
        t_e = left_t
    t_s = _split_run(t_s, k_s)
    return t_s.getparent(), t_e.getparent()


def add_comments(document, body, report: Report) -> int:
    """Anchor one comment per finding; returns how many were placed."""
    from docx.text.run import Run

    from mingjing.render.finding_groups import group_findings

    placed = 0
    for group in group_findings(report.findings):
        f = group.first
        # map afresh each time: splitting a run moves characters to a new w:t element
        mapped = map_paragraphs(body, report)
        target = next((m for m in reversed(mapped) if m.start <= f.start), None)
        if target is None:
            continue
        rel_start = max(0, f.start - target.start - target.label_len)
        rel_end = max(rel_start + 1, min(f.end - target.start - target.label_len, len(target.chars)))
        runs = _anchor_runs(target, rel_start, rel_end)
        if runs is None:
            continue
        first, last = runs
        text = comment_text(f) + (f"。{group.note()}（本批注只加在第 1 处）" if group.collapsed else "")
        # add_comment reads only the runs' XML elements, not the parent python-docx types as required
        anchors = [Run(first, None), Run(last, None)]  # type: ignore[arg-type]
        document.add_comment(anchors, text=text, author=AUTHOR, initials=INITIALS)
        placed += 1
    return placed


def review_docx_bytes(report: Report, original: bytes | None) -> bytes:
    """The commented .docx: a copy of the original .docx, or a new document of the text."""
    import docx

    if original is not None and report.document.source.format == "docx":
        document = docx.Document(io.BytesIO(original))
    else:
        document = docx.Document()
        for line in report.document.text.split("\n"):
            document.add_paragraph(line)
    add_comments(document, document.element.body, report)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
