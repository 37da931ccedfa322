"""Data rule engines: existence, substitution, pattern, formula. Each finds spans in a text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.literals import Prefiltered, longest_first

EXCEPTION_WINDOW = 10
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    suggestions: tuple[str, ...] = ()


def _excepted(exceptions: list[re.Pattern[str]], text: str, start: int, end: int) -> bool:
    if not exceptions:
        return False
    lo = max(0, start - EXCEPTION_WINDOW)
    window = text[lo : end + EXCEPTION_WINDOW]
    s, e = start - lo, end - lo
    return any(m.start() <= s and e <= m.end() for ex in exceptions for m in ex.finditer(window))


def _alternation(words: list[str]) -> re.Pattern[str]:
    """The words, the longest that is there at each place (written as a trie: rules/literals.py)."""
    return re.compile(longest_first(words))


class Existence:
    def __init__(self, tokens: list[str], patterns: list[str], suggestion: str | None, exceptions: list[str]):
        self.regexes = ([_alternation(tokens)] if tokens else []) + [re.compile(p) for p in patterns]
        self.suggestion = suggestion
        self.exceptions = [re.compile(e) for e in exceptions]
        self._scans = [Prefiltered(r) for r in self.regexes]

    def find(self, text: str) -> Iterator[Hit]:
        for scan in self._scans:
            regex = scan.regex
            for m in scan.finditer(text):
                start, end = (m.start("err"), m.end("err")) if "err" in regex.groupindex else m.span()
                if end > start and not _excepted(self.exceptions, text, start, end):
                    yield Hit(start, end, () if self.suggestion is None else (self.suggestion,))


class Substitution:
    def __init__(self, swap: dict[str, str], exceptions: list[str]):
        self.swap = swap
        self.regex = _alternation(list(swap))
        self.exceptions = [re.compile(e) for e in exceptions]
        # the words by their first two characters, when every word opens with two Chinese characters: a
        # text whose bigrams hold none of those heads, or that writes none of their words, is not scanned
        heads: dict[str, list[str]] = {}
        for w in swap:
            heads.setdefault(w[:2], []).append(w)
        self._heads = heads if all(_CJK_PAIR.fullmatch(h) for h in heads) else None
        self._head_set = frozenset(heads)

    def _absent(self, text: str) -> bool:
        """Whether the text surely writes none of the words (the regex's scan would find nothing)."""
        if self._heads is None:
            return False
        heads = self._head_set.intersection(cjk_bigram_set(text))
        return not any(w in text for h in heads for w in self._heads[h])

    def find(self, text: str) -> Iterator[Hit]:
        if self._absent(text):
            return
        for m in self.regex.finditer(text):
            if not _excepted(self.exceptions, text, m.start(), m.end()):
                yield Hit(m.start(), m.end(), (self.swap[m.group()],))


class Pattern:
    def __init__(
        self,
        pattern: str,
        replace: str | tuple[str, ...] | None,
        exceptions: list[str],
        one_per_list: bool = False,
    ):
        self.regex = re.compile(pattern)
        self.one_per_list = one_per_list  # the matches of one list are one finding (packs.py)
        # one template, or alternatives offered in order (a user is shown them all)
        self.replace = (replace,) if isinstance(replace, str) else replace
        self.exceptions = [re.compile(e) for e in exceptions]
        self._scan = Prefiltered(self.regex)

    def find(self, text: str) -> Iterator[Hit]:
        span_group = "err" if "err" in self.regex.groupindex else 0
        for m in self._scan.finditer(text):
            start, end = m.span(span_group)
            if end <= start or _excepted(self.exceptions, text, start, end):
                continue
            suggestions = (
                ()
                if self.replace is None
                else tuple(dict.fromkeys(m.expand(r) for r in _offered(self.replace, m)))
            )
            yield Hit(start, end, suggestions)


_CONDITION = re.compile(r"\?(!?)(\w+):")


def _offered(templates: tuple[str, ...], m: re.Match[str]) -> Iterator[str]:
    """The templates that apply to the match: `?name:…` only where the group `name` took part in it, `?!name:…`
    only where it did not, chained as `?!e:?d:…` (r19: a paragraph's last ; is offered 。, `?eol:。`); the rest always."""
    for r in templates:
        while (c := _CONDITION.match(r)) is not None:  # conditions may be chained: ?!e:?d:…
            if (m.group(c.group(2)) is None) != bool(c.group(1)):
                break
            r = r[c.end() :]
        else:
            yield r


WIDE_PART = 5  # a formula's part this long may have two characters side by side changed (政治理解力)


def one_slip(written: str, part: str) -> bool:
    """Whether `written` is `part` with one character changed, or, in a part of WIDE_PART or more
    characters, two side by side (政治理解力 for 政治领悟力: a word of the part put for another)."""
    off = [i for i, (a, b) in enumerate(zip(written, part, strict=True)) if a != b]
    return len(off) == 1 or (len(part) >= WIDE_PART and len(off) == 2 and off[1] == off[0] + 1)


class Formula:
    """Runs of a formula's parts joined by separators: incomplete or disordered ones are hits."""

    def __init__(self, parts: list[str], canonical: str | None, min_parts: int | None, separators: str):
        self.parts = parts
        self.canonical = canonical or "、".join(parts)
        self.min_parts = min_parts if min_parts is not None else len(parts) - 1
        self.separators = separators
        part = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
        sep = "[" + re.escape(separators) + "]"
        # a member one character off a part may stand between two parts (政治判断力、政治领导力、政治执行力)
        # (and in a part of five or more characters, two characters side by side: 政治理解力 for 政治领悟力)
        wild = "|".join(
            re.escape(p[:i]) + r"[\u4e00-\u9fff]" * k + re.escape(p[i + k :])
            for p in parts
            for k in ((1, 2) if len(p) >= WIDE_PART else (1,))
            for i in range(len(p) - k + 1)
        )
        self._source = f"(?:{part})(?:{sep}(?:{part}|(?:{wild})(?={sep}(?:{part}))))+"
        self.part_regex = re.compile(part)
        # (first two characters when both are Chinese, part): a part is looked for only when the
        # document's set of bigrams holds its first two characters
        # (and its last two, likewise: a part whose last two the document never writes is not there)
        self._heads = [
            (
                p[:2] if _CJK_PAIR.fullmatch(p[:2]) else None,
                p[-2:] if _CJK_PAIR.fullmatch(p[-2:]) else None,
                p,
            )
            for p in parts
        ]
        # the character every part ends with (学纪、知纪、明纪、守纪): a two-character member that keeps it
        # and changes the first (遵纪 for 守纪) is a wrong member; one that changes it (守规) is another word
        tails = {p[-1] for p in parts}
        self._tail = tails.pop() if len(tails) == 1 and min(map(len, parts)) == 2 else ""

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled when first needed: its classes of Chinese characters cost 10–90 ms each formula
        to compile, and most texts hold no part of most formulas (`find` asks that first)."""
        return re.compile(self._source)

    @cached_property
    def _scan(self) -> Prefiltered:
        return Prefiltered(self.regex)

    def find(self, text: str) -> Iterator[Hit]:
        grams = cjk_bigram_set(text)
        for head, tail, p in self._heads:
            if (head is None or head in grams) and (tail is None or tail in grams) and p in text:
                break
        else:
            return  # every run begins with a part
        for m in self._scan.finditer(text):
            found = self.part_regex.findall(m.group())
            distinct = list(dict.fromkeys(found))
            if len(distinct) < self.min_parts:
                # 严以修身、严以用权、严于律己: the part that would complete the list is there, one character off
                # (a near-synonym or a set phrase of its own): one finding for the whole list
                # (parts of three characters or more: one of two changed is another word, 守纪 → 守规)
                short = len(distinct) + 1 == self.min_parts == len(self.parts) and (
                    min(map(len, self.parts)) >= 3 or bool(self._tail)
                )
                if short and self._wrong_member(text, m.start(), m.end(), distinct):
                    yield Hit(m.start(), m.end(), (self.canonical,))
                elif short and (misspelt := self._misspelt_part_follows(text, m.end(), distinct)):
                    yield Hit(m.start(), m.end() + misspelt, (self.canonical,))
                continue
            complete = set(distinct) == set(self.parts)
            in_order = distinct == [p for p in self.parts if p in distinct]
            if complete and in_order and len(found) == len(distinct):
                continue
            if m.group() == self.canonical:
                continue
            if not complete and self._wrong_member(text, m.start(), m.end(), distinct):
                # 政治判断力、政治领导力、政治执行力: a missing part written one character off between
                # the others is a wrong member; one finding for the whole list
                yield Hit(m.start(), m.end(), (self.canonical,))
                continue
            misspelt = 0 if complete else self._misspelt_part_follows(text, m.end(), distinct)
            if misspelt:  # 享乐主义和奢糜之风: the last part is there, misspelt: one finding for the whole
                yield Hit(m.start(), m.end() + misspelt, (self.canonical,))
                continue
            # a complete list only out of order keeps the author's 、; otherwise the canonical form
            plain = "、".join(self.parts)
            keep_marks = complete and not any(c in m.group() for c in set(self.canonical) - set(plain))
            yield Hit(m.start(), m.end(), (plain if keep_marks else self.canonical,))

    def _wrong_member(self, text: str, start: int, end: int, distinct: list[str]) -> bool:
        """Whether the run holds, between two separators, a member one character off a missing part."""
        missing = [p for p in self.parts if p not in distinct]
        members = re.split("[" + re.escape(self.separators) + "]", text[start:end])
        return any(
            len(w) == len(p) and w not in self.parts and one_slip(w, p) and w.endswith(self._tail)
            for w in members
            for p in missing
        )

    def _misspelt_part_follows(self, text: str, end: int, distinct: list[str]) -> int:
        """After the run, a separator and a missing part with one character changed (two side by side in a
        part of WIDE_PART or more: 践行宗旨为民服务 for 践行宗旨为民造福): their length, or 0."""
        if end >= len(text) or text[end] not in self.separators:
            return 0
        for missing in (p for p in self.parts if p not in distinct):
            written = text[end + 1 : end + 1 + len(missing)]
            if (
                len(written) == len(missing)
                and written != missing
                and one_slip(written, missing)
                and written.endswith(self._tail)
            ):
                return 1 + len(missing)
        return 0


Engine = Existence | Substitution | Pattern | Formula  # what a data rule's `engine:` builds
