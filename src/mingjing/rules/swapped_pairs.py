"""Formulations whose terms are written in each other's place, mended as a whole (F169, round r22).

深刻领悟“两个维护”的决定性意义，坚决做到“两个确立” is one slip: the two names changed places. Two findings
that each mend one half offer the user half a fix each; a writer (set 44) and a reader want the one mend
that swaps both back. data/swapped_pairs.yaml lists formulations of two or more parts with the pairs of
terms that are written in each other's place (两个确立 / 两个维护, 公有制 / 非公有制, 战斗堡垒 / 先锋模范),
the near verbs written for a verb (深刻领会 for 深刻领悟, restored with the swap) and the words a writer may
leave out (坚决, offered back in a second suggestion). A stretch that is the formulation with one pair
swapped — quotation marks anywhere, any of ，、；和与及 between the parts — is a slip; its suggestion is the
stretch as written with the pair swapped back. Round r28 (set 55's 坚决拥护“两个维护”、坚决做到“两个确立”, the
writer's fix 坚定拥护“两个确立”…): an entry's `standard` words offer the fix once more in the wording most
notices use (坚决拥护 → 坚定拥护), after the fix as written.

Round r23: a saying of F169's list (or one part of it between marks) that reads 以A引领B — A the means, B
the end, joined by a verb of leading (引领, 带动, 推动, 促进, 保障 …) — is read as a pair too, A and B
written in each other's place (以社会革命引领党的自我革命), without an entry of its own: every such
saying the list holds or gains is caught. A and B of two characters or more (以学促干、以干促学 is written
both ways), and a swapped form that is itself a saying of the list is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mingjing.rules.grams import cjk_bigram_set
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
    standard: tuple[tuple[str, str], ...] = ()  # words of the fix put as the standard wording puts them


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
    listed = tuple(
        Entry(
            str(e["wording"]),
            tuple((str(a), str(b)) for a, b in e.get("swap", ())),
            {str(k): tuple(str(v) for v in vs) for k, vs in (e.get("verbs") or {}).items()},
            tuple(str(w) for w in e.get("optional", ())),
            tuple((str(k), str(v)) for k, v in (e.get("standard") or {}).items()),
        )
        for e in data["pairs"]
    )
    return listed + means_and_ends()


# 以A引领B: the means, a verb of leading, the end (以党的自我革命引领社会革命, 以新安全格局保障新发展格局)
_MEANS_END = re.compile(
    "以([^、，；以]{2,12}?)(引领|带动|推动|促进|保障|统领|助推|驱动|牵引|服务|支撑|赋能|带|促)([^、，；以]{2,12})"
)


@lru_cache(maxsize=1)
def means_and_ends() -> tuple[Entry, ...]:
    """An entry for every saying of F169's list, or part of one between marks, that reads 以A引领B: A and B
    swapped is the slip, unless that is itself a saying of the list."""
    from mingjing.rules.formulation_sayings import sayings

    known = frozenset(sayings())
    out: dict[str, Entry] = {}
    for saying in known:
        for part in re.split("[、，；]", saying):
            m = _MEANS_END.fullmatch(part)
            if m is None or m.group(1) in m.group(3) or m.group(3) in m.group(1):
                continue
            a, b = m.group(1), m.group(3)
            if f"以{b}{m.group(2)}{a}" not in known and part not in out:
                out[part] = Entry(part, ((a, b),), {}, ())
    return tuple(out[k] for k in sorted(out))


def _needles(entry: Entry, a: str, b: str) -> tuple[str, ...]:
    """What the swapped wording surely holds as written, quotation marks left out: each swapped term with a
    neighbouring character of the wording's own (两个维护的, 做到两个确立), so that a text without them is not
    scanned."""
    pattern = "|".join(re.escape(w) for w in sorted((a, b), key=len, reverse=True))
    swapped = _swap(entry.wording, a, b)
    loose = [False] * len(swapped)  # a joiner, or a verb or optional word that may be written otherwise
    for word in [*entry.verbs, *entry.optional]:
        for m in re.finditer(re.escape(word), swapped):
            loose[m.start() : m.end()] = [True] * len(word)
    for k, c in enumerate(swapped):
        loose[k] = loose[k] or c in _PARTS
    needles = []
    for m in re.finditer(pattern, swapped):
        s, e = m.span()
        if e < len(swapped) and not loose[e]:
            e += 1
        elif s > 0 and not loose[s - 1]:
            s -= 1
        needles.append(swapped[s:e])
    return tuple(needles)


def _anchors(a: str, b: str) -> frozenset[str]:
    """The two-character runs inside the two terms (no quotation mark parts a term): a text whose runs lack
    any of them is not read further."""
    return frozenset(w[k : k + 2] for w in (a, b) for k in range(len(w) - 1))


@lru_cache(maxsize=1)
def _variants() -> tuple[tuple[Entry, str, str, frozenset[str], tuple[str, ...], re.Pattern[str]], ...]:
    """(entry, a, b, its anchors, what it surely holds, the regex of the wording with a and b swapped) of
    every pair of every entry."""
    out = []
    for e in entries():
        for a, b in e.swaps:
            needles = _needles(e, a, b)
            out.append((e, a, b, _anchors(a, b), needles, _regex(_swap(e.wording, a, b), e)))
    return tuple(out)


_QUOTE_MARK = re.compile('[“”"‘’「」『』]')


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
    grams = cjk_bigram_set(text)
    norm = ""
    for entry, a, b, anchors, needles, regex in _variants():
        if not anchors <= grams:
            continue
        norm = norm or _QUOTE_MARK.sub("", text)
        if not all(n in norm for n in needles):
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
            standard = full
            for word, put in entry.standard:  # 坚决拥护 → 坚定拥护, the wording most notices use (r28)
                standard = standard.replace(word, put)
            taken.append((start, end))
            yield Swapped(
                start,
                end,
                tuple(dict.fromkeys((fix, full, standard))),
                entry.wording,
                f"“{a}”和“{b}”互换了位置",
            )
