"""地 for 的 before a noun (T314): 对群众关心地热点问题掌握不全面. 地 joins an adverbial to a verb; before
a noun that no dictionary reading makes a verb, after a word that is no adverbial by what it is
(jieba's dictionary tag of the word alone), it stands for 的 the attribute's mark."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.de_adverbial import dictionary_tag
from mingjing.rules.postag import CLAUSE, Token, _tokens
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# what the word before 地 may be for 地 to be an adverbial's mark: adverbs, adjectives, idioms, set
# phrases, descriptive words (认真地, 实事求是地, 有计划地 is split and read as a verb phrase)
ADVERBIAL_TAGS = {"d", "ad", "a", "z", "i", "l", "b", "m", "mq", "r"}
# words before 地 that are verbs or nouns of feeling or thought, attributes of the noun after 地
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
# (a verbal noun before 地 makes a place: 生产地, 工作地)
ATTRIBUTE_TAGS = {"n", "v"}


@code_rule(
    "T314",
    "di-before-noun",
    "typo",
    "warning",
    "“{match}”可能用错了：名词前的定语（{context}）用“的”",
    "定语后用“的”。“地”连接状语和动词；它后面是名词（按词典，这个词不能作动词），后面还跟着动词或“的”，"
    "前面是带主语的动词或名词（群众关心），按词典也不是能作状语的词，这里的“地”应为“的”。"
    "“认真地学习”“扎实地工作”“要科学地规划”不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对群众关心[地]热点问题掌握不全面。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，要认真地学习，扎实地工作，有计划地推进。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，到当地调研，在重点地区蹲点。"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，要科学地规划，全面地系统地掌握知识，要形象地讲故事。"
        ),
    ],
)
def di_before_noun(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    at = text.find("地", 2)
    while at >= 0:
        # quick tests before the clause is tagged: Chinese on both sides, and the two characters before
        # 地 a noun or verb by the dictionary
        if (
            _CJK.match(text, at - 2)
            and _CJK.match(text, at + 1)
            and dictionary_tag(text[at - 2 : at]) in ATTRIBUTE_TAGS
        ):
            clause = _clause_at(text, at)
            k = next((i for i, (_, _, pos) in enumerate(clause) if pos == at), 0)
            if 0 < k < len(clause) - 1 and _attribute_frame(clause, k):
                before, after = clause[k - 1], clause[k + 1]
                context = text[before[2] : after[2] + len(after[0])]
                yield rule.finding(text, at, at + 1, ("的",), context=context)
        at = text.find("地", at + 1)


def _clause_at(text: str, at: int) -> list[Token]:
    """The tagged clause that holds text[at]."""
    start = at
    while start > 0 and at - start < 80 and CLAUSE.match(text, start - 1):
        start -= 1
    m = CLAUSE.match(text, start)
    return _tokens(m) if m is not None else []


def _attribute_frame(tokens: list[Token], k: int) -> bool:
    """N/V 地 N: 地 (a particle in the clause) between a two-character word that is no adverbial by the
    dictionary, after its own subject (a noun or pronoun), and a noun that no reading makes a verb,
    followed by a verb or 的 (the noun phrase is a subject or an object)."""
    word, tag, _ = tokens[k]
    if word != "地" or tag != "uv":
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if len(before[0]) != 2 or dictionary_tag(before[0]) not in ATTRIBUTE_TAGS or before[1] in ADVERBIAL_TAGS:
        return False
    if len(after[0]) < 2 or dictionary_tag(after[0]) != "n":
        return False  # 认真地学习: a verb (or a word that can be one) after 地
    if k < 2 or tokens[k - 2][1][:1] not in "nr":
        return (
            False  # 群众关心地…: the attribute is a clause with its own subject (要科学地规划 is a predicate)
        )
    return k + 2 < len(tokens) and tokens[k + 2][1] in ("v", "uj")
