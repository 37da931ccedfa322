"""Assemble the Outline: title, preamble, sections, items, points, examples — with exact offsets.

The document is seen as a list of paragraphs, each with an optional numbering label (labels.py)
and a heading (its first sentence, or the whole paragraph). Section headings are the outermost
labelled (or bare) headings that name a section kind; items are the outermost labelled headings
inside a section; points are sub-labelled paragraphs or an inline series (一是/二是…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mingjing.model import Document, Example, Item, Point, Section
from mingjing.parse.labels import Label, example_spans, inline_markers, match_label, split_heading
from mingjing.parse.sections import section_kind

MAX_SECTION_HEADING = 64
_TRAILING = "。：:；;，,、 "
_TITLE_NAMES = re.compile(r"(材料|提纲|发言稿|发言|报告)$")
_TITLE_WORDS = re.compile(r"材料|提纲|发言|剖析|检查|报告|生活会|检视")
_BARE_ASPECT = re.compile(r"^(?:在|关于)?[^，,。；;：:！？]{2,40}?方面(?=[：:。，,]|$)")
_INLINE_START = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、：:]|首先|其次|再次|最后)")


@dataclass
class Para:
    index: int
    start: int
    end: int
    text: str
    label: Label | None
    level: int | None
    body_start: int  # absolute: after the label
    heading_end: int  # absolute: end of the heading text (trailing punctuation excluded)
    rest_start: int  # absolute: where the text after the heading starts
    whole: bool  # the heading is the whole paragraph

    @property
    def heading(self) -> str:
        return self.text[self.body_start - self.start:self.heading_end - self.start]

    @property
    def rank(self) -> int | None:
        return self.label.rank if self.label else None


def analyse(document: Document) -> list[Para]:
    paras = []
    for i, p in enumerate(document.paragraphs):
        text = document.text[p.start:p.end]
        label = match_label(text)
        body_rel = label.end if label else 0
        body = text[body_rel:]
        h_end, rest = split_heading(body)
        heading = body[:h_end].rstrip(_TRAILING)
        rest_abs = p.start + body_rel + rest
        whole = not text[body_rel + rest:].strip()
        paras.append(Para(i, p.start, p.end, text, label, p.level, p.start + body_rel,
                          p.start + body_rel + len(heading), rest_abs if not whole else p.end, whole))
    return paras


def find_title(paras: list[Para]) -> Para | None:
    """The title: among the first lines, an unlabelled one naming the document (…材料, …提纲),
    else a short first line that is not a section heading."""
    for p in paras[:3]:
        if p.label is None and len(p.text) <= 80 and not p.text.endswith("。") and (
                _TITLE_NAMES.search(p.text) or (_TITLE_WORDS.search(p.text) and section_kind(p.text) is None)):
            return p
    first = paras[0] if paras else None
    if first and first.label is None and len(first.text) <= 60 and "。" not in first.text \
            and section_kind(first.text) is None:
        return first
    return None


def _bare_heading(p: Para) -> bool:
    """A heading without a label: a short paragraph of its own, or a styled heading."""
    if _INLINE_START.match(p.text):
        return False
    return (p.whole and len(p.text) <= 30 and not p.text.endswith("。")) or p.level is not None


def find_sections(paras: list[Para], skip: int) -> tuple[list[tuple[Para, str]], int | None]:
    """Section heading paragraphs with their kinds, and the label rank sections use (None: bare)."""
    cands = []
    for p in paras[skip:]:
        head = p.heading
        if not head or len(head) > MAX_SECTION_HEADING:
            continue
        kind = section_kind(head)
        if kind:
            cands.append((p, kind))
    bare = [(p, k) for p, k in cands if p.label is None and _bare_heading(p)]
    if len({k for _, k in bare}) >= 2:
        return bare, None
    labelled = [(p, k) for p, k in cands if p.label is not None and p.label.rank <= 3]
    if not labelled:
        return bare, None
    rank = min(p.label.rank for p, _ in labelled)
    sections = []
    for p in paras[skip:]:
        if p.rank == rank and p.heading and len(p.heading) <= MAX_SECTION_HEADING:
            sections.append((p, section_kind(p.heading) or "other"))
    return sections, rank


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and line breaks."""
    while end > start and text[end - 1] in " \n\t":
        end -= 1
    while start < end and text[start] in " \n\t":
        start += 1
    return start, end


def build_points(doc_text: str, body: list[Para], body_start: int, end: int,
                 item_rank: int | None) -> list[Point]:
    """Points of one item: sub-labelled paragraphs, else an inline series, else the body itself."""
    if body_start >= end:
        return []
    subs = [p for p in body if p.label is not None and p.start >= body_start
            and (item_rank is None or p.label.rank > item_rank)]
    spans: list[tuple[str, int, int]] = []
    if subs:
        rank = min(p.label.rank for p in subs)
        heads = [p for p in subs if p.label.rank == rank]
        for k, p in enumerate(heads):
            stop = heads[k + 1].start if k + 1 < len(heads) else end
            spans.append((p.label.text, p.start, stop))
    else:
        segment = doc_text[body_start:end]
        markers = inline_markers(segment)
        for k, m in enumerate(markers):
            stop = markers[k + 1].start if k + 1 < len(markers) else len(segment)
            spans.append((m.label, body_start + m.start, body_start + stop))
        if not spans:
            spans.append(("", body_start, end))
    points = []
    for label, s, e in spans:
        s, e = trim_span(doc_text, s, e)
        if s >= e:
            continue
        text = doc_text[s:e]
        examples = [Example(text[a:b], s + a, s + b) for a, b in example_spans(text)]
        points.append(Point(label=label, text=text, start=s, end=e, examples=examples))
    return points


def _item_heads(body: list[Para], section_rank: int | None) -> tuple[list[Para], int | None, str]:
    """Paragraphs that start items, the label rank they use, and how they were found."""
    labelled = [p for p in body if p.label is not None and (section_rank is None or p.label.rank > section_rank)]
    if labelled:
        rank = min(p.label.rank for p in labelled)
        return [p for p in labelled if p.label.rank == rank], rank, "label"
    aspect_heads = [p for p in body if _BARE_ASPECT.match(p.text) or (p.level is not None and p.whole)]
    if aspect_heads:
        return aspect_heads, None, "aspect"
    inline = [p for p in body if _INLINE_START.match(p.text)]
    if len(inline) >= 2:
        return inline, None, "inline"
    return body, None, "paragraph"


def build_items(doc_text: str, body: list[Para], section_rank: int | None, end: int,
                kind: str) -> list[Item]:
    heads, rank, how = _item_heads(body, section_rank)
    if how == "paragraph" and kind == "other":
        return []  # prose, such as last year's rectification, has no items
    items = []
    for k, head in enumerate(heads):
        stop = heads[k + 1].start if k + 1 < len(heads) else end
        members = [p for p in body if head.start <= p.start < stop]
        label = head.label.text if head.label else ""
        h_start, h_end = head.body_start, head.heading_end
        rest = head.rest_start
        if how == "aspect" and head.label is None and not head.whole:
            m = _BARE_ASPECT.match(head.text)
            if m:
                h_end = head.start + m.end()
                rest = h_end
                while rest < head.end and doc_text[rest] in "：:。，, ":
                    rest += 1
        elif how == "inline":
            marker = _INLINE_START.match(head.text)
            label = marker.group(0).rstrip("，,、：:")
            h_start = head.start + len(label)
            while h_start < head.end and doc_text[h_start] in "，,、：: ":
                h_start += 1
            h_end = max(h_start, head.heading_end)
        heading = doc_text[h_start:h_end].rstrip(_TRAILING)
        h_end = h_start + len(heading)
        item_end = trim_span(doc_text, head.start, stop)[1]
        points = build_points(doc_text, members, rest, item_end, rank if how == "label" else None)
        items.append(Item(label=label, heading=heading, heading_start=h_start, heading_end=h_end,
                          start=head.start, end=item_end, points=points))
    return items


def build_sections(document: Document, paras: list[Para], heads: list[tuple[Para, str]],
                   rank: int | None) -> list[Section]:
    text = document.text
    sections = []
    for k, (head, kind) in enumerate(heads):
        stop = heads[k + 1][0].start if k + 1 < len(heads) else len(text)
        end = trim_span(text, head.start, stop)[1]
        body = [p for p in paras if head.start < p.start < stop]
        if not head.whole:  # the section heading is the first sentence of a paragraph
            rest = Para(head.index, head.rest_start, head.end, text[head.rest_start:head.end],
                        None, None, head.rest_start, head.rest_start, head.rest_start, False)
            body.insert(0, rest)
        items = build_items(text, body, rank, end, kind) if body else []
        sections.append(Section(kind=kind, label=head.label.text if head.label else "",
                                heading=head.heading, heading_start=head.body_start,
                                heading_end=head.heading_end, start=head.start, end=end, items=items))
    return sections
