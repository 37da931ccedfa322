"""Two versions of one wording kept by an edit (round r13, docs/review-copy-traces.md).

- **Two verbs of one meaning joined** (R139): `加强和强化`, `提升和提高`, `核查和核实` — the writer put the
  new verb after the old one with 和 instead of replacing it. The pair is read as two versions where rjieba
  tags both as verbs (v, vn) in their clause, both are words of the dictionary (WORD_MIN), the pair
  shares a character as rewordings do (the first of both, or crossed: 强化 after 加强) and the two do not
  only end alike (自查和互查, 通读和精读 are two kinds of one act, no rewording), nor two phrases of an object
  and its verbal noun (测站建设和设备采购: a noun before the first, a verbal noun after the second).
- **An example marker or opener begun twice in one sentence** (R140): `比如今年5月，比如在…` — the first
  version stops after its time phrase and the sentence opens again with the same marker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

WORD_MIN = 100
_VERB_TAGS = ("v", "vn")
# two characters, a joining word, and a word sharing a character with them (AB和AC, AB和BC, AB和CA)
_JOINED = re.compile(r"([\u4e00-\u9fff])([\u4e00-\u9fff])(?:和|与|并|及)(?=\1|\2|[\u4e00-\u9fff]\1)")
_CLAUSE_MARK = "，。；：！？、\n（）“”"


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in _CLAUSE_MARK) + 1
    ends = [k for k in (text.find(c, end) for c in _CLAUSE_MARK) if k >= 0]
    return lo, min(ends, default=len(text))


def _two_noun_phrases(tagged: list[tuple[str, str]], lo: int, start: int, end: int) -> bool:
    """Whether the pair at start:end joins two phrases of an object and its verbal noun (测站建设和设备采购,
    校舍建设和设备维护): a noun right before the first word and a word of the phrase right after the second,
    so the second word is the next phrase's object, no second version of the first (r19). After a pair of
    versions the clause ends or its predicate follows (能力提升和提高不够, 核查和核实不及时)."""
    ends = list(accumulate((len(w) for w, _ in tagged), initial=lo))
    before = [t for (_, t), e in zip(tagged, ends[1:]) if e == start]
    after = [(w, t) for (w, t), s in zip(tagged, ends) if s == end]
    return bool(
        before
        and after
        and before[0][:1] == "n"
        and after[0][1] != "x"
        and after[0][0][:1] not in _NEGATIONS
        and after[0][0] not in _ADVERBS
    )


# what opens a predicate after a subject (不够, 没有, 还不, 有所, 较慢, 仍然): the pair before it is the subject,
# read as versions
_NEGATIONS = frozenset("不没未无")
# verbs that grant a treatment (给予表扬和表彰, 予以批评和处理): the pair after them lists its kinds
_GRANT = frozenset({"给予", "予以"})
_ADVERBS = frozenset("有所 还 仍 仍然 依然 尚 已 已经 都 也 很 较 比较 偏 太 过 更 更加 有待".split())


def joined_versions(text: str) -> Iterator[tuple[int, str, str, str]]:
    """(offset, first verb, joining word, second verb) of every pair of one meaning joined by 和."""
    import rjieba

    for m in _JOINED.finditer(text):
        a, join, b = m.group(1) + m.group(2), text[m.start() + 2], text[m.end() : m.end() + 2]
        if a == b or len(b) < 2 or a[1] == b[1]:
            continue
        if text[max(0, m.start() - 2) : m.start()] in _GRANT:
            continue  # 给予表扬和表彰: kinds of treatment granted, listed as a rule lists them (r28, real pages)
        lo, hi = _clause(text, m.start(), m.end() + 2)
        tagged = rjieba.tag(text[lo:hi])
        at = {s: (w, t) for s, (w, t) in zip(accumulate((len(w) for w, _ in tagged), initial=lo), tagged)}
        first, conj, second = at.get(m.start()), at.get(m.start() + 2), at.get(m.start() + 3)
        if first is None or conj is None or second is None or first[0] != a or second[0] != b:
            continue  # not whole words (经济和济南 …)
        if first[1] not in _VERB_TAGS or second[1] not in _VERB_TAGS:
            continue
        if _two_noun_phrases(tagged, lo, m.start(), m.start() + 5):
            continue
        if dictionary_freq(a + b) or min(dictionary_freq(a), dictionary_freq(b)) < WORD_MIN:
            continue
        yield m.start(), a, join, b


@code_rule(
    "R139",
    "two-versions-joined",
    "residue",
    "warning",
    "“{match}”两个意思相同的动词用“和”连在一起，疑为改稿时新旧两种说法都留下了：应为“{suggestion}”",
    "改稿时把一个动词换成意思相同的另一个（强化换成加强、提升换成提高），旧的没有删，反而用“和”连了起来"
    "（加强和强化、提升和提高）。两个词共用一个字、都是动词才提示；只是结尾相同的两个词（自查和互查）"
    "是两种做法，不提示。",
    bad=[
        variant("建立行业舆情日报制度，", "[加强和强化]行业舆情日报制度，"),
        variant("一是对行业舆情不敏感。", "一是对行业舆情不敏感，应对能力[提升和提高]不够。"),
    ],
    good=[
        variant("建立行业舆情日报制度，", "加强和改进行业舆情日报制度，"),
        variant("一是对行业舆情不敏感。", "一是对行业舆情不敏感，开展自查和互查不够，通读和精读原著不够。"),
        variant("建立行业舆情日报制度，", "完善测站建设和设备采购项目全过程监管，"),  # two phrases (r19)
        variant("建立行业舆情日报制度，", "对评出的优秀党员给予表扬和表彰，"),  # kinds granted (r28)
    ],
)
def two_versions_joined(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at, first, join, second in joined_versions(ctx.text):
        yield rule.finding(ctx.text, at, at + len(first) + len(join) + len(second), (second,))


_MARKERS = "比如|例如|譬如|特别是|尤其是|又如|再如"
# a marker, a short time phrase (今年5月, 去年春播时), a comma and the same marker again
_BEGUN_TWICE = Prefiltered(
    re.compile(
        rf"(?P<marker>{_MARKERS})(?P<first>[^，。；：！？\n]{{1,10}}?(?:年|月|日|时|期间|以来|前后|之际|初|底|末))"
        r"[，,]\s*(?P=marker)"
    )
)


@code_rule(
    "R140",
    "opener-begun-twice",
    "residue",
    "warning",
    "“{match}”同一个句子用“{marker}”开了两次头，疑为改稿时旧的开头没有删干净",
    "改稿时重写了举例的开头，旧的开头只写到时间就停了（比如今年5月，比如在……），两个开头都留在句子里。"
    "“比如”后面只有一个时间、接着又是“比如”，才提示。",
    bad=[
        variant("一是学得不够深。比如，2023年我只精读", "一是学得不够深。[比如2023年，比如]我只精读"),
    ],
    good=[
        variant("一是学得不够深。比如，2023年我只精读", "一是学得不够深。比如2023年我只精读"),
        variant(
            "一是学得不够深。比如，2023年我只精读",
            "一是学得不够深。比如学习计划执行不严，比如研讨发言质量不高。2023年我只精读",
        ),
    ],
)
def opener_begun_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _BEGUN_TWICE.finditer(text, ctx.outline.title_end):
        yield rule.finding(
            text, m.start(), m.end(), (m.group("marker") + m.group("first"),), marker=m.group("marker")
        )
