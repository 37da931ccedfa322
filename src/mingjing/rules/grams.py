"""Overlapping n-grams of the runs of Chinese characters in a text, found by one regex scan (several
times quicker than slicing each run in Python; same n-grams in the same order); the document's, with
their starts, made together from its code points with numpy (`ngrams_and_starts`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import compress
from typing import Any, TypeVar


@lru_cache(maxsize=8)
def _gram(n: int) -> re.Pattern[str]:
    # the n characters ahead, then one taken: the same places as the bare lookahead, a fifth quicker
    # (the engine steps over one character matched rather than past an empty match)
    return re.compile(f"(?=([\\u4e00-\\u9fff]{{{n}}}))[\\u4e00-\\u9fff]")


# name: (the last document, what was made of it). Each value is one tuple, read and replaced whole
# (safe across threads); `forget` empties them
_LAST: dict[str, tuple[str, Any]] = {}
T = TypeVar("T")


def kept(name: str, text: str, make: Callable[[str], T]) -> T:
    """make(text), kept under `name` for the last document asked about: the review context and the
    data rules' prefilters read the same text object, so what one makes of it the others reuse."""
    last = _LAST.get(name)
    if last is not None and last[0] is text:
        found: T = last[1]
        return found
    made = make(text)
    _LAST[name] = (text, made)
    return made


def cjk_ngrams(text: str, n: int) -> list[str]:
    """Every run of n Chinese characters (U+4E00–U+9FFF) in the text, overlapping, left to right."""
    grams: list[str] = _gram(n).findall(text)
    return grams


def document_ngrams(text: str, n: int) -> list[str]:
    """`cjk_ngrams` of the document under review, kept for the last document (ReviewContext.ngrams
    and the data rules' prefilters share them). Callers must not change the list."""
    return kept(f"ngrams{n}", text, lambda t: ngrams_and_starts(t, n))[1]


def ngrams_and_starts(text: str, n: int, cuts: Any = None) -> tuple[list[int], list[str]]:
    """(`cjk_ngram_starts`, `cjk_ngrams`) of a text, made together from its code points with numpy: a
    whole document's in a third of the time of the regex scan and the walk over its runs (the fixed
    cost of the arrays outweighs that on a short span, which `cjk_ngrams` still scans). With `cuts` (a
    numpy array of booleans, one per place 0 … len(text)), only the n-grams at whose both edges it is
    true."""
    import numpy as np

    # one code point a character (a lone surrogate passed through as itself, which is no Chinese
    # character), so the array's indices are the text's
    raw = text.encode("utf-32-le", "surrogatepass")
    codes = np.frombuffer(raw, dtype=np.uint32)
    places = len(codes) - n + 1
    if places <= 0:
        return [], []
    chinese = (codes >= 0x4E00) & (codes <= 0x9FFF)
    whole = chinese[:places].copy()
    if cuts is not None:
        whole &= cuts[:places] & cuts[n : places + n]
    for k in range(1, n):
        whole &= chinese[k : places + k]
    starts = np.flatnonzero(whole)
    # every place's n characters as one string of n code points, read from the same bytes (windows
    # four bytes apart); no NUL among Chinese characters, which numpy would strip from the end
    windows = np.ndarray(shape=(places,), dtype=f"<U{n}", buffer=raw, strides=(4,))
    grams: list[str] = windows[starts].tolist()
    return starts.tolist(), grams


@lru_cache(maxsize=8)
def _run(n: int) -> re.Pattern[str]:
    return re.compile(f"[\\u4e00-\\u9fff]{{{n},}}")


def cjk_ngram_starts(text: str, n: int) -> list[int]:
    """Where each of `cjk_ngrams(text, n)` begins in the text (same order, same length)."""
    starts: list[int] = []
    for m in _run(n).finditer(text):
        starts += range(m.start(), m.end() - n + 1)
    return starts


def document_ngram_starts(text: str, n: int) -> list[int]:
    """`cjk_ngram_starts` of the document under review, kept for the last document beside its n-grams
    (a rule that looks the n-grams up reads where each found one is from this list). Callers must not
    change the list."""
    return kept(f"ngrams{n}", text, lambda t: ngrams_and_starts(t, n))[0]


def ngrams_in(text: str, n: int, keys: AbstractSet[str]) -> tuple[list[int], list[str]]:
    """Where the document's n-grams that are among `keys` begin, and those n-grams, left to right
    (overlapping ones too): what finding each key with `str.find` gives. The keys the document writes
    are found by one intersection with its distinct n-grams (the smaller side probed); their places are
    then picked from one array of the document's n-grams as numbers (`gram_numbers`, made once per
    document and n for every caller) at C speed: the nine callers of a review no longer each test all
    the document's n-gram strings, which by then are out of the CPU's caches."""
    grams = document_ngrams(text, n)
    if n > _MAX_NUMBERED or not grams:
        return _ngrams_in_strings(text, n, keys)
    distinct = cjk_bigram_set(text) if n == 2 else distinct_ngrams(text, n)
    if isinstance(keys, (set, frozenset)):
        held: AbstractSet[str] | list[str] = distinct.intersection(keys)
    else:
        held = [g for g in distinct if g in keys]
    if not held:
        return [], []
    import numpy as np

    ordered, order, starts = gram_numbers(text, n)
    wanted = np.fromiter(map(_number, held), dtype=np.uint64, count=len(held))
    first = ordered.searchsorted(wanted, "left")
    sizes = ordered.searchsorted(wanted, "right") - first
    # every place of every wanted n-gram: the runs of the sorted numbers they hold, then back in text order
    runs = np.repeat(first - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
    picked = np.sort(order[runs]).tolist()
    return list(map(starts.__getitem__, picked)), list(map(grams.__getitem__, picked))


_MAX_NUMBERED = 4  # n-grams of up to four characters of U+4E00–U+9FFF are one 64-bit number each


def _number(gram: str) -> int:
    """A gram of Chinese characters as one number, 16 bits a character."""
    value = 0
    for ch in gram:
        value = (value << 16) | ord(ch)
    return value


def gram_numbers(text: str, n: int) -> tuple[Any, Any, list[int]]:
    """(the `_number`s of `document_ngrams(text, n)` sorted, the index of each in the document's
    order, their starts), kept for the last document. Callers must not change them."""
    return kept(f"gram-numbers{n}", text, lambda t: _gram_numbers(t, n))


def _gram_numbers(text: str, n: int) -> tuple[Any, Any, list[int]]:
    import numpy as np

    starts = document_ngram_starts(text, n)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    at = np.asarray(starts, dtype=np.intp)
    numbers = np.zeros(len(starts), dtype=np.uint64)
    for k in range(n):
        numbers = (numbers << np.uint64(16)) | codes[at + k]
    order = np.argsort(numbers, kind="stable")
    return numbers[order], order, starts


def _ngrams_in_strings(text: str, n: int, keys: AbstractSet[str]) -> tuple[list[int], list[str]]:
    """`ngrams_in` by a test of every n-gram string (longer n-grams)."""
    grams = document_ngrams(text, n)
    if n == 2 and isinstance(keys, (set, frozenset)):
        keys = cjk_bigram_set(text).intersection(keys)
    held = list(map(keys.__contains__, grams))
    return list(compress(document_ngram_starts(text, n), held)), list(compress(grams, held))


def distinct_ngrams(text: str, n: int) -> frozenset[str]:
    """The document's distinct n-grams as a set, kept for the last document."""
    return kept(f"distinct-ngrams{n}", text, lambda t: frozenset(document_ngrams(t, n)))


def apart(starts: list[int], grams: list[str]) -> Iterator[tuple[int, str]]:
    """(start, n-gram) of `ngrams_in`'s places, leaving out a place that overlaps the last one kept of
    the same n-gram: each n-gram's places as `re.finditer` of it gives them (never overlapping)."""
    kept_end: dict[str, int] = {}
    for at, gram in zip(starts, grams):
        if at >= kept_end.get(gram, 0):
            kept_end[gram] = at + len(gram)
            yield at, gram


def cjk_bigram_set(text: str) -> frozenset[str]:
    """The document's two-character runs of Chinese characters as a set, kept for the last document:
    the data rules' prefilters of one review each ask about the same text object."""
    return kept("bigram-set", text, lambda t: frozenset(document_ngrams(t, 2)))


def code_sums(text: str) -> list[int]:
    """`list(accumulate(map(ord, text), initial=0))`, the running sums of the text's code points (the
    sum of any span's by one subtraction), made with numpy in a third of the time (a lone surrogate
    counted as its own code point, as `ord` gives it)."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    sums = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(codes, out=sums[1:])
    found: list[int] = sums.tolist()
    return found


def document_code_sums(text: str) -> list[int]:
    """`code_sums` kept for the last document (F169 reads its text without quotation marks up to three
    times a review). Callers must not change the list."""
    return kept("code-sums", text, code_sums)


_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")


def doubled_starts(text: str) -> list[int]:
    """Where a Chinese character written twice in a row begins: the starts of `([\u4e00-\u9fff])\1`'s
    matches (as `finditer` gives them: 一一一 at 0 only), kept for the last document (T134, T137, T138 and
    T151 each walked them with a scan of their own). Callers must not change the list."""
    return kept("doubled", text, lambda t: [m.start() for m in _DOUBLED.finditer(t)])


def forget() -> None:
    """Drop what was kept (a benchmark's next run then reads its text as a new document)."""
    _LAST.clear()
