"""A standard formulation with one of its words written as another word that keeps its first
character (F150): 党风廉洁建设 for 党风廉政建设, 纪律处罚条例 for 纪律处分条例, 民主集体制 for 民主集中制,
中央八条规定精神 for 中央八项规定精神; or a formulation the segmenter reads as one word with a character
changed that is then left alone (一岗两责 for 一岗双责).

F129 (formulation_slip.py) leaves a changed character alone when it sits in a word of the written run
(中国共产党党史 is 党史 where 中国共产党简史 has 简史: two real words, two titles). What tells a slip from a
second title is which character of the word changed: a word keeping its first character and changing
a later one (廉政 → 廉洁, 处分 → 处罚, 集中制 → 集体制) is a near-synonym written from memory, while one
keeping its second (简史 → 党史) names another thing. The run must be no word or known phrase, no piece
of another formulation, and not a word put before another wording (党委 + 领导班子: a body's own name,
not 党政领导班子 misspelt); a four-character formulation slips only by a lone character (党委班子 is a
body's name, not 党政班子 misspelt).

Formulations: data/collocations.yaml's `formulations` and `wordings`, four characters or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import ngrams_in
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_MIN_LENGTH = 4
_SHORT = 5  # formulations this short are also found from two characters at an end
_MIN_WORD_SLIP = (
    5  # 党委班子 for 党政班子 is a body's name: a four-character one slips only by a lone character
)
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
        if len(f) <= _SHORT:  # 一岗双责: its inner places keep only two characters at either end
            ends.setdefault(f[:2], []).append((0, f))
            ends.setdefault(f[-2:], []).append((2 - len(f), f))
    by_two: dict[str, list[str]] = {}
    for key in ends:
        by_two.setdefault(key[:2], []).append(key)  # (a two-character key is its own)
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


def _words_of(run: str) -> list[tuple[int, str]]:
    import rjieba

    out: list[tuple[int, str]] = []
    at = 0
    for word in rjieba.cut(run, False):
        out.append((at, word))
        at += len(word)
    return out


def _slipped_word(run: str, f: str) -> bool:
    """Whether `run` is `f` with an inner character of one of its words changed so that the run's
    segmentation holds another word there that keeps the first character (廉洁 for 廉政, 集体制 for
    集中制), and the run after that word is no word or wording of three characters or more (党委 +
    领导班子), in a formulation of five characters or more; or, in a formulation the segmenter reads as
    one word (一岗双责), the changed character is left alone (一 / 岗 / 两 / 责)."""
    import rjieba

    from mingjing.rules.formulation_insert import wordings
    from mingjing.rules.near_twin import known_phrases

    j = next(k for k in range(len(f)) if run[k] != f[k])
    if j in (0, len(f) - 1) or not _CJK.match(run[j]):
        return False
    at, word = _token_at(run, j)
    if len(word) == 1:
        return len(_words_of(f)) == 1 and all(len(w) == 1 for _, w in _words_of(run))
    if len(f) < _MIN_WORD_SLIP or at == j or not rjieba.has_word(f[at : at + len(word)]):
        return False
    rest = run[at + len(word) :]  # 党委 + 领导班子: a word put before a wording of its own
    return len(rest) < 3 or not (rest in wordings() or rest in known_phrases() or rjieba.has_word(rest))


def slipped_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, formulation) of every formulation written with a word slipped, left to right."""
    ends, _by_two, twos = _by_ends()
    found: list[tuple[int, int, str]] = []
    for at, two in zip(*ngrams_in(text, 2, twos)):  # every place of every pair, as str.find gives them
        for offset, f in ends.get(text[at : at + 3], ()) + ends.get(two, ()):
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
    after = 0
    for start, end, f in sorted(
        set(found), key=lambda h: (h[0], h[1], _count_distance(text[h[0] : h[1]], h[2]))
    ):
        if start >= after:
            yield start, end, f
            after = end


_NUMERAL_VALUES = {c: v for v, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def _count_distance(run: str, f: str) -> tuple[int, str]:
    """How far the run's count is from the formulation's where the one changed character is a numeral
    (十三个坚持 is nearer 十四个坚持 than 十一个坚持), then the formulation: the order of two fits."""
    for a, b in zip(run, f, strict=False):
        if a != b:
            if a in _NUMERAL_VALUES and b in _NUMERAL_VALUES:
                return abs(_NUMERAL_VALUES[a] - _NUMERAL_VALUES[b]), f
            break
    return 0, f


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
    "固定提法（文件名称、党风廉政建设、民主集中制这类固定说法）里一个词保留第一个字、换了后面的字，"
    "成了意思相近的另一个词（廉政→廉洁、处分→处罚、集中制→集体制、八项→八条），多是凭印象写提法；"
    "四个字的提法只在换掉的字落单时提示（一岗两责）。第一个字换掉的（简史→党史）是另一个东西，不提示；"
    "在另一个固定说法前面加了单位名称的（党委领导班子、党委班子）也不提示。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我对[党风廉洁建设]重视不够，认真学习《习近平著作选读》"),
        variant("我认真学习《习近平著作选读》", "我学习[纪律处罚条例]不深，认真学习《习近平著作选读》"),
        variant(
            "我认真学习《习近平著作选读》",
            "我执行[民主集体制]不严，落实[一岗两责]不够，认真学习《习近平著作选读》",
        ),
    ],
    good=[
        variant(
            "我认真学习《习近平著作选读》",
            "我对党风廉政建设重视不够，党委领导班子和党委班子认真学习《习近平著作选读》和中国共产党党史，"
            "执行民主集中制，落实一岗双责",
        ),
        variant(  # two formulations of one shape: 习近平法治思想's 十一个坚持 beside the 十四个坚持
            "我认真学习《习近平著作选读》",
            "我对习近平法治思想“十一个坚持”理解不深，认真学习《习近平著作选读》",
        ),
    ],
)
def formulation_word_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, f in slipped_words(ctx.text):
        yield rule.finding(ctx.text, start, end, (f,))
