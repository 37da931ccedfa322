"""What an edit leaves when the writer rewrites a phrase and keeps part of the old one (R120, issue 12,
docs/review-copy-traces.md):

- **a clause that is only a preposition** before the clause's end (缺乏耐心，对于。): the rest of the
  clause was cut and the preposition stayed;
- **a 在-phrase begun twice** (在今年学校食堂，在今年秋季学期…中): the first version stops before its
  closing word (中, 上, 时 …) and the second opens with the same words.

A paragraph that stops in the middle of its clause (R127, round r11): `…加快推进，在今后的工作中，我将`
and a new paragraph — the rest of the sentence was cut or moved when the text was edited.

Two versions of a position phrase kept side by side (摆在更加突出位置放在首位) are F159's (a redundancy in
the formulation), not reported here a second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.parse.labels import match_label
from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding, Paragraph
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# prepositions that never end a clause: 对于。 is a cut, while 通过。 or 对照。 are verbs
_BARE_PREPOSITION = re.compile(
    r"(?<=[，,；;：:])(?:对于|关于|随着|为了|按照|依照|根据|围绕|针对)(?=[。；;！？!?])"
)
# 在 + a phrase with no closing word, then 在 + the same first two characters again
_LOCATIVE_END = "上中里时下前后面间际内外来边头处"
_TWICE_OPENED = re.compile(
    r"在(?<![存现实正所好自内潜旨意]在)(?P<open>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,10}，在(?P=open)"
)


def edit_leftovers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, suggestion) of each leftover of an edit; the suggestion is the text without it."""
    for m in _BARE_PREPOSITION.finditer(text):
        yield m.start() - 1, m.end(), ""
    for m in _TWICE_OPENED.finditer(text):
        first = m.group()[: m.group().index("，")]
        if first[-1] not in _LOCATIVE_END and not first.endswith(("方面", "期间", "过程中")):
            yield m.start(), m.start() + len(first) + 1, ""


@code_rule(
    "R120",
    "edit-leftover",
    "residue",
    "warning",
    "“{match}”像是修改时留下的半句或旧说法，请删去或补全",
    "改写句子时只删了一半：句末留下一个介词（对于。），一个短语开了两次头（在今年A，在今年B中）。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文[，对于]。"),
        variant("我两天后才安排核查。", "我[在去年汛期，]在去年夏季运输旺季中两天后才安排核查。"),
    ],
    good=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对于学习中的疑点没有深究。"),
        variant("我两天后才安排核查。", "我在工作上，在生活中都要求不严，两天后才安排核查。"),
    ],
)
def edit_leftover(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in edit_leftovers(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,))


# words a clause cannot end on: a subject with its modal (我将), a preposition, a particle, an adverb
_DANGLING = re.compile(
    r"(?:我将|我们将|我要|我们要|将|要|把|对|对于|在|的|和|与|并|及|以|为|从|向|让|使|被|是|会|能|应|需要|必须|"
    r"进一步|更加|不断|继续|努力|坚持|切实|着力|通过|按照|围绕|不仅|既|又|更)$"
)
_PROSE_MIN = 30
_NEXT_MIN = 8
_FURNITURE = re.compile(r"第\s*\d+\s*页|免费|预览|未完|全文|下载|阅读全文|点击")
_POINT = re.compile(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|首先|其次|再次|最后)")
_LAST_CLAUSE_MAX = 12


_WORD_PROCESSED = ("docx", "doc", "wps", "rtf", "md")


def _real_break(ctx: ReviewContext, a: Paragraph, b: Paragraph) -> bool:
    """The two paragraphs are parted by the writer (a blank line between, or a word processor's
    paragraphs), not by the line ends of a PDF or a web page."""
    if ctx.outline.document.source.format in _WORD_PROCESSED:
        return True
    return a.line is not None and b.line is not None and b.line - a.line >= 2


@code_rule(
    "R127",
    "paragraph-cut-off",
    "residue",
    "warning",
    "段落停在半句“{match}”上，句子没有说完：疑似修改时删去或挪走了后半句",
    "一段话停在“我将”“进一步”“对”这类不能收尾的词上，又没有标点，下一段另起（空了一行），而全文别的段落都以标点收尾，"
    "多半是修改时只删了半句或把后半句挪到了别处。下一段是编号行、要点行时由T114提示；"
    "紧接着的下一行可能是PDF的换行，不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，对读书班的安排也只是应付，[今后我将]\n\n在学习上下更大功夫。",
        ),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对读书班的安排也只是应付。"),
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，对读书班的安排也只是应付，今后我将\n在学习上下更大功夫。",
        ),
    ],
)
def paragraph_cut_off(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    o = ctx.outline
    headings = {s.heading_end for s in o.sections} | {i.heading_end for i in o.items()}
    paragraphs = [p for p in o.document.paragraphs if p.start >= o.title_end and not p.in_table]
    open_ended = [
        p
        for p in paragraphs[:-1]
        if (line := text[p.start : p.end].rstrip())
        and len(line) >= _PROSE_MIN
        and "\u4e00" <= line[-1] <= "\u9fff"
        and p.start + len(line) not in headings
        and "，" in line
    ]
    if len(open_ended) != 1:
        return  # prose paragraphs that often end without a mark: lines wrapped by a converter, not a cut
    for p, after in zip(paragraphs, paragraphs[1:], strict=False):
        if p is not open_ended[0]:
            continue
        line = text[p.start : p.end].rstrip()
        end = p.start + len(line)
        if "。" not in line and "；" not in line:
            continue
        second = text[after.start : after.end].lstrip()
        if match_label(second) is not None or _POINT.match(second) or not _real_break(ctx, p, after):
            continue  # before a numbered or point line: T114's; a line end of a PDF: no error
        if len(second) < _NEXT_MIN or not "\u4e00" <= second[0] <= "\u9fff" or _FURNITURE.match(second):
            continue  # a page's furniture, a site's 免费预览 or 未完 note: the copy was cut, not the text
        clause_start = p.start + max(line.rfind(c) for c in "，。；：") + 1
        if end - clause_start > _LAST_CLAUSE_MAX or not _DANGLING.search(text, clause_start, end):
            continue
        yield rule.finding(text, clause_start, end)
