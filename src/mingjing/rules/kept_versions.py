"""Two versions of one verb left side by side after an edit (T145): 提升提高资产效益, 改进改善作风.

Rewording a verb (提升 → 提高) without deleting the old one leaves two verbs of two characters that
share their first character, one after the other, before the object they both take. Chinese does
not stack two such verbs without a joining word (提升和提高, 提升、提高), so the pair is read as an
edit left half-done where rjieba tags both as verbs (v), the pair is no word of the dictionary, both
are common words (WORD_MIN), no mark or joining word stands between them, and a noun or verbal noun
follows (the object). The suggestion keeps the second (the newer wording).
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
_OBJECT_TAGS = ("n", "vn", "nz", "nt")
_SAME_HEAD = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]\1[\u4e00-\u9fff]")  # AB AC: worth tagging


def kept_versions(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, first verb, second verb) of every pair of verbs left side by side."""
    import rjieba

    for run in re.finditer(r"[\u4e00-\u9fff]{6,}", text):
        if not _SAME_HEAD.search(run.group()):
            continue
        tagged = rjieba.tag(run.group())
        starts = list(accumulate((len(w) for w, _ in tagged), initial=run.start()))
        for k in range(len(tagged) - 2):
            (a, ta), (b, tb), (_c, tc) = tagged[k], tagged[k + 1], tagged[k + 2]
            if not (_CJK2.fullmatch(a) and _CJK2.fullmatch(b)) or a == b or a[0] != b[0]:
                continue
            if ta != "v" or tb != "v" or not tc.startswith(_OBJECT_TAGS):
                continue
            if dictionary_freq(a + b) or min(dictionary_freq(a), dictionary_freq(b)) < WORD_MIN:
                continue
            yield starts[k], a, b


@code_rule(
    "T145",
    "two-versions-of-a-verb",
    "typo",
    "warning",
    "“{match}”两个意思相近的动词连用，疑为修改时新旧两种说法都留下了：应为“{suggestion}”",
    "改稿时把一个动词换成另一个（提升换成提高），旧的没有删，就成了两个同字打头的动词挨在一起"
    "（提升提高效益、改进改善作风）。汉语里两个这样的动词并列要加“和”或顿号。"
    "只在两个词都是常用动词、中间没有标点或连词、后面跟着它们共同的宾语时提示。",
    bad=[
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，需要[改进改善]工作作风。"),
    ],
    good=[
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，需要改进和改善工作作风。"),
    ],
)
def two_versions_of_a_verb(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at, first, second in kept_versions(ctx.text):
        yield rule.finding(ctx.text, at, at + len(first) + len(second), (second,))
