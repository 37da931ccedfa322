"""Prepositions written as their sound-alikes (T309 再/在, T310 与/于). 再 for 在 before a place phrase that only the
preposition can open (再政策宣传上着手), and 与 for 于 after a verb or adjective that takes 于
(有利与学生成长). Both read the words around the slip (rjieba, see postag.py); the 于-verbs are the
words of jieba's dictionary that end in 于, so no list of them is kept here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.postag import CLAUSE, Token, tagged_clauses
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# the localizers that close a place phrase: 在…上, 在…中, 在…方面, 在…期间
LOCALIZERS = {"上", "中", "里", "方面", "期间", "过程中", "之中", "当中", "以来", "之下"}
DEMONSTRATIVES = {"这", "那", "此", "这些", "那些", "这个", "那个", "其"}
# words that may stand inside the place phrase: nouns, verbal nouns, attributes, 的, numbers
PHRASE_TAGS = ("n", "vn", "b", "a", "uj", "m", "q", "f", "s", "t", "j")
# a 再 with a localizer after it in the same clause: the only 再 worth tagging
_ZAI = re.compile(r"再[^，。；：！？、\n]{1,10}?(?:上|中|里|方面|期间|以来|之下)")


def _place_phrase(tokens: list[Token], i: int) -> int | None:
    """The index of the localizer that closes a place phrase opened right after tokens[i] (再), or
    None: the first word a noun or a demonstrative (再政策, 再这方面), then nouns and attributes, then
    上/中/方面 … before a verb or the clause's end."""
    if i + 2 >= len(tokens):
        return None
    word, t, _ = tokens[i + 1]
    if t == "vn" and tokens[i + 2][0] in ("上", "中"):
        pass  # 再工作中, 再学习上: a verbal noun closed by the localizer at once
    elif not ((t[:1] == "n" and t != "vn") or t in ("s", "j") or word in DEMONSTRATIVES):
        return None
    for j in range(i + 2, min(len(tokens), i + 7)):
        w, tj, _ = tokens[j]
        if w in LOCALIZERS:
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if nxt is None or nxt[1][:1] in "vdpa" or nxt[1] in ("c", "r"):
                return j
            return None
        if not tj.startswith(PHRASE_TAGS):
            return None
    return None


@code_rule(
    "T309",
    "zai-written-zai4",
    "typo",
    "warning",
    "“{match}”可能用错了：引出处所、范围的介词是“在”（{context}）",
    "“在”和“再”同音常被混用。按词性判断：“再”是副词，后面跟动词（再学习、再压减）；"
    "后面是名词短语并以“上、中、里、方面、期间”收尾时（在政策上、在工作中），只有介词“在”讲得通。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，今后要多[再]政策宣传力度上着手。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，[再]这个问题上认识不足。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，[再]基层一线中锻炼不多。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，[再]工作中缺乏主动性。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，核实后再上报，确保各项工作再上新台阶。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，把条例再系统学一遍，在工作中再提高。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，年底前再通读原著1遍，整改事项一拖再拖。"),
    ],
)
def zai_written_zai4(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    seen: set[int] = set()
    for m in _ZAI.finditer(text):
        start = m.start()
        while start > 0 and CLAUSE.match(text[start - 1]):
            start -= 1
        if start in seen:
            continue
        seen.add(start)
        for _, tokens in tagged_clauses(text, start, m.end(), "再"):
            for i, (word, _t, at) in enumerate(tokens):
                if word != "再":
                    continue
                j = _place_phrase(tokens, i)
                if j is not None:
                    end = tokens[j][2] + len(tokens[j][0])
                    yield rule.finding(text, at, at + 1, ("在",), context="在" + text[at + 1 : end])


@lru_cache(maxsize=2048)
def takes_yu(word: str) -> bool:
    """word + 于 is one word of jieba's dictionary (有利于, 取决于, 致力于, 善于), read without guessing
    unknown words."""
    import rjieba

    return len(rjieba.tag(word + "于", False)) == 1


# predicates after "X与 Y" that make 与 a real "with": 与业务相关, 与实际脱节, 与群众之间
WITH_PREDICATES = (
    "相",
    "有关",
    "无关",
    "结合",
    "一致",
    "之间",
    "挂钩",
    "脱节",
    "同步",
    "并重",
    "对接",
    "合作",
    "沟通",
    "交流",
    "联系",
    "统一",
    "衔接",
    "匹配",
    "比较",
    "对比",
    "共同",
    "一起",
    "同行",
    "协调",
)


def _with_reading(tokens: list[Token], k: int) -> bool:
    """The words after 与 (index k) read as "with …" (与业务相关), or 与 joins two words of one kind
    (有利与不利, 有利与有害)."""
    rest = tokens[k + 1 :]
    if not rest:
        return True
    if any(w.startswith(WITH_PREDICATES) for w, _, _ in rest):
        return True
    before_tag = tokens[k - 1][1]
    return len(rest) <= 2 and rest[0][1][:1] == before_tag[:1]


@code_rule(
    "T310",
    "yu-written-yu3",
    "typo",
    "warning",
    "“{match}”可能用错了：“{context}”是带“于”的固定说法",
    "“于”和“与”同音常被混用。“有利于、取决于、致力于、善于、勇于”这类词带的是“于”；"
    "词典里以“于”收尾的词后写成“与”、后面又不是“与……相关/结合”之类的并列或伴随说法时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，要营造有利[与]青年干部成长的环境。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，整改成效取决[与]班子的决心。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，今后要致力[与]解决群众急难愁盼。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，学习偏重与业务相关的内容，只讲有利与不利。"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，要营造有利于干部成长的环境，推动我镇与邻县合作。"
        ),
    ],
)
def yu_written_yu3(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    at = text.find("与", 2)
    candidates = False
    while at >= 0:
        if takes_yu(text[at - 2 : at]):
            candidates = True
            break
        at = text.find("与", at + 1)
    if not candidates:
        return
    for _, tokens in tagged_clauses(text, max(0, at - 60), len(text), "与"):
        for k, (word, _t, pos) in enumerate(tokens):
            if word != "与" or k == 0:
                continue
            before = tokens[k - 1][0]
            if len(before) < 2 or not takes_yu(before) or _with_reading(tokens, k):
                continue
            yield rule.finding(text, pos, pos + 1, ("于",), context=before + "于")
