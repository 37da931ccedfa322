"""The paragraph's own word written once right and once as a twin that is no word (T170): 赔餐 beside 陪餐记录,
撩荒地 beside 撂荒, 基今 beside 医保基金, 养劳床位 beside 养老服务.

T136 (rules/own_words.py) and T161 (rules/own_twins.py) read a slip against a word the material writes at
least TWICE; a writer who types a trade's word twice in one paragraph, once right and once with the input
method's neighbour, leaves a single right use as the only evidence. This rule reads it when the evidence is
close and the slip is plainly no word:

- the right word (two characters) is a word of jieba's dictionary (WORD_MIN) or a term of the genre's or
  the trades' lexicons (陪餐, 撂荒), two characters of the slip's own paragraph (read there around the
  character the two share), and no more than once in the text where it is a word of jieba's (more is T136's
  and T161's);
- the slip differs from it in one character of the same toneless syllable (the right character as read in
  its word, 能 in 不能 neng, never a rare reading; any reading of the written one; no dialect merge, which
  T136's two uses may afford: 强 jiang is no 建 jian) or a look-alike (the shape
  tables), and that character is no common word alone (SINGLE_MAX: 是, 在, 有; a pair the segmenter guessed
  as one word only the commonest, VERY_FREQUENT);
- the slip is no word of the dictionary and no term, written once in the whole text, and stands where the
  segmentation makes it a word of its own, two single characters side by side (both rare alone), or a
  single rare character before a word whose first character it takes (撩 + 荒地, where 撂荒地 is a word or a
  term: the right word would join that word as the slip does not); the character it keeps of the word is
  rare alone too (不全, 这一 are words side by side; 河常 for 河长 is left);
- no numeral and its measure (其中一编 beside 一遍), no 近/约/逾 opening a count (停钻近20天 beside 钻进,
  round r20), no person's name, no member of a coined series, no
  piece of a fixed phrase (T116's gates).

The candidates are the runs of whole tokens the review keeps for T161 (segmentation.whole_token_runs); a
run once read as no candidate is kept in a set for the process, so that the words every material writes are
dropped by one set difference (about 0.3 ms on 5,000 characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.near_twin import shape_pairs
from mingjing.rules.own_words import SINGLE_MAX, WORD_MIN, _common_singles
from mingjing.rules.postag import adverb_or_pronoun
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_HOW = {"sound": "音同或音近", "shape": "形近"}
_NUMERALS = frozenset("一二两三四五六七八九十百千万几每半")
# a character that opens a count's phrase (近20天, 约3成, 逾百人): no second half of a slip before a number
_BEFORE_COUNT = frozenset("近约逾超达共仅足满")
VERY_FREQUENT = 100_000  # a character this frequent alone (是, 有, 在) is a word even inside a guessed pair


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    """The genre's and the trades' terms (two characters or more)."""
    from mingjing.rules.genre_lexicon import genre_term_set
    from mingjing.rules.trade_lexicon import trade_term_set

    return frozenset(genre_term_set()) | frozenset(trade_term_set())


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    return dictionary_freq(word) > 0 or word in _terms()


@lru_cache(maxsize=1)
def _rare_singles() -> frozenset[str]:
    """The Chinese characters below SINGLE_MAX alone in jieba's dictionary (not 是, 在, 中, 一 …)."""
    common = _common_singles()
    return frozenset(c for c in map(chr, range(0x4E00, 0xA000)) if c not in common)


@lru_cache(maxsize=65536)
def _right_word(word: str) -> bool:
    return dictionary_freq(word) >= WORD_MIN or word in _terms()


@lru_cache(maxsize=8192)
def _all_syllables(ch: str) -> frozenset[str]:
    """Every reading of the character, toneless (撩 liao, 撂 liao; 强 qiang and jiang)."""
    from pypinyin import Style, pinyin

    return frozenset(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


@lru_cache(maxsize=65536)
def _twin(right: str, right_reading: str, written: str, limit: int) -> str | None:
    """How `written` stands for `right` (sound: a reading of it is `right_reading`, the right character's
    in its word; shape), or None; a written character this frequent alone (`limit`) is a word of its own."""
    if dictionary_freq(written) >= limit:
        return None
    if right_reading in _all_syllables(written):
        return "sound"
    if (right, written) in shape_pairs():
        return "shape"
    return None


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def once_slips(
    text: str,
    runs2: tuple[list[int], list[str]],
    runs3: tuple[list[int], list[str]],
    two_character: dict[str, list[int]],
) -> Iterator[tuple[int, str, str, str]]:
    """(offset, slip, the paragraph's word, how) of every two-character slip read as a word its own
    paragraph writes right, left to right. `runs2`, `runs3`: the runs of two and three characters made of
    whole tokens (segmentation.whole_token_runs, which the review keeps for T161), `two_character`: the
    two-character tokens (segmentation.two_character_places)."""
    found: list[tuple[int, str, str, str]] = []
    # a run of two that makes no word: one token the segmenter guessed (赔餐, 基今), or two single
    # characters both rare alone (一 + 编, 不 + 太: a common character is a word of its own)
    rare = _rare_singles()
    candidates = _fresh(set(runs2[1]), _slip_form, _NO_SLIP)
    for slip in candidates:  # written once or left at the end: its first place is its place
        one_token = slip in two_character
        if one_token or (slip[0] in rare and slip[1] in rare):
            found += _read(text, text.find(slip), slip, "", VERY_FREQUENT if one_token else SINGLE_MAX)
    # a rare single character before a word whose first character it takes (撩 + 荒地)
    candidates = _fresh(set(runs3[1]), _single_before_word, _NO_SINGLE)
    for run in candidates:
        found += _read(text, text.find(run), run[:2], run[1:], SINGLE_MAX)
    yield from sorted(found)


# the runs already read as no candidate, kept for the process (a set difference drops them at C speed:
# most runs of a material are words every material writes); emptied when they grow past MEMO_MAX
_NO_SLIP: set[str] = set()
_NO_SINGLE: set[str] = set()
MEMO_MAX = 500_000


def _fresh(runs: set[str], candidate: Callable[[str], bool], memo: set[str]) -> list[str]:
    """The runs that `candidate` takes, each run read once a process (`memo` keeps those it left)."""
    if len(memo) > MEMO_MAX:
        memo.clear()
    runs.difference_update(memo)
    taken = [r for r in runs if candidate(r)]
    memo.update(runs.difference(taken))
    return taken


def _slip_form(run: str) -> bool:
    """Two characters that make no word and no term, the first no numeral (其中一编: a numeral and its
    measure are two words)."""
    rare = _rare_singles()  # the character kept from the word must be rare alone (see _read)
    return run[0] not in _NUMERALS and (run[0] in rare or run[1] in rare) and not _known(run)


def _single_before_word(run: str) -> bool:
    """Three characters: a rare one and a word of two, the first two no word."""
    return (
        run[0] in _rare_singles()
        and run[0] not in _NUMERALS
        and dictionary_freq(run[1:]) > 0
        and not _known(run[:2])
        and not _known(run)
    )


def _read(text: str, at: int, slip: str, joined: str, limit: int) -> list[tuple[int, str, str, str]]:
    """[(offset, slip, word, how)] where the slip at `at`, written once, is a twin of a word of its
    paragraph."""
    p0, p1 = _paragraph(text, at)
    rare = _rare_singles()
    for i in (1, 0):  # the character changed
        keep = slip[1 - i]
        if keep not in rare:
            continue  # 不全, 这一: the kept character is a word of its own beside any other
        if i == 0 and adverb_or_pronoun(slip[0]):
            continue  # 逐块落实 beside 地块: 逐 (one by one) opens a phrase with any noun (r24)
        k = text.find(keep, p0, p1)
        while k >= 0:
            j = k + 1 if i == 1 else k - 1  # where the paragraph's word has its other character
            if p0 <= j < p1 and j not in (at, at + 1) and text[j] != slip[i]:
                word = keep + text[j] if i == 1 else text[j] + keep
                how = _right_word(word) and _twin(word[i], _word_reading(word)[i], slip[i], limit)
                if how and (not joined or _known(word + joined[1:])) and _reportable(text, at):
                    if text.count(slip) != 1 or _written_twice(text, word):
                        return []  # a form written twice is the writer's; T136 and T161 read a word written twice
                    return [(at, slip, word, how)]
            k = text.find(keep, k + 1, p1)
    return []


def _reportable(text: str, at: int) -> bool:
    """No person's name, no piece of a fixed phrase, no member of a coined series (学纪、知纪)."""
    from mingjing.rules.word_slips import _a_name, _fixed_phrases, _trade_term

    if _a_name(text, at, at + 2) or _trade_term(text, at, at + 2):
        return False  # 口岸提效降费: governance's own compact word (data/trade_terms.yaml), no 实效 (r22)
    if text[at + 1] in _BEFORE_COUNT and (
        text[at + 2 : at + 3].isdigit() or text[at + 2 : at + 3] in _NUMERALS
    ):
        return False  # 停钻近20天: 近 opens the count's phrase (nearly 20 days), no word with 钻
    if any(text[j : j + 4] in _fixed_phrases() for j in range(max(0, at - 2), at + 1)):
        return False
    return not any(
        (i >= d and text[i - d] == text[i]) or (i + d < len(text) and text[i + d] == text[i])
        for i in (at, at + 1)
        for d in (2, 3)
    )


def _written_twice(text: str, word: str) -> bool:
    return dictionary_freq(word) >= WORD_MIN and text.count(word) >= 2


@lru_cache(maxsize=65536)
def _word_reading(word: str) -> tuple[str, ...]:
    """The word's characters as pypinyin reads the word, toneless (不能 bu neng: no 能 tai)."""
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(word))


@code_rule(
    "T170",
    "paragraph-own-word-twin",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”（{how}）：同一段里写作“{suggestion}”，这里的写法不成词",
    "同一段文字里，一个词（词典里的词或行业、本文体的常用语）写对了一次，另一处只写了一次、"
    "又和它音同音近或形近、本身不成词，多半是输入法选错了字（赔餐与陪餐记录、撩荒地与撂荒）。"
    "写错的字单独是常用字（是、在、有）的、像人名的、属于并列的仿词（学纪、知纪）的不提示。",
    bad=[
        variant(
            "按照县委要求",
            "按照县委要求，校领导陪餐制度坚持得不好，全年[赔餐]记录只有9次",
        ),
        variant(
            "按照县委要求",
            "按照县委要求，调研[撩荒]地整治时只听汇报，对撂荒成因分析不深",
        ),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，年初制定了学习计划，又制订了配套制度，陪同检查组调研，赔偿款已发放",
        ),
        variant(
            "按照县委要求",
            "按照县委要求，王磊同志和王雷同志分别负责两个片区，学纪、知纪、明纪，每月通读一遍其中一编",
        ),
        variant("按照县委要求", "按照县委要求，没有及时调整钻进工艺，导致该孔停钻近20天"),
        # governance's compact word (提效降费), no twin of 实效 (r22)
        variant("按照县委要求", "按照县委要求，口岸提效降费8项重点任务推进缓慢，学习缺乏实效"),
        # 逐 (one by one) opens a phrase with any noun, no twin of the paragraph's 地块 (r24)
        variant("按照县委要求", "按照县委要求，对撂荒地块建立台账，逐块落实复耕措施"),
    ],
)
def paragraph_own_word_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    runs = ctx.whole_token_runs(2), ctx.whole_token_runs(3)
    for at, slip, word, how in once_slips(text, *runs, ctx.two_character_words()):
        yield rule.finding(text, at, at + len(slip), (word,), how=_HOW[how])
