"""Literal prefilters for regexes: a few strings, one of which every match must contain, so that a
text holding none of them is not scanned at all.

Most data rules never match a given material, yet each regex costs a scan of the whole text (a
pattern that may begin anywhere, `(?:[a-z0-9-]+\\.)*(?:wenku|…)`, or a lookbehind before a common
character, is tried at every position). The prefilter is read off the parsed pattern: the longest
run of literal characters that every match holds, or, for an alternation, one such run per branch.
A pattern where no such set is found (a match made of character classes only) gets no prefilter and
is always scanned. The prefilter only skips scans that could not match, so findings are unchanged.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Iterator
from typing import Any

from mingjing.rules.grams import cjk_bigram_set, kept

# the standard library's own regex parser (private modules, read once here; typeshed does not list them)
_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
_ENGINE: Any = importlib.import_module("_sre")
# the width `getwidth` gives an unbounded pattern: MAXWIDTH (2**64) in later 3.11 releases, MAXREPEAT before
# (Debian 12's 3.11.2, the packaged python3 the offline bundle installs on, has no MAXWIDTH)
_UNBOUNDED = getattr(_parser, "MAXWIDTH", _sre.MAXREPEAT)

MAX_LITERALS = 64  # more alternatives than this: the regex's own first-character scan is as quick
_CLASS_CHARS = 8  # a character class of up to this many characters counts as an alternation of them
FEW = 4  # up to this many strings are looked for with `in`; more with one compiled alternation
_CASE_FLAGS = re.IGNORECASE | re.LOCALE | re.ASCII
_WINDOWED = 8  # scan only near the strings when that tries under 1/8 of the text's positions
_FIRSTS = 8  # a match's possible first characters, two to this many, are found by `str.find`
# ... or up to this many when the engine cannot skip ahead by itself (it tries every place anyway)
_FIRSTS_SLOW = 32
_AT_FIRSTS = 200  # ... and the regex is tried only there when they stand at under 1/200 of the positions
# ... or under 1/20 when the engine cannot skip ahead by itself (an assertion first: it tries every place)
_AT_FIRSTS_SLOW = 20


def _required(items: Any, nocase: bool = False) -> tuple[str, ...] | None:
    """Strings one of which occurs in every match of the parsed sequence `items` (None if unknown);
    `nocase`: the regex ignores case, so strings without cased letters (two characters or more)
    are preferred, a plain test being exact for them."""
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            candidates.append(("".join(run),))
            run.clear()

    for op, arg in items:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        close()
        inner: tuple[str, ...] | None = None
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            if not (add_flags | del_flags):  # a group that changes flags (?i:…) is left opaque
                inner = _required(sub, nocase)
        elif op is _sre.ATOMIC_GROUP:
            inner = _required(arg, nocase)
        elif op is _sre.IN:  # a class of a few characters: one of them
            if len(arg) <= _CLASS_CHARS and all(o is _sre.LITERAL for o, _ in arg):
                inner = tuple(chr(v) for _, v in arg)
        elif op is _sre.BRANCH:
            branches = [_required(b, nocase) for b in arg[1]]
            if all(branches):
                inner = tuple(dict.fromkeys(s for b in branches if b for s in b))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            if low >= 1 and len(sub) == 1 and sub[0][0] is _sre.LITERAL:  # x{3,}: xxx
                inner = (chr(sub[0][1]) * min(low, 8),)
            elif low >= 1:
                inner = _required(sub, nocase)
        if inner:
            candidates.append(inner)
    close()
    candidates = [x for x in candidates if len(x) <= MAX_LITERALS and all(x)]
    if not candidates:
        return None

    # for a case-insensitive regex strings without cased letters first (it matches them as they
    # are), then the longest shortest string, then the fewest alternatives
    def plain(x: tuple[str, ...]) -> bool:
        return nocase and min(map(len, x)) >= 2 and caseless(x)

    return min(candidates, key=lambda x: (not plain(x), -min(map(len, x)), len(x)))


def caseless(strings: tuple[str, ...]) -> bool:
    """Whether no character of the strings has a case (by the regex engine's own test, Unicode or
    ASCII): a case-insensitive regex then matches them exactly as written."""
    return not any(
        _ENGINE.unicode_iscased(ord(c)) or _ENGINE.ascii_iscased(ord(c)) for s in strings for c in s
    )


def _only_literals(items: Any) -> bool:
    """Whether the parsed pattern is nothing but a string or an alternation of strings."""
    if len(items) == 1 and items[0][0] is _sre.BRANCH:
        return all(all(op is _sre.LITERAL for op, _ in b) for b in items[0][1][1])
    return all(op is _sre.LITERAL for op, _ in items)


def _quick_start(items: Any) -> bool:
    """Whether the regex engine can skip ahead to a first character (a literal, a character class,
    or an alternation of branches each opening with a literal): a scan then costs little."""
    while items and items[0][0] is _sre.SUBPATTERN:
        items = items[0][1][3]
    if not items:
        return False
    op, arg = items[0]
    if op is _sre.BRANCH:
        return all(b and b[0][0] is _sre.LITERAL for b in arg[1])
    return op is _sre.LITERAL or op is _sre.IN


def first_characters(regex: re.Pattern[str], parsed: Any = None) -> str | None:
    """The characters every match of `regex` begins with, when two to `_FIRSTS` literal characters (a
    class of literals, an alternation of branches opening with such, a repeat of one at least once);
    None otherwise, or when the regex ignores case. The engine's own skip to such a set tests every
    character in turn (to one first character it skips as quickly as `str.find`), and before some
    shapes (…{4,}) it skips nothing; `str.find` of each character is quicker when they are rare."""
    if regex.flags & _CASE_FLAGS:
        return None
    try:
        data = (parsed if parsed is not None else _parser.parse(regex.pattern, regex.flags)).data
        found = _firsts(data)
        # one first character the engine skips to by itself, unless an assertion stands before it
        quick = _quick_start(data)
        fewest, most = (2, _FIRSTS) if quick else (1, _FIRSTS_SLOW)
    except Exception:  # an unexpected parse tree: the engine's own scan, still correct
        return None
    return "".join(sorted(found)) if found and fewest <= len(found) <= most else None


_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)


def _consumes_nothing(item: Any) -> bool:
    """Whether a parsed item always matches the empty string at its place: a lookaround or an anchor, or
    a group or an alternation made of nothing else (`(?:(?<=我)|(?=不能))`, a pattern's choice of
    contexts before its first character)."""
    op, arg = item
    if op in _ZERO_WIDTH:
        return True
    if op is _sre.SUBPATTERN:
        return not (arg[1] | arg[2]) and all(map(_consumes_nothing, arg[3]))
    if op is _sre.BRANCH:
        return all(all(map(_consumes_nothing, branch)) for branch in arg[1])
    return False


def _firsts(items: Any) -> set[str] | None:
    while items and _consumes_nothing(items[0]):  # a lookaround or an anchor consumes nothing
        items = items[1:]
    while items and items[0][0] is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = items[0][1]
        if add_flags | del_flags:
            return None
        items = sub
        while items and _consumes_nothing(items[0]):
            items = items[1:]
    if not items:
        return None
    op, arg = items[0]
    if op is _sre.LITERAL:
        return {chr(arg)}
    if op is _sre.IN:
        return {chr(v) for _, v in arg} if all(o is _sre.LITERAL for o, _ in arg) else None
    if op is _sre.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            first = _firsts(branch)
            if first is None:
                return None
            out |= first
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _firsts(arg[2])
    return None


def required_literals(
    regex: re.Pattern[str], parsed: Any = None
) -> tuple[tuple[str, ...] | None, int | None, bool]:
    """(strings one of which every match of `regex` contains, or None when none can be named — or
    the pattern is only such strings — and the regex must always be run; the longest a match can
    be, None when unbounded; whether the engine's own scan skips ahead to a first character)."""
    try:
        if parsed is None:
            parsed = _parser.parse(regex.pattern, regex.flags)
        if parsed.state.flags & re.LOCALE or _only_literals(parsed.data):
            return None, None, True
        found = _required(parsed.data, bool(regex.flags & re.IGNORECASE))
        widest = parsed.getwidth()[1]
        quick = _quick_start(parsed.data)
    except Exception:  # an unexpected parse tree (another Python's re): no prefilter, still correct
        return None, None, True
    return found, (widest if found and widest < _UNBOUNDED else None), quick


_CHINESE_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def lead_character(regex: re.Pattern[str], parsed: Any = None) -> tuple[str, int] | None:
    """(a character every match of `regex` holds, the most characters a match can have before its first
    such one) when the pattern names one at a bounded place from its start, though the match itself may
    be of any length (`c.{1,4}(?:、c.{1,4})+`: 、 at most 5 characters in); None otherwise, or when the
    regex ignores case."""
    if regex.flags & _CASE_FLAGS:
        return None
    try:
        parsed = parsed if parsed is not None else _parser.parse(regex.pattern, regex.flags)
        return _lead(parsed.state, parsed.data)
    except Exception:  # an unexpected parse tree: the other scans, still correct
        return None


def _lead(state: Any, items: Any) -> tuple[str, int] | None:
    """The first literal character of the sequence `items` that every match of it holds, and how many
    characters at most come before it (None when none is named after a bounded start)."""
    before = 0
    for op, arg in items:
        if op is _sre.LITERAL:
            return chr(arg), before
        inner = None
        if op is _sre.SUBPATTERN and not (arg[1] | arg[2]):
            inner = _lead(state, arg[3])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = _lead(state, arg[2])  # the first time round holds it
        if inner is not None:
            return inner[0], before + inner[1]
        widest = _parser.SubPattern(state, [(op, arg)]).getwidth()[1]
        if widest >= _UNBOUNDED:
            return None
        before += widest
    return None


# the characters outside ASCII that a case-blind regex matches to an ASCII letter (checked in
# tests/test_literals.py), written as that letter before the text is lowered
_FOLDING = "\u0130\u0131\u017f\u212a"
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """The text lowered after writing İ ı ſ K as i i s k: wherever a regex matches an ASCII string
    without case, the lowered string occurs here (the converse need not hold: a prefilter may let
    through what the regex then rejects). Kept for the last document (rules/grams.py)."""
    return kept("folded", text, _fold)


def _fold(text: str) -> str:
    # translate is slow on Chinese text (a lookup per character): only when one of the four is there
    if any(c in text for c in _FOLDING):
        text = text.translate(_TO_ASCII)
    return text.lower()


class Prefiltered:
    """A compiled regex with its literal prefilter. `finditer` gives exactly the regex's own matches:
    nothing, without scanning, when the text holds none of the required strings; when it holds a
    few, a match is at most `width` characters long and the engine cannot skip ahead by itself, only
    the positions a match holding one of them could start at are tried (the way `finditer` would,
    leftmost first, never overlapping: every match holds a required string, so it is never empty);
    otherwise the whole text."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        try:  # parsed once for both readings (a process's first review builds some 500 of these)
            parsed = _parser.parse(regex.pattern, regex.flags)
        except Exception:  # each reading then falls back as it would alone
            parsed = None
        literals, width, quick = required_literals(regex, parsed)
        self.literals = literals
        self.width = None if quick else width
        self._quick = quick
        self.firsts = first_characters(regex, parsed) if literals is not None else None
        self._first_set = frozenset(self.firsts) if self.firsts else None
        # a character every match holds a few characters in, when the match is unbounded (or opens with a
        # class the engine's own skip passes over at almost every place): tried only just before it
        lead = lead_character(regex, parsed) if literals is not None and width is None else None
        self._lead = lead if lead is not None and (lead[1] or not quick) else None
        self._probe: re.Pattern[str] | None = None
        # every string two or more Chinese characters: looked up in the text's bigrams first
        self._chinese = literals is not None and all(_CHINESE_RUN.fullmatch(s) for s in literals)
        cased = bool(regex.flags & _CASE_FLAGS) and not caseless(literals or ())
        # every string ASCII, searched by its case rules: looked for lowered in the lowered text
        self._lowered = (
            tuple(s.lower() for s in literals)
            if cased and literals is not None and all(s.isascii() for s in literals)
            else ()
        )
        if literals is not None and (cased or len(literals) > FEW):
            # the strings by the regex's own case rules, in one alternation
            alternation = "|".join(re.escape(s) for s in sorted(literals, key=len, reverse=True))
            self._probe = re.compile(alternation, regex.flags & (_CASE_FLAGS | re.UNICODE))

    def present(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether text[pos:endpos] holds one of the required strings (True when there are none)."""
        if self.literals is None:
            return True
        end = len(text) if endpos is None else endpos
        if self._chinese and pos == 0 and end == len(text):
            # the whole text: a string whose first or last two characters the text never writes is
            # not there, and most are not; only the others are looked for
            grams = cjk_bigram_set(text)
            return any(s[:2] in grams and s[-2:] in grams and text.find(s) >= 0 for s in self.literals)
        if self._probe is not None:
            if self._lowered and pos == 0 and end == len(text):
                # a case-blind search of the whole text is slow (no quick skip to a first character):
                # the lowered strings are looked for in the lowered text instead
                view = folded(text)
                return any(s in view for s in self._lowered)
            return self._probe.search(text, pos, end) is not None
        return any(text.find(s, pos, end) >= 0 for s in self.literals)

    def occurrences(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Where the required strings begin in text[pos:endpos], overlapping ones too (sorted)."""
        end = len(text) if endpos is None else endpos
        found: set[int] = set()
        if self._probe is not None:
            m = self._probe.search(text, pos, end)
            while m:
                found.add(m.start())
                m = self._probe.search(text, m.start() + 1, end)
        else:
            for s in self.literals or ():
                at = text.find(s, pos, end)
                while at >= 0:
                    found.add(at)
                    at = text.find(s, at + 1, end)
        return sorted(found)

    def scan(self, text: str, pos: int = 0, endpos: int | None = None) -> Scan:
        """A scan of text[pos:endpos] that finds the regex's leftmost match from any place."""
        end = len(text) if endpos is None else endpos
        if not self.present(text, pos, end):
            return Scan(self.regex, text, end, None, None)
        if self.width is not None:
            places = self.occurrences(text, pos, end)
            if len(places) * (self.width + 1) * _WINDOWED <= end - pos:
                return Scan(self.regex, text, end, places, self.width, self._first_set)
        if self.firsts is not None:
            # every match begins with one of a few characters: tried only where they stand, if rare
            starts = self.first_places(text, pos, end, _AT_FIRSTS if self._quick else _AT_FIRSTS_SLOW)
            if starts is not None:
                return Scan(self.regex, text, end, starts, 0)
        if self._lead is not None:
            char, before = self._lead
            leads = self.first_places_of(char, text, pos, end, (before + 1) * _WINDOWED)
            if leads is not None:
                return Scan(self.regex, text, end, leads, before)
        return Scan(self.regex, text, end, [], None)

    @staticmethod
    def first_places_of(char: str, text: str, pos: int, end: int, share: int) -> list[int] | None:
        """Where `char` stands in text[pos:end], or None when at more than 1/`share` of its places."""
        most = (end - pos) // share
        found: list[int] = []
        at = text.find(char, pos, end)
        while at >= 0:
            found.append(at)
            if len(found) > most:
                return None
            at = text.find(char, at + 1, end)
        return found

    def first_places(self, text: str, pos: int, end: int, share: int = _AT_FIRSTS) -> list[int] | None:
        """Where the characters a match begins with stand in text[pos:end] (sorted), or None when
        they stand at more than 1/`share` of its places."""
        most = (end - pos) // share
        found: list[int] = []
        for c in self.firsts or "":
            at = text.find(c, pos, end)
            while at >= 0:
                found.append(at)
                if len(found) > most:
                    return None
                at = text.find(c, at + 1, end)
        found.sort()
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The regex's `finditer(text, pos, endpos)`, skipping what cannot match."""
        scan = self.scan(text, pos, endpos)
        if scan.places is None:
            return
        if scan.width is None:  # the whole text: the engine's own iteration
            yield from self.regex.finditer(text, pos, scan.endpos)
            return
        m = scan.search(pos)
        while m:
            yield m
            m = scan.search(m.end())


class Scan:
    """The leftmost match of a regex in a text from a given place on: none at all (`places` None:
    the required strings are absent), the regex's own search (`width` None), or matches tried only
    at the places a match holding a required string can begin (`places`: where the strings begin;
    a match is at most `width` characters long; with `width` 0, where a match's first character
    stands; `firsts`: the characters every match begins with, when known: a place before a string
    holding none of them is not tried)."""

    def __init__(
        self,
        regex: re.Pattern[str],
        text: str,
        endpos: int,
        places: list[int] | None,
        width: int | None,
        firsts: frozenset[str] | None = None,
    ) -> None:
        self.regex = regex
        self.text = text
        self.endpos = endpos
        self.places = places
        self.width = width
        self.firsts = firsts

    def search(self, pos: int) -> re.Match[str] | None:
        if self.places is None:
            return None
        if self.width is None:
            return self.regex.search(self.text, pos, self.endpos)
        tried = pos - 1
        text, firsts = self.text, self.firsts
        for at in self.places[bisect.bisect_left(self.places, pos) :]:
            # a match holding the string found at `at` begins within `width` characters before it
            for start in range(max(tried + 1, at - self.width), at + 1):
                if firsts is not None and text[start] not in firsts:
                    continue  # no match begins with this character
                m = self.regex.match(text, start, self.endpos)
                if m:
                    return m
            tried = at
        return None


class Alternatives:
    """The regex `A|B|…` scanned as its parts, each with its own prefilter: at each step the leftmost
    match of any part, the earliest part's on a tie — what the one regex gives, without losing the
    engine's skip to a first character when one part (a word list) has it and another (a shape
    opening with any Chinese character) has not. Parts that can match empty are refused."""

    def __init__(self, parts: list[re.Pattern[str]]) -> None:
        for p in parts:
            if _parser.parse(p.pattern, p.flags).getwidth()[0] == 0:
                raise ValueError(f"a part that can match empty: {p.pattern[:40]}")
        self.parts = [Prefiltered(p) for p in parts]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        scans = [p.scan(text, pos, endpos) for p in self.parts]
        nexts = [scan.search(pos) for scan in scans]
        while True:
            found = [(m.start(), k, m) for k, m in enumerate(nexts) if m is not None]
            if not found:
                return
            _, _, m = min(found, key=lambda x: (x[0], x[1]))
            yield m
            after = m.end()
            nexts = [
                n if n is None or n.start() >= after else scan.search(after) for scan, n in zip(scans, nexts)
            ]


def longest_first(words: list[str] | tuple[str, ...]) -> str:
    """A regex for the words, matching at each place the longest of them that is there (as their
    alternation sorted longest first does), written as a trie: after a first character only that
    character's words are tried, not all of them."""
    trie: dict[str, Any] = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def word_starts(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching one character wherever one of the words begins (overlapping ones too): the
    first character, then the rest of a word as a lookahead; the engine skips ahead to first
    characters by itself."""
    rests: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        if w:
            rests.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rest in rests.items():
        after = longest_first(rest) if all(rest) else ""  # a one-character word: the first is enough
        parts.append(re.escape(first) + (f"(?={after})" if after else ""))
    return re.compile("|".join(parts) or "(?!)")
