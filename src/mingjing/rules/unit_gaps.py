"""A character dropped inside a four-character unit of the genre (T165): 但班成员 for 但班子成员, 全面从治党
for 全面从严治党, 党风政建设 for 党风廉政建设.

A dropped character leaves three characters that the segmenter cuts into pieces no list holds (the
synthetic eval's 漏字 row). The genre writes a few hundred four-character nouns over and over (班子成员,
主体责任, 从严治党); their gaps — the unit with its second or third character dropped, never written in
the clean fixtures and no word of jieba's dictionary — are generated from those fixtures
(scripts/generate_unit_gaps.py, data/unit_gaps.tsv). A gap of the text is reported where

- it stands as whole words of the dictionary segmentation of its clause (班成员 in 但班成员 is 但/班/成员;
  in 生活会主题 the gap 会主题 starts inside 生活会);
- its first character closes no dictionary word with the one or two characters before it and its last
  opens none with the one or two after (从严执行 is 从严 + 执行, no gap of 严格执行);
- no numeral or digit stands right before it (3支党员: a measure word), nor a character the genre
  writes before the unit's first one without the rest of the unit (担 of 担责: 担责意识), no aspect
  particle follows it (规定作了: a verb, while the units are nouns), it does not open 重A轻B
  (重项目进度、轻项目质量), and the unit is not written right there.

T147 does the same for the genre's formulations of five characters or more (民主集制).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data" / "unit_gaps.tsv"
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几")
_CLAUSE_END = re.compile(r"[^\u4e00-\u9fff]")
_WINDOW = 6
NOISE = 5  # jieba's dictionary carries pieces as entries of frequency 3 (别班)
_ASPECT = frozenset("了着过")
# the results a one-character verb takes (用好, 用足, 管住, 抓实, 落细): the gap then ends in a verb phrase
_RESULTS = frozenset("好足活实准住牢透稳细严")


def _verb(ch: str) -> bool:
    """Whether jieba's dictionary tags the character alone as a verb (or a preposition that is one: 用)."""
    from mingjing.rules.postag import tag

    return tag(ch)[0][1] in ("v", "p")


_CONTRAST = re.compile("[重轻]")


@lru_cache(maxsize=1)
def gaps() -> dict[str, tuple[str, str]]:
    """Gap form → (the unit it is a gap of, the characters that join the unit's first one before it)."""
    out = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, unit, before = (line.split("\t") + [""])[:3]
            out[form] = (unit, before)
    return out


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and start - left < _WINDOW and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _WINDOW and not _CLAUSE_END.match(text[right]):
        right += 1
    return left, right


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is whole words of the dictionary segmentation of its clause."""
    import rjieba

    left, right = _clause(text, start, end)
    at, bounds = left, {left}
    for word in rjieba.cut(text[left:right], False):
        at += len(word)
        bounds.add(at)
    return start in bounds and end in bounds


def _joins_outside(text: str, start: int, end: int) -> bool:
    """Whether the gap's first character closes a word with what comes before, or its last opens one
    with what comes after (从严执行: 从严)."""
    for k in (1, 2):
        if start - k >= 0 and dictionary_freq(text[start - k : start + 1]) > NOISE:
            return True
        if end + k <= len(text) and dictionary_freq(text[end - 1 : end + k]) > NOISE:
            return True
    return False


@lru_cache(maxsize=1)
def _by_seam() -> dict[str, tuple[tuple[str, int], ...]]:
    """The gap forms by the two characters that meet where a character was dropped (班成 of 班成员, 从治
    of 从治党: rare in any text, unlike 成员), with the seam's offset in the form."""
    out: dict[str, list[tuple[str, int]]] = {}
    for form, (unit, _) in gaps().items():
        k = 0 if unit[0] + unit[2:] == form else 1
        out.setdefault(form[k : k + 2], []).append((form, k))
    return {seam: tuple(forms) for seam, forms in out.items()}


def unit_gaps(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, gap, unit) of every gap of a unit in the text, left to right."""
    table, by_seam = gaps(), _by_seam()
    # the seams the text writes, from the document's bigram set that other rules share
    bigrams = cjk_bigram_set(text)
    seams = [seam for seam in by_seam if seam in bigrams]
    if not seams:
        return
    hits = []
    for seam in seams:
        at = text.find(seam)
        while at >= 0:
            for form, k in by_seam[seam]:
                if text.startswith(form, at - k):
                    hits.append((at - k, form))
            at = text.find(seam, at + 1)
    for at, form in sorted(hits):
        unit, before = table[form]
        end = at + len(form)
        if text[end : end + 1] in _ASPECT:
            continue  # 规定作了细化: a verb before its aspect particle, while every unit is a noun
        if text[end : end + 1] in _RESULTS and _verb(form[-1]):
            continue  # 带头用好批评: a verb and its result (用好, 管住), no 带头作用 (r22)
        if at and (text[at - 1] in _NUMERALS or text[at - 1] in before):
            continue  # 3支党员 (a measure word); 担责意识 (担责 is the genre's own pair, no gap of 责任意识)
        if unit in text[max(0, at - 1) : end + 1]:
            continue
        if _joins_outside(text, at, end) or not _whole_words(text, at, end):
            continue
        if _CONTRAST.match(text, at) and _CONTRAST.search(text, end, end + _WINDOW + 4):
            continue  # 重项目进度、轻项目质量: 重A轻B weighs two things, no 重点项目
        yield at, form, unit


@code_rule(
    "T165",
    "unit-missing-a-character",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：本类材料常用的词语中漏了一个字",
    "复制、删改或扫描识别时漏掉一个字，剩下的三个字前后都能拆成别的词（但班成员、全面从治党），"
    "逐条列出的错别字清单里没有。这里用本类材料中反复出现的四字词（班子成员、从严治党、主体责任）"
    "去掉中间一个字的形式来查，这种形式在干净材料中从未出现、也不是词典里的词，且在文中自成词语时才提示。",
    bad=[
        variant(
            "斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，个别[班成员]履行“一岗双责”不到位。"
        ),
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，落实全面[从治党]要求有差距。"),
    ],
    good=[
        variant(
            "斗争精神和担当作为有所减弱。",
            "斗争精神和担当作为有所减弱，班子成员从严执行制度，围绕民主生活会主题开展学习，3支党员服务队，"
            "存在重项目进度、轻项目质量的倾向。",
        ),
        variant(  # 用好: a verb and its result (r22)
            "斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，要带头用好批评和自我批评这个武器。"
        ),
    ],
)
def unit_missing_a_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at, form, unit in unit_gaps(ctx.text):
        yield rule.finding(ctx.text, at, at + len(form), (unit,))
