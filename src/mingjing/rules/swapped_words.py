"""Two words of a fixed four-character term written in the wrong order (T403): 形态意识 → 意识形态,
意识宗旨 → 宗旨意识. The term is one of pypinyin's 成语 and fixed phrases of four characters or a
term of the genre whose words never swap (data/collocations.yaml, `fixed_order`); of pypinyin's
phrases only those jieba's dictionary tags as 成语 or set phrases (compound nouns such as 社会主义 and
知识经济 are read both ways: 共产主义社会, 经济知识 gave false alarms on unseen public pages); the run as
written must be two two-character words of the sentence (rjieba), and neither a known phrase nor a
common word, nor a doubled word put before its noun (重重困难 is as right as 困难重重), nor a set
phrase whose swap reads as a verb and its object (组织群众 is no slip of 群众组织). Pairs that
good materials write both ways (原文原著 / 原著原文) are not in the list: measured,
the genre's other collocations gave that false alarm; pypinyin's phrases and this list gave none on
the clean fixtures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stored import stored

_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
_COUNTED = re.compile(r"[一二两三四五六七八九十几每半这那][个件次项名条位份批种类点句笔]")  # 一件小事


@stored
def fixed_terms() -> frozenset[str]:
    import rjieba
    from pypinyin.constants import PHRASES_DICT

    from mingjing.rules.near_twin import _collocation_data

    # pypinyin's four-character phrases that jieba's dictionary tags as 成语 or set phrases (i, l): a
    # compound noun (社会主义, 知识经济) is read both ways in ordinary text (主义社会 after 共产, 经济知识)
    idioms = {
        p
        for p in PHRASES_DICT
        if len(p) == 4 and _RUN.fullmatch(p) and dict(rjieba.tag(p)).get(p) in IDIOM_TAGS
    }
    return frozenset(idioms | {p for p in _collocation_data().get("fixed_order", []) if len(p) == 4})


IDIOM_TAGS = ("i", "l")
# a half that is a pronoun, numeral, measure word, preposition, conjunction, adverb or particle makes
# ordinary syntax, not a term's word (自己不能 is no 不能自己)
FUNCTION_TAGS = ("r", "m", "q", "mq", "p", "c", "d", "u", "uj")


def _function_half(written: str) -> bool:
    import rjieba

    return any(dict(rjieba.tag(h)).get(h, "") in FUNCTION_TAGS for h in (written[:2], written[2:]))


def _verb_and_object(written: str, term: str) -> bool:
    """Whether a set phrase (jieba's tag l, not an idiom) written the other way round reads as a verb
    and its object: 群众组织 (a noun) written 组织群众 is the verb 组织 with its object 群众, ordinary
    syntax (组织群众转移), as are 歧视种族 and 注射皮下."""
    import rjieba

    tag = dict(rjieba.tag(term)).get(term)
    first, second = (dict(rjieba.tag(h)).get(h, "") for h in (written[:2], written[2:]))
    return tag == "l" and first == "v" and second == "n"


@lru_cache(maxsize=1)
def _swapped_terms() -> frozenset[str]:
    return frozenset(t[2:] + t[:2] for t in fixed_terms())


def _common_word(written: str, term: str) -> bool:
    """A word of jieba's dictionary with at least 1/50 of the term's frequency (its dictionary also
    carries noise such as 形态意识, 3 against 意识形态's 497)."""
    import rjieba

    if not rjieba.has_word(written):
        return False
    return rjieba.suggest_freq(written) - 1 >= max(5, (rjieba.suggest_freq(term) - 1) / 50)


def swapped_words(text: str, grams: list[str] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) of two words of a fixed term written in the wrong order (`grams`: the
    text's 4-grams of Chinese characters, when the review has them)."""
    import rjieba

    from mingjing.rules.near_twin import _overlaps_known, known_phrases

    terms = fixed_terms()
    swapped = _swapped_terms()
    if swapped.isdisjoint(cjk_ngrams(text, 4) if grams is None else grams):
        return  # no swapped term anywhere (one scan of the text's 4-grams)
    known = known_phrases()
    for run in _RUN.finditer(text):
        s = run.group()
        if not any(s[i : i + 4] in swapped for i in range(len(s) - 3)):
            continue  # no swapped term anywhere in the run: no need to segment it
        tokens = rjieba.cut(s)
        at = 0
        for k, a in enumerate(tokens):
            b = tokens[k + 1] if k + 1 < len(tokens) else ""
            # two two-character words, or one four-character run the segmenter did not know
            written = a + b if len(a) == 2 and len(b) == 2 else a if len(a) == 4 else ""
            if written and not _COUNTED.fullmatch(written[:2]):  # a counted noun, not a swapped term
                term = written[2:] + written[:2]
                if (
                    term in terms
                    and written not in known
                    and not _common_word(written, term)
                    and not _overlaps_known(s, at, at + 4, known)
                    and not _function_half(written)
                    and not _verb_and_object(written, term)
                    and written[0] != written[1]
                ):  # 担当作为有所减弱: 作为有所 is no slip; 重重困难: a doubled word before its noun
                    yield run.start() + at, run.start() + at + 4, term
            at += len(a)


@code_rule(
    "T403",
    "swapped-words",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：两个词的次序颠倒了（“{suggestion}”是固定说法）",
    "成语和本类材料的固定术语（意识形态、党风廉政、求真务实……）词序固定，两个词写颠倒了多是录入时的疏忽。",
    bad=[
        variant("对原文原著学习没有常抓不懈", "对[形态意识]领域的风险认识不足"),
        variant("对原文原著学习没有常抓不懈", "进一步增强[意识宗旨]"),
    ],
    good=[
        GOOD,
        variant("对原文原著学习没有常抓不懈", "对意识形态领域的风险认识不足，对原著原文学习不够"),
        variant("对原文原著学习没有常抓不懈", "把群众的一件小事当作大事来办"),
        variant("对原文原著学习没有常抓不懈", "面对重重困难没有常抓不懈"),
        variant(
            "对原文原著学习没有常抓不懈", "致使自己不能全面了解情况，经济知识学得不多，共产主义社会理想不动摇"
        ),
    ],
)
def swapped_words_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, term in swapped_words(ctx.text, ctx.ngrams(4)):
        yield rule.finding(ctx.text, start, end, (term,))
