"""Formulations whose terms are written in each other's place, mended as a whole (F169, round r22).

深刻领悟“两个维护”的决定性意义，坚决做到“两个确立” is one slip: the two names changed places. Two findings
that each mend one half offer the user half a fix each; a writer (set 44) and a reader want the one mend
that swaps both back. data/swapped_pairs.yaml lists formulations of two or more parts with the pairs of
terms that are written in each other's place (两个确立 / 两个维护, 公有制 / 非公有制, 战斗堡垒 / 先锋模范),
the near verbs written for a verb (深刻领会 for 深刻领悟, restored with the swap) and the words a writer may
leave out (坚决, offered back in a second suggestion). A stretch that is the formulation with one pair
swapped — quotation marks anywhere, any of ，、；和与及 between the parts — is a slip; its suggestion is the
stretch as written with the pair swapped back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mingjing.yamlnodes import load_data

TABLE = Path(__file__).parent / "data" / "swapped_pairs.yaml"
_QUOTE = '[“”"‘’「」『』]?'
_CLOSE = '[”"’」』]?'
_SEP = "(?:[，、；,;]|和|与|及)"
_PARTS = frozenset("，、")
_OPENERS = frozenset("“‘「『")
_CLOSERS = frozenset("”’」』")


@dataclass(frozen=True)
class Entry:
    wording: str
    swaps: tuple[tuple[str, str], ...]
    verbs: dict[str, tuple[str, ...]]
    optional: tuple[str, ...]


@dataclass(frozen=True)
class Swapped:
    start: int
    end: int
    suggestions: tuple[str, ...]
    saying: str
    reason: str


def _swap(text: str, a: str, b: str) -> str:
    """`text` with every `a` written as `b` and every `b` as `a` (the longer first: 非公有制 before 公有制)."""
    pattern = "|".join(re.escape(w) for w in sorted((a, b), key=len, reverse=True))
    return re.sub(pattern, lambda m: b if m.group() == a else a, text)


def _regex(wording: str, entry: Entry) -> re.Pattern[str]:
    """The swapped wording as written: quotation marks anywhere, any joiner between parts, a near verb for
    a verb, an optional word left out."""
    words = sorted([*entry.verbs, *entry.optional], key=len, reverse=True)
    tokens: list[str] = []
    i = 0
    while i < len(wording):
        word = next((w for w in words if wording.startswith(w, i)), None)
        if word is not None:
            choices = "|".join(re.escape(w) for w in (word, *entry.verbs.get(word, ())))
            tokens.append(f"(?:{choices})" + ("?" if word in entry.optional else ""))
            i += len(word)
        elif wording[i] in _PARTS:
            tokens.append(_SEP)
            i += 1
        else:
            tokens.append(re.escape(wording[i]))
            i += 1
    return re.compile(_QUOTE.join(tokens) + _CLOSE)


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    return tuple(
        Entry(
            str(e["wording"]),
            tuple((str(a), str(b)) for a, b in e.get("swap", ())),
            {str(k): tuple(str(v) for v in vs) for k, vs in (e.get("verbs") or {}).items()},
            tuple(str(w) for w in e.get("optional", ())),
        )
        for e in data["pairs"]
    )


@lru_cache(maxsize=1)
def _variants() -> tuple[tuple[Entry, str, str, re.Pattern[str]], ...]:
    """(entry, a, b, the regex of the wording with a and b swapped) of every pair of every entry."""
    return tuple((e, a, b, _regex(_swap(e.wording, a, b), e)) for e in entries() for a, b in e.swaps)


def _restored(fix: str, entry: Entry) -> str:
    """`fix` with the words the writer left out put back before the words they stand before in the
    formulation (坚决拥护…、做到… → 坚决拥护…、坚决做到…)."""
    for word in entry.optional:
        for m in re.finditer(re.escape(word), entry.wording):
            after = entry.wording[m.end() : m.end() + 2]
            if len(after) < 2:
                continue
            fix = re.sub(f"(?<!{re.escape(word)}){re.escape(after)}", word + after, fix)
    return fix


def find(text: str) -> Iterator[Swapped]:
    """Every stretch of `text` that is a formulation of the table with one pair of terms swapped."""
    taken: list[tuple[int, int]] = []
    for entry, a, b, regex in _variants():
        if a not in text or b not in text:
            continue
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            start, end = m.span()
            written = m.group()
            if written[-1] in _CLOSERS and sum(c in _OPENERS for c in written) < sum(
                c in _CLOSERS for c in written
            ):
                end -= 1  # the mark closes a quotation opened before the formulation
                written = written[:-1]
            fix = _swap(written, a, b)
            for verb, near in entry.verbs.items():
                for w in near:
                    fix = fix.replace(w, verb)
            full = _restored(fix, entry)
            taken.append((start, end))
            yield Swapped(
                start,
                end,
                tuple(dict.fromkeys((fix, full))),
                entry.wording,
                f"“{a}”和“{b}”互换了位置",
            )
