"""A standard formulation with one of its two-character words written as another word that shares
its first character (F150): 党风廉洁建设 for 党风廉政建设, 纪律处罚条例 for 纪律处分条例, 廉政自律准则 for
廉洁自律准则, 中央八条规定精神 for 中央八项规定精神.

F129 (formulation_slip.py) leaves a changed character alone when it sits in a word of the written run
(中国共产党党史 is 党史 where 中国共产党简史 has 简史: two real words, two titles). What tells a slip from a
second title is which character of the word changed: a word keeping its first character and changing
its second (廉政 → 廉洁, 处分 → 处罚, 八项 → 八条) is a near-synonym written from memory, while one
keeping its second (简史 → 党史) names another thing. The run must be no word or known phrase, no piece
of another formulation, and not a word put before another formulation (党委 + 领导班子: a body's own
name, not 党政领导班子 misspelt).

Formulations: data/collocations.yaml's `formulations` and `wordings`, five characters or more.
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

_MIN_LENGTH = 5
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _by_ends() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """The formulations by their first two and by their last two characters, and one pattern finding
    where any of those keys begins (a changed inner character leaves one of them intact)."""
    from mingjing.rules.formulation_insert import wordings

    ends: dict[str, list[str]] = {}
    for f in wordings():
        if len(f) >= _MIN_LENGTH:
            ends.setdefault(f[:2], []).append(f)
            ends.setdefault(f[-2:], []).append(f)
    keys = sorted(ends, key=len, reverse=True)
    return {k: tuple(v) for k, v in ends.items()}, re.compile("(?=(" + "|".join(map(re.escape, keys)) + "))")


def _token_at(run: str, j: int) -> tuple[int, str]:
    import rjieba

    at = 0
    for word in rjieba.cut(run, False):
        if at <= j < at + len(word):
            return at, word
        at += len(word)
    return at, ""


def _slipped_word(run: str, f: str) -> bool:
    """Whether `run` is `f` with the second character of one of its two-character words changed, so
    that the run's segmentation holds the new word there (廉洁 for 廉政), and the rest of the run on
    after that word is no word or wording of three characters or more (党委 + 领导班子)."""
    import rjieba

    from mingjing.rules.formulation_insert import wordings

    diff = [k for k in range(len(f)) if run[k] != f[k]]
    if len(diff) != 1 or diff[0] in (0, len(f) - 1) or not _CJK.match(run[diff[0]]):
        return False
    j = diff[0]
    at, word = _token_at(run, j)
    if at != j - 1 or len(word) != 2 or not rjieba.has_word(f[j - 1 : j + 1]):
        return False
    from mingjing.rules.near_twin import known_phrases

    rest = run[j + 1 :]  # 党委 + 领导班子: a word put before a wording of its own
    return len(rest) < 3 or not (rest in wordings() or rest in known_phrases() or rjieba.has_word(rest))


def slipped_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, formulation) of every formulation written with a word slipped, left to right."""
    import rjieba

    from mingjing.rules.formulation_insert import wordings
    from mingjing.rules.near_twin import known_phrases

    ends, keys = _by_ends()
    forms = wordings()
    found: set[tuple[int, int, str]] = set()
    for m in keys.finditer(text):
        p = m.start()
        for f in ends[m.group(1)]:
            for start in {p, p + 2 - len(f)}:
                run = text[start : start + len(f)]
                if start < 0 or len(run) != len(f) or run == f or run[0] != f[0] or run[-1] != f[-1]:
                    continue
                if rjieba.has_word(run) or run in known_phrases() or any(run in g for g in forms):
                    continue
                if _slipped_word(run, f):
                    found.add((start, start + len(f), f))
    after = 0
    for start, end, f in sorted(found):
        if start >= after:
            yield start, end, f
            after = end


@code_rule(
    "F150",
    "formulation-word-slip",
    "formulation",
    "warning",
    "“{match}”疑为“{suggestion}”：固定提法中的词写成了意思相近的另一个词",
    "固定提法（文件名称、党风廉政建设这类固定说法）里一个双字词的第二个字换成了别的字，成了意思相近的另一个词"
    "（廉政→廉洁、处分→处罚、八项→八条），多是凭印象写提法。第一个字换掉的（简史→党史）是另一个东西，"
    "不提示；在另一个固定说法前面加了单位名称的（党委领导班子）也不提示。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我对[党风廉洁建设]重视不够，认真学习《习近平著作选读》"),
        variant("我认真学习《习近平著作选读》", "我学习[纪律处罚条例]不深，认真学习《习近平著作选读》"),
    ],
    good=[
        variant(
            "我认真学习《习近平著作选读》",
            "我对党风廉政建设重视不够，党委领导班子认真学习《习近平著作选读》和中国共产党党史",
        ),
    ],
)
def formulation_word_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, f in slipped_words(ctx.text):
        yield rule.finding(ctx.text, start, end, (f,))
