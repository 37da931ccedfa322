"""Pinyin glosses a mirror site put after characters (`问(wèn)题`, `发(fā)言稿`): page furniture, not
the material's words. A text file that carries them is read without them (every character kept
remembers its column in the user's file), and the glosses are kept apart as an extra."""

from __future__ import annotations

import re

# a gloss as a mirror site prints it: after a character, with a tone mark (`实(shí)`, `发(fā)`)
TONED_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]"
)
MIN_GLOSSES = 2  # glosses in a text before it is read as a mirror site's page


def carries_glosses(text: str) -> bool:
    """At least two toned glosses after characters: a mirror site's page, not a word in brackets."""
    return sum(1 for _ in zip(range(MIN_GLOSSES), TONED_GLOSS.finditer(text))) >= MIN_GLOSSES


def unglossed_chars(line: str) -> tuple[list[tuple[str, int]], list[str]]:
    """The line's characters without its glosses, each with its column, and the glosses dropped."""
    chars: list[tuple[str, int]] = []
    dropped: list[str] = []
    pos = 0
    for m in TONED_GLOSS.finditer(line):
        chars.extend((c, pos + k) for k, c in enumerate(line[pos : m.start()]))
        dropped.append(m.group(0))
        pos = m.end()
    chars.extend((c, pos + k) for k, c in enumerate(line[pos:]))
    return chars, dropped
