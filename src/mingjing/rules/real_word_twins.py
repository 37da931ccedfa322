"""Real words written for their near twins, decided by the context (T404): 带来的深刻启事 → 启示,
到班组报道 → 报到, 检察组 → 检查组, 会议纪录 → 记录, 增收途经 → 途径, 象绣花一样 → 像.

A word of the text that has a twin (a confusion pair: the hand-written 易混词 of
data/confusion_pairs.yaml, and the pairs generated from jieba's dictionary — two frequent words
that differ in one character read alike, data/confusion_pairs_generated.tsv) is reported when the
context is evidence for the twin and for the word as written none:

- lexicon: the twin makes a known word of three or more characters with the neighbouring
  characters (会议记录, 检查组, 寻人启事: jieba's dictionary, pypinyin's phrases, the genre's
  collocations) and the word as written makes none;
- collocates: the genre's collocation list (data/confusion_pairs.yaml, `collocates`) puts one of the
  twin's usual neighbours in the clause (深刻…启示, 到岗…报到, 启用…平台) and none of the word's;
- frames: a pattern that only the twin takes (像……一样, 向…报到), the same file's `frames`;
- library: a template library writes the twin in this very context and the word never
  (rules/library_model.py).

Counter-evidence is checked the same way for the word as written: any of it silences the finding.
Data loads on first use, once per process (docs/real-word-errors.md).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.library_model import LibraryModel
from mingjing.rules.sample import GOOD
from mingjing.rules.segmentation import Segmentation

DATA = Path(__file__).parent / "data"
LEX_MIN_FREQ = 5  # a jieba word of three or more characters counts from this frequency (its noise is 3)
LEFT_REACH = 3  # a left collocate ends at most this many characters before the word (深刻的启示)
RIGHT_REACH = 2  # a right collocate starts at most this many characters after it (调解用水纠纷) …
OBJECT_REACH = 12  # … or this many when a 的 lies between (启用了新的网格化管理平台)
_CLAUSE_END = re.compile(r"[，。；、！？：:;,!?\n“”‘’（）()《》【】]")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
Tokens = tuple[list[str], list[int]]  # the words of the text and where each starts


@dataclass(frozen=True)
class Usage:
    """What the genre writes around one word: neighbours on the left and right, and frames."""

    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    frames: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load((DATA / "confusion_pairs.yaml").read_text(encoding="utf-8")) or {}
    return data


@lru_cache(maxsize=1)
def twins() -> dict[str, tuple[str, ...]]:
    """Each word's twins (both directions), hand-written pairs first."""
    out: dict[str, dict[str, None]] = {}

    def add(a: str, b: str) -> None:
        out.setdefault(a, {})[b] = None
        out.setdefault(b, {})[a] = None

    for a, b in hand_pairs():
        add(a, b)
    for line in (DATA / "confusion_pairs_generated.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b = line.split("\t")[:2]
            if (a, b) not in variants():
                add(a, b)
    return {w: tuple(t) for w, t in out.items()}


def _both_ways(entries: list[str]) -> frozenset[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for entry in entries:
        members = entry.split("/")
        out.update((a, b) for a in members for b in members if a != b)
    return frozenset(out)


@lru_cache(maxsize=1)
def variants() -> frozenset[tuple[str, str]]:
    """Pairs whose both members are right (汇演/会演), both ways: never a finding."""
    return _both_ways(_data().get("variants", []))


@lru_cache(maxsize=1)
def hand_pairs() -> frozenset[tuple[str, str]]:
    """The hand-written pairs whose members are both words (jieba's dictionary or a single
    character), both ways; a written form that is no word is the misspelling lexicon's (T111)."""
    import rjieba

    pairs = _both_ways(_data().get("pairs", [])) - variants()
    return frozenset((a, b) for a, b in pairs if all(len(w) == 1 or rjieba.has_word(w) for w in (a, b)))


@lru_cache(maxsize=1)
def usages() -> dict[str, Usage]:
    out: dict[str, Usage] = {}
    for word, spec in (_data().get("collocates") or {}).items():
        out[word] = Usage(
            tuple(spec.get("left", []) or []),
            tuple(spec.get("right", []) or []),
            tuple(re.compile(f) for f in spec.get("frames", []) or []),
        )
    return out


@lru_cache(maxsize=1)
def _phrases() -> frozenset[str]:
    from pypinyin.constants import PHRASES_DICT

    from mingjing.rules.near_twin import collocations

    return frozenset({p for p in PHRASES_DICT if 3 <= len(p) <= 7} | set(collocations()))


@lru_cache(maxsize=65536)
def known_word(s: str) -> bool:
    """A word of three or more characters: jieba's dictionary (frequency LEX_MIN_FREQ or more),
    pypinyin's phrases or the genre's collocations."""
    import rjieba

    if s in _phrases():
        return True
    return bool(rjieba.has_word(s)) and rjieba.suggest_freq(s) - 1 >= LEX_MIN_FREQ


FREE = frozenset(
    "和与及或并而且的地得了着过在于对把被将向从以为是也都就还又很更最不没未已尚仍之其所等每各该本此这那个有好"
)
PRIOR_RATIO = 20  # a generated twin this many times rarer than the word needs more than the lexicon


def lexicon_word(text: str, start: int, end: int, word: str, tokens: Tokens) -> str | None:
    """A known word of 3 to 5 characters that `word`, put at text[start:end], makes with whole
    neighbouring words of the text (never a piece of one, never a free character such as 和 or 于),
    the longest; None when there is none."""
    words, starts = tokens
    i = bisect.bisect_left(starts, start)
    if i >= len(starts) or starts[i] != start:
        return None
    j = i + 1
    while j < len(starts) and starts[j] < end:
        j += 1
    best: str | None = None
    for k in range(3):  # whole words before: none, one or two
        if i - k < 0:
            break
        left = "".join(words[i - k : i])
        if k and (not _CJK_ONLY.fullmatch(left) or len(words[i - k]) == 1):
            break  # 和政制, 未指定, 好几层: a single character before is a free word, no prefix
        for m in range(3):
            if j + m > len(words):
                break
            right = "".join(words[j : j + m])
            last = words[j + m - 1] if m else ""
            if m and (not _CJK_ONLY.fullmatch(right) or (len(last) == 1 and last in FREE)):
                break
            s = left + word + right
            if 3 <= len(s) <= 5 and (best is None or len(s) > len(best)) and known_word(s):
                best = s
    return best


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's text before and after the span."""
    left = max(
        (m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 30), start)), default=max(0, start - 30)
    )
    n = _CLAUSE_END.search(text, end, end + 40)
    right = n.start() if n else min(len(text), end + 40)
    return text[left:start], text[end:right]


_NUMERAL = re.compile(r"[0-9一二两三四五六七八九十百千万几每半多些]")


def _modifier(between: str) -> bool:
    """Whether the characters between a word and its right collocate can be a modifier of the
    collocate (用水 in 调解用水纠纷, 了新的网格化管理 in 启用了新的…平台), not a phrase of their own
    (一次 in 检查一次机关…)."""
    if _NUMERAL.search(between):
        return False
    return len(between) <= RIGHT_REACH or "的" in between


def collocate(text: str, start: int, end: int, word: str) -> str | None:
    """The genre's neighbour of `word` (data/confusion_pairs.yaml) in the clause around the span,
    written as `左…词` or `词…右`, or a frame of the word that holds there; None when none does."""
    usage = usages().get(word)
    if usage is None:
        return None
    before, after = _clause(text, start, end)
    for c in usage.left:
        reach = LEFT_REACH if len(c) > 1 else 1  # one character: next to the word or a 的 between
        at = before.rfind(c, max(0, len(before) - reach - len(c)))
        if at >= 0:
            return c + before[at + len(c) :] + word
    for c in usage.right:
        at = after.find(c, 0, (OBJECT_REACH if len(c) > 1 else RIGHT_REACH) + len(c))
        between = after[:at]
        if at >= 0 and (len(c) > 1 or at == 0) and (at <= 1 or _modifier(between)):
            return word + after[:at] + c
    for f in usage.frames:
        m = f.search(before + word + after)
        if m and m.start() <= len(before) < m.end():
            return m.group()
    return None


@dataclass(frozen=True)
class Evidence:
    kind: str  # lexicon | collocate | library
    context: str  # the words of the text (with the twin put in) that make it the usual reading


def evidence(
    text: str,
    start: int,
    end: int,
    word: str,
    tokens: Tokens,
    model: LibraryModel | None,
    lexicon: bool = True,
) -> Evidence | None:
    """Evidence that `word` is the usual reading at text[start:end] (the word as written or a twin)."""
    found = lexicon_word(text, start, end, word, tokens) if lexicon else None
    if found:
        return Evidence("lexicon", found)
    near = collocate(text, start, end, word)
    if near:
        return Evidence("collocate", near)
    if model is not None and word != text[start:end] and model.prefers(text, start, end, word):
        return Evidence("library", text[max(0, start - 2) : start] + word + text[end : end + 2])
    return None


Suspect = tuple[int, int, str, Evidence]


def _freq(word: str) -> int:
    import rjieba

    return int(rjieba.suggest_freq(word)) - 1 if rjieba.has_word(word) else 0


@lru_cache(maxsize=8192)
def _rare_twin(word: str, twin: str) -> bool:
    """A twin far rarer than the word (实绩 for 实际, 接合 for 结合): its lexicon evidence is none."""
    return _freq(twin) * PRIOR_RATIO < _freq(word)


def suspects(text: str, tokens: Tokens, model: LibraryModel | None) -> Iterator[Suspect]:
    """(start, end, twin, evidence) of each word whose twin the context prefers: evidence for a
    twin (the longest, when several twins have some: 纪检监察 before 检查组) and none for the word
    as written."""
    index = twins()
    for w, at in zip(*tokens):
        candidates = index.get(w)
        if candidates is None or (at > 0 and text[at - 1].isdigit()):
            continue  # 1800余家: a measure after a number, no word of the pairs
        end = at + len(w)
        for_twins = [
            (t, e)
            for t in candidates
            if (e := evidence(text, at, end, t, tokens, model, not _rare_twin(w, t))) is not None
        ]
        if not for_twins:
            continue
        for_twins.sort(key=lambda x: len(x[1].context), reverse=True)
        if len(for_twins) > 1 and len(for_twins[0][1].context) == len(for_twins[1][1].context):
            continue  # two twins fit as well: the context does not decide
        if evidence(text, at, end, w, tokens, model) is not None:
            continue
        twin, why = for_twins[0]
        yield at, end, twin, why


def _segmentation(ctx: ReviewContext) -> Segmentation:
    ctx.words(0, 0)
    key = ("segmentation", True)
    if key not in ctx.cache:
        ctx.cache[key] = Segmentation(ctx.text, True)
    seg: Segmentation = ctx.cache[key]
    return seg


_EVIDENCE = {
    "lexicon": "“{context}”是常用词语",
    "collocate": "本类材料常说“{context}”",
    "library": "本单位模板库中同样的上下文写作“{context}”",
}


@code_rule(
    "T404",
    "real-word-twin-in-context",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：{evidence}，“{match}”在这里不搭配",
    "错字本身也是一个词时（启事/启示、报道/报到、途经/途径），错别字清单查不出来。这里把文中每个有“孪生词”"
    "（几百组易混词和从 jieba 词典生成的四千多组同音词）的词放回上下文比较：孪生词与前后的字组成常用词语"
    "（会议记录、检查组），或带着本类材料的常用搭配（深刻的启示、启用…平台、像…一样），而原词没有任何这样的"
    "依据时提示。",
    bad=[b for e in _data().get("examples", []) for b in e.get("bad", [])],
    good=[GOOD] + [g for e in _data().get("examples", []) for g in e.get("good", [])],
)
def real_word_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    seg = _segmentation(ctx)
    if not seg.tokens:
        return  # (where T110 reports the same word with the same fix, the review keeps T110's)
    for start, end, twin, why in suspects(ctx.text, (seg.tokens, seg.starts), ctx.options.language_model):
        note = _EVIDENCE[why.kind].format(context=why.context)
        yield rule.finding(ctx.text, start, end, (twin,), evidence=note)
