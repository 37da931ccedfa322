"""The 顿号 and the comma of a list, by the sentence (P134–P137).

- P134: a 顿号 before a short clause of its own (学习内容不够系统、深入、文件看了，政策学了): the element
  after the last 顿号 opens with a noun, has a verb with 了, is at most six characters and holds no 的/等/和
  (then it is a list item of its own kind: 教育、科技、人才的篇目只精读了4篇), and the elements before it
  hold no 了 (会议开了、文件发了 is a list of clauses) and are single words.
- P135: a comma inside a pair of adverbials (未能真正系统，透彻地学习): the clause before the comma is a
  verb-demanding modal (未能, 不能, 能够 …), a plain adverb (真正, 一味 — no degree word: 不能太马虎 is a
  whole predicate) and one two-character word; the clause after opens with a two-character word and 地.
  The modal has not got its verb yet, so the two words are one list of adverbials: 系统、透彻地.

- P136: a comma between two parallel attributes of one noun (缺乏勇于负责，敢于担当的责任意识): after a
  verb that takes the noun phrase as its object (缺乏, 增强, 树立 …), two four-character phrases with
  a character in common at the same place (勇于/敢于), the second joined to the noun by 的.

- P137: a comma before the last item of a 顿号 list (召开党总支大会、总支委会，组织生活会): the items on both
  sides of the comma and the one before the 顿号 end in the same character (会 … 会 … 会), so they are one
  list of like names, and the comma should be a 顿号.

All were measured on all clean text before they were enabled (docs/review-real-errors.md)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.postag import tag
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

MARKS = "，,。；;：:！？!?\n“”（）()"
# the last element of a list: after a 顿号, up to a mark, short, holding 了
_LAST = re.compile(r"、([^，,。；;：:！？!?\n“”（）()、]{2,6})(?=[，,。；;：:！？!?\n“”（）()]|$)")
MAX_CLAUSE = 6
NOT_IN_CLAUSE = set("的等和及与")

# a comma, then a two-character word and 地
_PAIR = re.compile(r"[，,](?=[\u4e00-\u9fff]{2}地)")
MODALS = {"未能", "不能", "没能", "能", "才能", "能够"}
DEGREE = {"太", "很", "过于", "十分", "非常", "比较", "更", "更加", "特别", "不够", "较", "最", "极"}


# a verb taking a noun phrase, two four-character phrases split by a comma, 的
_ATTRIBUTES = re.compile(
    r"(?:缺乏|缺少|具有|具备|增强|树立|强化|提高|培养|激发|弘扬|发扬)([\u4e00-\u9fff]{4})([，,])([\u4e00-\u9fff]{4})的"
)


# a comma after the last 顿号 of a list, before one more short item
_LIST_TAIL = re.compile(r"(?<=、)([\u4e00-\u9fff]{2,6})([，,])([\u4e00-\u9fff]{2,6}?)(?=[，,。；;、]|(等))")


CLAUSE_OPENERS = set("而但并又且或也还再")
TERM_BEFORE = set("对在把将的了和及与等从向为") | set(MARKS + "、")


def _four_character_term(text: str, comma_or_mark: int) -> bool:
    """The four characters before the mark at `comma_or_mark` stand as one term: a mark or a
    function character (对, 的, 了 …) comes before them (对婚姻登记、, never 参加了党课、)."""
    return comma_or_mark >= 5 and text[comma_or_mark - 5] in TERM_BEFORE


_ITEMS_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{1,6})*")
_ITEMS_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、)*$")


def _paired_groups(text: str, dunhao: int, end: int) -> bool:
    """The 顿号 items before the comma are as many as those after it (A、B，C、D): two groups."""
    if end >= len(text) or text[end] != "、":
        return False
    after = 1 + _ITEMS_AFTER.match(text, end).group().count("、")  # type: ignore[union-attr]
    before = 1 + _ITEMS_BEFORE.search(text[max(0, dunhao - 30) : dunhao + 1]).group().count("、")  # type: ignore[union-attr]
    return before == after


def comma_before_last_item(text: str) -> Iterator[int]:
    """The offset of each comma between the last two items of a list of like names."""
    for m in _LIST_TAIL.finditer(text):
        first = m.start() - 1  # the 顿号
        start = max(text.rfind(c, max(0, first - 7), first) for c in MARKS + "、") + 1
        item = text[max(start, first - 6) : first]
        if m.group(3)[0] in CLAUSE_OPENERS:
            continue  # 简单问题,而深层次问题: a new clause
        if _paired_groups(text, first, m.end(3)):
            continue  # 集中学、跟着学，系统学、深入学: two groups of two, set against each other
        if len(item) >= 2 and item[-1] == m.group(1)[-1] == m.group(3)[-1]:
            yield m.start(2)  # 政治纪律、组织纪律，廉洁纪律、…: like names
        elif m.group(4) and _four_character_term(text, first) and len(m.group(1)) == len(m.group(3)) == 4:
            yield m.start(2)  # 婚姻登记、工龄认定，学籍证明等: three terms of four characters closed by 等


def comma_in_attributes(text: str) -> Iterator[int]:
    """The offset of each comma between two parallel attributes of one noun."""
    for m in _ATTRIBUTES.finditer(text):
        a, b = m.group(1), m.group(3)
        if any(a[i] == b[i] for i in range(4)):
            yield m.start(2)


# words that open a clause, never a list item: after a 顿号 they show that a clause ended before it
# (执勤时间不固定、有时一周也读不完一篇; 时间紧张、就没有回答完)
CLAUSE_OPENING_WORDS = {
    "就",
    "便",
    "才",
    "却",
    "但",
    "但是",
    "而",
    "而且",
    "于是",
    "所以",
    "因此",
    "导致",
    "致使",
    "以致",
    "甚至",
    "反而",
    "有时",
    "往往",
    "总是",
}
# a 顿号 before the first character of one of those words (the tagger then decides the word)
_DUNHAO_BEFORE_OPENER = re.compile("、(?=[" + "".join(sorted({w[0] for w in CLAUSE_OPENING_WORDS})) + "])")


def clause_opened_after_dunhao(text: str) -> Iterator[tuple[int, str]]:
    """(offset of the 顿号, the clause after it) where the first word after a 顿号 opens a clause and the
    element before it is a clause of its own (it holds a predicate: 时间不固定, 时间紧张)."""
    from mingjing.rules.stray_dunhao import raised_verb

    for m in _DUNHAO_BEFORE_OPENER.finditer(text):
        after = tag(text[m.end() : m.end() + 8])
        if not after or after[0][0] not in CLAUSE_OPENING_WORDS or raised_verb(text, m.start()):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in MARKS + "、") + 1
        element = text[start : m.start()]
        tokens = tag(element) if 3 <= len(element) <= 20 else ()
        if (
            len(tokens) >= 2
            and any(t[:1] == "n" for _, t in tokens[:-1])  # a subject: 时间
            and (tokens[-1][1] == "a" or tokens[-1][1] == "v")  # its predicate closes the element
        ):
            end = min((k for k in (text.find(c, m.end()) for c in MARKS) if k >= 0), default=len(text))
            yield m.start(), text[m.end() : min(end, m.end() + 12)]


def clause_after_list(text: str) -> Iterator[tuple[int, str]]:
    """(offset of the 顿号, the clause after it) for each list closed by a short clause of its own."""
    yield from clause_opened_after_dunhao(text)
    for m in _LAST.finditer(text):
        last = m.group(1)
        if "了" not in last or NOT_IN_CLAUSE & set(last):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in MARKS) + 1
        parts = text[start : m.end()].split("、")
        if any("了" in p for p in parts[:-1]) or any(len(tag(p)) != 1 for p in parts[1:-1]):
            continue
        tokens = tag(last)
        verb_le = any(
            t[:1] == "v" and k + 1 < len(tokens) and tokens[k + 1][0] == "了"
            for k, (_, t) in enumerate(tokens)
        )
        if tokens[0][1][:1] == "n" and verb_le:
            yield m.start(), last


def comma_in_adverbials(text: str) -> Iterator[int]:
    """The offset of each comma between two adverbials of one verb still to come."""
    for m in _PAIR.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in MARKS + "、") + 1
        if m.start() - start < 3:
            continue
        tokens = tag(text[start : m.start()])
        if len(tokens) < 3 or len(tokens[-1][0]) != 2:
            continue
        k = len(tokens) - 2
        adverbs = 0
        while k >= 0 and tokens[k][1][:1] == "d" and tokens[k][0] not in MODALS | DEGREE:
            k -= 1
            adverbs += 1
        if k >= 0 and tokens[k][0] in MODALS and adverbs:
            yield m.start()


@code_rule(
    "P134",
    "list-runs-into-clause",
    "punctuation",
    "warning",
    "“{match}”后面是另一个分句（{clause}），不再是并列的词语：这里应用逗号断开",
    "顿号只连接并列的词语。列举几个词之后紧接着一个有主语、有“了”的小句（系统、深入、文件看了），"
    "那里其实是分句之间，应为逗号。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，学习内容不够系统、深入[、]文件看了，心得写了，但没有深入思考。",
        ),
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，值班时间不固定[、]有时一周也读不完一篇文章。"
        ),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，会议开了、文件发了，但没有深入思考。"),
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，支持创业、就业和再就业，时间紧张，就先放一放。",
        ),
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，要从源头上进一步遏制、甚至消除这些问题。"
        ),
    ],
)
def list_runs_into_clause(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if "、" not in ctx.text:
        return
    for at, clause in clause_after_list(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("，",), clause=clause)


@code_rule(
    "P135",
    "comma-in-adverbials",
    "punctuation",
    "warning",
    "“{match}”把一组并列的状语隔开了（{context}）：应为顿号",
    "“未能真正系统，透彻地学习”里，“系统”和“透彻”一同修饰后面的“学习”，逗号把一个句子断成两半，"
    "前半句只剩“未能……系统”。并列的状语之间用顿号。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，未能真正系统[，]透彻地学习领会原著。"),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，不能太马虎，认真地对待每一篇原著。"),
    ],
)
def comma_in_adverbials_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at in comma_in_adverbials(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("、",), context=ctx.text[max(0, at - 6) : at + 6])


@code_rule(
    "P136",
    "comma-in-attributes",
    "punctuation",
    "warning",
    "“{match}”隔开了同一个中心语的两个并列定语（{context}）：应为顿号",
    "“缺乏勇于负责，敢于担当的责任意识”里，“勇于负责”“敢于担当”一同修饰“责任意识”，是一个宾语里的并列成分，"
    "中间用顿号；逗号会让前半读成一句话。只看“缺乏、增强、树立”这类带名词宾语的动词后面、结构相同的两个四字短语。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，缺乏勇于负责[，]敢于担当的责任意识。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，缺乏勇于负责、敢于担当的责任意识。"),
    ],
)
def comma_in_attributes_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at in comma_in_attributes(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("、",), context=ctx.text[max(0, at - 6) : at + 8])


@code_rule(
    "P137",
    "comma-before-last-item",
    "punctuation",
    "warning",
    "“{match}”用在并列的词语之间（{context}）：应为顿号",
    "“召开党总支大会、总支委会，组织生活会”列举的是同一类名称，前面用了顿号，中间或最后一项前却用了逗号，"
    "读者会以为列举已经结束。只看前后几项以同一个字收尾（会、会、会）的情况，和以“等”收尾的三个四字词"
    "（婚姻登记、工龄认定，学籍证明等）；逗号两边各有同样多的几项（集中学、跟着学，系统学、深入学）是两组，不提示。",
    bad=[
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，通过召开党总支大会、支委会[，]组织生活会，认真查摆问题。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对照政治纪律、组织纪律[，]廉洁纪律、群众纪律、工作纪律逐条查摆。",
        ),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，对户籍迁移、社保转移[，]学历认证等事项要求跑现场。"
        ),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，通过召开党总支大会、支委会、组织生活会，认真查摆问题。",
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，满足于集中学、跟着学，系统学、深入学不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，参加了党课、主题党日，撰写心得等。"),
    ],
)
def comma_before_last_item_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if "、" not in ctx.text:
        return
    for at in comma_before_last_item(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("、",), context=ctx.text[max(0, at - 8) : at + 6])
