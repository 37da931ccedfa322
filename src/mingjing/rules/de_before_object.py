"""的 for 地 before a verb with its own object (T308). 真正的了解实际: an adverb or adjective
in the adverbial's place, 的, a verb (jieba: v) and a noun that is the verb's object, not the head of
a compound (严格的审批程序, 具体的帮扶办法 stay quiet). T305 (grammar_de.py) runs first and keeps its
findings; this rule looks only at the 的 it leaves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.grammar_de import (
    COMPARED_WITH,
    HEAD_NOUNS,
    MANNER,
    NOT_ADVERBIAL,
    NOUN_ENDINGS,
    NP_TAKERS_OK,
    OBJECT_PREPOSITIONS,
    WEAK_WORDS,
    _adverbial,
    _de_positions,
    _object_verb_before,
    preposition_and_noun_before,
    topic_of_predicate,
    verb_after,
)
from mingjing.rules.postag import Token, tag
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# adverb-like words that count, measure or point rather than say how (一定的, 更多的, 其他的): T305's list
# without the adverbs that say how an act is done (真正, 直接, 充分 …), which before a verb and its
# object are adverbials
NOT_MANNER = NOT_ADVERBIAL - {
    "真正",
    "直接",
    "充分",
    "专门",
    "特别",
    "根本",
    "同样",
    "一贯",
    "一向",
    "一起",
    "自然",
    "必然",
    "更好",
    "最好",
    "唯有",
    "仅有",
}
MANNER_TAGS = {"a", "ad", "d", "b", "z"}
MODIFIER_TAGS = {"a", "ad", "b", "z", "c"}  # 全面系统的, 认真和细致的: more modifiers of the same verb
# verbs that open a verb phrase, so that "X的V…" after them is a predicate: 不去真正的了解实际
MOTION = {"去", "来", "不去", "要去", "去做", "来到"}
COPULAS = {"是", "有", "为", "在", "成为", "作为", "没有"}


def _object_after(tokens: list[Token], j: int) -> bool:
    """tokens[j:] open with the verb's object: a noun that heads no compound with the verb (了解实际),
    or an adjective + 的 + noun (出现懒的现象)."""
    if j >= len(tokens):
        return False
    word, t, _ = tokens[j]
    if t[:1] == "a" and len(word) == 1 and j + 2 < len(tokens) and tokens[j + 1][0] == "的":
        return tokens[j + 2][1][:1] == "n"
    if t[:1] not in "n" or t == "vn" or word in HEAD_NOUNS or word.endswith(NOUN_ENDINGS + tuple("感")):
        return False
    rest = tokens[j + 1 :]
    # the object closes the clause, or more nouns of the same object follow (推进行政复议规范化建设)
    return not rest or (rest[0][1][:1] in "nva" and rest[0][0] not in HEAD_NOUNS)


def object_frame(tokens: list[Token], k: int) -> bool:
    """X 的 V O: X an adverb or adjective where an adverbial stands, V a verb, O its object."""
    if k < 1 or k + 1 >= len(tokens):
        return False
    word, t, _ = tokens[k - 1]
    if (
        len(word) < 2
        or (t not in MANNER_TAGS and word not in MANNER and word not in WEAK_WORDS)
        or word in NOT_MANNER
    ):
        return False
    if preposition_and_noun_before(tokens, k - 1, COMPARED_WITH | OBJECT_PREPOSITIONS):
        return False  # 与数字孪生的要求差距较大: the phrase is the preposition's object, 的 an attribute's
    j = k - 2
    while j >= 0 and k - j <= 4 and (tokens[j][1] in MODIFIER_TAGS or tokens[j][0] in WEAK_WORDS):
        j -= 1  # 缺乏全面系统的…: look past the other modifiers to the word that governs the phrase
    c = j
    while c >= 0 and tokens[c][1] == "d":
        c -= (
            1  # 是非常重要的学习机会: past the degree adverbs to a copula, after which the phrase is a noun's
        )
    if c >= 0 and (
        tokens[c][0] in ("是", "成为", "作为") or (len(tokens[c][0]) == 2 and tokens[c][0][1] == "是")
    ):
        return False
    if j >= 0:
        before, bt, _ = tokens[j]
        if before not in MOTION and before not in NP_TAKERS_OK and (bt[:1] in "vpmqu" or bt == "mq"):
            return False  # 缺乏主动的梳理, 掌握先进的知识: the phrase is the verb's object
        if _object_verb_before(tokens, j):
            return False
    verb, vt, _ = tokens[k + 1]
    if len(verb) == 4 and vt in ("n", "l") and k + 2 == len(tokens):
        return _verb_object_word(verb)  # 解决问题, 承担责任: a verb and its object tagged as one word
    if vt != "v" or len(verb) != 2 or verb in COPULAS or verb.endswith(NOUN_ENDINGS) or k + 2 >= len(tokens):
        return False
    if k + 3 == len(tokens) and tokens[k + 2][1] == "vn" and t in ("ad", "d", "z"):
        return True  # 积极的参加活动: a verbal noun closing the clause after a pure adverbial is the object
    if topic_of_predicate(tokens, k + 3):
        return False  # 反映强烈的出行难题回应不快: the verb and its noun are the predicate's topic (r19)
    return _object_after(tokens, k + 2)


def _verb_object_word(word: str) -> bool:
    """A four-character word that is a verb and its object (解决问题, 掌握情况), not a compound noun."""
    verb, obj = tag(word[:2]), tag(word[2:])
    return (
        len(verb) == 1
        and verb[0][1] == "v"
        and verb[0][0] not in COPULAS
        and len(obj) == 1
        and obj[0][1][:1] == "n"
        and obj[0][1] != "vn"
        and obj[0][0] not in HEAD_NOUNS
    )


@code_rule(
    "T308",
    "di-before-verb-object",
    "typo",
    "warning",
    "“{match}”可能用错了：修饰带宾语的动作（{context}）时用“地”",
    "状语后用“地”。按词性判断：副词或形容词（真正、扎实、被动……）+ 的 + 动词 + 它的宾语，"
    "动词带了自己的宾语就是谓语，前面的修饰语是状语，这里的“的”应为“地”；"
    "“严格的审批程序”“缺乏主动的梳理”之类的名词短语不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，不去真正[的]了解实际。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，至今没有全面[的]掌握情况。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，致使窗口人员被动[的]出现懒的现象。"),
    ],
    good=[
        # a verb and a one-character head: a compound noun, no object (r25)
        variant("我两天后才安排核查。", "我两天后才安排核查。年度考核中没有具体的扣分项。"),
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，缺乏主动的梳理和防范，没有严格的审批程序。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有拿出具体的帮扶办法，要掌握先进的知识文化。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，存在一定的攀比心理。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。这是非常重要的学习机会。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，与数字孪生的要求差距较大。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对群众反映强烈的出行难题回应不快。"),  # r19
        # the verb, its object and their head are the subject of 只有 (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查，全所自主立项的应用技术研究只有5项。"),
    ],
)
def di_before_verb_object(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for k, tokens in _de_positions(ctx):
        if k < 1 or k + 1 >= len(tokens) or tokens[k + 1][1] not in ("v", "n", "l"):
            continue  # no verb (or verb-object word) after 的: nothing to look at
        strength = _adverbial(tokens, k)
        if strength and verb_after(tokens, k, strength):
            continue  # T305's finding
        if object_frame(tokens, k):
            at = tokens[k][2]
            obj = tokens[min(k + 2, len(tokens) - 1)]
            yield rule.finding(
                ctx.text, at, at + 1, ("地",), context=ctx.text[tokens[k - 1][2] : obj[2] + len(obj[0])]
            )
