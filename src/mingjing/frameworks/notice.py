"""Read a meeting notice (通知) and find what a framework pack needs: year, meeting, theme, the aspects
to examine, the problems+causes share and whether teams must report last time's rectification.

Every finding keeps the character offsets where it was read, so the import can show it; what is not
found is reported as missing and never guessed. Three ways notices list their aspects, tried in turn:

1. one sentence of 带头… clauses (“聚焦带头…，带头…等4个方面”);
2. a numbered list after a line that speaks of 对照检查 / 查摆 (“（一）带头…。着重检查…”), or an
   inline one in such a paragraph (“重点对照以下方面：一是带头…；二是带头…”);
3. a 、-separated list after 围绕 / 重点对照 / 对照 / 聚焦 (“围绕学习贯彻党的创新理论情况、…等4个方面”).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from mingjing.parse.labels import inline_markers, match_label

MEETINGS = ("民主生活会", "组织生活会")
_YEAR_MEETING = re.compile(r"(20\d{2})\s*年度?\s*(?:[^\n，。；]{0,20}?)(民主生活会|组织生活会)")
_THEME = re.compile(r"主题(?:是|为)\s*[:：]?\s*[“\"]?([^。\n]{8,300}?)[”\"]?(?:[。\n]|$)")
_SENTENCE = re.compile(r"[^。；\n]+")
_DAITOU_SPLIT = re.compile(r"[，、；]\s*(?=带头)")
_LIST_END = re.compile(r"等\s*(?:\d+|[一二三四五六七八九十]+)\s*个?方面|等方面|的主旨要义|，|$")
_ASPECTS_END = re.compile(r"等\s*(?:\d+|[一二三四五六七八九十]+)\s*个?方面|等方面")
_LIST_LEAD = re.compile(r"(?:围绕|重点对照|对照|聚焦)")
_CHECK_WORDS = ("对照检查", "查摆", "对照", "检视")
_SHARE = re.compile(
    r"(?:查摆问题|问题)[^。\n]{0,12}(?:剖析原因|原因|根源)[^。\n]{0,24}?"
    r"(三分之二|2/3|二分之一|一半|50%|60%|70%)"
)
_SHARE_VALUES = {
    "三分之二": 0.67,
    "2/3": 0.67,
    "二分之一": 0.5,
    "一半": 0.5,
    "50%": 0.5,
    "60%": 0.6,
    "70%": 0.7,
}
_RECTIFY = re.compile(
    r"(?:上年度|上一年度|上次|上一次|20\d{2}年度)[^。\n]{0,12}(?:民主生活会|组织生活会)[^。\n]{0,16}整改"
)


@dataclass
class Found:
    """A piece of the notice: its text and where it is (offsets into the notice's text)."""

    text: str
    start: int
    end: int


@dataclass
class NoticeReading:
    title: str
    year: Found | None = None
    meeting: Found | None = None
    theme: Found | None = None
    aspects: list[Found] = field(default_factory=list)
    how: str = ""  # which way the aspects were listed
    share: tuple[float, Found] | None = None
    rectification: Found | None = None  # the sentence asking for last time's rectification report

    def missing(self) -> list[str]:
        """What the notice did not say (each becomes a marked placeholder in the pack)."""
        out = []
        if self.year is None:
            out.append("年度（如“2026年度民主生活会”）")
        if self.meeting is None:
            out.append("会议类型（民主生活会或组织生活会）")
        if self.theme is None:
            out.append("会议主题（“主题是：……”）")
        if not self.aspects:
            out.append("对照检查的方面（“带头……”列举、“围绕……等方面”、编号列出的对照检查内容或“重点对照……”）")
        return out


def _year_and_meeting(text: str, title: str) -> tuple[Found | None, Found | None]:
    hits = list(_YEAR_MEETING.finditer(title)) or list(_YEAR_MEETING.finditer(text))
    if not hits:
        meetings = Counter(m for m in MEETINGS for _ in range(text.count(m)))
        if not meetings:
            return None, None
        name = meetings.most_common(1)[0][0]
        k = text.find(name)
        return None, Found(name, k, k + len(name))
    m = hits[0]
    offset = 0 if _YEAR_MEETING.search(title) is None else text.find(title)
    offset = max(offset, 0)
    return (
        Found(m.group(1), offset + m.start(1), offset + m.end(1)),
        Found(m.group(2), offset + m.start(2), offset + m.end(2)),
    )


def _theme(text: str) -> Found | None:
    m = _THEME.search(text)
    if not m:
        return None
    return Found(m.group(1).strip(), m.start(1), m.end(1))


# an aspect's wording ends at 。；： or where the notice starts explaining it (“，着重检查……”)
_WORDING_END = re.compile(r"[。；：:]|，(?=着重|重点|主要|是否|查摆|检视|检查|看)")
_EDGES = " ，、；：:。　\"'"


def _trim(text: str, start: int, end: int) -> Found | None:
    """The wording of one aspect: edges cleaned, a leading 在 and trailing 方面/等 dropped."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(_EDGES + "”"))
    piece = piece.lstrip(_EDGES + "”").rstrip(_EDGES + "“")
    if piece.startswith("“") and piece.endswith("”") and piece.count("“") == 1:
        piece, left = piece[1:-1], left + 1
    if piece.startswith("在") and len(piece) > 4:
        piece, left = piece[1:], left + 1
    for suffix in ("等方面", "方面", "等"):
        if piece.endswith(suffix) and len(piece) - len(suffix) >= 2:
            piece = piece[: -len(suffix)]
    if not 2 <= len(piece) <= 60:
        return None
    return Found(piece, start + left, start + left + len(piece))


def _daitou_sentence(text: str) -> list[Found]:
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0)
        if sentence.count("带头") < 2:
            continue
        first = sentence.find("带头")
        # the list runs to “等N个方面” or to the end of the sentence (commas belong to the clauses)
        m = _ASPECTS_END.search(sentence, first)
        end = m.start() if m else len(sentence)
        cuts = [first] + [first + c.end() for c in _DAITOU_SPLIT.finditer(sentence[first:end])] + [end]
        out = []
        for a, b in zip(cuts, cuts[1:]):
            found = _trim(text, s.start() + a, s.start() + b)
            if found and found.text.startswith("带头"):
                out.append(found)
        if len(out) >= 2:
            return out
    return []


def _numbered_list(text: str, paragraphs: list[tuple[int, int]]) -> list[Found]:
    """Consecutive numbered paragraphs right after a paragraph that speaks of checking."""
    for k, (start, end) in enumerate(paragraphs):
        lead = text[start:end]
        if not any(w in lead for w in _CHECK_WORDS) or (match_label(lead) and len(lead) < 12):
            continue
        items: list[Found] = []
        rank = None
        for p_start, p_end in paragraphs[k + 1 :]:
            para = text[p_start:p_end]
            label = match_label(para)
            if label is None or (rank is not None and label.rank != rank):
                break
            rank = label.rank
            found = _wording(text, p_start + label.end, p_end)
            if found is None:
                break
            items.append(found)
        if len(items) >= 2:
            return items
    return []


def _wording(text: str, start: int, end: int) -> Found | None:
    """An aspect's wording from `start`: up to its first 。/；/： (or `end`), trimmed."""
    m = _WORDING_END.search(text, start, end)
    return _trim(text, start, m.start() if m else end)


def _inline_list(text: str, paragraphs: list[tuple[int, int]]) -> list[Found]:
    """一是…；二是… inside a paragraph that speaks of checking: each item up to its first 。/；/："""
    for start, end in paragraphs:
        para = text[start:end]
        if not any(w in para for w in _CHECK_WORDS):
            continue
        markers = inline_markers(para)
        if len(markers) < 2 or not markers[0].label.endswith("是"):
            continue
        items = []
        for k, marker in enumerate(markers):
            a = start + marker.start + len(marker.label)
            b = start + markers[k + 1].start if k + 1 < len(markers) else end
            found = _wording(text, a, b)
            if found is None:
                break
            items.append(found)
        if len(items) >= 2:
            return items
    return []


def _listed(text: str) -> list[Found]:
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0)
        for lead in _LIST_LEAD.finditer(sentence):
            begin = lead.end()
            stop = _LIST_END.search(sentence, begin)
            end = stop.start() if stop else len(sentence)
            parts = sentence[begin:end].split("、")
            if len(parts) < 3:
                continue
            out: list[Found] = []
            pos = s.start() + begin
            for n, part in enumerate(parts):
                a = pos
                if n == 0 and part.startswith("党的") and not parts[1].startswith("党的"):
                    a += 2
                found = _trim(text, a, pos + len(part))
                pos += len(part) + 1
                if found is None or len(found.text) > 30:
                    out = []
                    break
                out.append(found)
            if len(out) >= 3:
                return out
    return []


def read_notice(text: str, paragraphs: list[tuple[int, int]]) -> NoticeReading:
    """What a notice says; `paragraphs` are (start, end) offsets of its paragraphs in `text`."""
    title = ""
    for start, end in paragraphs[:3]:  # a notice title may run over two lines
        line = text[start:end].strip()
        title += line
        if "通知" in line:
            break
    year, meeting = _year_and_meeting(text, title)
    reading = NoticeReading(title=title, year=year, meeting=meeting, theme=_theme(text))
    for how, finder in (
        ("“带头……”列举", lambda: _daitou_sentence(text)),
        (
            "编号列出的对照检查内容",
            lambda: _numbered_list(text, paragraphs) or _inline_list(text, paragraphs),
        ),
        ("“围绕/重点对照……”列举", lambda: _listed(text)),
    ):
        aspects = finder()
        if aspects:
            reading.aspects, reading.how = aspects, how
            break
    m = _SHARE.search(text)
    if m:
        reading.share = (_SHARE_VALUES[m.group(1)], Found(m.group(0), m.start(), m.end()))
    m = _RECTIFY.search(text)
    if m:
        reading.rectification = Found(m.group(0), m.start(), m.end())
    return reading
