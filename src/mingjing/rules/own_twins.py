"""A rare real word written once for the material's own word of the same sound (T161): 受信额度 where
the material writes 授信 elsewhere, 文物保户 beside 文物保护, 超过审线 beside 审限, 办税服务听.

T136 (rules/own_words.py) reads a twin of the material's own word only where the slip is no word and
the written character is no common word alone; an input method picks whole words, so most slips of a
pinyin keyboard are real words (保户, 货款) or made of common characters (受, 线, 听), and T136 stays
silent there. This rule takes them under stricter conditions of its own:

- the material writes the word (two or three characters, a word of jieba's dictionary) at least
  TWICE, alone or inside a longer word;
- the slip differs from it in one character of exactly the same reading, tone included (授/受 shòu,
  限/线 xiàn; 十/是 differ in tone, so 二是 is never read for 二十), and it is written once; the slip's
  reading, when it is a word of the dictionary, is the one pypinyin gives that word, never a rare
  reading of a polyphone (主治 is zhǔzhì, though 治 is also read chí: no 主持); a slip that is no word
  has every reading of its characters (条列: 列 is also read lì);
- the slip is no word, or a word far rarer than the material's word (RATIO: 保户 against 保护; 公式
  against 公示 or 即使 against 及时 are common words of their own and stay silent);
- the segmentation (rjieba) cuts the text at both ends of the slip (接受信访 holds 受信 across two
  words and stays silent), and the slip touches no digit or Latin letter;
- the slip is no real word of its own (REAL_MIN: 实绩, 执业) and no term of the genre's or trades' lexicons
  (落石), and its changed character does not recur two places on (见人见事见思想: a series, no 事件);
- the changed character is no frequent function word, which stands as a word of its own (工作群中 is
  群 + 中, not 群众; 这件事向组织 is 事 + 向; 另一学院 is 一 + 学院), nor any word of one character
  as frequent as 是, 有, 在 (the label 一是 beside 一事一议 written twice).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, repeat
from operator import and_
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.sample import variant
from mingjing.rules.segmentation import whole_token_runs

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TWICE = 2
# a slip this frequent in jieba is a word with a reading of its own (可运 8, 条列 3 are jieba's noise)
READ_AS_WORD = 20
RATIO = 20  # the material's word at least this many times as frequent in jieba as the slip
REAL_MIN = 50  # a slip this frequent in jieba is a real word a writer means (实绩 69, 执业 113)
SINGLE_MAX = 10_000  # a function word this frequent alone (中, 向, 一, 不) is read as a word
VERY_FREQUENT = 100_000  # any word of one character this frequent (是, 有, 在) is read as a word
_FUNCTION_TAGS = frozenset("fpmdcuryeo")  # jieba's tags of words that stand alone in any sentence
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_EDGE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


@lru_cache(maxsize=8192)
def _word_readings(word: str) -> tuple[str, ...]:
    """The word's reading character by character, as pypinyin reads the phrase."""
    from pypinyin import Style, pinyin

    return tuple(r[0] for r in pinyin(word, style=Style.TONE3, neutral_tone_with_five=True))


def _own_vocabulary(counts: Counter[str]) -> dict[str, int]:
    """How often the text writes each word of two or three characters, alone or inside a longer one
    (`counts`: how often its segmentation writes each token)."""
    written: dict[str, int] = {}
    get = written.get
    for t, n in counts.items():
        size = len(t)
        if size < 2 or not _CJK.match(t):
            continue
        if size == 2:  # its one piece is itself
            written[t] = get(t, 0) + n
            continue
        for i in range(size - 1):
            piece = t[i : i + 2]
            written[piece] = get(piece, 0) + n
        for i in range(size - 2):
            piece = t[i : i + 3]
            written[piece] = get(piece, 0) + n
    return written


def own_twin_slips(
    text: str,
    tokens: list[str],
    counts: Counter[str] | None = None,
    runs: dict[int, tuple[list[int], list[str]]] | None = None,
) -> Iterator[tuple[int, str, str, int]]:
    """(offset, slip, the material's word, its uses) of every slip read as the material's own word;
    `counts`: the tokens counted, `runs`: their `whole_token_runs` of 2 and 3 characters, when the review
    has them already."""
    written = _own_vocabulary(Counter(tokens) if counts is None else counts)
    masked: dict[tuple[str, int], list[str]] = {}
    for w, n in written.items():
        if n >= TWICE and dictionary_freq(w) > 0:
            for i in range(len(w)):
                masked.setdefault((w[:i] + w[i + 1 :], i), []).append(w)
    if not masked:
        return
    # what a word written twice keeps with one character changed, by its length and that place
    rests: dict[tuple[int, int], set[str]] = {(k, i): set() for k in (1, 2) for i in range(k + 1)}
    for rest, i in masked:
        rests[len(rest), i].add(rest)
    ends, firsts = rests[1, 0], rests[1, 1]
    tails, rims, heads = rests[2, 0], rests[2, 1], rests[2, 2]
    # the runs of two or three Chinese characters made of whole tokens (one token, or two or three side
    # by side), each written once as such; a run met twice is written twice
    found: list[tuple[int, int, str]] = []
    for size in (2, 3):
        starts, spans = whole_token_runs(text, tokens, size) if runs is None else runs[size]
        uses = Counter(spans)
        # written twice or more (as such, or as the text's words): no slip; the others picked at C speed
        once = map(
            and_,
            map((1).__eq__, map(uses.__getitem__, spans)),
            map(TWICE.__gt__, map(written.get, spans, repeat(0))),
        )
        for at, slip in compress(zip(starts, spans), once):
            if size == 2:  # most spans have no word written twice one character off: sets only
                if slip[1] not in ends and slip[0] not in firsts:
                    continue
            elif slip[1:] not in tails and slip[:2] not in heads and slip[0] + slip[2] not in rims:
                continue
            found.append((at, size, slip))
    for at, _, slip in sorted(found):  # left to right, the shorter first
        word = _match(slip, masked)
        if word is None or text.count(slip) != 1:
            continue
        end = at + len(slip)
        if (at and _EDGE.match(text[at - 1])) or (end < len(text) and _EDGE.match(text[end])):
            continue
        if _function_word(text, at, word) or _writer_word(slip) or _series_member(text, at, word):
            continue
        if _opens_place(text, at, word):
            continue  # 在县人民医院推开: 县 opens a place's name, no 在线
        yield at, slip, word, written[word]


def _writer_word(slip: str) -> bool:
    """Whether the slip is a word a writer means: a real word of its own (REAL_MIN: 实绩 69, 执业 113; 保户 4
    is jieba's noise) or a term of the genre's or the trades' lexicons (落石 in a highway material)."""
    from mingjing.rules.own_words_once import _terms

    return dictionary_freq(slip) >= REAL_MIN or slip in _terms()


# the levels that open a place's or a body's name (县人民医院, 镇卫生院, 市医保局)
_LEVELS = frozenset("省市县区镇乡村州旗")


def _opens_place(text: str, at: int, word: str) -> bool:
    """Whether the changed character is the last of the slip and a level that opens the name that follows
    (在县人民医院: 县 begins 县人民医院, no 在线; 在县学习 keeps its question)."""
    end = at + len(word)
    return text[end - 1] != word[-1] and text[end - 1] in _LEVELS and bool(_CJK_AFTER.match(text, end))


# what follows a level in the name of a body or a place of it (县人民医院, 县委, 县直单位, 县城, 市医保局, 镇卫生院)
_CJK_AFTER = re.compile(
    r"人民|委|政府|直|级|城|域|医|卫|党|纪|机关|中医|妇幼|疾控|融媒|第[一二三四五六七八九]"
)


def _series_member(text: str, at: int, word: str) -> bool:
    """Whether the changed character recurs two places on either side (见人见事见思想: 事见 is no 事件)."""
    for k, (ch, own) in enumerate(zip(text[at:], word, strict=False)):
        if ch != own:
            i = at + k
            return (i >= 2 and text[i - 2] == ch) or (i + 2 < len(text) and text[i + 2] == ch)
    return False


def _function_word(text: str, at: int, word: str) -> bool:
    """Whether the changed character is a common function word, which stands as a word of its own
    in any sentence (中, 向, 一, 不: 群中, 事向, 另一学院 and 干不干净 are two words that meet)."""
    import rjieba

    for ch, own in zip(text[at:], word, strict=False):
        if ch != own:
            flag = rjieba.tag(ch)[0][1]
            freq = dictionary_freq(ch)
            return freq >= VERY_FREQUENT or (flag[:1] in _FUNCTION_TAGS and freq >= SINGLE_MAX)
    return False


@lru_cache(maxsize=8192)
def _slip_readings(slip: str, i: int) -> frozenset[str]:
    """The readings of the slip's character at `i`. A slip that is a word of the dictionary has the
    reading pypinyin gives that word (READ_AS_WORD; 主治 is zhǔzhì: a rare reading of a polyphone, 治 chí, is never
    the word's, so 主治 is no 主持); a slip that is no word has every reading of its character (条列 may
    be read tiáolì, 列 being also lì: a keyboard's or a hand's slip for 条例 either way)."""
    from pypinyin import Style, pinyin

    if dictionary_freq(slip) >= READ_AS_WORD:
        return frozenset((_word_readings(slip)[i],))
    return frozenset(pinyin(slip[i], style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0])


def _match(slip: str, masked: dict[tuple[str, int], list[str]]) -> str | None:
    """The material's word that `slip` is read for, or None (the cheap lookups first)."""
    for i in range(len(slip)):
        for word in masked.get((slip[:i] + slip[i + 1 :], i), ()):
            if word == slip or _word_readings(word)[i] not in _slip_readings(slip, i):
                continue
            slip_freq = dictionary_freq(slip)
            if not slip_freq or dictionary_freq(word) >= RATIO * slip_freq:
                return word
    return None


@code_rule(
    "T161",
    "own-word-real-twin",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：本材料别处 {uses} 次写作“{suggestion}”，两者读音完全相同，"
    "这里的写法只出现一次",
    "拼音输入法按整词出字，选错时往往得到一个真实存在的词或几个常用字（受信、保户、审线），"
    "单看不成错。材料自己在别处写对了同音的词，这里只写了一次、读音（含声调）完全相同、"
    "又是远不如它常用的写法时，多半是选错了词。常用词（公式、即使）和跨词的写法不提示。",
    bad=[
        variant(
            "通过座谈会",
            "对授信审批把关不严，授信管理薄弱，部分客户的[受信]额度过高，通过座谈会",
        ),
        variant(
            "通过座谈会",
            "抓好文物保护，落实保护责任，文物[保户]检查不细，通过座谈会",
        ),
    ],
    good=[
        variant(
            "通过座谈会",
            "对授信审批把关不严，授信管理薄弱，接受信访群众来访，及时公开，及时回复，即使有困难，通过座谈会",
        ),
        variant(
            "通过座谈会",
            "二十条，二十项，二是，公示名单，公示结果，计算公式，一事一议，一事一办，一是，通过座谈会",
        ),
        variant(  # 治 is also read chí, a reading no input method offers: 主治 is no 主持
            "通过座谈会",
            "主持会议，主持支部工作，每月派1名主治以上医师到卫生院坐诊，通过座谈会",
        ),
        variant(  # a real word of its own, and a series of 见
            "通过座谈会",
            "实际工作中联系实际不够，考查干部时看材料多、看实绩少，做到见人见事见思想，处置事件、研判事件，通过座谈会",
        ),
        variant(  # a level opening a body's name (r20): 在县人民医院 is no 在线
            "通过座谈会",
            "在线学习平台用得少，在线答题只参加2次，改革在县人民医院推开后，通过座谈会",
        ),
    ],
)
def own_word_real_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    runs = {n: ctx.whole_token_runs(n) for n in (2, 3)}
    for at, slip, word, uses in own_twin_slips(text, ctx.words(), ctx.word_counts(), runs):
        yield rule.finding(text, at, at + len(slip), (word,), uses=uses)
