"""The hexagonal brackets 〔〕 used as round ones (P228, round r28, real pages): `〔三〕进行民主评议` as a
heading's label, `〔调研数据来源：XX机构…〕` around a note. GB/T 15834-2011 keeps 〔〕 for the year of a
document's number (〔2023〕) and for an author's dynasty or country; a heading's label and a note take
（）. Read: a Chinese numeral alone in 〔〕 opening a line, or a note of four characters or more with a
Chinese character first. Years, numbers (〔2〕, a footnote's mark) and masks (〔*〕) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_LABEL = re.compile(r"(?m)^[ \t\u3000]*(〔([一二三四五六七八九十]{1,3})〕)")
_NOTE = re.compile(r"〔([\u4e00-\u9fff][^〔〕\n]{3,60})〕")
# a drafting note (〔展开：…〕, 〔注：…〕, 〔补充典型案例〕): the note is to go, not to be bracketed otherwise
_DRAFTING = re.compile(
    r"(?:展开|注|备注|提示|写作提示|说明|编者按)[：:]|补充|待补|待填|此处|插入|填写|举例|列举|添加"
)


@code_rule(
    "P228",
    "hexagonal-bracket-misused",
    "punctuation",
    "warning",
    "“{match}”用了六角括号，应为“{suggestion}”",
    "六角括号〔〕只用于公文发文字号中的年份（〔2023〕）和作者的国籍、朝代；标题的序号和括注说明用圆括号（）。"
    "只在行首的“〔一〕”这类序号和括着一段中文说明时提示，年份、数字和遮盖符号不提示。",
    bad=[
        variant("按照县委要求，", "按照县委要求，\n[〔一〕]学习不够深入。"),
        variant("按照县委要求，", "按照县委要求，全年调研9次[〔数据来源：局办公室台账〕]，"),
    ],
    good=[
        variant("按照县委要求，", "按照县委要求，根据《关于开展自查的通知》（宁组发〔2023〕12号），"),
        variant("按照县委要求，", "按照县委要求，〔展开：写明调研次数和发现的问题〕"),
    ],
)
def hexagonal_bracket_misused(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "〔" not in text:
        return
    for m in _LABEL.finditer(text):
        yield rule.finding(text, m.start(1), m.end(1), (f"（{m.group(2)}）",))
    for m in _NOTE.finditer(text):
        if _DRAFTING.match(m.group(1)):
            continue
        yield rule.finding(text, m.start(), m.end(), (f"（{m.group(1)}）",))
