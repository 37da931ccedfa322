"""A material in traditional characters, taken into notes in the simplified ones a draft is written in.

The parser reads such a text one character for one (mingjing.traditional): the offsets stay, but a
character whose simplified form depends on its word keeps its first form (隨著 is read 随著 where a
simplified text writes 随着; 答覆 is read 答覆, not 答复). The review of the traditional text knows
this and reports no slip there; the redraft is a simplified text and would get one. The notes hold
words, not offsets: where such a character forms, with its neighbour, a two-character form that the
review's own tables report as a slip for that form with another simplified reading of the character,
the notes take that reading (随著 → 随着). The characters and their readings come from OpenCC's
dictionaries (its one-to-many characters, and Taiwan's standard forms for their mainland ones).
OpenCC's phrase dictionary settles the rest where a phrase keeps its length (瞭解 → 了解, 瞭若指掌 →
了若指掌): a character the one-to-one table keeps because it also stands alone (瞭望).
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from mingjing.model import Outline


@lru_cache(maxsize=1)
def other_readings() -> dict[str, tuple[str, ...]]:
    """A character of the one-to-one simplified copy → the other simplified characters the written
    one may stand for (干 → 乾, 覆 → 复, 著 → 着)."""
    import opencc

    from mingjing.traditional import t2s_table, ts_characters

    table = t2s_table()
    out: dict[str, set[str]] = {}
    for written, forms in ts_characters().items():
        read = written.translate(table)
        out.setdefault(read, set()).update(f for f in forms if len(f) == 1 and f != read)
    path = Path(opencc.__file__).parent / "dictionary" / "TWVariantsRev.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            read, other = parts[0].translate(table), parts[1].translate(table)
            if other != read:
                out.setdefault(read, set()).add(other)
    return {k: tuple(sorted(v)) for k, v in out.items() if v}


@lru_cache(maxsize=1)
def phrase_readings() -> dict[str, str]:
    """OpenCC's TSPhrases of unchanged length, keyed by the one-to-one simplified copy of the traditional
    phrase (瞭解 → 了解), where the copy is not already the simplified phrase."""
    import opencc

    from mingjing.traditional import t2s_table

    table = t2s_table()
    path = Path(opencc.__file__).parent / "dictionary" / "TSPhrases.txt"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        read, right = parts[0].translate(table), parts[1].split(" ")[0]
        if len(read) == len(right) > 1 and read != right:
            out[read] = right
    return out


def _phrases_read(text: str) -> str:
    """The text with every phrase of `phrase_readings` in its simplified form, longest first."""
    phrases = phrase_readings()
    if not phrases:
        return text
    pattern = re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))
    return pattern.sub(lambda m: phrases[m.group()], text)


def _reported_as(form: str) -> str | None:
    """The right form the review's tables give for a two-character form they report as a slip."""
    from mingjing.rules.listed_misspellings import listed_table
    from mingjing.rules.near_words import near_word_table
    from mingjing.rules.word_slips import variant_forms

    near = near_word_table()
    if form in near:
        return near[form]
    variant = variant_forms().get(form)
    return listed_table().get(form) or (variant[0] if variant else None)


def simplified_words(text: str) -> str:
    """The one-to-one simplified copy with each script-ambiguous character read as its word wants
    (same length: one character for one)."""
    readings = other_readings()
    chars = list(text)
    for i, ch in enumerate(chars):
        others = readings.get(ch)
        if not others:
            continue
        for a, b in ((i - 1, i + 1), (i, i + 2)):
            if a < 0 or b > len(chars):
                continue
            form = "".join(chars[a:b])
            right = _reported_as(form)
            if (
                right
                and len(right) == 2
                and right[i - a] in others
                and right[: i - a] + right[i - a + 1 :] == (form[: i - a] + form[i - a + 1 :])
            ):
                chars[i] = right[i - a]
                break
    return _phrases_read("".join(chars))


def simplified_outline(outline: Outline) -> Outline:
    """A traditional material's outline (as `Outline.reading()` gives it) with text, title and
    headings in the simplified words a draft writes; any other outline as it is."""
    if not outline.traditional:
        return outline
    out = replace(
        outline,
        document=replace(outline.document, text=simplified_words(outline.document.text)),
        title=simplified_words(outline.title),
    )
    out.sections = copy.deepcopy(outline.sections)
    for headed in [*out.sections, *(i for s in out.sections for i in s.items)]:
        headed.heading = simplified_words(headed.heading)
    return out
