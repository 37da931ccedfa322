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
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_MIN_LENGTH = 5  # of five characters, a change of the third is not looked for (no intact end of three)
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _by_ends() -> tuple[dict[str, tuple[tuple[int, str], ...]], dict[str, tuple[str, ...]], frozenset[str]]:
    """(offset of the run's start from the key, formulation) by the formulations' first three and last
    three characters (a changed character from the fourth on leaves the first three intact, one up to
    the fourth from the end the last three: every inner place of a formulation of six or more), the
    keys by their first two characters, and those as a set (intersected with the document's bigrams
    in C before any key is looked for)."""
    from mingjing.rules.formulation_insert import wordings

    ends: dict[str, list[tuple[int, str]]] = {}
    for f in wordings():
        if len(f) >= _MIN_LENGTH:
            ends.setdefault(f[:3], []).append((0, f))
            ends.setdefault(f[-3:], []).append((3 - len(f), f))
    by_two: dict[str, list[str]] = {}
    for key in ends:
        by_two.setdefault(key[:2], []).append(key)
    return (
        {k: tuple(v) for k, v in ends.items()},
        {k: tuple(v) for k, v in by_two.items()},
        frozenset(by_two),
    )


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
    ends, _by_two, twos = _by_ends()
    found: list[tuple[int, int, str]] = []
    for two in twos.intersection(cjk_bigram_set(text)):
        at = text.find(two)
        while at >= 0:
            candidates = ends.get(text[at : at + 3])
            if candidates is not None:
                for offset, f in candidates:
                    start = at + offset
                    end = start + len(f)
                    if (
                        start >= 0
                        and end <= len(text)
                        and text[start] == f[0]
                        and text[end - 1] == f[-1]
                        and not text.startswith(f, start)
                    ):
                        run = text[start:end]
                        if sum(a != b for a, b in zip(run, f)) == 1 and _reported(run, f):
                            found.append((start, end, f))
            at = text.find(two, at + 1)
    after = 0
    for start, end, f in sorted(set(found)):
        if start >= after:
            yield start, end, f
            after = end


def _reported(run: str, f: str) -> bool:
    """Whether `run`, one character off `f`, is no word, known phrase or piece of a formulation, and
    has one of f's words slipped."""
    import rjieba

    from mingjing.rules.formulation_insert import wordings
    from mingjing.rules.near_twin import known_phrases

    if rjieba.has_word(run) or run in known_phrases() or any(run in g for g in wordings()):
        return False
    return _slipped_word(run, f)


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
