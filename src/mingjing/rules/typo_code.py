"""Typos that need the whole document: a term written with two characters swapped once while the
document uses it correctly elsewhere. Set phrases and 的/地/得 are data (packs/typo_*.yaml)."""

from __future__ import annotations

import re
from collections import Counter

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

_CJK = re.compile(r"[\u4e00-\u9fff]+")
_FUNCTION = set("的地得了是和与及也都就把被着过")
MIN_USES = {4: 1, 3: 2}  # how often the correct term must occur elsewhere


def _ngrams(text: str, n: int) -> Counter:
    counts: Counter = Counter()
    for run in _CJK.findall(text):
        counts.update(run[i:i + n] for i in range(len(run) - n + 1))
    return counts


@code_rule("T201", "transposed-term", "typo", "warning",
           "“{match}”疑为“{suggestion}”的字序颠倒：文中其他地方都写作“{suggestion}”",
           "同一术语前后写法不一，多是录入时字序颠倒。",
           bad=[variant("斗争精神和担当作为有所减弱", "斗争精神和[当担作为]有所减弱")], good=[GOOD])
def transposed_term(ctx, rule):
    text = ctx.text
    flagged: set[int] = set()
    for n in (4, 3):
        counts = _ngrams(text, n)
        for gram, uses in counts.items():
            if uses < MIN_USES[n] or _FUNCTION & set(gram):
                continue
            for i in range(n - 1):
                if gram[i] == gram[i + 1]:
                    continue
                swapped = gram[:i] + gram[i + 1] + gram[i] + gram[i + 2:]
                if counts.get(swapped) != 1:
                    continue
                at = text.find(swapped)
                if at in flagged or at - 1 in flagged or at + 1 in flagged:
                    continue
                flagged.add(at)
                yield rule.finding(text, at, at + n, (gram,))
