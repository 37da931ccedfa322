"""An adverb and its look-alike put for each other (T167): 未端 → 末端, 末造成 → 未造成.

The commonest adverbs of one character (jieba's dictionary: tag d, frequency ADVERB_MIN or more alone:
未, 已, 仅, 极, 特 …) stand alone as words, so the tables of two-character slips (T116, T166, T316) leave
every pair holding one of them out. A scan or 五笔 confuses them with their glyph look-alikes
(rules/glyph_look_alikes.py, score LOOK_ALIKE_MIN or more: 未/末, 已/己, 仅/仪). Read in both directions,
with the segmentation of the clause (rjieba, dictionary only) as the frame:

- the adverb written where its look-alike makes a noun with the next character: the adverb is a lone
  token, it and the next character make no word, and the look-alike does make a noun, locative or time
  word of frequency NOUN_MIN or more with it (未端 → 末端, 未梢 → 末梢); an adverb must go before a verb or
  an adjective, so a next token that is one (未完全, 未及时) leaves it alone, and so does a series of
  the adverb (真学真懂) or a longer word opening at the next character (不游山玩水);
- the look-alike written alone where the adverb belongs: it is a lone token that makes no word with
  either neighbour, is no verb, name, pronoun or measure word itself (评查: 查; 聂启航; 与己; A级), is less
  common alone than LONE_MAX (下, 大, 王 stand as words), and the next token is a verb or an adjective of two characters
  or an adverb (末造成 → 未造成, 末得到 → 未得到, 末及时 → 未及时); for 未 and 已 also at a clause's
  start (，末形成 → 未形成), and 己 for 已 though 己 is a pronoun (目前己完成) unless a preposition takes it
  (与己无关).

Round r28: an adverb before a word of its own far commoner than the look-alike's noun stays (讲得太专业: 专业, no
大专).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.glyph_look_alikes import look_alike_score, look_alikes
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

ADVERB_MIN = 5000  # an adverb this frequent alone in jieba's dictionary stands as a word
LOOK_ALIKE_MIN = 88  # glyph look-alike score (per cent)
LONE_MAX = 10_000  # a look-alike this frequent alone (下, 大, 王) is a word of its own where it stands
NOUN_MIN = 50  # the look-alike's word (末端 516, 末梢 93)
RIVAL = 5  # the next two characters' word this many times as common as the look-alike's noun wins (专业/大专)
_NOUN_TAGS = ("n", "f", "t", "s")
_PREDICATE_TAGS = ("v", "a", "vn", "ad", "an", "vd")
_NOT_STANDING_IN = ("v", "nr", "r", "q", "m", "ng", "zg")  # 查, 聂, 己, 级 …: the look-alike is a word itself
_CLAUSE = 8  # characters each side segmented
_ASPECT = frozenset("未已")  # the negation and the perfect: a verb follows them at a clause's start too
_CLAUSE_OPENERS = frozenset(("", "，", "；", "：", "。", "、", "！", "？"))
_TAKES_SELF = frozenset("与为于对由从把被给向替损")  # prepositions and verbs whose object 己 is


def _tag(word: str) -> str:
    import rjieba

    return dict(rjieba.tag(word)).get(word, "")


@lru_cache(maxsize=1)
def adverb_twins() -> dict[str, tuple[str, ...]]:
    """Each common one-character adverb → its glyph look-alikes (score LOOK_ALIKE_MIN or more)."""
    import rjieba

    out: dict[str, tuple[str, ...]] = {}
    for code in range(0x4E00, 0xA000):
        c = chr(code)
        if rjieba.has_word(c) and rjieba.suggest_freq(c) - 1 >= ADVERB_MIN and _tag(c) == "d":
            twins = tuple(t for t in look_alikes(c) if look_alike_score(c, t) >= LOOK_ALIKE_MIN)
            if twins:
                out[c] = twins
    return out


@lru_cache(maxsize=1)
def _standing_in() -> dict[str, str]:
    """Look-alike → the adverb it can stand in for."""
    out: dict[str, str] = {}
    for adverb, twins in adverb_twins().items():
        for t in twins:
            out.setdefault(t, adverb)
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """Any adverb of the table or any of its look-alikes."""
    return re.compile("[" + "".join(sorted(set(adverb_twins()) | set(_standing_in()))) + "]")


def _tokens_at(text: str, at: int) -> tuple[str, str, str]:
    """(previous token, the token at `at`, next token) of the dictionary segmentation of the clause."""
    import rjieba

    left = max(0, at - _CLAUSE)
    tokens = rjieba.cut(text[left : at + _CLAUSE], False)
    pos = left
    for k, token in enumerate(tokens):
        if pos == at:
            before = tokens[k - 1] if k else ""
            return before, token, tokens[k + 1] if k + 1 < len(tokens) else ""
        pos += len(token)
        if pos > at:
            break
    return "", "", ""


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _opens_own_word(text: str, at: int, right: str) -> bool:
    """Whether the character after the adverb at `at` opens a word with the next one that the dictionary holds
    RIVAL times as often as the look-alike's noun (讲得太专业: 专业 16,213 against 大专 601; 未端的 stays, 端的 520
    against 末端 516): the adverb grades that word (r28)."""
    return dictionary_freq(text[at + 1 : at + 3]) > RIVAL * dictionary_freq(right)


def adverb_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of every adverb put for its look-alike or the other way round."""
    twins = adverb_twins()
    standing_in = _standing_in()
    for m in _pattern().finditer(text, 0, max(0, len(text) - 2)):
        at, ch = m.start(), m.group()
        x, prev = text[at + 1], text[at - 1] if at else ""
        if not _cjk(x) or dictionary_freq(ch + x) or (prev and dictionary_freq(prev + ch)):
            continue
        if ch in twins:
            right = next(
                (
                    t + x
                    for t in twins[ch]
                    if dictionary_freq(t + x) >= NOUN_MIN and _tag(t + x) in _NOUN_TAGS
                ),
                None,
            )
            series = ch in text[at + 2 : at + 5]  # 真学真懂, 真学、真信: a series of the adverb
            longer = any(dictionary_freq(text[at + 1 : at + n]) for n in (4, 5))  # 不游山玩水
            if right is not None and not series and not longer and not _opens_own_word(text, at, right):
                _before, token, after = _tokens_at(text, at)
                if token == ch and _tag(after) not in _PREDICATE_TAGS:
                    yield at, at + 2, right
                    continue
        adverb = standing_in.get(ch)
        if adverb is None or dictionary_freq(ch) >= LONE_MAX:
            continue
        if not (prev and _cjk(prev)) and not (adverb in _ASPECT and prev in _CLAUSE_OPENERS):
            continue  # at a clause's start only 未/已 (，末形成): another look-alike opens a clause as a noun
        if _tag(ch) in _NOT_STANDING_IN and not (
            adverb in _ASPECT and ch == "己" and prev not in _TAKES_SELF
        ):
            continue  # 己 before a verb is 已 unless a preposition takes it (与己无关, 对己严)
        _before, token, after = _tokens_at(text, at)
        if (
            token == ch
            and len(after) == 2
            and dictionary_freq(after)
            and _tag(after) in (*_PREDICATE_TAGS, "d", "c")
        ):
            yield at, at + 3, adverb + after


@code_rule(
    "T167",
    "adverb-look-alike",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：副词和字形相近的字写混了",
    "“未、已、仅、极”这类副词单用成词，两个字的错字表都把它们排除在外；扫描识别或五笔输入却常把它们和形近字"
    "写混（未端→末端、末造成→未造成）。只在副词后面接的不是动词、形容词而形近字能和下一个字组成名词，"
    "或形近字单独出现、不成词、后面紧跟动词时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对数据采集[未端]的质量控制不严。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，虽然[末造成]严重后果，但影响不好。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对数据采集末端的质量控制不严，虽然未造成严重后果，周末加班，执法记录仪使用不规范，"
            "评查发现问题，未完全整改。",
        ),
        # the adverb grades a common word of its own: no 大专 (r28)
        variant("我两天后才安排核查。", "我两天后才安排核查，群众反映讲解讲得太专业，听不太懂。"),
    ],
)
def adverb_look_alike(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in adverb_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))
