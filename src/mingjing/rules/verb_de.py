"""The 得 of a verb written 的 (T119): 觉得, 显得, 值得, 晓得 … as 觉的 (总觉的自己科室的工作忙).

The verbs are the words `X得` of jieba's dictionary tagged as verbs and frequent (at least 250:
获得 16,128 … 舍得 651, 落得 286; tests/test_verb_de.py re-checks each against rjieba's copy of it), less
the function words 不得, 只得, 所得, 来得, 变得 (变的 + degree is T304's). They fall in two groups by
what `X的` can be besides the slip:

- CLAUSE verbs (觉, 晓, 显, 值, 免, 使, 舍, 获: 获 alone is a headline's word, its relative clauses are
  written 获得的 or 所获的): X alone hardly ever takes an object in written Chinese, so
  `X的` + a word is the slip whatever follows (觉的自己, 值的我们, 显的重要, 使的工作) — unless X ends a
  longer word (感觉的, 明显的, 价值的, 行使的), 所/被 makes it nominal, 值 is a shift (本值的值班员, 当值的
  班长: r23), or 的 closes the clause or opens 是 (难的是 …: the phrase is nominal);
- OBJECT verbs (取, 赢, 记, 懂, 认, 夺, 落): `X的` + noun is an ordinary relative clause (我们取的名字,
  他记的笔记), so only a sign of a predicate tells the slip: 了 right after 的 (取的了成绩: 的 never takes
  了), a question word opening a clause (懂的如何做), a verb right after 的 (懂的换位思考), a predicate
  adverb right before the verb (还记的入党时), or 落的个.

不的不 is 不得不 wherever it stands; 不见的 before a verb or adjective is 不见得 unless a verb of seeing or
久 comes before it (看不见的风险, 多年不见的同学).

How the clean text was checked: docs/review-real-errors.md."""

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

CLAUSE_VERBS = "觉晓显值免使舍获"
OBJECT_VERBS = "取赢记懂认夺落"
_CANDIDATE = re.compile(f"([{CLAUSE_VERBS}{OBJECT_VERBS}])的(.?)")
# adverbs that put the verb in the predicate: a relative clause (我们取的名字) hardly opens with one
# (还记的入党时, 都懂的道理 is rare against 都懂得)
_PREDICATE_ADVERBS = set("还总仍才却真已就也")
# 不见得 after an adverb of stance (并不见的, 也不见的): 看不见的 is a potential complement, not this
_BUJIANDE = re.compile("不(?<![看听找望瞧遇碰闻久]不)见的(?=[\u4e00-\u9fff])")
# a question word after 的 opens a clause, which no relative clause of an object verb is (懂的如何 …)
_QUESTION = re.compile("如何|怎样|怎么|什么|为什么|多少")
# after 的: the clause ends, or 是 makes `X的` nominal (难的是 …, 值的是 …)
_NOMINAL_NEXT = set("是，。；、：！？,.;:!?）)”’\n ")
_NOMINALISERS = set("所被")
# 值 as the noun of a shift (本值的值班员, 当值的班长, 各值的交接班: a power plant's or a duty room's rota) (r23)
_SHIFT_BEFORE = set("本当各每该同首末前后早中夜白甲乙丙丁")
NOISE = 5


# words that end on an object verb which jieba lacks or holds as noise (创新、协调、绿色、开放、共赢的要求) (r21)
_UNLISTED_ENDS = frozenset(
    {"共赢", "多赢", "双赢", "看懂", "读懂", "搞懂", "谨记", "巧取", "求取", "熟记"}
    # 值 as a shift of round-the-clock work (电厂、调度、医院: 本值的值班员, 各值的交接班, r23)
    | {d + "值" for d in "本该各每同上下前后此当夜白早中晚"}
)


def _ends_word(text: str, at: int) -> bool:
    """Whether the character at `at` ends a word of two to four characters of jieba's dictionary
    (感觉, 明显, 价值, 行使, 书记, 争取 …) or of _UNLISTED_ENDS: then 的 follows a word, not the verb's first
    character."""
    import rjieba

    if text[max(0, at - 1) : at + 1] in _UNLISTED_ENDS:
        return True

    for n in (2, 3, 4):
        word = text[at - n + 1 : at + 1] if at - n + 1 >= 0 else ""
        if word and rjieba.has_word(word) and rjieba.suggest_freq(word) > NOISE:
            return True  # (jieba's noise entries, 总觉, have frequency 3 or 4)
    return False


_NOT_PREDICATES = {"是", "有", "在", "为", "成为", "作为"}


def _verb_next(text: str, at: int) -> bool:
    """The word at `at` is a verb (tagged v: 换位, 花), so `X的` before it is a predicate with its verb
    object (懂的换位思考, 舍的花时间), not a relative clause over a noun."""
    words = tag(text[at : at + 6])
    return bool(words) and words[0][1] == "v" and words[0][0] not in _NOT_PREDICATES


def _predicate_next(text: str, at: int) -> bool:
    """The two characters at `at` are a verb, an adjective or an adverb of jieba's dictionary (符合, 管用,
    有效): a predicate follows, not the noun of a relative clause (多年不见的同学)."""
    import rjieba

    word = text[at : at + 2]
    return rjieba.has_word(word) and dict(tag(word)).get(word, "") in ("v", "vn", "a", "ad", "d")


def verb_de_slips(text: str) -> Iterator[tuple[int, str]]:
    """(offset of 的, the verb X得) for each 的 that is the 得 of a verb, and of 不得不 (不的不)."""
    at = text.find("不的不")
    while at >= 0:
        yield at + 1, "不得不"
        at = text.find("不的不", at + 3)
    for m in _BUJIANDE.finditer(text):
        if _predicate_next(text, m.end()):
            yield m.start() + 2, "不见得"  # 这些做法不见的符合实际 (看不见的风险, 多年不见的同学: no)
    for m in _CANDIDATE.finditer(text):
        verb, after = m.group(1), m.group(2)
        at = m.start(1)
        if not after or after in _NOMINAL_NEXT:
            continue
        if at > 0 and text[at - 1] in _NOMINALISERS:
            continue
        if verb == "值" and at > 0 and text[at - 1] in _SHIFT_BEFORE:
            continue
        if (
            verb in OBJECT_VERBS
            and after != "了"
            and not _QUESTION.match(text, m.end(1) + 1)
            and not (at > 0 and text[at - 1] in _PREDICATE_ADVERBS)
            and not _verb_next(text, m.end(1) + 1)
            and not (verb == "落" and after == "个")  # 落的个…下场
        ):
            continue
        if _ends_word(text, at):
            continue
        yield m.start() + 1, verb + "得"


@code_rule(
    "T119",
    "de-of-de-verb",
    "typo",
    "warning",
    "“{verb}的”应为“{verb}得”：“{suggestion_word}”是一个词，“得”不能写成“的”",
    "觉得、显得、值得、晓得、使得、免得、获得、取得……里的“得”是词的一部分，打字时常被输入法换成“的”"
    "（总觉的、值的、取的了）。这些动词单用时很少带宾语，所以“觉的”“值的”后面接着词语时只能是“得”；"
    "获、取、记这类单用也常见的动词，只在“的”后面紧跟“了”时提示。",
    bad=[
        variant("我更多依靠指挥部协调，", "我总觉[的]自己分管的工作忙，更多依靠指挥部协调，"),
        variant("我两天后才安排核查。", "我两天后才安排核查，这个教训值[的]深刻反思。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，虽然取[的]了一些成效，但还不够。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，凭感觉的判断多，这是价值的问题。"),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，我们所取的名字、他记的笔记都要核对，最难的是坚持，落实开放、共赢的要求。",
        ),
    ],
)
def de_of_de_verb(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at, word in verb_de_slips(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, ("得",), verb=ctx.text[at - 1], suggestion_word=word)
