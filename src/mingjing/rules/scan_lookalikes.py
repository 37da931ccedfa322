"""A character a scan read for its look-alike, leaving a pair no word holds (T142): 深人 for 深入,
基全 for 基金, 末能 for 未能, 曰常 for 日常, 口常 for 日常, 人页 for 人员 (r25).

OCR confuses characters that differ by one short stroke or a dot (人/入, 全/金, 未/末, 日/曰/口, 己/已).
The rule reads two neighbouring characters one of which has such a twin (SCAN_READS: what a scan
reads for the character meant, written for mingjing from proofreading knowledge) and
reports them where

- the pair as written is no word of jieba's dictionary and the pair with the twin is a common one
  (WORD_MIN or more: 深入, 基金, 未能, 日常);
- no dictionary word of the document's segmentation covers either character beyond the pair (资深人士
  is 资深 + 人士, 安全人员 is 安全 + 人员: both characters belong to real words there);
- the twin makes no word with the other side either way round (the pair is the only reading).

T133 keeps the two misreadings that need their own context (问 for 间, 儿 for 几).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 1000  # 深入, 基金, 未能, 日常 … are thousands in jieba's dictionary
OUTER_MIN = 20  # a word the written character makes with its other neighbour: 千文 (4) is jieba's noise
# written → meant: what an OCR program reads for the character meant. A written character that is a
# free word of many ad-hoc pairs (入 of 入心, 日 of 党日, 由 of 为由) is left out on purpose.
SCAN_READS = {
    "人": "入",
    "全": "金",
    "金": "全",
    "末": "未",
    "未": "末",
    "曰": "日",
    "口": "日",
    "己": "已",
    "已": "己",
    "巳": "已己",
    "冶": "治",
    "拔": "拨",
    "拨": "拔",
    "土": "士",
    "千": "干",
    "夭": "天",
    "刀": "力",
    "田": "由",
    "戊": "戌戍",
    "戌": "戊戍",
    "戍": "戊戌",
    "侯": "候",
    "候": "侯",
    "拆": "折",
    "折": "拆",
    "休": "体",
    "兔": "免",
    "免": "兔",
    "往": "住",
    "住": "往",
    "玉": "王",
    "乌": "鸟",
    "鸟": "乌",
    "术": "木本",
    "木": "本术",
    "犬": "大太",
    "厂": "广",
    "广": "厂",
    "武": "式",
    "胄": "胃",
    # 页 for 员 (r25: 科研人页, 技术人页): the top stroke of 页 read for the 口 of 员; after a person noun only, as
    # the pair rule reads it (人页, 党页, 队页 are no words; 网页, 首页, 一页 are)
    "页": "员",
}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MEASURES = frozenset("个名项条次位件户家人种")
_NUMERALS = frozenset("一二三四五六七八九十百千万两几")


def _covered_beyond(tokens: list[tuple[int, str]], start: int, end: int) -> bool:
    """Whether a dictionary word of two or more characters covers text[start:end] only in part."""
    for at, word in tokens:
        if at >= end or at + len(word) <= start:
            continue
        if len(word) >= 2 and dictionary_freq(word) > 0 and (at < start or at + len(word) > end):
            return True
    return False


# pairs of a verb and its object 人 that the trades write as terms of their own, jieba lacking them: the staff
# intake of a 编办 or a personnel office (超编进人, 进人计划, 按需进人), a gift taken from someone (收人钱财, 收人
# 红包) — each read as such where a word of its use stands before it or after it (r21)
_PERSON_OBJECT = {
    "进人": re.compile(
        r"(?:超编|违规|擅自|违编|突击|无编|编外|计划外|按需|择优|公开|控制|严控|统筹|凡|严格)进人"
        r"|进人(?:[计指名关审程环用渠方数规]|[、，。；）)]|$|问题|行为|情况|事项|工作)"
    ),
    "收人": re.compile(r"收人(?:钱|财|礼|红包|好处|购物卡|卡券|烟酒|土特产|东西|之|家|贿)"),
}


def _guarded(text: str, start: int, at: int) -> bool:
    """Readings where the written pair is right: 入脑入心 (a parallel XaXb), 3个入河 (a measure word
    after a numeral), a trade's own verb and object (超编进人: _PERSON_OBJECT), and a written character
    that makes a word with its other neighbour."""
    ch = text[at]
    use = _PERSON_OBJECT.get(text[start : start + 2])
    if use is not None and any(
        m.start() <= start < m.end() for m in use.finditer(text, max(0, start - 3), start + 6)
    ):
        return True
    if (start >= 2 and text[start - 2] == text[start]) or text[start + 2 : start + 3] == text[start]:
        return True
    if (
        text[start] in _MEASURES
        and start >= 1
        and (text[start - 1].isdigit() or text[start - 1] in _NUMERALS)
    ):
        return True
    other = text[at + 1 : at + 2] if at == start + 1 else text[at - 1 : at]
    if not other or not _CJK.match(other):
        return False
    outer = ch + other if at == start + 1 else other + ch
    return dictionary_freq(outer) >= OUTER_MIN


@lru_cache(maxsize=1)
def _read_pairs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two scans that find every two Chinese characters holding a character of SCAN_READS, at C
    speed: one where it comes first, one where it comes second (each match takes that character alone,
    so overlapping pairs are all found; the class first lets the engine skip ahead to it)."""
    chars = "".join(SCAN_READS)
    return (
        re.compile(f"(?=([{chars}][\\u4e00-\\u9fff]))[{chars}]"),
        re.compile(f"[{chars}](?<=([\\u4e00-\\u9fff][{chars}]))"),
    )


@lru_cache(maxsize=65536)
def _pair_fits(pair: str) -> tuple[int, str] | None:
    """(offset of the written character in the pair, the pair as meant) when the pair is no word
    and exactly one look-alike of one of its characters makes a common word of it."""
    if dictionary_freq(pair) > 0 or pair[0] == pair[1]:
        return None
    for k in (1, 0):
        ch = pair[k]
        fits = [m for t in SCAN_READS.get(ch, "") if dictionary_freq(m := pair.replace(ch, t)) >= WORD_MIN]
        if len(fits) == 1:
            return k, fits[0]
    return None


def scan_pairs(text: str, words: list[str]) -> Iterator[tuple[int, str]]:
    """(start of the pair, the pair as meant) for every pair a look-alike spoilt, left to right."""
    before, after = _read_pairs()
    pairs = set(before.findall(text)).union(after.findall(text))
    candidates = [(pair, fit) for pair in pairs if (fit := _pair_fits(pair))]
    if not candidates:
        return
    starts = list(accumulate(map(len, words), initial=0))
    if starts[-1] != len(text):
        return
    found: list[tuple[int, str]] = []
    for pair, (k, meant) in candidates:
        start = text.find(pair)
        while start >= 0:
            first = bisect.bisect_right(starts, start) - 1
            near = slice(max(first, 0), first + 3)
            if not _guarded(text, start, start + k) and not _covered_beyond(
                list(zip(starts[near], words[near], strict=False)), start, start + 2
            ):
                found.append((start, meant))
            start = text.find(pair, start + 1)
    yield from sorted(found)


@code_rule(
    "T142",
    "scan-look-alike-pair",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：形近字，扫描识别或输入时常把这两个字混淆",
    "扫描件识别（OCR）常把只差一笔一点的字认错：“入”认成“人”、“金”认成“全”、“未”认成“末”、"
    "“日”认成“曰”或“口”、“员”认成“页”。只在两个字连起来不成词、换成形近字就是常用词、而且这两个字都不属于"
    "前后别的词时提示（资深人士、安全人员不提示）。",
    bad=[
        variant("调查研究不够深入", "调查研究不够[深人]"),
        variant("建立行业舆情日报制度", "建立行业舆情[曰报]制度"),
        variant("我更多依靠指挥部协调", "我[末能]依靠指挥部协调"),
        variant("我更多依靠指挥部协调", "我对3名技术[人页]关心不够，更多依靠指挥部协调"),
    ],
    good=[
        variant("按照县委要求", "按照县委要求，请资深人士和安全人员介绍情况，未来三年，周末值班，日常管理"),
        variant("按照县委要求", "按照县委要求，对超编进人、混编混岗问题跟踪整改，严格执行进人计划"),
        variant("按照县委要求", "按照县委要求，在门户网站首页开设专栏，每一页都有党员和工作人员的体会"),
    ],
)
def scan_look_alike_pair(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, meant in scan_pairs(text, ctx.words()):
        yield rule.finding(text, start, start + 2, (meant,))
