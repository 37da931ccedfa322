"""的 for 得 before a degree complement read by its words (T313): 强调的较少, 建设的更好, 把关把的不严.
The verb is read by what it is (jieba's dictionary tag of the word alone: 建设 is a verbal noun there
and a verb before 的 + complement), or by its repetition (把关把的: the verb said again before its
complement); the complement closes the clause and is a degree word and an adjective, a word fused of
the two (更好, 较少), or 不 + an adjective (不严). T304 keeps its findings; this rule looks at the rest."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.de_adverbial import dictionary_tag
from mingjing.rules.grammar_de import (
    HEAD_NOUNS,
    LEAD,
    NO_COMPLEMENT_VERBS,
    NOMINALISERS,
    NOT_BU_WORDS,
    RESULTATIVE,
    SINGLE_VERBS,
    _de_positions,
    _verb_like,
    complement_after,
)
from mingjing.rules.postag import Token
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# degree words by their characters: a complement opens with one of them (较少, 更好, 不够细)
DEGREE_CHARS = ("较", "更", "很", "太", "过", "不够", "不太", "不大", "十分", "非常", "比较", "相当")
# adjectives of amount or quality that close a complement after a degree word
ADJECTIVE_TAGS = {"a", "ad", "d", "z", "v"}
# verbs (by the dictionary) that take no degree complement or whose "V的" is a thing (存在的, 所谓)
NOT_VERBS = NO_COMPLEMENT_VERBS | {
    "需要",
    "认为",
    "觉得",
    "希望",
    "看来",
    "说来",
    "来说",
    "有关",
    "相关",
}
ASPECT_WORDS = {"方面", "上", "中", "里", "环节", "问题上"}
MAX_COMPLEMENT = 4
COMPARED = {"比", "比起", "较", "和", "与", "跟", "同", "像", "如"}
JOINERS = "和又且而"
OPENING_CHARS = frozenset("".join(DEGREE_CHARS) + "不" + "".join(w[0] for w in LEAD))
MODAL_OPENERS = {
    "要",
    "就要",
    "更要",
    "还要",
    "能",
    "会",
    "应该",
    "必须",
}  # characters: 较少, 更好, 不严, 不够细致


def _complement(tokens: list[Token], aspect_before: bool) -> bool:
    """The words after 的 to the clause's end are a degree complement: 较 少, 更好, 不严, 不够 细致.
    An amount (较少, 较多) only after an aspect (…方面强调的较少): 务农的较少 counts people."""
    while tokens and tokens[0][0] in LEAD:
        tokens = tokens[1:]
    text = "".join(w for w, _, _ in tokens)
    if not tokens or len(text) > MAX_COMPLEMENT or len(text) < 2 or any(t[:1] == "n" for _, t, _ in tokens):
        return False
    if tokens[-1][0] in HEAD_NOUNS:
        return (
            False  # 提出的更高要求: a degree word and an adjective before a noun (tagged v) are its attribute
        )
    if len(text) == 3 and text[1] in JOINERS and all(dictionary_tag(c) == "a" for c in text[::2]):
        return True  # 要求的严和紧, 推进的快又好: two adjectives joined, a complement without a degree word
    if dictionary_tag(text) not in ("", "a", "ad", "d", "z"):
        return False  # 更新, 更改: a word of its own, not a degree word and an adjective
    if text[-1] in "多少" and not aspect_before:
        return False
    if text.startswith("不") and not text.startswith(("不够", "不太", "不大")):
        # 不严, 不实, 不牢: 不 + an adjective, one word or two (不足, 不断, 不同 are no complements)
        return text not in NOT_BU_WORDS and len(text) <= 3 and dictionary_tag(text[1:]) in ("a", "ad")
    for head in DEGREE_CHARS:
        if text.startswith(head) and len(text) > len(head):
            rest = text[len(head) :]
            return dictionary_tag(rest) in ADJECTIVE_TAGS or dictionary_tag(rest[:1]) == "a"
    return False


def _verb_before(tokens: list[Token], k: int) -> bool:
    """The word before 的 is a verb by the dictionary (建设, 强调), or a verb said again (把关把)."""
    word, _, _ = tokens[k - 1]
    before = tokens[k - 2][0] if k >= 2 else ""
    if len(word) == 1 and before in MODAL_OPENERS:
        return word in SINGLE_VERBS  # 要干的更好: a modal and a verb of work before its complement
    if len(word) == 1 and len(before) == 2 and before[0] == word and dictionary_tag(before) == "v":
        return True  # 把关把的不严: the verb's first character repeated before its complement
    if len(word) != 2 or word in NOT_VERBS or word[-1] in RESULTATIVE:
        return False
    if before in COMPARED:
        return False  # 比预想的更好: the verb after 比 names the standard, V的 is a thing
    if before in NOMINALISERS or before[-1:] in ("所", "的") or word[0] in "应所该":
        return False  # 要做的还很多, 党的建设的: V的 is a thing
    return dictionary_tag(word) in ("v", "vn") and not _counted(tokens, k)


def _aspect_before(tokens: list[Token], k: int) -> bool:
    """The verb before 的 follows an aspect or a localizer: …方面强调的, 在学习上投入的."""
    return k >= 2 and (tokens[k - 2][0] in ASPECT_WORDS or tokens[k - 2][1] == "f")


def _counted(tokens: list[Token], k: int) -> bool:
    """A numeral or measure word before the verb, across its attributes only: 2个综合设计性实验的更新
    is a thing counted, not a verb."""
    j = k - 2
    while j >= 0 and (tokens[j][1][:1] in "nab" or tokens[j][1] == "vn"):
        j -= 1
    return j >= 0 and tokens[j][1] in ("m", "q", "mq")


@code_rule(
    "T313",
    "de-complement-words",
    "typo",
    "warning",
    "“{match}”可能用错了：动词后面跟程度补语（{context}）时用“得”",
    "补语前用“得”。按词本身的词性（词典里的词性）认动词（强调、建设……，或重复的动词：把关把），"
    "按字认程度补语（较少、更好、不严、不够细致、严和紧……）并且补语收尾，这里的“的”应为“得”；"
    "“要做的还很多”“正确的不敢坚持”之类的名词性短语不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，具体细节方面强调[的]较少。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，要让党组织建设[的]更好。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，群里的内容把关把[的]不严。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，哪项工作要求[的]严和紧，就重点抓哪项。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，今后要干[的]更好。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，要做的还很多，正确的不敢坚持。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，存在的不足较多，党的建设的重点不突出。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，结果比预想的更好，效果比预期的更好。"),
    ],
)
def de_complement_words(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for k, tokens in _de_positions(ctx):
        if k < 1 or k + 1 >= len(tokens):
            continue
        first = tokens[k + 1][0]
        if first[0] not in OPENING_CHARS and not (len(first) == 3 and first[1] in JOINERS):
            continue  # quick test: no degree word, 不 or adverb opens what follows 的
        if not (_complement(tokens[k + 1 :], _aspect_before(tokens, k)) and _verb_before(tokens, k)):
            continue
        if not (_verb_like(tokens, k) and complement_after(tokens, k)):  # T304's finding otherwise
            at = tokens[k][2]
            end = tokens[-1][2] + len(tokens[-1][0])
            start = tokens[k - 2][2] if len(tokens[k - 1][0]) == 1 and k >= 2 else tokens[k - 1][2]
            yield rule.finding(ctx.text, at, at + 1, ("得",), context=ctx.text[start:end])
