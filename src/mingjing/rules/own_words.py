"""The material as its own model (T136): a word it writes correctly elsewhere, written once as a
near twin that is no word — 学锡 for 学习, 纪履 for 纪律, 动行 for 行动 — whichever word it is.

Lists of misspellings trail the words people really mistype; the material itself knows its words.
Its segmentation (rjieba) gives its two-character words of jieba's dictionary (frequency WORD_MIN
or more) that it writes at least TWICE, alone or inside a longer word (学习 in 认真学习); a slip of
one of them falls apart into two single characters, or into a two-character run the segmenter
guesses as an unknown word, that make no word of the dictionary. Such a pair is read as the word
when it differs from it:

- in one character of the same toneless syllable or of a dialect-merged one (z/zh, c/ch, s/sh, n/l,
  f/h, an/ang, en/eng, in/ing; each character's first reading), or of a similar shape
  (data/similar_shapes.yaml); or
- by its two characters swapped, both of them below SINGLE_MAX alone (课上 for 上课 is Chinese);

and the written character is no common word of its own (below SINGLE_MAX alone in jieba's
dictionary: 二是 for 二十, 时有 for 有时, 村在 for 存在 are ordinary text), the pair is written once
(运维所 written seven times is the unit's name), its first character closes no unit's name (3个村在), and the segmenter's guessing of unknown words does not
join either character to a neighbour outside the pair (对潘卫东: a name).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, compress
from operator import and_
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import UNIT_ENDS, dictionary_freq
from mingjing.rules.near_twin import shape_pairs
from mingjing.rules.sample import variant
from mingjing.rules.segmentation import two_character_places
from mingjing.rules.word_slips import reportable

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 100
TWICE = 2
SINGLE_MAX = 10_000  # 是, 在, 有, 时 … are far above it alone in jieba's dictionary
_CJK = re.compile(r"[\u4e00-\u9fff]")
_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"))
_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))
_HOW = {"sound": "音同或音近", "shape": "形近", "swap": "前后颠倒"}


@lru_cache(maxsize=8192)
def merged_syllable(ch: str) -> str:
    """The character's first toneless reading with dialect-merged initials and finals made one."""
    from pypinyin import lazy_pinyin

    return merge_dialect(lazy_pinyin(ch)[0])


def merge_dialect(syllable: str) -> str:
    """A toneless syllable with the initials and finals a dialect merges made one (zh/z, ch/c, sh/s,
    ang/an, eng/en, ing/in, l/n, h/f): 折 zhe and 择 ze are both ze."""
    for long, short in _INITIALS:
        if syllable.startswith(long):
            syllable = short + syllable[len(long) :]
    for long, short in _FINALS:
        if syllable.endswith(long):
            syllable = syllable[: -len(long)] + short
    if syllable[:1] in ("l", "h"):
        syllable = {"l": "n", "h": "f"}[syllable[0]] + syllable[1:]
    return syllable


def _twin(word: str, i: int, written: str) -> str | None:
    """How `written` in the place of word[i] is a near twin of it (sound, shape), or None."""
    if dictionary_freq(written) >= SINGLE_MAX:
        return None
    if merged_syllable(written) == merged_syllable(word[i]):
        return "sound"
    if (word[i], written) in shape_pairs():
        return "shape"
    return None


def own_word_slips(
    text: str,
    tokens: list[str],
    two_character: dict[str, list[int]] | None = None,
    counts: Counter[str] | None = None,
    starts: list[int] | None = None,
) -> Iterator[tuple[int, str, str, int]]:
    """(offset, word, how, uses) of every pair of characters read as a twin of the text's own word:
    a two-character token that is no word, or two single-character tokens side by side.
    `two_character`: the tokens' `two_character_places`, `counts`: the tokens counted, `starts`: their
    offsets, when the review has them already."""
    if two_character is None:
        two_character = two_character_places(tokens)
    if counts is None:
        counts = Counter(tokens)
    vocabulary = Counter({t: len(at) for t, at in two_character.items()})
    longer = [(t, n) for t, n in counts.items() if 3 <= len(t) <= 4]  # distinct, in the order first met
    written = Counter(vocabulary)  # 学习 in 认真学习 is written too
    for t, n in longer:
        written[t[:2]] += n
    for t, n in longer:
        written[t[1:3]] += n
    for t, n in longer:
        if len(t) == 4:
            written[t[2:]] += n
    words = [w for w, n in written.items() if n >= TWICE and dictionary_freq(w) >= WORD_MIN]
    by_first: dict[str, list[str]] = {}
    by_second: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w)
        by_second.setdefault(w[1], []).append(w)
    own = set(words)
    unknown = {t for t in vocabulary if not dictionary_freq(t)}
    if starts is None or len(starts) != len(tokens):
        starts = list(accumulate(map(len, tokens), initial=0))
    pairs = [(starts[i], t) for t in unknown for i in two_character[t]]
    common = _common_singles()  # a pair of two rarer single characters may be an own term's twin
    single = list(map((1).__eq__, map(len, tokens)))
    side_by_side = map(and_, single, single[1:])  # two single-character tokens in a row, picked at C speed
    pairs += [
        (at, a + b)
        for at, a, b in compress(zip(starts, tokens, tokens[1:]), side_by_side)
        if a in by_first or b in by_second or b + a in own or _rarer_pair(a, b, common)
    ]
    for at, pair in sorted(pairs):
        a, b = pair[0], pair[1]
        if not (_CJK.match(a) and _CJK.match(b)) or dictionary_freq(pair) or a in UNIT_ENDS:
            continue
        if pair in lexicon_terms():
            continue  # 存史 of a chronicle office, 数智 of the digital trades: a right word the dictionary lacks (r25)
        found: tuple[str, str] | None = None
        for w in by_first.get(a, []):
            how = _twin(w, 1, b)
            if how:
                found = (w, how)
                break
        for w in by_second.get(b, []) if found is None else []:
            how = _twin(w, 0, a)
            if how:
                found = (w, how)
                break
        if found is None and b + a in own and max(dictionary_freq(a), dictionary_freq(b)) < SINGLE_MAX:
            found = (b + a, "swap")
        if found is None and _rare(pair):
            found = own_term_twin(text, at, pair, guessed=pair in unknown)
            if found is not None and (not reportable(text, at, at + 2) or _in_series(text, at)):
                found = None  # T116's guard; 以学铸魂、以学增志: a coined series
        if found is not None and found[1] != "swap" and _changed_joins_neighbour(text, at, found[0]):
            continue  # 两周内补上: 补 opens 补上, no 内部
        if found is not None and _after_date(text, at, found[0]):
            continue  # 2026年读原著笔记: 年 closes a date, 读 opens the next words (r22)
        if found is not None and text.count(pair) == 1:
            yield at, found[0], found[1], written[found[0]] if found[0] in own else text.count(found[0])


def lexicon_terms() -> frozenset[str]:
    """The genre's and the trades' terms (rules/own_words_once.py), read as words of their own."""
    from mingjing.rules.own_words_once import _terms

    return _terms()


def _after_date(text: str, at: int, word: str) -> bool:
    """Whether the pair's first character closes a date (2026年, 3月: a digit before it) and the text never
    writes its own word with what follows the pair (年度原著): the pair straddles the date's end. A slip of
    年度 after a year (2024年读民主生活会) keeps the words the text writes after 年度 elsewhere (年度民主)."""
    if text[at] not in "年月" or at == 0 or not text[at - 1].isdigit() or word[0] != text[at]:
        return False
    return word + text[at + 2 : at + 4] not in text


def _changed_joins_neighbour(text: str, at: int, word: str) -> bool:
    """Whether the pair's changed character makes a word of the dictionary with its neighbour outside the
    pair (两周内补上: 补上; 在县医保: 县医保 is no such case, 县 closes nothing): it belongs to that word."""
    if word[0] == text[at]:  # the second character was changed
        return dictionary_freq(text[at + 1 : at + 3]) > 0
    return at > 0 and dictionary_freq(text[at - 1 : at + 1]) > 0


@lru_cache(maxsize=1)
def _common_singles() -> frozenset[str]:
    """The characters of SINGLE_MAX or more alone in jieba's dictionary (是, 在, 中, 一 …)."""
    import rjieba

    chars = (chr(c) for c in range(0x4E00, 0xA000))
    return frozenset(c for c in chars if rjieba.has_word(c) and rjieba.suggest_freq(c) - 1 >= SINGLE_MAX)


def _rarer_pair(a: str, b: str, common: frozenset[str]) -> bool:
    """Two Chinese characters, neither of them in `common` (the common single words)."""
    return a not in common and b not in common and "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"


def _rare(pair: str) -> bool:
    """Both characters Chinese and rare as words alone (below SINGLE_MAX)."""
    common = _common_singles()
    return all("\u4e00" <= c <= "\u9fff" and c not in common for c in pair)


OWN_TERM_TIMES = 3  # a run the dictionary lacks, written this often, is the material's own term


def _in_series(text: str, at: int) -> bool:
    """Whether the two characters before text[at:at+2] open another run close by (以学铸魂、以学增志)."""
    frame = text[max(0, at - 2) : at]
    return (
        len(frame) == 2
        and bool(_CJK.match(frame[0]))
        and (frame in text[max(0, at - 16) : at - 2] or frame in text[at + 2 : at + 18])
    )


def _standing_alone(text: str, term: str) -> int:
    """How often `term` is written as a word: not inside a longer word of the dictionary, and neither
    of its characters bound closer to a neighbour (短视 in 短视频 is 短 + 视频)."""
    n = 0
    k = text.find(term)
    own = dictionary_freq(term)
    while k >= 0:
        if (
            not (k and dictionary_freq(text[k - 1 : k + 2]))
            and not dictionary_freq(text[k : k + 3])
            and not (k and dictionary_freq(text[k - 1 : k + 1]) > own)
            and not dictionary_freq(text[k + 1 : k + 3]) > own
        ):
            n += 1
        k = text.find(term, k + 1)
    return n


def own_term_twin(text: str, at: int, pair: str, guessed: bool = False) -> tuple[str, str] | None:
    """(term, how) where `pair` at `at` is a near twin of a two-character term the dictionary lacks but
    the material writes OWN_TERM_TIMES or more times (揽投 in 揽投部, 揽投员: 览投 written once is its
    slip), or None. Both characters of the term are rare alone (below SINGLE_MAX), so that a run across
    two words (的工) is no term, and known to the dictionary alone (a traditional text's 習慣 is not
    read against a 習貫). A `guessed` pair (the segmenter's guessing read it as one unknown word) is read
    against a word of the dictionary the material writes once elsewhere (扶育 beside 抚育; T136's own
    words must be written twice and of frequency WORD_MIN)."""
    for i in (0, 1):
        keep = pair[1 - i]
        seen: set[str] = set()
        k = text.find(keep)
        while k >= 0:
            j = k - 1 if i == 0 else k + 1
            if 0 <= j < len(text) and j not in (at, at + 1):
                term = text[j] + keep if i == 0 else keep + text[j]
                if (
                    term not in seen
                    and term != pair
                    and _CJK.match(text[j])
                    and _rare(term)
                    and min(dictionary_freq(term[0]), dictionary_freq(term[1])) > 0  # no traditional form
                    and _twin(term, i, pair[i])
                    and _standing_alone(text, term)
                    >= (1 if guessed and dictionary_freq(term) else OWN_TERM_TIMES)
                ):
                    return term, _twin(term, i, pair[i]) or "sound"
                seen.add(term)
            k = text.find(keep, k + 1)
    return None


@code_rule(
    "T136",
    "own-word-twin",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”（{how}）：本材料别处 {uses} 次写作“{suggestion}”，这里的写法不成词",
    "材料自己就是最好的词表：一个词在别处写对了，这里只写了一次、又和它音同音近、形近或前后颠倒，"
    "多半是输入法选错了字或打错了键（学锡、纪履、动行）。只在这两个字拼不成词、写错的字单独也不是常用字"
    "（是、在、有、时不算）、这种写法全文只出现一次、也不是人名地名的一部分时提示。",
    bad=[
        variant(
            "按照县委要求",
            "按照县委要求，加强学习，坚持学习，认真[学锡]",
        ),
        variant(
            "按照县委要求",
            "按照县委要求，纪律是底线，纪律要严守，执行[纪履]不力",
        ),
        # after a year, where the text writes 年度 with the same words that follow (r22)
        variant(
            "按照县委要求",
            "按照县委要求，开好2024年度民主生活会，开好年度工作会，会前召开2024[年读]民主生活会筹备会",
        ),
    ],
    good=[
        # a chronicle office's 存史 beside the village's 村史, a digital trade's 数智 beside 数字 (the trades' lexicon, r25)
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。村史馆村史资料收集不全，存史资政作用发挥不够；数字化转型慢，数字经济、数智中心建设滞后。",
        ),
        # 年 closes the date 2026年 and 读 opens 读原著笔记: the text writes no 年度原著 (r22)
        variant(
            "按照县委要求", "按照县委要求，开好年度民主生活会，年度计划已定，2026年读原著笔记不少于3万字"
        ),
        variant(
            "按照县委要求",
            "按照县委要求，加强学习，坚持学习，二是，有时，有时，存在，存在，李家村在，对方，对方，对潘卫东说",
        ),
        # a trade's own verb beside the dictionary's (压降 in a grain firm's report, 压减 elsewhere: r19)
        variant("按照县委要求", "按照县委要求，月报表压减一半，开支压减三成，压降逾期应收账款50%以上"),
        # the changed character opens a word with its neighbour (补上): it is that word's (r20)
        variant("按照县委要求", "按照县委要求，加强内部管理，完善内部制度，缺课的必须在两周内补上"),
        # a courier's everyday word (the trades' lexicon) beside the piece-rate's 计件 (r24)
        variant("按照县委要求", "按照县委要求，派件员按计件领酬，计件单价按月公示，旺季寄件客户多"),
    ],
)
def own_word_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at, word, how, uses in own_word_slips(
        text, ctx.words(), ctx.two_character_words(), ctx.word_counts(), ctx.word_starts()
    ):
        yield rule.finding(text, at, at + 2, (word,), how=_HOW[how], uses=uses)
