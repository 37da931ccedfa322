"""Who criticises whom: criticism lists in the three forms people prepare them.

- a member's list: sections per colleague (`一、对XX同志的批评意见`, `给XX同志提的意见：`, `XX同志：`),
  each with numbered criticisms (`1.`, `一是`, `（一）` …) or one criticism per paragraph;
- a table (Word): rows of colleague | criticism (optionally 批评人 | 被批评人 | 批评意见);
- a team file: a section per pair (`王某对赵某：`).
The giver of a member's list comes from its signature (`批评人：XX`), its title or its file name.
"""

from __future__ import annotations

import re
from pathlib import Path

from mingjing.criticism.model import Criticism, CriticismList
from mingjing.model import Document, Paragraph

_HAN = r"\u4e00-\u9fff"
POSTS = (
    "同志",
    "副书记",
    "书记",
    "副局长",
    "局长",
    "副县长",
    "县长",
    "副主任",
    "主任",
    "组长",
    "副部长",
    "部长",
    "副校长",
    "校长",
    "副院长",
    "院长",
    "副镇长",
    "镇长",
    "副乡长",
    "乡长",
    "委员",
    "处长",
    "科长",
    "总经理",
    "经理",
    "董事长",
    "主席",
    "副主席",
    "队长",
    "所长",
    "站长",
    "行长",
)
_POST = "(?:" + "|".join(sorted(POSTS, key=len, reverse=True)) + ")"
_NAME = rf"[{_HAN}]{{2,4}}?"
_CRIT = r"(?:(?:的|提出的|提的)?(?:相互)?(?:批评意见|批评|帮助意见|意见建议|意见)(?:如下)?)"
_LABEL = (
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．](?!\d)|"
    r"[一二三四五六七八九十]是|第[一二三四五六七八九十]{1,3}[，,、]|[①②③④⑤⑥⑦⑧⑨⑩])"
)
LABEL_RE = re.compile(rf"\s*{_LABEL}\s*")  # used with match(text, pos)
# 对XX同志的批评意见 / 给XX同志提的意见 (the text may follow on the same line after ：)
RECEIVER_RE = re.compile(rf"^(?:对|给|向)(?P<r>{_NAME}){_POST}?{_CRIT}?\s*(?:[：:]\s*(?P<rest>.*)|$)")
# 王某对赵某： / 王某同志对赵某同志的批评意见：
PAIR_RE = re.compile(
    rf"^(?P<g>{_NAME}){_POST}?(?:对|给|向)(?P<r>{_NAME}){_POST}?{_CRIT}?\s*[：:]\s*(?P<rest>.*)$"
)
# XX同志： alone, or followed by the criticism
BARE_RE = re.compile(rf"^(?P<r>{_NAME})(?:{_POST})\s*[：:]\s*(?P<rest>.*)$")
SIGNATURE_RE = re.compile(rf"^(?:批评人|提出人|提意见人|签名|本人签名)\s*[：:]\s*(?P<g>{_NAME}){_POST}?\s*$")
TITLE_GIVER_RE = re.compile(
    rf"^(?P<g>{_NAME}){_POST}?(?:在.{{0,40}}?上)?(?:的|对)?(?:班子)?(?:其他)?(?:成员|同志|班子成员)?的?(?:相互)?批评意见"
)
TITLE_PAREN_RE = re.compile(rf"批评意见.{{0,6}}[（(](?P<g>[{_HAN}]{{2,4}})[)）]")
_DATE_RE = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")
_LEAD_IN = re.compile(r"(?:以下|如下|几点|下列|几条|批评意见|意见)[^。]{0,12}[：:]\s*$")
_INLINE_SPLIT = re.compile(r"(?<=[。；;！])\s*(?=[二三四五六七八九十]是)")
_HEADER_WORDS = {
    "序号",
    "被批评人",
    "批评对象",
    "对象",
    "姓名",
    "批评意见",
    "意见",
    "意见内容",
    "内容",
    "批评人",
    "提出人",
    "职务",
    "备注",
    "具体意见",
    "批评内容",
    "被批评对象",
}
_NOT_GIVERS = {"相互", "班子", "成员", "同志", "党组", "支部", "个人", "领导"}
_NOT_IN_NAMES = set("不的了在是有够好差要对和与及或也都很较为把被从向给着过之其该等")
_NAME_CELL = re.compile(rf"^(?P<n>[{_HAN}]{{2,4}}?){_POST}?$")


def _clean_name(name: str) -> str:
    for post in sorted(POSTS, key=len, reverse=True):
        if name.endswith(post) and len(name) > len(post) + 1:
            return name[: -len(post)]
    return name


def _name_cell(text: str) -> str | None:
    m = _NAME_CELL.match(text.strip())
    if not m or text.strip() in _HEADER_WORDS:
        return None
    name = m.group("n")
    if any(ch in _NOT_IN_NAMES for ch in name):
        return None
    return name


def giver_of(doc: Document) -> str | None:
    """The member who wrote the list: signature, then title, then file name."""
    paras = [doc.paragraph_text(p).strip() for p in doc.paragraphs]
    for text in reversed(paras[-4:]):
        m = SIGNATURE_RE.match(text)
        if m:
            return _clean_name(m.group("g"))
    for text in paras[1:3]:  # the author's name on a line of its own under the title
        m = _NAME_CELL.match(text)
        if m and _name_cell(text) and not RECEIVER_RE.match(text):
            return _clean_name(m.group("n"))
    for text in paras[:3]:
        m = TITLE_PAREN_RE.search(text) or TITLE_GIVER_RE.match(text)
        if m and not RECEIVER_RE.match(text) and m.group("g") not in _NOT_GIVERS:
            return _clean_name(m.group("g"))
    stem = Path(doc.source.path).stem
    for part in re.split(r"[-_—\s（）()·.]+", stem):
        if re.fullmatch(rf"[{_HAN}]{{2,4}}", part) and "批评" not in part and "意见" not in part:
            return part
    return None


class _Builder:
    def __init__(self, doc: Document, giver: str | None):
        self.doc = doc
        self.giver = giver
        self.current_giver = giver
        self.receiver: str | None = None
        self.items: list[Criticism] = []
        self.receivers: list[str] = []

    def section(self, receiver: str, giver: str | None = None) -> None:
        self.receiver = _clean_name(receiver)
        if giver is not None:
            self.current_giver = _clean_name(giver)
        if self.receiver not in self.receivers:
            self.receivers.append(self.receiver)

    def body(self, start: int, end: int) -> None:
        """A paragraph (or its rest after a heading) of criticisms for the current receiver."""
        if self.receiver is None:
            return
        text = self.doc.text
        pieces = [start] + [m.start() for m in _INLINE_SPLIT.finditer(text, start, end)] + [end]
        for s, e in zip(pieces, pieces[1:]):
            m = LABEL_RE.match(text, s, e)
            if m:
                s = m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s < 4:
                continue
            self.items.append(Criticism(self.current_giver, self.receiver, text[s:e], s, e))


def _skip(text: str) -> bool:
    t = text.strip()
    return (
        not t
        or bool(_DATE_RE.match(t))
        or bool(SIGNATURE_RE.match(t))
        or (len(t) <= 60 and bool(_LEAD_IN.search(t)) and ("对" not in t[:2]) and not RECEIVER_RE.match(t))
    )


def _heading(text: str, p: Paragraph, doc: Document):
    """(giver or None, receiver, offset of the text after the heading or None) when `p` opens a section."""
    lm = LABEL_RE.match(text)
    rest_at = lm.end() if lm else 0
    core = text[rest_at:]
    for regex, has_giver in ((PAIR_RE, True), (RECEIVER_RE, False), (BARE_RE, False)):
        m = regex.match(core)
        if not m:
            continue
        rest = m.group("rest") if "rest" in m.groupdict() else None
        after = None
        if rest and rest.strip():
            after = p.start + rest_at + m.start("rest")
        return (m.group("g") if has_giver else None), m.group("r"), after
    return None


def parse_criticisms(doc: Document) -> CriticismList:
    """The criticisms of one file, each with its giver and receiver."""
    giver = giver_of(doc)
    b = _Builder(doc, giver)
    form = "member"
    pairs = 0
    prev_name: str | None = None
    for p in doc.paragraphs:
        text = doc.paragraph_text(p)
        if p.in_table:
            form = "table"
            cell = text.strip()
            if not cell or cell in _HEADER_WORDS or re.fullmatch(r"\d{1,3}", cell):
                prev_name = None
                continue
            name = _name_cell(cell)
            if name:
                if prev_name is not None:  # 批评人 | 被批评人 | 意见
                    b.section(name, prev_name)
                else:
                    b.section(name, giver)
                prev_name = name
                continue
            prev_name = None
            b.body(p.start, p.end)
            continue
        prev_name = None
        if _skip(text):
            continue
        head = _heading(text, p, doc)
        if head is not None:
            g, r, after = head
            if g is not None:
                pairs += 1
            b.section(r, g)
            if after is not None:
                b.body(after, p.end)
            continue
        b.body(p.start, p.end)
    if pairs >= 2:
        form = "team"
        giver = None
    return CriticismList(doc, giver, form, b.items, b.receivers)
