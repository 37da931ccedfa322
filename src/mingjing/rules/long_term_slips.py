"""Slips inside the genre's long terms (T177, round r15): a body's full name, a post, a document's
title, a campaign, a long set phrase (rules/long_terms.py) written with one character of the same or a
near reading (the pinyin input method's slip: 市场监督管里局, 卫生健康委原会, 党群服务中新), one
inner character dropped (中国共产党农村基层组织工条例), one doubled (全面从严治治党) or two neighbours
swapped (新时代明文实践中心) → the whole term.

Found from the term's first or last three characters, written exactly (one slip leaves one of them
whole): at such a place the terms sharing the longest beginning (or end) with the text are one
bisection away, and the first place they part is where the one slip must be. Near readings are the
input method's fuzzy ones, toneless: z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing (pypinyin's readings
of both characters, every reading of each).

Reported only where the written run is no word, phrase or term (jieba, pypinyin's phrases, the long
terms), is all Chinese characters, is written at most twice, the changed character is no preposition or
particle, and a changed, dropped or doubled character at an end of the run makes no word with the text
beside it (综合行政执法举报: 举 opens 举报).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.long_terms import sharing, split_after  # light: its tables load on first use
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

Slip = tuple[int, int, str, str]
# characters that stand in a clause where a term has another: their run is a sentence, not a garbled name
_CLAUSE = frozenset("的地得了着与及或是在")
# jurisdictions: one written for another is another body (乡便民服务中心 is no 县便民服务中心 misread)
_LEVELS = frozenset("省市县区州盟旗乡镇村街")
# characters a name may drop without being wrong (住房城乡建设局 for 住房和城乡建设局)
_ELIDED = frozenset("和与及的之、")
# pairs of characters both right in these names (作/做, 帐/账, 订/定 …); 制/治: the older 法制 wording of a term
# (法制宣传教育, 法制建设) is still written and is no slip of sound (F-rules read 法制/法治 by their own list)
_VARIANTS = frozenset(
    {frozenset(p) for p in ("作做", "帐账", "订定", "象像", "他它", "其期", "须需", "份分", "制治")}
)
_FUZZY = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"))
_FINALS = (("iang", "ian"), ("uang", "uan"), ("ang", "an"), ("eng", "en"), ("ing", "in"))


def _fuzzy(s: str) -> str:
    for a, b in _FUZZY:
        if s.startswith(a):
            s = b + s[len(a) :]
            break
    for a, b in _FINALS:
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


@lru_cache(maxsize=4096)
def syllables(c: str) -> frozenset[str]:
    """The character's two commonest toneless readings (pypinyin's order; its rare ones, 有 read wei,
    would make 有关 sound like 机关), made fuzzy as the input method allows (z/zh, n/l, an/ang …)."""
    from pypinyin import Style, pinyin

    return frozenset(_fuzzy(s) for s in pinyin(c, style=Style.NORMAL, heteronym=True)[0][:2] if s != c)


@lru_cache(maxsize=4096)
def term_readings(term: str) -> tuple[str, ...]:
    """The term's toneless readings as pypinyin reads it (its phrases decide a polyphone), fuzzy."""
    from pypinyin import lazy_pinyin

    return tuple(_fuzzy(s) for s in lazy_pinyin(term))


def sound_alike(written: str, term: str, k: int) -> bool:
    """Whether the written character reads like the term's k-th as the term reads it (fuzzy), and the
    two are no pair of variants nor a traditional character and its simplified one (務/务)."""
    from mingjing.traditional import t2s_table

    a, b = written, term[k]
    if a == b or frozenset((a, b)) in _VARIANTS or a in _LEVELS or b in _LEVELS:
        return False
    t2s = t2s_table()
    if t2s.get(ord(a)) == b or t2s.get(ord(b)) == a:
        return False
    readings = term_readings(term)
    return len(readings) == len(term) and readings[k] in syllables(a)


def _edit(run: str, term: str, k: int) -> tuple[int, int, str] | None:
    """(length of the written run, place of the slip in the term, kind) when `run` begins with `term`
    written with one slip at its place k (the first place they part), else None."""
    n = len(term)
    if k + 2 > len(run):
        return None  # the text ends where the term parts from it
    if (
        len(run) >= n
        and run[k + 1 : n] == term[k + 1 :]
        and run[k] not in _CLAUSE
        and sound_alike(run[k], term, k)
    ):
        return n, k, "同音或近音字"
    kept_apart = term[k] not in _ELIDED and term[k - 1] != term[k] != term[k + 1 : k + 2]
    if k <= n - 2 and run[k : n - 1] == term[k + 1 :] and kept_apart:
        return n - 1, k, "漏字"
    if k <= n - 1 and len(run) > n and run[k] == run[k - 1] and run[k + 1 : n + 1] == term[k:]:
        return n + 1, k, "多字"
    if k <= n - 2 and run[k] == term[k + 1] and run[k + 1] == term[k] and run[k + 2 : n] == term[k + 2 :]:
        return n, k, "字序颠倒"
    return None


SMALL = 16  # a group of terms this small is read term by term; a larger one through its split


def _hits(run: str, terms: tuple[str, ...]) -> list[tuple[int, str, str, int]]:
    """(length of the written run, term, kind, place of the slip in the term) of every term of the sorted
    group that one slip at k (the first place where the terms sharing the most with `run` part from it)
    makes `run` begin with."""
    k, lo, hi = sharing(terms, run)
    if k + 2 > len(run) or hi == lo:
        return []
    here, far, doubled = run[k], run[k + 1], run[k] == run[k - 1]
    if hi - lo <= SMALL:
        picked = [
            terms[i]
            for i in range(lo, hi)
            if len(terms[i]) > k
            and (len(terms[i]) == k + 1 or terms[i][k + 1] in (far, here) or (doubled and terms[i][k] == far))
        ]
    else:
        after, at, last = split_after(terms, lo, hi, k)
        chosen = {*after.get(far, ()), *after.get(here, ()), *last, *(at.get(far, ()) if doubled else ())}
        picked = [terms[i] for i in sorted(chosen)]
    out = []
    for term in picked:
        hit = _edit(run, term, k)
        if hit is not None:
            out.append((hit[0], term, hit[2], hit[1]))
    return out


def candidates(text: str) -> list[tuple[int, int, str, str, int]]:
    """(start, end, term, kind, place of the slip in the term) of every one-slip run of a long term,
    by where it starts (the same run found from both ends once)."""
    from mingjing.rules.grams import ngrams_in
    from mingjing.rules.long_terms import indexes

    heads, tails, keys, longest = indexes()
    out: dict[tuple[int, int], tuple[int, int, str, str, int]] = {}
    # the places of the keys, from the document's three-character runs (shared with T201): one look-up
    # each at C speed, not a loop over every place whose first two characters begin a key
    for p, key in zip(*ngrams_in(text, 3, keys)):
        if key in heads:
            for m, term, kind, at in _hits(text[p : p + longest[key] + 2], heads[key]):
                out.setdefault((p, p + m), (p, p + m, term, kind, at))
        if key in tails:
            end = p + 3
            run = text[max(0, end - longest["~" + key] - 2) : end][::-1]
            for m, rterm, kind, at in _hits(run, tails[key]):
                out.setdefault((end - m, end), (end - m, end, rterm[::-1], kind, len(rterm) - 1 - at))
    return sorted(out.values())


def _known(run: str) -> bool:
    import rjieba

    from mingjing.rules.long_terms import long_term_set
    from mingjing.rules.near_twin import known_phrases

    return run in long_term_set() or rjieba.has_word(run) or run in known_phrases()


def _ends_in_word(text: str, start: int, end: int, term: str, at: int) -> bool:
    """Whether the slip sits at an end of the run and the written character there makes a word with the
    text outside (综合行政执法举报, 县县长)."""
    import rjieba

    first = at == 0
    last = (at >= len(term) - 2 and end - start != len(term)) or at == len(term) - 1
    if first and start > 0 and rjieba.has_word(text[start - 1 : start + 1]):
        return True
    return bool(last and end < len(text) and rjieba.has_word(text[end - 1 : end + 1]))


def _reads_broken(
    text: str, tokens: Sequence[str], starts: Sequence[int], start: int, end: int, dropped: bool
) -> bool:
    """Whether the run of a dropped or doubled character stands apart in the dictionary's segmentation of
    the text (no word runs past either end: 系统数据质量 is no 统计数据质量 less 计) and, for a drop,
    leaves a lone character inside that is no word of its own (工 in 组织工条例; not 乡 in 乡党委书记,
    nor 文化站站长, which reads as words)."""
    from bisect import bisect_left, bisect_right

    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.long_word_slips import FREE, LONE_MAX

    first = bisect_right(starts, start) - 1
    last = bisect_left(starts, end)
    if first < 0 or starts[first] != start or (last < len(starts) and starts[last] != end):
        return False
    return not dropped or any(
        len(tokens[i]) == 1 and tokens[i] not in FREE and dictionary_freq(tokens[i]) < LONE_MAX
        for i in range(first + 1, last - 1)  # an inner one: 改革开放史 ends on a suffix, no slip
    )


def long_term_slips(
    text: str, segmentation: Callable[[], tuple[Sequence[str], Sequence[int]]] | None = None
) -> list[Slip]:
    """(start, end, term, kind) of every slip of a long term reported, left to right, not overlapping.
    `segmentation` gives the dictionary segmentation of the whole text and its words' offsets (the
    review's context passes its own, asked only for a dropped or doubled character; cut here when not
    given)."""
    kept: list[Slip] = []
    cut: tuple[Sequence[str], Sequence[int]] | None = None
    for start, end, term, kind, at in candidates(text):
        run = text[start:end]
        if any(not "\u4e00" <= c <= "\u9fff" for c in run):
            continue
        if text.count(run) > 2 or _known(run) or _ends_in_word(text, start, end, term, at):
            continue
        if kind in ("漏字", "多字"):
            if cut is None:
                cut = segmentation() if segmentation is not None else _cut(text)
            if not _reads_broken(text, *cut, start, end, kind == "漏字"):
                continue
            if kind == "漏字" and _rest_is_a_word(cut, start, term, at):
                continue
        kept.append((start, end, term, kind))
    out: list[Slip] = []
    after = 0
    for slip in kept:
        # the same slip in a longer composed term (县 + 市场监督管理局): the shortest term names it
        if slip[0] < after or any(o is not slip and slip[0] <= o[0] and o[1] <= slip[1] for o in kept):
            continue
        out.append(slip)
        after = slip[1]
    return out


@lru_cache(maxsize=1024)
def _term_words(term: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each word of the term in the dictionary's segmentation."""
    import rjieba

    out, at = [], 0
    for w in rjieba.cut(term, False):
        out.append((at, at + len(w)))
        at += len(w)
    return tuple(out)


def _rest_is_a_word(cut: tuple[Sequence[str], Sequence[int]], start: int, term: str, at: int) -> bool:
    """Whether what is left in the text of the term's word that lost a character is a word of two or more
    characters in the text's segmentation (大中小思政课: 大中小学 less 学 reads 大中小, a list of its own)."""
    from bisect import bisect_left

    tokens, starts = cut
    ws, we = next((a, b) for a, b in _term_words(term) if a <= at < b)
    if we - ws < 3:
        return False
    i = bisect_left(starts, start + ws)
    return i < len(starts) and starts[i] == start + ws and len(tokens[i]) == we - ws - 1


def _cut(text: str) -> tuple[Sequence[str], Sequence[int]]:
    from itertools import accumulate

    import rjieba

    tokens: Sequence[str] = rjieba.cut(text, False)
    return tokens, list(accumulate(map(len, tokens), initial=0))[:-1]


@code_rule(
    "T177",
    "long-term-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”之误（{reason}）",
    "机构全称、职务、文件名称、活动名称和本类材料的长提法（六个字以上）是固定的。拼音输入时选错了同音或近音字"
    "（市场监督管里局、卫生健康委原会）、漏了一个字、重了一个字或两个字颠倒，都按完整名称提示。名称表按“层级×部门×"
    "后缀”组合生成（县＋卫生健康局、市场监督管理局＋党组理论学习中心组），写出来的样子本身是词或名称时不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对县[市场监督管里局]转来的投诉回复不及时。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，与[自然资源和规化局]的会商不够经常。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，到[新时代明文实践中心]参加志愿服务少。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，对县市场监督管理局转来的投诉回复不及时。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，拨打县综合行政执法举报电话的群众不少。"),
    ],
)
def long_term_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, term, kind in long_term_slips(
        ctx.text, lambda: (ctx.words(hmm=False), ctx.word_starts(hmm=False))
    ):
        yield rule.finding(ctx.text, start, end, (term,), reason=kind)
