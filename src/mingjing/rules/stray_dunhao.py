"""A 顿号 where no list is (P150): between two clauses (`执勤时间不固定、有时一周也读不完一篇`,
`接诊时间紧张、就没有回答完`), and next to a comma (`学习、，调研`).

顿号 joins the words of a list; the word after a list's 、 is the next item, never an adverb that opens
a clause (就, 却, 但, 才, 便, 则, 所以, 因此, 从而, 甚至, 有时 …). The word is read from the document's
segmentation, so 就业, 就近, 就医, 并联 (items that begin with the same character) are not it.
Adverbs that also repeat inside lists (经常谈、常常问; 既…、又…) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# adverbs and conjunctions that open a clause and never an item of a list
CLAUSE_OPENERS = frozenset(
    (
        "就",
        "却",
        "但",
        "但是",
        "可是",
        "便",
        "才",
        "则",
        "所以",
        "因此",
        "因而",
        "从而",
        "进而",
        "以致",
        "致使",
        "甚至",
        "而且",
        "并且",
        "有时",
        "也",
    )
)
_AFTER = re.compile(r"、(?=就|却|但|可是|便|才|则|所以|因|从而|进而|以致|致使|甚至|而且|并且|有时|也)")
_NEXT_TO_COMMA = ("、，", "、,", "，、", ",、")
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*[一二三四五六七八九十\d]{1,3}$")


def raised_verb(text: str, at: int) -> bool:
    """Whether the 顿号 at `at` joins two verbs that share the object after them, the second raised by
    甚至 (遏制、甚至消除这些问题): a list of two verbs, no second clause."""
    from mingjing.rules.postag import tag

    if text[at + 1 : at + 3] != "甚至":
        return False
    before, after = tag(text[max(0, at - 2) : at]), tag(text[at + 3 : at + 5])
    return len(before) == 1 and before[0][1] == "v" and len(after) == 1 and after[0][1] == "v"


_ITEM_START = "，。；：！？“”‘’、\n"
ITEM_REACH = 12  # characters read back for the item before a 顿号


def _repeated_opener(text: str, at: int, word: str) -> bool:
    """Whether the item before the 顿号 at `at` holds the same adverb (服务区也是窗口、也讲政治; 就…、就…):
    parallel predicates listed, each with its adverb, no second clause (r22)."""
    lo = max(0, at - ITEM_REACH)
    start = max((text.rfind(c, lo, at) for c in _ITEM_START), default=-1)
    return word in text[max(lo, start + 1) : at]


def stray_dunhao(text: str, first_word: Callable[[int], str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) of every 顿号 that joins two clauses or stands next to a comma;
    `first_word(at)` gives the document's word that begins at `at`."""
    for m in _AFTER.finditer(text):
        at = m.start()
        if at == 0 or not "\u4e00" <= text[at - 1] <= "\u9fff":
            continue
        if _LABEL_BEFORE.search(text, max(0, at - 5), at):  # 一、有时候…: a list label
            continue
        word = first_word(at + 1)
        if word in CLAUSE_OPENERS and not raised_verb(text, at) and not _repeated_opener(text, at, word):
            yield at, at + 1, "，"
    for pair in _NEXT_TO_COMMA:
        at = text.find(pair)
        while at >= 0:
            k = at if pair[0] == "、" else at + 1
            yield k, k + 1, ""
            at = text.find(pair, at + 2)


@code_rule(
    "P150",
    "dunhao-between-clauses",
    "punctuation",
    "warning",
    "这里的顿号“{match}”不在并列的词语之间：{why}，应为“{suggestion}”",
    "顿号只用在句子内部并列的词语之间。后面是“就、却、才、有时、甚至”等开启一个分句的词时，前后是两个分句，"
    "要用逗号；顿号紧挨着逗号，是删改句子时留下的，应删去。“就业、就近、就医”这类以同一个字开头的词语不提示。",
    bad=[
        variant("我两天后才安排核查。", "我工作任务重[、]就没有及时安排核查。"),
        variant("数字化本领不足。", "数字化本领不足。学习时间不固定[、]有时一周也读不完一篇。"),
    ],
    good=[
        GOOD,
        variant(
            "数字化本领不足。",
            "数字化本领不足。对就业、就医、就学等困难了解不够，既要指出表现、又要剖析原因。",
        ),
        variant("数字化本领不足。", "数字化本领不足。对群众反映的问题，没有想办法遏制、甚至消除。"),
        # the same adverb opens both items: parallel predicates (r22)
        variant("数字化本领不足。", "数字化本领不足。对“服务区也是窗口、也讲政治”的认识不到位。"),
    ],
)
def dunhao_between_clauses(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "、" not in text:
        return

    def first_word(at: int) -> str:
        words = ctx.words(at, min(len(text), at + 8))
        return words[0] if words else ""

    for start, end, replacement in stray_dunhao(text, first_word):
        if replacement:
            yield rule.finding(text, start, end, (replacement,), why="后面是另一个分句")
            continue
        # 、， or ，、: which of the two was left over depends on what follows (拆迁、，安置 keeps the 顿号 of
        # a list, 不足、，有的 the comma of a clause); both marks are shown, the comma first
        lo, hi = (start, end + 1) if text[end : end + 1] in "，," else (start - 1, end)
        yield rule.finding(text, lo, hi, ("，", "、"), why="紧挨着逗号")


# a 顿号 inside one phrase: after a clause's bare subject before its preposition (`班子、对古籍保护…`), or
# between a verb that needs an object and that object (`我对照、六项纪律`); a list item is neither
_CLAUSE_MARKS = "，。；：！？\n"
_OBJECT_VERBS = frozenset(
    ("对照", "按照", "根据", "围绕", "针对", "依据", "遵照", "依照", "参照", "结合", "对于", "关于")
)
_PREPOSITIONS = frozenset(("对", "在", "把", "从", "向", "被", "将", "给", "对于", "为"))
_PREPOSITION_STARTS = frozenset(w[0] for w in _PREPOSITIONS)
_SUBJECT_TAGS = ("nr", "r")  # a pronoun or a name; else a collective subject:
_COLLECTIVE = re.compile(r"(?:班子|党组|党委|支部|支委|领导|同志|本人)$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _clause_subject(text: str, at: int) -> str:
    """The one to four Chinese characters between the clause's start and the 顿号 at `at`, or ''."""
    k = at - 1
    while k >= 0 and at - k <= 5 and text[k] not in _CLAUSE_MARKS:
        k -= 1
    if at - k > 5:
        return ""
    head = text[k + 1 : at]
    return head if _HAN_RUN.fullmatch(head) else ""


def dunhao_inside_phrase(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, why) of every 顿号 between a subject and its preposition or a verb and its object."""
    from mingjing.rules.postag import tag

    at = text.find("、")
    while at >= 0:
        nxt = text[at + 1 : at + 2]
        if nxt in _PREPOSITION_STARTS:
            head_text = _clause_subject(text, at)
            head = tag(head_text) if head_text else ()
            subject = len(head) == 1 and (head[0][1] in _SUBJECT_TAGS or bool(_COLLECTIVE.search(head[0][0])))
            if subject:
                after = tag(text[at + 1 : at + 6])
                if after and after[0][0] in _PREPOSITIONS:
                    yield at, at + 1, "主语和后面的介词短语之间不用顿号"
        if text[at - 2 : at] in _OBJECT_VERBS and text[at - 3 : at - 2] != "相":
            after = tag(text[at + 1 : at + 6])
            if after and (after[0][0] in ("“", "《") or after[0][1][:1] in "mn"):
                yield at, at + 1, "动词和它的宾语之间不用顿号"
        at = text.find("、", at + 1)


@code_rule(
    "P153",
    "dunhao-inside-phrase",
    "punctuation",
    "warning",
    "这里的顿号“{match}”不在并列的词语之间：{why}，应删去",
    "顿号只用在并列的词语之间。主语和它后面的“对、在、把”等介词短语之间（班子、对……），或“对照、按照、结合”"
    "等动词和它的宾语之间（对照、六项纪律），都不是并列，顿号多是改稿时留下的，应删去。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，班子[、]对群众诉求的研究不深。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。下面，我对照[、]六项纪律作检视。"),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对审计、问责想得多、对长远发展想得少。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。我认真学习、对照、检视，逐条梳理问题。"),
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，集体研讨与个人自学相结合、专题辅导与研读相促进。",
        ),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，压担子、给位子的魄力不足。"),
    ],
)
def dunhao_inside_phrase_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "、" not in text:
        return
    for start, end, why in dunhao_inside_phrase(text):
        yield rule.finding(text, start, end, ("",), why=why)
