"""必需 written for 必须 before a verb phrase that T107's list does not hold (T329): 必需一查到底, 必需一追到底,
必需第一时间报告.

T107 (rules/packs/typo_set_phrases.yaml) reads 必需 before the verbs and adverbs it lists (加强, 坚持, 严格 …). The
slip is one of the word class, not of the verb: 必需 (needed) stands before a noun (必需品, 必需物资, 必需的经费) or
closes its phrase (是必需的), and 必须 (must) before any verb phrase. Here the first word after 必需 in the
segmentation of the clause says which: a verb, an adverb, a preposition, a conjunction, a numeral (第一时间, 一追到底)
or a set phrase (一查到底) opens a verb phrase; a noun, 的, 之 or a mark does not. Nouns jieba tags as verbs that
name what is needed (开支, 经费, 设备, 投入) are read as nouns. T107's own places are left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_BIXU = re.compile(r"必需(?=[\u4e00-\u9fff])")
# the first word's tag in the clause that opens a verb phrase
_VERBAL_TAGS = frozenset({"v", "vd", "d", "p", "c", "l", "i", "m", "a", "ad"})
# what is needed, tagged as a verb by jieba (必需开支, 必需经费, 必需设备, 必需投入): a noun after 必需
_NEEDED = frozenset({"开支", "经费", "设备", "投入", "储备", "支出", "供应", "营养", "保障", "配套", "补给"})


def bixu_slips(text: str) -> Iterator[int]:
    """The start of every 必需 that opens a verb phrase."""
    from mingjing.rules.postag import tag

    for m in _BIXU.finditer(text):
        end = m.end()
        words = tag(text[end : end + 8])
        if not words:
            continue
        word, t = words[0]
        if word in _NEEDED or word[0] in "品之的" or t not in _VERBAL_TAGS:
            continue
        yield m.start()


@code_rule(
    "T329",
    "bixu-before-a-verb-phrase",
    "typo",
    "warning",
    "“{match}”用错了：表示一定要做某事用“必须”（必需是不可缺少的，如“必需品”）",
    "必须是副词，修饰后面的动作（必须一查到底、必须第一时间报告）；必需是“不可缺少”，后面跟名词（必需品、必需的经费）"
    "或单独作谓语（是必需的）。“必需”后面第一个词是动词、副词、介词、数词或成语（按词典分词）时提示；"
    "后面是名词、“的”或标点时不提示。T107 列出的常见动词由 T107 报告。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，发现的问题[必需]一查到底。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，苗头性问题[必需]第一时间报告。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，困难家庭的生活必需品要保障到位，必需的药品提前储备，必需经费已列入预算，这是必需的。",
        ),
    ],
)
def bixu_before_a_verb_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    from mingjing.rules.registry import review_rules

    listed = {h.start for r in review_rules() if r.code == "T107" for h in ctx.data_hits(r)}
    for start in bixu_slips(ctx.text):
        if start not in listed:
            yield rule.finding(ctx.text, start, start + 2, ("必须",))
