"""Two versions of one verb left side by side after an edit (T145): 提升提高资产效益, 改进改善作风.

Rewording a verb (提升 → 提高, 强化 → 加强, 整合 → 合并) without deleting the old one leaves two verbs of two
characters that share a character (the first of both, or the first of one and the second of the
other), one after the other, before the object they both take or at the end of the clause. Chinese
does not stack two such verbs without a joining word (提升和提高, 提升、提高), so the pair is read as an edit
left half-done where rjieba tags both as verbs (v), the pair is no word of the dictionary, both are
common words (WORD_MIN), no mark or joining word stands between them, no 的 stands before them
(恶劣的行为进行查处: a noun), and the object follows (a noun or verbal noun; after two verbs of one head, any
word but a particle, preposition, conjunction, adverb, pronoun or place word: 提升提高矛盾化解水平, while
没有有意避实就虚 is a crossed pair before an idiom) or, for a crossed pair (整合合并, not 提前提醒: an adverb before its verb), a mark closes the clause. Two verbs ending alike (投入纳入, 做到收到)
share a complement, not a meaning, and stay silent. The suggestion keeps the second (the newer
wording), the first offered beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import accumulate
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 1000
_CJK2 = re.compile(r"[\u4e00-\u9fff]{2}")
_OBJECT_TAGS = ("n", "vn", "nz", "nt", "an")
_NO_OBJECT = "upcdxyrf"  # particle, preposition, conjunction, adverb, mark, modal, pronoun, place
_CLAUSE_END = re.compile(r"[，。；！？]")
# AB then a word sharing a character with it (AC, CA, BC, CB): worth tagging
_SHARED = re.compile(r"(\w)(\w)(?:\1|\2|\w\1)")


# verbs that take another verb as their object (争取取得成绩, 力争争创一流, 继续续签合同): the second
# verb is their object, no second version (r23)
_VERB_OBJECT_VERBS = frozenset(
    "争取 力争 设法 尽力 努力 继续 坚持 计划 准备 开始 希望 打算 决定 申请 着力 致力 注意 学会 同意 要求 负责 "
    "协助 帮助 督促 组织 积极".split()
)

# verbs of timing or manner jieba tags v that stand before another verb as its adverb (提前提醒, 提早提交,
# 主动主持, 集中集训, 统一统计): no second version of it (r27)
_ADVERBIAL_VERBS = frozenset(
    "提前 提早 主动 集中 统一 共同 反复 定期 及时 按时 随时 重新 优先 重点 轮流 分批".split()
)


def _shared(a: str, b: str) -> bool:
    """Whether two words share a character as rewordings do: the first (提升提高), or one's first the
    other's second (强化加强, 整合合并). Two words ending alike are verbs with one complement
    (投入纳入, 做到收到), not two versions."""
    return a[0] == b[0] or a[0] == b[1] or a[1] == b[0]


def kept_versions(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, first verb, second verb) of every pair of verbs left side by side."""
    import rjieba

    for run in re.finditer(r"[\u4e00-\u9fff]{5,}", text):
        if not _SHARED.search(run.group()):
            continue
        tagged = rjieba.tag(run.group())
        starts = list(accumulate((len(w) for w, _ in tagged), initial=run.start()))
        for k in range(len(tagged) - 1):
            (a, ta), (b, tb) = tagged[k], tagged[k + 1]
            tc = tagged[k + 2][1] if k + 2 < len(tagged) else ""
            if not (_CJK2.fullmatch(a) and _CJK2.fullmatch(b)) or a == b or not _shared(a, b):
                continue
            if ta != "v" or tb != "v" or (k and tagged[k - 1][0] == "的"):
                continue  # after 的 the first is a noun (恶劣的行为进行查处)
            if a in _VERB_OBJECT_VERBS:
                continue  # 争取取得证书: the second verb is the first's object (r23)
            if a in _ADVERBIAL_VERBS:
                continue  # 提前提醒家属: a verb of timing or manner that stands as the adverb of the next (r27)
            at_end = not tc and a[0] != b[0] and _CLAUSE_END.match(text, starts[k + 2])
            if not (
                tc.startswith(_OBJECT_TAGS) or at_end or (a[0] == b[0] and tc and tc[0] not in _NO_OBJECT)
            ):
                continue  # at a clause's end only a crossed pair (整合合并): 提前提醒 is adverb + verb
            if dictionary_freq(a + b) or min(dictionary_freq(a), dictionary_freq(b)) < WORD_MIN:
                continue
            yield starts[k], a, b


@code_rule(
    "T145",
    "two-versions-of-a-verb",
    "typo",
    "warning",
    "“{match}”两个意思相近的动词连用，疑为修改时新旧两种说法都留下了：应为“{suggestion}”",
    "改稿时把一个动词换成另一个（提升换成提高、强化换成加强），旧的没有删，就成了两个共用一个字的动词"
    "挨在一起（提升提高效益、强化加强管理、整合合并）。汉语里两个这样的动词并列要加“和”或顿号。"
    "只在两个词都是常用动词、中间没有标点或连词、后面跟着它们共同的宾语或句末标点时提示。",
    bad=[
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，需要[改进改善]工作作风。"),
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，需要[强化加强]作风建设。"),
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，对重复台账进行[整合合并]。"),
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，没有[改进改善]矛盾调处方式。"),
    ],
    good=[
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，需要改进和改善工作作风。"),
        variant(
            "斗争精神和担当作为有所减弱。",
            "斗争精神和担当作为有所减弱，把安全投入纳入预算，做到收到文件就办，对恶劣的行为进行查处，"
            "到期案件提前提醒。",
        ),
        # 提前 as the adverb of 提醒, before the object (r27)
        variant(
            "斗争精神和担当作为有所减弱。",
            "斗争精神和担当作为有所减弱，凡涉及分管业务的案件提前提醒家属回避。",
        ),
    ],
)
def two_versions_of_a_verb(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at, first, second in kept_versions(ctx.text):
        # either version may be the one meant (提升提高 → 提高 or 提升): both offered, the newer first (round r15)
        yield rule.finding(ctx.text, at, at + len(first) + len(second), (second, first))
