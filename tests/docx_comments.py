"""Read back the comments of a .docx: the text each comment range covers, and the comment text."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def comment_anchors(data: bytes) -> list[tuple[str, str]]:
    """(anchored text, comment text) for every comment, in document order."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        comments = etree.fromstring(z.read("word/comments.xml"))
    texts = {
        c.get(f"{{{W}}}id"): "".join(t.text or "" for t in c.iter(f"{{{W}}}t"))
        for c in comments.iter(f"{{{W}}}comment")
    }
    open_ranges: dict[str, list[str]] = {}
    order: list[str] = []
    done: dict[str, str] = {}
    for el in body.iter():
        if el.tag == f"{{{W}}}commentRangeStart":
            open_ranges[el.get(f"{{{W}}}id")] = []
            order.append(el.get(f"{{{W}}}id"))
        elif el.tag == f"{{{W}}}commentRangeEnd":
            cid = el.get(f"{{{W}}}id")
            done[cid] = "".join(open_ranges.pop(cid, []))
        elif el.tag == f"{{{W}}}t":
            for parts in open_ranges.values():
                parts.append(el.text or "")
        elif el.tag == f"{{{W}}}p":
            for parts in open_ranges.values():
                if parts:
                    parts.append("\n")
    return [(done.get(cid, ""), texts.get(cid, "")) for cid in order]
