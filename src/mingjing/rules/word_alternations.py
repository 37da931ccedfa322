"""A regex's long runs of plain words (`会议|会上|座谈|调研|…`) rewritten so that the engine tries them
only where one of their first characters stands, with the same matches.

The regex engine tries an alternation's branches one by one at every place of the text: a list of 150
words costs 150 tests at each place, though at most places no word begins there (facts.py's
`_ANY_FACT` was the costliest regex of a review, 1.2 ms of 5,000 characters). `guarded` writes each run of
`least` or more plain words standing side by side among the top-level branches as a lookahead of their
first characters, then the words grouped by their leading characters (`ordered_words`). Both keep every
match: the lookahead only fails where no word of the run begins; and at any one place the words that can
match all begin with the same characters, so grouping them keeps the order in which they are tried
(the first listed wins, and a later one is tried when what follows fails, as before). Branches that are
not plain words keep their place and their order with the runs."""

from __future__ import annotations

import re

_META = frozenset(".^$*+?{}[]\\|()")
LEAST = 8  # a shorter run of words is left as it is: a lookahead costs about as much as a few tests
_NOT_PLAIN_FLAGS = re.IGNORECASE | re.VERBOSE  # words that match another case, or spaces that are not


def branches(pattern: str) -> list[str]:
    """The top-level branches of a pattern (split at each `|` outside groups and character classes)."""
    out: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":  # a `]` first in a class is one of its characters
                i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def ordered_words(words: list[str]) -> str:
    """An alternation of the words, grouped by their leading characters, that tries at any place the
    words which can match there in the order they are listed (a group stands where its first word
    did; a word that is a prefix of the others of its group is an empty branch in its place)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    parts = []
    for first, rests in groups.items():
        if not first:
            parts.append("")
        elif len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            parts.append(re.escape(first) + "(?:" + ordered_words(rests) + ")")
    return "|".join(parts)


def guarded(pattern: str, least: int = LEAST) -> str:
    """The pattern with each run of `least` or more plain words among its top-level branches guarded by
    a lookahead of their first characters and grouped (`ordered_words`): the same matches. A pattern
    that ignores case or is verbose is given back as it is."""
    if re.compile(pattern).flags & _NOT_PLAIN_FLAGS:
        return pattern
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= least:
            firsts = "".join(sorted({w[0] for w in run}))
            out.append(f"(?=[{re.escape(firsts)}])(?:{ordered_words(run)})")
        else:
            out.extend(run)
        run.clear()

    for branch in branches(pattern):
        if branch and not _META.intersection(branch):
            run.append(branch)
        else:
            close()
            out.append(branch)
    close()
    return "|".join(out)
