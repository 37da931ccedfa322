"""A four-character set phrase with one character changed, where the written run falls apart into
loose characters (T144): 沾轻怕重 for 拈轻怕重, 功不行没 for 功不可没.

T121 needs a rare pair among the kept characters (户枢 of 户枢不蠹); a phrase whose rare pair holds the
changed character (拈轻) or that has none (功不可没) escapes it. The evidence here is the segmentation
instead: a phrase written right is one word, or two words side by side (精神不够 is 精神 + 不够, no
slip of 精神不振); a phrase with a character changed falls apart. The rule reads every run of four
Chinese characters where

- exactly one phrase of the lexicon (T120's: pypinyin's four-character phrases and jieba's 成语 and
  frequent entries, trusted as T121 trusts them) differs from it in exactly one character;
- the run is no word or known phrase itself, and its dictionary segmentation (no HMM) gives three or
  four pieces none of which runs across the run's edges;
- every kept character is a word of one character there, or sits in a word with the changed one
  (功不行没: 功 + 不行 + 没), so no two kept characters make a word of their own (一心一用 holds 一心),
  and a word holding the changed character does not reach the run's edge (次数不多 is 次数 + 不 + 多);
- the phrase is an entry of jieba's dictionary, the run is no parallel frame (一会一报, 不紧不实: the
  first and third or second and fourth characters alike) and the text does not fill the same frame
  twice (学而不信、学而不深);
- the changed character shares a (dialect-merged) syllable or a shape family with the phrase's
  (沾/拈, 延/衍), unless it sits in a word with a kept neighbour (不行 of 功不行没: a synonym spinner
  swapped 不可 for 不行) — but such a run whose last character is a loose copula with its object after it
  (自认为是“外来的专家”: 自 + 认为 + 是) is a clause's words running on, no 自以为是 (r24).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.grams import document_ngrams
from mingjing.rules.idiom_slips import _known, _trusted, lexicon, word_spans
from mingjing.rules.near_twin import DATA
from mingjing.rules.own_words import merged_syllable
from mingjing.rules.sample import variant
from mingjing.rules.stored import stored
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_CJK4 = re.compile(r"(?=([\u4e00-\u9fff]{4}))")


@stored
def by_edges() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The phrases by their first two characters and by their last two. A run one character off a
    phrase keeps one of them, so the few phrases sharing it are all it can be; about a third of the
    memory of an index of every phrase with each character masked (124,000 keys for 34,000 phrases)."""
    heads: dict[str, list[str]] = {}
    tails: dict[str, list[str]] = {}
    for word in lexicon():
        heads.setdefault(word[:2], []).append(word)
        tails.setdefault(word[2:], []).append(word)
    return {k: tuple(v) for k, v in heads.items()}, {k: tuple(v) for k, v in tails.items()}


@lru_cache(maxsize=1)
def shape_families() -> dict[str, frozenset[str]]:
    """Each character → the characters sharing a look-alike group or a component family with it
    (data/similar_shapes.yaml, both lists)."""
    data = load_data((DATA / "similar_shapes.yaml").read_text(encoding="utf-8")) or {}
    out: dict[str, set[str]] = {}
    for group in [*data.get("groups", []), *data.get("families", [])]:
        for c in group:
            out.setdefault(c, set()).update(group)
    return {c: frozenset(v - {c}) for c, v in out.items()}


def _related(written: str, meant: str) -> bool:
    """Same or dialect-merged syllable, or a look-alike of data/similar_shapes.yaml."""
    if merged_syllable(written) == merged_syllable(meant):
        return True
    return written in shape_families().get(meant, frozenset())


def one_off_phrases(text: str) -> Iterator[tuple[int, str]]:
    """(start, phrase) of every four-character run that is a phrase with one character changed."""
    found: list[tuple[int, str]] = []
    for run in set(document_ngrams(text, 4)):
        candidate = _candidate(run)
        if candidate is None:
            continue
        phrase, changed = candidate
        frame = re.escape(run[:changed]) + "[\u4e00-\u9fff]" + re.escape(run[changed + 1 :])
        if len(re.findall(frame, text)) > 1:
            continue  # the writer's own frame, filled twice (学而不信、学而不深)
        at = text.find(run)
        while at >= 0:
            if _falls_apart(text, at, run, phrase, changed):
                found.append((at, phrase))
            at = text.find(run, at + 1)
    yield from sorted(found)


@lru_cache(maxsize=65536)
def _candidate(run: str) -> tuple[str, int] | None:
    """(phrase, offset of the changed character) when `run` is one character off exactly one
    phrase and no parallel frame (a pure function of the run: cached across documents)."""
    heads, tails = by_edges()
    # one character off keeps the phrase's first two characters (changed: 2, 3) or its last two
    places = ((2, 3) if run[:2] in heads else ()) + ((0, 1) if run[2:] in tails else ())
    if not places or run in lexicon():
        return None
    phrase = _one_phrase(run, places)
    if phrase is None or run[0] == run[2] or run[1] == run[3]:
        return None  # none, or a parallel frame of the writer's (一会一报, 不紧不实, 满不满意)
    return phrase, next(i for i in range(4) if run[i] != phrase[i])


def _one_phrase(run: str, places: tuple[int, ...]) -> str | None:
    """The one trusted phrase one character away from `run` (at one of `places`), None when none or
    several."""
    heads, tails = by_edges()
    found: set[str] = set()
    for i in places:  # each place: the phrase written so but there, '' when several are
        near = heads.get(run[:2], ()) if i >= 2 else tails.get(run[2:], ())
        other = (5 - i) if i >= 2 else (1 - i)  # the kept character of the changed half
        same = [p for p in near if p[other] == run[other]]
        if same:
            found.add(same[0] if len(same) == 1 else "")
    if len(found) != 1:
        return None
    (phrase,) = found
    if not phrase or not _trusted(phrase) or not dictionary_freq(phrase) or _known(run, phrase):
        return None
    return phrase


def _falls_apart(text: str, start: int, run: str, phrase: str, changed: int) -> bool:
    """Whether the run at `start` falls apart into loose characters around the changed one."""
    owner = word_spans(text, start)
    found_spans = [owner.get(start + k) for k in range(4)]
    spans = [s for s in found_spans if s is not None]
    if len(spans) != 4:
        return False
    pieces = sorted(set(spans))
    if len(pieces) < 3 or pieces[0][0] != start or pieces[-1][1] != start + 4:
        return False
    at = start + changed
    if not all(s[1] - s[0] == 1 or s[0] <= at < s[1] for k, s in enumerate(spans) if k != changed):
        return False
    word = spans[changed]
    if word[1] - word[0] > 1 and (word[0] == start or word[1] == start + 4):
        return False  # a word of its own at the run's edge (次数 of 次数不多, 分外 of 分外之事)
    if word[1] - word[0] > 1 and spans[3] == (start + 3, start + 4) and _copula_with_object(text, start + 3):
        return False  # 自认为是“外来的专家”: 认为 + 是 and its object run on past the run, no 自以为是 (r24)
    # a loose character of no sound or shape of the phrase's (以书为媒)
    return word[1] - word[0] > 1 or _related(run[changed], phrase[changed])


COPULAS = frozenset(
    "是为"
)  # a loose copula closing a run: the run is a clause's words when its object follows
_NO_OBJECT = frozenset("的地得了之者")


def _copula_with_object(text: str, at: int) -> bool:
    """Whether text[at] is a copula whose object follows it (是“外来的专家”, 是行家): a quote or a Chinese
    character that is no particle (自以为是的作风, 自以为是地 close a set phrase)."""
    nxt = text[at + 1 : at + 2]
    return text[at] in COPULAS and (
        nxt in ("“", "‘", "《") or ("\u4e00" <= nxt <= "\u9fff" and nxt not in _NO_OBJECT)
    )


@code_rule(
    "T144",
    "set-phrase-one-character-off",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：成语或固定说法写错了一个字",
    "成语和四字固定说法写对时是一个词（或两个词），改了一个字就散成几个单字（沾轻怕重、功不行没）。"
    "只在四个字和某个成语只差一个字、只有这一个成语对得上、而且这几个字拆开后彼此不成词时提示。",
    bad=[
        variant("一是遇到难题有畏难情绪。", "一是遇到难题[沾轻怕重]。"),
    ],
    good=[
        variant("一是遇到难题有畏难情绪。", "一是遇到难题拈轻怕重。"),
        variant("按照县委要求", "按照县委要求，精神不够集中，一心一用"),
        # 自 + 认为 + 是 and its object: a clause's words, no 自以为是 (r24)
        variant("一是遇到难题有畏难情绪。", "一是有时自认为是“老把式”，听不进意见。"),
    ],
)
def set_phrase_one_character_off(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, phrase in one_off_phrases(ctx.text):
        yield rule.finding(ctx.text, start, start + 4, (phrase,))
