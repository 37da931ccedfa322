"""One segmentation of the document by rjieba (jieba-rs) per review and mode, from which any span's
words are read, exactly as `rjieba.cut(text[start:end], hmm)` would give them.

The segmenter cuts a text into blocks first (runs of Chinese characters, ASCII letters, digits and
`+#&._%-`) and segments each block on its own; everything between blocks is one token per
character (`\\r\\n` one token). So a span whose two edges each have a character outside the blocks
on one side (a newline, a punctuation mark, the text's start or end) holds exactly the words the
whole text's segmentation has there. A span cut inside a block is segmented anew.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from itertools import accumulate, compress

from mingjing.rules.grams import ngrams_and_starts

# jieba-rs's block characters (RE_HAN_DEFAULT)
_BLOCK = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002b73f"
    "\U0002b740-\U0002b81f\U0002b820-\U0002ceaf\U0002ceb0-\U0002ebef\U0002f800-\U0002fa1f"
    "a-zA-Z0-9+#&._%\\-]"
)


def _cut(text: str, hmm: bool) -> list[str]:
    import rjieba

    words: list[str] = rjieba.cut(text, hmm)
    return words


class Segmentation:
    """rjieba's words of one text (with HMM for unknown runs, or not), cut once."""

    def __init__(self, text: str, hmm: bool = True) -> None:
        self.text = text
        self.hmm = hmm
        self.tokens = _cut(text, hmm)
        self.starts: list[int] = list(accumulate(map(len, self.tokens), initial=0))
        at = self.starts.pop()  # the end of the last word
        if at != len(text):  # the segmenter dropped or changed characters: never read from it
            self.tokens, self.starts = [], []

    def _clean_edge(self, at: int) -> bool:
        """Whether the segmenter's blocks are never cut at `at` (so no word runs across it)."""
        text = self.text
        if at <= 0 or at >= len(text):
            return True
        before, after = text[at - 1], text[at]
        if before == "\r" and after == "\n":
            return False
        return not (_BLOCK.match(before) and _BLOCK.match(after))

    def words(self, start: int = 0, end: int | None = None) -> list[str]:
        """The words of text[start:end], as segmenting that span alone gives them."""
        end = len(self.text) if end is None else end
        if start >= end:
            return []
        if not self.starts or not (self._clean_edge(start) and self._clean_edge(end)):
            return _cut(self.text[start:end], self.hmm)
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end)
        return self.tokens[first:last]


def two_character_places(tokens: list[str]) -> dict[str, list[int]]:
    """Each two-character token → the indices where it stands among `tokens`, ascending, the words in
    the order first met (T136 and T143 read it from the review's context: one walk over the tokens)."""
    places: dict[str, list[int]] = defaultdict(list)
    for i in compress(range(len(tokens)), map((2).__eq__, map(len, tokens))):  # picked at C speed
        places[tokens[i]].append(i)
    return places


def whole_token_runs(text: str, tokens: list[str], n: int) -> tuple[list[int], list[str]]:
    """Where each run of n Chinese characters made of whole tokens begins (one token, or several side
    by side: the tokens cut the text at both its edges), and the runs, left to right, overlapping ones
    too: `grams.ngrams_and_starts` kept to the places where the tokens cut, picked with numpy rather than
    by joining neighbouring tokens in Python. Offsets are into the tokens joined, which is the text
    itself whenever the segmentation kept every character."""
    import numpy as np

    joined = "".join(tokens)
    cuts = np.zeros(len(joined) + 1, dtype=bool)
    cuts[0] = True
    cuts[np.cumsum(np.fromiter(map(len, tokens), dtype=np.intp, count=len(tokens)))] = True
    return ngrams_and_starts(text if joined == text else joined, n, cuts)
