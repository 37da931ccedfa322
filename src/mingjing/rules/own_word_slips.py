"""A word the material writes right elsewhere, here typed as its shape or sound twin in the same frame
of characters (T171): 防汛抗早 beside 防汛抗旱, 库存数最 beside 库存数量, 机关于部 beside 机关干部.

T170 (rules/own_words_once.py) reads a twin against a word of its own paragraph; T136 and T161 a word the
material writes twice. A writer who types a trade's phrase right in the opening and spoils it pages on
leaves the document's own phrase as the evidence, with its neighbours: the spoilt place and the right one
share the characters around the word, not the word alone. Reported where

- a run of whole tokens of two characters is no word and no term (抗早, 于部, 数最), written once;
- it differs in one character from a word of WORD_MIN the material writes elsewhere (抗旱, 干部, 数量), the
  two changed characters twins (shape: rules/shape_neighbours.py, or two part neighbours in common, 早/旱;
  or one toneless syllable: 签/迁), the written one not very common alone (WRITTEN_MAX), no locative (群中)
  and no function word unless the segmenter guessed the pair as one word (重太, 于部), the kept one no
  function word;
- two characters beyond the kept one, or one on each side, are the same at both places (防汛|抗早 and
  防汛|抗旱);
- T116's guard (`reportable`: no name, no parallel series, no trade term) lets it through.

The right words a pair's twins make are found once a process (`_rights`, about 0.1 ms for a new pair); a
document then costs a look-up of each right word it may hold (about 0.4 ms on 5,000 characters).

A dropped character read the same way (市场监部门 beside 市场监管) was tried in r19 and left: the genre's
abbreviations (优服务, 患沟通, 院党组, 不够严) are as frequent as the slip on the clean materials.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.own_words import WORD_MIN
from mingjing.rules.sample import variant
from mingjing.rules.stored import stored

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WRITTEN_MAX = 110_000  # a character this frequent alone (的, 是, 在) is a word wherever it stands
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LOCATIVES = frozenset("中上下内外里前后间旁")
_FREE = frozenset("不没未也都又再才就还只很最更太可能会应要须得的地了着过之和与及或在是有把被对为从向")


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    from mingjing.rules.own_words_once import _known as known

    return known(word)


@stored
def _shared_parts() -> dict[str, frozenset[str]]:
    """Character → the characters sharing two or more part neighbours with it (早/旱: 干, 午, 覃)."""
    from mingjing.rules.glyph_look_alikes import neighbour_table
    from mingjing.rules.glyph_parts import TABLE

    table = neighbour_table(TABLE)
    by_part: dict[str, list[str]] = {}
    for ch, entry in table.items():
        for part in entry[0]:
            by_part.setdefault(part, []).append(ch)
    out: dict[str, frozenset[str]] = {}
    for ch, entry in table.items():
        counts: dict[str, int] = {}
        for part in entry[0]:
            for other in by_part.get(part, ()):
                if other != ch:
                    counts[other] = counts.get(other, 0) + 1
        out[ch] = frozenset(o for o, n in counts.items() if n >= 2)
    return out


@lru_cache(maxsize=65536)
def _candidate_pair(pair: str) -> bool:
    return bool(_CJK.match(pair[0]) and _CJK.match(pair[1])) and pair[0] != pair[1] and not _known(pair)


@lru_cache(maxsize=16384)
def _may_be_written(ch: str, one_token: bool) -> bool:
    """A character that may stand for its twin: no locative (群中: in the chat group), not very common
    alone, and no function word unless the segmenter took it into a guessed word (重太, 于部)."""
    if ch in _LOCATIVES or not _CJK.match(ch) or dictionary_freq(ch) > WRITTEN_MAX:
        return False
    if one_token:
        return True
    from mingjing.rules.glyph_slips import _function_word

    return ch not in _FREE and not _function_word(ch)


def _word(pair: str) -> bool:
    return dictionary_freq(pair) >= WORD_MIN


def changed_slips(
    text: str, runs: tuple[list[int], list[str]], tokens: Container[str] = ()
) -> Iterator[tuple[int, int, str]]:
    """(start, end, the right form) of each two-character run that is a twin of the material's own word;
    `tokens`: the two-character tokens of the segmentation (a pair it guessed as one word, 重太, holds no
    adverb or particle of its own)."""
    if len(_NO_PLACES) > MEMO_MAX:
        _NO_PLACES.clear()
    pairs = set(runs[1])
    pairs.difference_update(_NO_PLACES)
    slips = []
    for pair in pairs:
        if not _places(pair, True):
            _NO_PLACES.add(pair)  # no place even in a guessed word: none in any document
            continue
        places = _places(pair, pair in tokens)
        if places:
            slips.append((text.find(pair), pair, places))
    for at, pair, places in sorted(slips):
        for i in places:
            found = _changed_at(text, at, i, pair[1 - i])
            if found:
                if text.count(pair) == 1:  # a form written twice is the writer's
                    yield found
                break


# the runs with no place a twin may take, kept for the process (a set difference drops them at C speed, as
# T170's memo does); emptied when they grow past MEMO_MAX
_NO_PLACES: set[str] = set()
MEMO_MAX = 500_000


@lru_cache(maxsize=65536)
def _places(pair: str, one_token: bool) -> tuple[int, ...]:
    """The places of the pair whose character may be a twin written for the right one (the pair no word,
    the written character `_may_be_written`, the kept one no function word)."""
    if not _candidate_pair(pair):
        return ()
    return tuple(i for i in (0, 1) if pair[1 - i] not in _FREE and _may_be_written(pair[i], one_token))


def _changed_at(text: str, at: int, i: int, keep: str) -> tuple[int, int, str] | None:
    """The slip at `at` whose character i changed, read against each place of a right word its twins make
    (`_rights`) that the material writes."""
    ch = at + i  # the changed character's place
    kept = 1 if i == 0 else -1
    for right in _rights(text[at : at + 2], i):
        k = text.find(right)
        while k >= 0:
            q = k + i  # the right character's place
            if q != ch and _same_frame(text, ch, q, kept):
                return (at, at + 2, right)
            k = text.find(right, k + 1)
    return None


@lru_cache(maxsize=65536)
def _rights(pair: str, i: int) -> tuple[str, ...]:
    """The words of WORD_MIN that a twin of the pair's character i makes of it (found once a process)."""
    written = pair[i]
    return tuple(
        right for c in _twin_set(written) if c != written and _word(right := pair[:i] + c + pair[i + 1 :])
    )


@lru_cache(maxsize=16384)
def _twin_set(ch: str) -> tuple[str, ...]:
    """Every twin of `ch`: its shape neighbours either way, the characters of two part neighbours
    in common, the characters read alike (GB 2312)."""
    from mingjing.rules.own_words_once import _all_syllables
    from mingjing.rules.shape_neighbours import shape_neighbours

    out = set(shape_neighbours(ch)) | set(_shape_back().get(ch, ())) | set(_shared_parts().get(ch, ()))
    by_sound = _by_syllable()
    for syllable in _all_syllables(ch):
        out.update(by_sound.get(syllable, ()))
    return tuple(sorted(out))


@stored
def _shape_back() -> dict[str, tuple[str, ...]]:
    """Character → the characters that list it as a shape neighbour."""
    from mingjing.rules.shape_neighbours import shape_characters, shape_neighbours

    back: dict[str, list[str]] = {}
    for c in sorted(shape_characters()):  # sorted: one table whatever the process's string hashing
        for n in shape_neighbours(c):
            back.setdefault(n, []).append(c)
    return {k: tuple(v) for k, v in back.items()}


@stored
def _by_syllable() -> dict[str, tuple[str, ...]]:
    """Toneless syllable → the characters of GB 2312 read so."""
    from mingjing.rules.glyph_look_alikes import characters
    from mingjing.rules.own_words_once import _all_syllables

    out: dict[str, list[str]] = {}
    for c in characters():
        for s in sorted(_all_syllables(c)):  # sorted: one table whatever the process's string hashing
            out.setdefault(s, []).append(c)
    return {k: tuple(v) for k, v in out.items()}


def _same_frame(text: str, p: int, q: int, kept: int) -> bool:
    """Whether two characters beyond the kept neighbour (at p + kept) agree around p (changed) and q
    (right): two more on the kept side, two on the other, or one on each."""

    def same(d: int) -> bool:
        a, b = p + d, q + d
        return (
            0 <= a < len(text)
            and 0 <= b < len(text)
            and a != q
            and text[a] == text[b]
            and bool(_CJK.match(text[a]))
        )

    far, near = 2 * kept, 3 * kept  # beyond the kept neighbour
    return (same(far) and same(near)) or (same(-kept) and same(-2 * kept)) or (same(far) and same(-kept))


@code_rule(
    "T171",
    "own-phrase-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：本材料别处在同样的前后文中写作“{suggestion}”，这里的写法不成词，疑为形近或音近字",
    "材料在别处把一个词连同它前后的字写对了，这里同样的前后文中却把其中一个字写成了形近、音近的字"
    "（防汛抗早与前文的防汛抗旱），写出来的又不成词，多半是录入或扫描时的错。写法出现两次以上的、"
    "像人名的、属于并列仿词的不提示。",
    bad=[
        variant(
            "按照县委要求",
            "按照县委要求，要加强对机关干部的教育管理。有的机关[于部]作风不实",
        ),
        variant(
            "按照县委要求",
            "按照县委要求，分管防汛抗旱工作。防汛[抗早]物资储备库的台账没有及时更新",
        ),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，要加强对机关干部的教育管理，关于部署的任务要按时完成",
        ),
        variant(
            "按照县委要求",
            "按照县委要求，防汛抗旱工作不能放松，今年早春的旱情较重",
        ),
    ],
)
def own_phrase_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    from mingjing.rules.word_slips import reportable

    text = ctx.text
    found = [
        (a, b, right)
        for a, b, right in changed_slips(text, ctx.whole_token_runs(2), ctx.two_character_words())
        if reportable(text, a, b)
    ]
    for start, end, right in sorted(set(found)):
        yield rule.finding(text, start, end, (right,))
