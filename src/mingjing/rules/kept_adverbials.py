"""Two versions of one adverbial left side by side after an edit (T164): 截至目前截至11月底, 按照要求按照规定,
通过学习通过实践.

Rewording the object of a preposition (截至目前 → 截至11月底) without deleting the old one leaves the
preposition twice, its first object between the two: P X P Y with no mark in X. Chinese never repeats a
preposition of two characters that way inside one clause (a parallel series has a mark or a joining
word between its members: 按照要求、按照规定; 通过学习和通过实践), so the first P X is read as the old
version. The prepositions are those of jieba's dictionary (tag p, two characters, frequency 100 or
more, less a few that are other words in use: 对了, 缘由, 随从, 顺从, 关照, 依从, 随之) and the four words
that bound a date (截至, 截止, 直至, 直到); both copies must be whole words of rjieba's segmentation (按照
片 is no 按照). X is one to six characters. The suggestion keeps the second version (the newer wording).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# jieba's dictionary, tag p, two characters, frequency >= 100 (tests/test_kept_adverbials.py checks it)
PREPOSITIONS = frozenset(
    "为了 为着 乘着 依据 依照 借着 关于 冲着 凭借 凭着 向着 基于 对于 对照 当着 按照 按着 朝着 本着 根据 每当 "
    "比照 沿着 经由 经过 自从 自打 至于 趁着 通过 鉴于 针对 除了 随同 随着 靠着 顺着".split()
)
NOT_PREPOSITIONS = frozenset("对了 缘由 随从 顺从 关照 依从 随之".split())  # tagged p, used otherwise
DATE_BOUNDS = frozenset("截至 截止 直至 直到".split())
MAX_BETWEEN = 6
_JOINERS = re.compile("[和与及或并而又也]")


@lru_cache(maxsize=1)
def _twice() -> re.Pattern[str]:
    heads = "|".join(sorted(PREPOSITIONS | DATE_BOUNDS))
    return re.compile(f"({heads})([^\\s，。；！？、：,.;:!?“”‘’（）()《》—…]{{1,{MAX_BETWEEN}}}?)\\1")


def kept_adverbials(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, head) of every P X P: text[start:end] is P X P, the suggestion keeps the last P."""
    import rjieba

    for m in _twice().finditer(text):
        head = m.group(1)
        if _JOINERS.search(m.group(2)):
            continue  # 通过学习和通过实践: a series joined by a conjunction
        start, second = m.start(), m.end() - len(head)
        window = text[start : m.end() + 3]
        cut = rjieba.cut(window)
        if not cut or cut[0] != head:
            continue
        at, whole = 0, False
        for w in cut:
            if at == second - start:
                whole = w == head
                break
            at += len(w)
        if whole:
            yield start, m.end(), head


@code_rule(
    "T164",
    "two-versions-of-an-adverbial",
    "typo",
    "warning",
    "“{match}”里“{suggestion}”写了两次，疑为修改时新旧两种说法都留下了：应只保留后一种",
    "改稿时换了介词后面的内容（截至目前 → 截至11月底、按照要求 → 按照规定），旧的没有删，就成了"
    "“截至目前截至11月底”：同一个介词在一句里紧挨着出现两次，中间没有标点或“和”。"
    "只在两次都是完整的词、中间不超过六个字时提示，建议保留后一种说法。",
    bad=[
        variant(
            "斗争精神和担当作为有所减弱。",
            "斗争精神和担当作为有所减弱，[截至年底截至]9月，还有3件事没有办结。",
        ),
        variant(
            "斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，[按照要求按照]规定应当每月通报一次。"
        ),
    ],
    good=[
        variant(
            "斗争精神和担当作为有所减弱。",
            "斗争精神和担当作为有所减弱，按照要求、按照规定办事，通过学习和通过实践提高本领，截至9月底办结3件。",
        ),
    ],
)
def two_versions_of_an_adverbial(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, head in kept_adverbials(ctx.text):
        yield rule.finding(ctx.text, start, end, (head,))
