"""The chunk numbers a document viewer puts into a page it shows (`1、` `2、` at the start of each
piece, wherever the piece was cut): copied with the text, they are no labels of the writer's, and
the punctuation rules on Arabic-numeral labels (P105 `1、`, P106 `、、`) say nothing about them.

A text is taken for a viewer's copy only on firm evidence: a line that opens with `N、` right
before another mark (`2、、电站…`: the writer's own 、 follows the viewer's number) or inside a
sentence the line before left open (it ends on a character or an opening quote or bracket, no
closing mark, and is no heading of the writer's: `（一）…` over its own `1、` list ends without a mark too). Then every line opening with `N、` is a chunk number; a text without such a line keeps
its findings (`1、学习…` is a writer's label). Viewer copies often have their marks made half-width
(`,` for `，`): a half-width comma goes on with the sentence as the full-width one does.
"""

from __future__ import annotations

import re

from mingjing.model import Finding

_CHUNK = re.compile(r"(?m)^\d{1,3}、")
_MARK_AFTER = re.compile(r"[、，。；：！？,.;:!?]")
_OPEN_END = re.compile(r"[\u4e00-\u9fff“‘（(《【]$")
QUIETED = frozenset({"P105", "P106"})


def chunk_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the viewer's chunk numbers (`N、` with the mark after it when one follows), or []
    when nothing shows that the text is a viewer's copy."""
    spans: list[tuple[int, int]] = []
    cut = False
    for m in _CHUNK.finditer(text):
        after = text[m.end() : m.end() + 1]
        line_before = text[: max(0, m.start() - 1)].rsplit("\n", 1)[-1].rstrip()
        if _MARK_AFTER.fullmatch(after) or (
            _OPEN_END.search(line_before) and not _heading(line_before) and _continues(text, m.end())
        ):
            cut = True
        spans.append((m.start(), m.end() + (1 if _MARK_AFTER.fullmatch(after) else 0)))
    return spans if cut else []


_HEADING_LABEL = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")
_HEADING = 40  # a heading over a writer's numbered list is this short at most


def _heading(line: str) -> bool:
    """Whether the line is a writer's heading ((一)落实主体责任,严格组织生活): a list of its own may follow
    it on the next lines without any mark after the heading."""
    return len(line) <= _HEADING and _HEADING_LABEL.match(line) is not None


def _continues(text: str, at: int) -> bool:
    """The piece after the number goes on with the sentence: a mark before any sentence end comes
    within a few characters (…派出所⏎2、电站及信用社等…，), never a heading's short line."""
    line = text[at:].split("\n", 1)[0]
    return bool(re.match(r"[^。！？!?]{1,12}[、，,]", line))


def quiet_on_chunks(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without those of P105/P106 on a viewer's chunk number."""
    spans = chunk_numbers(text)
    if not spans:
        return findings
    return [f for f in findings if f.code not in QUIETED or not any(a <= f.start < b for a, b in spans)]
