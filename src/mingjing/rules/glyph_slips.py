"""A rare character written for its glyph's look-alike, leaving a pair no word holds (T157): 运菅 for
运营, 预譬 for 预警, 汕茶 for 油茶, 诊疔 for 诊疗.

A scan or a 五笔 key confuses characters whose glyphs differ by a stroke or a part (菅/营, 譬/警, 汕/油,
疔/疗). The look-alikes come from the glyphs themselves (rules/glyph_look_alikes.py, generated from the
drawn characters), not from a list of known slips. Two neighbouring characters are reported where

- the pair as written is no word of jieba's dictionary, and exactly one look-alike of one of its two
  characters makes it a word of frequency RIGHT_MIN or more (运营, 预警, 油茶);
- the written character is rarely a word alone (frequency BOUND_MAX or less: 菅, 譬, 汕, 疔; a free
  word such as 人, 本, 而 meets any neighbour across a word boundary) and no function word (逐, 唯: an
  adverb joins any noun or verb);
- the pair as meant is written far more often than the two written characters would meet by chance
  (CHANCE_RATIO: 打牢 is no slip for 打车); the pair is no phrase of pypinyin either (可资);
- the other character is no negation, adverb, modal or particle of one character (不, 可, 得 …: 不唯书
  is 不 + 唯书, 订得好 is 订 + 得),
  and a verb before a directional complement (迈上, 走出), a pair opening with a common surname
  (邓国强), one closing with a place's suffix (州, 县, 村 …) and one before 县/镇/乡/村 (延桥县) are left alone;
- no character of the same syllable and tone makes a word of it either (堕性: 惰性 is as likely, a
  slip of sound that the sound rules weigh);
- T116's and T130's tables and T118's list do not hold the pair (their suggestion is kept), no dictionary word
  of the segmentation covers either character beyond the pair, no space touches it (施 工扬尘), the
  text is not read from traditional characters, and T116's guard (`reportable`:
  apart from its neighbours, no name, no parallel series, no trade term) lets it through.
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
from mingjing.rules.glyph_look_alikes import characters, look_alike_score, look_alikes
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.shape_neighbours import frame_only, whole_characters, whole_neighbours

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

RIGHT_MIN = 50  # the pair as meant is a word a writer knows (肠炎 66, 两委 50, 运营 far more)
BOUND_MAX = 2000  # the written character is a word alone at most this often (菅, 譬, 汕, 疔, 灸 430)
# a neighbour of one frame only (rules/shape_neighbours.py: 虫/中, 客/害) is a weaker likeness than a
# look-alike: the written character may be commoner alone (虫 3,068, 客 4,415: 集虫, 灾客), but the pair as
# meant must be a common word (FRAME_RIGHT_MIN) far above chance (FRAME_CHANCE_RATIO). The places of such
# common characters are too many to scan (1.3 ms a review): their wrong pairs are listed once
# (`_frame_pairs`) and found among the document's bigrams
FRAME_BOUND_MAX = 5000
FRAME_RIGHT_MIN = 500
# … or of FRAME_RARE_RIGHT_MIN where the written character is itself rare alone (FRAME_RARE_WRITTEN: 杳 51,
# so 巡杳 → 巡查 103); a commoner one meets words the dictionary lacks (助农 is no slip of 助攻 390)
FRAME_RARE_RIGHT_MIN = 100
FRAME_RARE_WRITTEN = 300
FRAME_CHANCE_RATIO = 5000
# the pair as meant is written at least this many times as often as the written characters would meet
# as single words by chance (frequencies of jieba's dictionary, whose entries sum to DICTIONARY_TOTAL):
# 运菅 → 运营 far above it, 打牢 → 打车 (88), 后厨 → 后唐 (288) below
CHANCE_RATIO = 500
# a second character common alone (FRAME_BOUND_MAX or more: 杨 16,648) is read where its look-alike makes
# a common word (COMMON_RIGHT_MIN: 市场, 现场 4,076, 立场 3,406) far above chance (COMMON_CHANCE_RATIO)
COMMON_RIGHT_MIN = 1000
COMMON_CHANCE_RATIO = 1000
COMMON_WRITTEN_MAX = (
    20_000  # commoner alone, it stands as a word beside anything (党 23,403: 感党恩; 较 30,431)
)
COMMON_LOOK_MIN = 88  # … by a close look-alike only (杨/场 89, 杨/扬 96; 男/务 80, 兵/共 84 are too far)
DICTIONARY_TOTAL = 60_101_967
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
# negations, adverbs, modals and particles of one character: they join any verb or adjective (不唯,
# 可资, 订得)
_FREE_NEIGHBOURS = frozenset("不没未也都又再才就还只很最更太可能会应要须得的地了着过之")
_DIRECTIONS = frozenset("上下来去进出回过起开到")
_FUNCTION_TAGS = frozenset({"d", "p", "c", "u", "r", "m", "q", "b"})
_FREE_TAGS = frozenset({"zg", "a", "ad", "an", "z", "y", "e"})
_PLACE_SUFFIXES = frozenset("州市县省区镇乡村山河江湖")  # 澜州, 邓庄: a place's name
_PLACE_AFTER = frozenset("县镇乡村")  # the suffix after a two-character place name (延桥县)
_COUNTS = frozenset("百千万亿")  # round counts that open a programme's short name (千企, 万村, 百校)
# a body's name runs on to its kind (东岚光学精密机械研究所第三研究室党支部): the material's own name in its head
_BODY_NAME = re.compile(
    r"[\u4e00-\u9fff]{0,16}?(?:研究所|研究院|研究室|设计院|公司|集团|中心|学校|学院|大学|医院|委员会|党支部|"
    r"党总支|党委|党组|局|厅|站|所|队|馆|院|厂|社|协会|办公室)"
)
HEAD_PARAGRAPHS = 3  # the title and the lines under it that name the author and the unit


@lru_cache(maxsize=65536)
def _pair_fits(pair: str) -> tuple[int, str] | None:
    """(offset of the written character, the pair as meant) when the pair is no word and exactly one
    glyph look-alike of one of its characters makes a word of RIGHT_MIN or more of it."""
    if pair[0] == pair[1] or dictionary_freq(pair) > 0 or _phrase(pair):
        return None
    bound = [k for k in (0, 1) if _bound(pair[k])]
    fits = _fits(pair, bound)
    if not fits:
        return _common_fit(pair)  # no rare character fits: a common second one may (广杨 → 广场)
    if len(fits) != 1:
        return None
    fits += _fits(pair, [k for k in (0, 1) if k not in bound])
    if len(fits) != 1:
        return None
    k, meant = fits[0]
    written, other = pair[k], pair[1 - k]
    if k not in bound or other in _FREE_NEIGHBOURS:
        return None
    if _function_word(written) or (k == 0 and other in _DIRECTIONS and _verb(written)):
        return None
    if pair[1] in _PLACE_SUFFIXES or pair[0] in _surnames():
        return None  # a place's or a person's name (邓国强)
    if k == 1 and pair[0] in _COUNTS:
        return None  # 进千企, 万户: a round count and what it counts, a programme's short name (r26)
    chance = max(dictionary_freq(pair[0]), 1) * max(dictionary_freq(pair[1]), 1) / DICTIONARY_TOTAL
    if frame_only(written, meant[k]):
        least = FRAME_RARE_RIGHT_MIN if dictionary_freq(written) <= FRAME_RARE_WRITTEN else FRAME_RIGHT_MIN
        if dictionary_freq(meant) < max(least, FRAME_CHANCE_RATIO * chance):
            return None
    elif dictionary_freq(written) > BOUND_MAX or dictionary_freq(meant) < CHANCE_RATIO * chance:
        return None
    if any(_sound_fits(pair, i) for i in (0, 1)):
        return None  # 堕性: 惰性 is as likely (same syllable and tone): the sound rules' slip
    return fits[0]


def _common_fit(pair: str) -> tuple[int, str] | None:
    """(1, the pair as meant) where the second character is common alone (above FRAME_BOUND_MAX: 杨, 场)
    and its glyph look-alike, and nothing else, makes a common word of the pair far above chance: 市杨 →
    市场, 现杨 → 现场, 立杨 → 立场 (glyph16). Only the second place: a common character opening a pair
    opens a name as often (杨尘)."""
    first, written = pair[0], pair[1]
    if not FRAME_BOUND_MAX < dictionary_freq(written) <= COMMON_WRITTEN_MAX:
        return None
    if first in _FREE_NEIGHBOURS or written in _PLACE_SUFFIXES:
        return None
    if first in _surnames() or _function_word(first) or _function_word(written) or _fits(pair, [0]):
        return None
    if _tag(written) in _FREE_TAGS:
        return None  # 较 (zg), 好: a free modifier meets the next word (领学较多)
    fits = [
        (1, first + t)
        for t in look_alikes(written)
        if look_alike_score(written, t) >= COMMON_LOOK_MIN and dictionary_freq(first + t) >= RIGHT_MIN
    ]
    if len(fits) != 1:
        return None
    meant = fits[0][1]
    chance = max(dictionary_freq(first), 1) * dictionary_freq(written) / DICTIONARY_TOTAL
    if dictionary_freq(meant) < max(COMMON_RIGHT_MIN, COMMON_CHANCE_RATIO * chance) or _sound_fits(
        pair, 1, meant[1]
    ):
        return None
    return fits[0]


def _bound(ch: str) -> bool:
    """Whether a character has glyph look-alikes and is rarely a word alone (a written character of a
    candidate)."""
    return ch in _bound_characters()


@lru_cache(maxsize=1)
def _bound_characters() -> frozenset[str]:
    """Every character `_bound` holds, found once per process (about 4 ms: the 6,620 characters of
    the look-alike table), so that a document's are one set intersection."""
    freq = dictionary_freq.__wrapped__  # not through its cache: 6,620 entries would crowd it out
    return frozenset(ch for ch in whole_characters() if freq(ch) <= FRAME_BOUND_MAX)


def _fits(pair: str, places: list[int]) -> list[tuple[int, str]]:
    """(place, the pair as meant) for each glyph look-alike at one of the places that makes a word of
    RIGHT_MIN or more of the pair."""
    return [
        (k, meant)
        for k in places
        for t in whole_neighbours(pair[k])
        if dictionary_freq(meant := pair[:k] + t + pair[k + 1 :]) >= RIGHT_MIN
    ]


def _sound_fits(pair: str, k: int, meant: str = "") -> bool:
    """Whether a character of the same syllable and tone as pair[k] (other than `meant`, the glyph's
    look-alike, when it is read alike too) makes a word of RIGHT_MIN of it."""
    from pypinyin.constants import PINYIN_DICT

    twins = _by_reading()
    for reading in PINYIN_DICT.get(ord(pair[k]), "").split(","):
        for c in twins.get(reading, ()):
            if c not in (pair[k], meant) and dictionary_freq(pair[:k] + c + pair[k + 1 :]) >= RIGHT_MIN:
                return True
    return False


@lru_cache(maxsize=1)
def _by_reading() -> dict[str, tuple[str, ...]]:
    """Toned syllable → the characters of the glyph table read so (GB 2312)."""
    from pypinyin.constants import PINYIN_DICT

    from mingjing.rules.glyph_look_alikes import characters

    out: dict[str, list[str]] = {}
    for c in characters():
        for reading in PINYIN_DICT.get(ord(c), "").split(","):
            if reading:
                out.setdefault(reading, []).append(c)
    return {r: tuple(cs) for r, cs in out.items()}


def _phrase(pair: str) -> bool:
    """Whether pypinyin knows the pair as a phrase (可资): a word jieba's dictionary lacks."""
    from pypinyin.constants import PHRASES_DICT

    return pair in PHRASES_DICT


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from mingjing.rules.residue_code import _SURNAMES

    return frozenset(_SURNAMES)


def _tag(ch: str) -> str:
    from mingjing.rules.postag import tag

    tags = tag(ch)
    return tags[0][1] if len(tags) == 1 else ""


def _function_word(ch: str) -> bool:
    return _tag(ch) in _FUNCTION_TAGS


def _verb(ch: str) -> bool:
    return _tag(ch).startswith("v")


def _listed(pair: str) -> bool:
    """Whether T116's or T130's table or T118's list holds the pair (their own suggestion stands)."""
    from mingjing.rules.classic_slips import wrong_forms
    from mingjing.rules.word_slips import shape_slip_table, two_character_slips

    return pair in two_character_slips() or pair in shape_slip_table() or pair in wrong_forms()


def _frame_pair_starts(text: str) -> list[int]:
    """Where a wrong pair of a neighbour by the frame table alone begins (FRAME_RIGHT_MIN, FRAME_BOUND_MAX):
    data/glyph_frame_pairs.tsv.xz (scripts/generate_glyph_frame_pairs.py), a memory-mapped table
    (rules/tables.py) looked up over the document's windows of two characters, shared with the other
    tables."""
    from mingjing.rules.tables import open_table

    return open_table("glyph_frame_pairs").find(text)


@lru_cache(maxsize=1)
def _bound_class() -> re.Pattern[str]:
    """One character class of the look-alike table's characters rarely a word alone (BOUND_MAX; 7 ms to
    compile once): a scan in C finds their places, where a set of the text's characters would make a
    string of every character first. The frame table's pairs are found by `_frame_pairs`."""
    freq = dictionary_freq.__wrapped__
    looks = frozenset(characters())
    characters_ = "".join(
        map(re.escape, sorted(c for c in _bound_characters() if c in looks and freq(c) <= BOUND_MAX))
    )
    return re.compile(f"[{characters_}]" if characters_ else "(?!)")


def _covered_beyond(words: list[str], starts: list[int], start: int) -> bool:
    """Whether a dictionary word of two or more characters covers text[start:start + 2] only in part."""
    first = bisect.bisect_right(starts, start) - 1
    end = start + 2
    for k in range(max(first, 0), min(first + 3, len(words))):
        at = starts[k]
        if at >= end:
            break  # the words are in order: none after it reaches back into the pair
        word = words[k]
        stop = at + len(word)
        if stop > start and len(word) >= 2 and (at < start or stop > end) and dictionary_freq(word) > 0:
            return True
    return False


def _inline_space(ch: str) -> bool:
    """A space inside a line; a line break is the line's end, no space left inside a word (r20: a pair
    closing its line, 资歪\n, is read as one closing a sentence)."""
    return ch.isspace() and ch not in "\n\r"


def glyph_slips(text: str, words: list[str], starts: list[int] | None = None) -> Iterator[tuple[int, str]]:
    """(start of the pair, the pair as meant) for every pair a glyph look-alike spoilt, left to right;
    `words` is the text's dictionary segmentation, `starts` its words' offsets when the caller has them."""
    from mingjing.rules.word_slips import reportable

    if starts is None or len(starts) != len(words):
        starts = list(accumulate(map(len, words), initial=0))
        if starts[-1] != len(text):
            return
    elif not words or starts[-1] + len(words[-1]) != len(text):
        return
    places = [m.start() for m in _bound_class().finditer(text)]  # the characters a written one can be
    starts_ = {k for at in places for k in (at - 1, at) if 0 <= k < len(text) - 1}
    starts_.update(_frame_pair_starts(text))  # the frame table's, by their listed pairs
    for start in sorted(starts_):
        pair = text[start : start + 2]
        if not _CJK_PAIR.match(pair):
            continue
        if pair[0] == pair[1] or dictionary_freq(pair) > 0:
            continue  # a word, or one character twice: no pair fits (`_pair_fits`), tested first
        if text[start + 2 : start + 3] in _PLACE_AFTER:
            continue  # 延桥县, 桐溪镇: a place's name before its suffix
        if _inline_space(text[start - 1 : start]) or _inline_space(text[start + 2 : start + 3]):
            continue  # a space a conversion left inside a word (施 工扬尘): the segmentation is off
        if _covered_beyond(words, starts, start):
            continue  # 资深人士: a word of the segmentation holds a character of the pair and more
        fit = _pair_fits(pair)
        if fit is None or _listed(pair) or text.count(pair) > 1:
            continue  # a pair written twice is the writer's own term
        if dictionary_freq(pair[1]) > FRAME_BOUND_MAX and dictionary_freq(text[start + 1 : start + 3]):
            continue  # a common second character makes a word with the next (`_common_fit`)
        if reportable(text, start, start + 2):
            yield start, fit[1]


@code_rule(
    "T157",
    "glyph-look-alike",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：字形相近的字写错（扫描识别或五笔输入常见）",
    "扫描件识别（OCR）和五笔输入常把字形相近的字弄混：“营”成了“菅”、“警”成了“譬”、“油”成了“汕”、"
    "“疗”成了“疔”。形近字取自字形本身的比对（不是人工列表）：两个字连起来不成词、把其中一个不常单用的字"
    "换成它的形近字恰好只有一种常用词时提示。",
    bad=[
        variant("建立行业舆情日报制度", "建立行业舆情[预譬]制度"),
        # in the body the same pair is a slip still (the head names the material's own body only)
        variant("2023年7月网民反映", "2023年7月[西岚]网民反映"),
        variant("全县“智慧交通”平台建设滞后", "全县“智慧交通”平台[运菅]滞后"),
        # a pair closing its line (r20): a line break is no space inside a word
        variant("建立行业舆情日报制度，", "建立行业舆情[预譬]\n"),
    ],
    good=[
        GOOD,
        variant(
            "建立行业舆情日报制度", "建立行业舆情预警制度，平台运营正常，会上逐人表态，工作迈上新台阶，不唯上"
        ),
        variant("2023年7月网民反映", "2023年7月延桥县网民反映"),
        # the material's own body named in its head: a name, no 西岸 (r26)
        GOOD.replace("宁川县交通运输局局长 王建国", "西岚精密仪器研究所第二研究室党支部 王建国"),
        # a round count and what it counts, a programme's short name (r26)
        variant("2023年7月网民反映", "2023年7月“服务进千企”行动中网民反映"),
        variant("全县“智慧交通”平台建设滞后", "全县“智慧交通”平台施 工滞后"),
        # an arbitration court's own word (the trades' lexicon: 调解 + 仲裁), no 调戏 (r24)
        variant("2023年7月网民反映", "2023年7月仲裁院坚持调裁结合，网民反映"),
    ],
)
def glyph_look_alike(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # read as simplified one character for one: 流於, 服務 are no slips
    text = ctx.text
    head = _head_end(ctx)
    for start, meant in glyph_slips(text, ctx.words(), ctx.word_starts()):
        if start < head and _BODY_NAME.match(text, start + 2, text.find("\n", start) % (len(text) + 1)):
            continue  # 东岚光学精密机械研究所: the material's own body named in its head, no 东岸 (r26)
        phrase = set_phrase_around(text, start)
        if phrase is not None:  # 脚踩实地 is 脚踏实地 written with 踩, not a slip of 脚踝 (round r22)
            at, fix = phrase
            yield rule.finding(text, at, at + 4, (fix,))
            continue
        yield rule.finding(text, start, start + 2, (meant,))


def _head_end(ctx: ReviewContext) -> int:
    """Where the material's head ends: its first HEAD_PARAGRAPHS paragraphs (the title, the unit, the author)."""
    paragraphs = ctx.outline.document.paragraphs
    return paragraphs[min(HEAD_PARAGRAPHS, len(paragraphs)) - 1].end if paragraphs else 0


@lru_cache(maxsize=1)
def _phrases_but_one() -> dict[str, tuple[str, ...]]:
    """Each four-character set phrase (idiom_slips.lexicon) under each of its forms with one character
    left open (脚踏实地 under 脚_实地)."""
    from mingjing.rules.idiom_slips import lexicon

    index: dict[str, list[str]] = {}
    for phrase in lexicon():
        for k in range(4):
            index.setdefault(phrase[:k] + "_" + phrase[k + 1 :], []).append(phrase)
    return {key: tuple(v) for key, v in index.items()}


def set_phrase_around(text: str, start: int) -> tuple[int, str] | None:
    """(where, the phrase) when a four-character stretch over the odd pair at `start` is one set phrase with
    one character of the pair changed, and only one phrase fits: the writer missed the phrase's character."""
    index = _phrases_but_one()
    for at in range(max(0, start - 2), start + 1):
        window = text[at : at + 4]
        if len(window) < 4 or not all("\u4e00" <= c <= "\u9fff" for c in window):
            continue
        for k in (start - at, start - at + 1):
            fits = [p for p in index.get(window[:k] + "_" + window[k + 1 :], ()) if p != window]
            if len(fits) == 1:
                return at, fits[0]
    return None
