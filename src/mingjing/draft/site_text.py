"""A web page's own lines in a copied material: no words of the writer's, so extract carries none of
them into the notes (the redraft is a material, not a copy of the page).

What counts is what the parser and the review already know as a page's furniture (`parse/outline.py`
`_FURNITURE`, `parse/embedded.py` `is_page_line`: 收藏, 下载, 第 1 页 / 共 4 页, 发布时间：…), a line of
a document library's facts (`文档格式：DOC　　页数：4页`), the title written again under the page's
title, and the page's tail: from a line that says the page hides the rest or lists other pieces
(展开阅读全文, 相关推荐, 免责声明) to the end, when nothing after it opens with a label (the writer's
text going on after a `继续阅读` between its paragraphs is kept). A heading of the outline is never a
page's line, whatever its words.
"""

from __future__ import annotations

import re

from mingjing.model import Outline
from mingjing.parse.embedded import is_page_line
from mingjing.parse.labels import match_label
from mingjing.parse.outline import _FURNITURE as PAGE_FURNITURE
from mingjing.parse.outline import FURNITURE_LINE
from mingjing.parse.readings import INLINE_START

# two or more fields `名称：值` set apart by spaces, each value holding a letter or a digit (文档格式：DOC
# 页数：4页 字数：约2600字, 上传者：ydjy2019 上传时间：2025-02-11): a library's facts about the file
_FACTS = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}[：:][ \t\u3000]*[^\s：:]*[A-Za-z0-9][^\s：:]*[ \t\u3000]*){2,}$"
)
# a line after which the page holds no more of the material: it hides the rest, or lists other pieces
_TAIL_START = re.compile(
    r"(?:阅读|查看|展开)全文|^【?(?:推荐阅读|相关推荐|相关阅读|热门推荐|猜你喜欢|相关文档|相关文章)|^(?:免责声明|版权声明)"
)
# a line that only asks to read on (继续阅读, 展开全文 ▼): the page's button, also between paragraphs
_READ_ON = re.compile(
    r"^(?:点击)?(?:继续阅读|展开全文|阅读全文|展开阅读全文|查看全文|点击查看全文)[\s▼▽>»…。.]*$"
)
_LINE = re.compile(r"(?m)^[ \t\u3000]*(\S.*?)[ \t\u3000]*$")
# a forum thread's counters (`查看: 4127 | 回复: 23`) under the thread's title (`求助：…怎么写才具体？`), or run on after
# it on one line: the title is the thread's, no words of the material (round r26)
_THREAD_HEAD = re.compile(r"^.{0,80}?查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+")


def _bare(text: str) -> str:
    return re.sub(r"\s", "", text)


def is_site_line(line: str) -> bool:
    """A short line of a page's furniture, with no sentence of its own."""
    line = line.strip()
    if _READ_ON.match(line):
        return True
    if not line or len(line) > FURNITURE_LINE or "。" in line:
        return False
    return bool(PAGE_FURNITURE.search(line) or is_page_line(line) or _FACTS.match(line))


def _opens_with_label(line: str) -> bool:
    return match_label(line) is not None or INLINE_START.match(line) is not None


def site_spans(outline: Outline) -> list[tuple[int, int]]:
    """Where the page's own lines stand in the material's text (start, end of each line)."""
    text = outline.document.text
    headings = {h.heading_start for s in outline.sections for h in [s, *s.items]}
    headings |= {h.start for s in outline.sections for h in [s, *s.items]}
    body = outline.sections[0].start if outline.sections else len(text)
    lines = [(m.start(1), m.end(1), m.group(1)) for m in _LINE.finditer(text, outline.title_end)]
    spans: list[tuple[int, int]] = []
    title = _bare(outline.title)
    for k, (start, end, line) in enumerate(lines):
        if start in headings:
            continue
        after = lines[k + 1 :]
        if (
            start >= body
            and len(line) <= FURNITURE_LINE
            and _TAIL_START.search(line)
            and not any(_opens_with_label(a) or len(a) > FURNITURE_LINE for _, _, a in after)
        ):
            return [*spans, (start, len(text))]
        head = _THREAD_HEAD.match(line) if start < body else None
        if (
            head
            and head.start() == 0
            and not line[: line.find("查看")].strip()
            and k
            and lines[k - 1][0] < body
        ):
            # (the counters on a line of their own: the line above them is the thread's title)
            before = lines[k - 1]
            if before[0] not in headings and (before[0], before[1]) not in spans:
                spans.append((before[0], before[1]))
        if is_site_line(line) or (start < body and title and _bare(line) == title):
            spans.append((start, end))
        elif head:
            spans.append((start, start + head.end()))
    return spans
