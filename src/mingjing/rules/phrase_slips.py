"""Set phrases with one character slipped in a wider way than T111's lexicon (T124): the same syllable in
another tone (天踏下来 → 天塌下来) or a character that holds the right one or shares its main part
(当局都迷 → 当局者迷), from data/misspellings_wide.tsv.xz (scripts/generate_wide_slips.py); and set
phrases garbled in their first half (T125): 无那么加勉 for 无则加勉, told by a tail that no other word has.

The table is generated from the dictionaries at build time: the right forms are the set phrases of
jieba's dictionary (tags i and l) and the genre's fixed phrases; a wrong form is no word, no piece of a
word, its three kept characters fit that one phrase only, and it is absent from every clean fixture.
In the text a wrong form is reported where it does not begin inside a word of its clause (T111's test)
and lies outside 《…》; a form written twice or more is the writer's own term, not a slip.
"""

from __future__ import annotations

import lzma
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WIDE = Path(__file__).parent / "data" / "misspellings_wide.tsv.xz"
TAILS = Path(__file__).parent / "data" / "idiom_tails.tsv"
_CLAUSE_MARK = re.compile(r"[。！？；，、：,;:!?“”‘’（）《》\s]")
_REACH = 3  # how far before a tail the phrase's first character is looked for (无那么加勉)
NOTES = {"sound": "同音字，声调不同", "shape": "形近字：一个字包含另一个字或主体部件相同"}


class WideTable(Mapping[str, tuple[str, str]]):
    """wrong → (right, kind) as sorted arrays: a four-character form of the basic CJK block packed into
    one 60-bit integer (15 bits a character, the first the highest), so the document's four-character
    runs are looked up all at once with numpy (`find`), in 5 MB of keys rather than a dict of 631,218
    strings (about 85 MB, whose random look-ups miss the cache once other rules have run)."""

    def __init__(self, body: str) -> None:
        import numpy as np

        records = np.frombuffer(body.encode("utf-32-le"), dtype=np.uint32).reshape(-1, _RECORD)
        wrong = _pack(records[:, 0:4])
        order = np.argsort(wrong, kind="stable")
        self._wrong = wrong[order]
        self._right = _pack(records[:, 5:9])[order]
        self._shape = (records[:, 10] == ord("h"))[order]
        # a Bloom filter of 2**23 bits (1 MB, stays in the cache): the document's runs are tested there
        # first, and only the few that pass are searched in the 5 MB of keys
        self._bits = np.zeros(1 << (_BLOOM_BITS - 3), dtype=np.uint8)
        for m in _MULTIPLIERS:
            h = _hash(self._wrong, m)
            np.bitwise_or.at(self._bits, h >> 3, (1 << (h & 7)).astype(np.uint8))

    def find(self, text: str) -> list[int]:
        """Where a wrong form of the table begins in `text`, left to right."""
        import numpy as np

        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        if len(points) < 4:
            return []
        cjk = (points >= _BASE) & (points <= 0x9FFF)
        v = points - _BASE
        codes = (v[:-3] << 45) | (v[1:-2] << 30) | (v[2:-1] << 15) | v[3:]
        starts = np.flatnonzero(cjk[:-3] & cjk[1:-2] & cjk[2:-1] & cjk[3:])
        for m in _MULTIPLIERS:
            h = _hash(codes[starts], m)
            starts = starts[(self._bits[h >> 3] >> (h & 7)) & 1 == 1]
        if not len(starts):
            return []
        found = codes[starts]
        at = np.searchsorted(self._wrong, found).clip(max=len(self._wrong) - 1)
        return [int(i) for i in starts[self._wrong[at] == found]]

    def __getitem__(self, wrong: str) -> tuple[str, str]:
        import numpy as np

        if len(wrong) != 4 or not all("\u4e00" <= c <= "\u9fff" for c in wrong):
            raise KeyError(wrong)
        code = _pack(np.array([[ord(c) for c in wrong]], dtype=np.uint32))[0]
        at = int(np.searchsorted(self._wrong, code))
        if at >= len(self._wrong) or self._wrong[at] != code:
            raise KeyError(wrong)
        return _unpack(int(self._right[at])), "shape" if self._shape[at] else "sound"

    def __iter__(self) -> Iterator[str]:
        return (_unpack(int(code)) for code in self._wrong)

    def __len__(self) -> int:
        return len(self._wrong)


_RECORD = 12  # "天踏下来\t天塌下来\ts\n": four, tab, four, tab, s (sound) or h (shape), newline
_BASE = 0x4E00


def _pack(chars: Any) -> Any:
    """Rows of four code points of the basic CJK block → one int64 each (15 bits a character)."""
    v = chars.astype("int64") - _BASE
    return (v[:, 0] << 45) | (v[:, 1] << 30) | (v[:, 2] << 15) | v[:, 3]


_BLOOM_BITS = 23
_MULTIPLIERS = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)


def _hash(codes: Any, multiplier: int) -> Any:
    """A bit position (of _BLOOM_BITS) per code, by multiplicative hashing (wrapping uint64)."""
    import numpy as np

    u = codes.astype(np.uint64) * np.uint64(multiplier)
    return (u >> np.uint64(64 - _BLOOM_BITS)).astype(np.int64)


def _unpack(code: int) -> str:
    return "".join(chr(_BASE + ((code >> shift) & 0x7FFF)) for shift in (45, 30, 15, 0))


@lru_cache(maxsize=1)
def wide_slips() -> WideTable:
    """wrong → (right, kind), read once per process."""
    with lzma.open(WIDE, "rt", encoding="utf-8") as f:
        text = f.read()
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return WideTable(text[start:])


def phrase_slips(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, right form, note) of every wide slip standing alone, left to right."""
    from mingjing.rules.misspellings import _stands_alone
    from mingjing.rules.word_slips import _named

    table = wide_slips()
    after = 0
    for start in table.find(text):
        end = start + 4
        wrong = text[start:end]
        if (
            start >= after
            and text.count(wrong) == 1
            and not _named(text, start)
            and _stands_alone(text, start, end)
        ):
            right, kind = table[wrong]
            yield start, end, right, NOTES[kind]
            after = end


@code_rule(
    "T124",
    "phrase-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”之误（{note}）",
    "成语和固定说法里一个字写错，错得比常见错别字表更宽：同一音节的另一声调（天踏下来→天塌下来），"
    "或者字形互相包含、主体部件相同（当局都迷→当局者迷）。错的写法不是词，其余三个字只对得上这一个成语，"
    "在全部干净材料里都没有出现过；只在它自成一段、不在书名号里时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，总觉得[天踏下来]有领导顶着。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，旁观者清，[当局都迷]。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，总觉得天塌下来有领导顶着；旁观者清，当局者迷。"),
    ],
)
def phrase_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right, note in phrase_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,), note=note)


@lru_cache(maxsize=1)
def _tail_set() -> frozenset[str]:
    return frozenset(idiom_tails())


@lru_cache(maxsize=1)
def idiom_tails() -> dict[str, str]:
    """tail → set phrase (data/idiom_tails.tsv), read once per process."""
    lines = TAILS.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


def garbled(text: str, grams2: list[str] | None = None) -> Iterator[tuple[int, int, str | None, str]]:
    """(start, end, suggestion or None, phrase) of every set phrase written with its tail but not its
    head: the span runs from the phrase's first character when it stands at most _REACH characters
    before the tail in the same clause (无那么加勉 → 无则加勉, a suggestion), else it is the two
    characters before the tail and the tail (no suggestion: what was meant there is the reader's)."""
    tails = idiom_tails()
    for tail in sorted(_tail_set().intersection(cjk_ngrams(text, 2) if grams2 is None else grams2)):
        phrase = tails[tail]
        for m in re.finditer(tail, text):
            i = m.start()
            if i < 2 or text[i - 2 : i + 2] == phrase or _CLAUSE_MARK.match(text[i - 1]):
                continue
            start, suggestion = i - 2, None
            for k in range(i - 2, max(-1, i - 2 - _REACH), -1):
                if _CLAUSE_MARK.match(text[k]):
                    break
                if text[k] == phrase[0] and text[k + 1 : k + 2] != phrase[1]:
                    start, suggestion = k, phrase
                    break
            if _CLAUSE_MARK.search(text, start, i):
                continue
            yield start, i + 2, suggestion, phrase


@code_rule(
    "T125",
    "garbled-set-phrase",
    "typo",
    "warning",
    "“{match}”疑为成语“{phrase}”写错",
    "成语的后两个字只属于这一个成语（加勉只在“无则加勉”里），前两个字却不是它的：成语写乱了。"
    "成语的第一个字就在前面几个字里时，建议改成整个成语。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对批评意见有则改之、[无那么加勉]。"),
    ],
    good=[GOOD, variant("我两天后才安排核查。", "我两天后才安排核查，对批评意见有则改之、无则加勉。")],
)
def garbled_set_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # a text read from traditional characters keeps forms the tables do not know
    for start, end, suggestion, phrase in garbled(ctx.text, ctx.ngrams(2)):
        yield rule.finding(ctx.text, start, end, (suggestion,) if suggestion else (), phrase=phrase)
