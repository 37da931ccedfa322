"""Marks left inside running text where a word was masked or broken (R112, P145): one underscore
standing for a name (始终以_新时代…, the name removed by a web page) and a hyphen that splits a
dictionary word (共-产主义, 执-法; P145, a punctuation fault to both blind writers of sets 14 and 15,
so a punctuation rule: the code R113 it had is kept out of use). Neither is a typo; a line of underscore-joined tags (民主生活会_整改_对照) and a hyphen between two words
(党建-业务) stay silent."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stray_space import split_word

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# the lookbehind after the first character matched: the engine skips ahead to that character (a
# pattern opening with a lookbehind is tried at every place); the same matches
_UNDERSCORE = re.compile(r"[_＿](?<=[\u4e00-\u9fff][_＿])(?=[\u4e00-\u9fff])")
_HYPHEN = re.compile(r"[-－‐](?<=[\u4e00-\u9fff][-－‐])(?=[\u4e00-\u9fff])")


# “X-Y” or X-Y before these: a relation of two one-character members (“总-分”式, 上-下联动), not a word
_RELATION = re.compile(r"式|型|结构|模式|关系|联动|架构|格局")


def _line(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]


@code_rule(
    "R112",
    "underscore-for-a-word",
    "residue",
    "error",
    "“{match}”处的字词被遮掉了（{context}），还没有写上实际的名称",
    "网上转载的材料常把人名、敏感词换成一条下划线（始终以_新时代中国特色社会主义思想为指导）；"
    "照着改写时留下它，说明材料还没写完。整行用下划线连接的标签（民主生活会_整改_对照）不提示。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我认真学习[_]新时代中国特色社会主义思想"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查。\n民主生活会_整改_对照检查"),
    ],
)
def underscore_for_a_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "_" not in text and "＿" not in text:
        return
    for m in _UNDERSCORE.finditer(text):
        line = _line(text, m.start())
        if line.count("_") + line.count("＿") != 1:
            continue  # tags joined by underscores, or a blank to fill (R105, R111)
        yield rule.finding(
            text, m.start(), m.end(), context=text[max(0, m.start() - 4) : m.end() + 6].split("\n")[-1]
        )


@code_rule(
    "P145",
    "hyphen-inside-a-word",
    "punctuation",
    "error",
    "“{match}”中间的连字符把一个词隔开了：应为“{suggestion}”",
    "词中间不能有连字符。网上转载的材料常在敏感词中间插一个连字符（共-产主义、习-近平），"
    "录入或排版时也会带进来（执-法），照着改写时留下它，要删去。"
    "只在连字符两边连起来正好是词典里的一个词时提示；两个词之间的连字符（党建-业务）、一串层级（省-市-县）"
    "和两个单字相连的关系（“总-分”式、上-下联动）不提示。",
    bad=[
        variant("斗争精神和担当作为有所减弱。", "坚守[共-产主义]理想的实践不够。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，推动党建-业务融合，建立省-市-县三级台账。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，材料形成“总-分”式框架，推行上-下联动。"),
    ],
)
def hyphen_inside_a_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "-" not in text and "－" not in text and "‐" not in text:
        return
    for m in _HYPHEN.finditer(text):
        near = text[max(0, m.start() - 3) : m.start()] + text[m.end() : m.end() + 3]
        if any(c in near for c in "-－‐"):
            continue  # a chain of places or levels (省-市-县), not a broken word
        quoted = text[m.start() - 2 : m.start() - 1] == "“" and text[m.end() + 1 : m.end() + 2] == "”"
        if quoted or _RELATION.match(text, m.end() + 1):
            continue  # “总-分”式, 上-下联动: two members joined by a connecting hyphen, a relation named
        hit = split_word(text, m.start(), m.end())
        if hit is None:
            continue
        start, end, word = hit
        yield rule.finding(text, start, end, (word,))
