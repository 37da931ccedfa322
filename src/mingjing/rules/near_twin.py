"""Near twins of known phrases: a run of characters that is not a known phrase but becomes one by
changing one character to another of the same sound (toneless pinyin) or a similar shape, or by
swapping two neighbouring characters — 坚持不谢 → 坚持不懈 (不谢 is itself a word), 权利观 → 权力观.

Known phrases: pypinyin's phrase lexicon (MIT licence; its 3- to 7-character entries, 成语 and
fixed phrases, about 21,000) and the genre's own collocations (data/collocations.yaml), and, when a
template library is given, the library's own phrases (not done yet: see docs/review-real-text.md).
Sounds come from pypinyin's character table; similar shapes from data/similar_shapes.yaml and the drawn glyphs'
nearest look-alikes (rules/glyph_look_alikes.py, score GLYPH_MIN or more).

The lexicon loads on first use (about half a second), never for `mingjing --help`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.grams import document_ngram_starts, document_ngrams
from mingjing.rules.library_model import LibraryModel
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stored import stored
from mingjing.yamlnodes import load_data

Anchor = tuple[str, int, int]  # a known phrase, the offset of the characters found in it, its length
FarAnchor = tuple[str, int, int, str, str]  # and the far end's character and the one next to it
Twin = tuple[int, int, str, str]  # start, end, the known phrase, the kind of slip (KIND_NAMES)

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data"
LENGTHS = (4, 5, 6, 7, 3)  # longer windows first: 坚持不谢 before 持不谢
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
_CJK_CHARS = re.compile(r"[\u4e00-\u9fff]+")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_TONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")


@lru_cache(maxsize=1)
def _collocation_data() -> dict[str, Any]:
    data: dict[str, Any] = load_data((DATA / "collocations.yaml").read_text(encoding="utf-8")) or {}
    return data


@lru_cache(maxsize=1)
def collocations() -> tuple[str, ...]:
    """The genre's collocations, the units' working terms (unit_terms.yaml) and the fixed
    formulations (all known phrases)."""
    everyday = load_data((DATA / "collocations_everyday.yaml").read_text(encoding="utf-8")) or {}
    units = load_data((DATA / "unit_terms.yaml").read_text(encoding="utf-8")) or {}
    phrases = [
        *_collocation_data().get("phrases", []),
        *everyday.get("phrases", []),
        *units.get("phrases", []),
    ]
    return tuple(p for p in phrases if p) + formulations()


@lru_cache(maxsize=1)
def formulations() -> tuple[str, ...]:
    """Names of the Thought, theories, documents, campaigns and posts: a slip in one is an error."""
    return tuple(p for p in _collocation_data().get("formulations", []) if p)


GLYPH_MIN = 90  # per cent: glyph look-alikes (rules/glyph_look_alikes.py) this alike are shapes too


@stored
def shape_pairs() -> frozenset[tuple[str, str]]:
    data = load_data((DATA / "similar_shapes.yaml").read_text(encoding="utf-8")) or {}
    pairs = set()
    for group in [*data.get("groups", []), *data.get("scans", [])]:
        for a in group:
            for b in group:
                if a != b:
                    pairs.add((a, b))
    from mingjing.rules.glyph_look_alikes import characters, look_alike_score, look_alikes

    for a in characters():  # and the drawn glyphs' nearest look-alikes (typo13)
        for b in look_alikes(a):
            if look_alike_score(a, b) >= GLYPH_MIN:
                pairs.update(((a, b), (b, a)))
    return frozenset(pairs)


@lru_cache(maxsize=8192)
def readings(char: str) -> frozenset[str]:
    """Toneless pinyin syllables of one character (all its readings)."""
    from pypinyin.constants import PINYIN_DICT

    raw = PINYIN_DICT.get(ord(char), "")
    return frozenset(s.translate(_TONE) for s in raw.split(",") if s)


@stored
def known_phrases() -> frozenset[str]:
    """pypinyin's phrases of 4 to 7 characters (3-character ones are mostly compounds that a
    neighbour's character completes by chance: measured 11 false alarms per 4,000 clean characters)
    and the genre's collocations of any length."""
    from pypinyin.constants import PHRASES_DICT

    lexicon = {p for p in PHRASES_DICT if 4 <= len(p) <= 7 and _CJK_RUN.fullmatch(p)}
    return frozenset(lexicon | set(collocations()))


@stored
def anchors() -> tuple[dict[str, tuple[FarAnchor, ...]], dict[str, tuple[Anchor, ...]]]:
    """Where a known phrase can be found from two of its characters, whatever single character is
    changed or pair swapped: (bigram index, skip index). The bigram index maps a phrase's first two
    and last two characters to (phrase, offset of the bigram in it, length, the character at the far
    end, the one next to it: what `find_twins`'s cheap test reads); the skip index maps the first and
    last character of the 3- and 4-character collocations (a change in the middle of 3, a swap in the
    middle of 4) to (phrase, 0, length)."""
    pairs: dict[str, list[FarAnchor]] = {}
    skips: dict[str, list[tuple[str, int, int]]] = {}
    chars: dict[str, str] = {}  # one string object per character
    one = chars.setdefault
    for p in sorted(known_phrases()):  # sorted: one table whatever the process's string hashing
        n = len(p)
        pairs.setdefault(p[:2], []).append((p, 0, n, one(p[-1], p[-1]), one(p[-2], p[-2])))
        pairs.setdefault(p[-2:], []).append((p, n - 2, n, one(p[0], p[0]), one(p[1], p[1])))
    for p in collocations():
        if len(p) in (3, 4):
            skips.setdefault(p[0] + p[-1] + str(len(p)), []).append((p, 0, len(p)))
    return (
        {k: tuple(dict.fromkeys(v)) for k, v in pairs.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in skips.items()},
    )


@stored
def _flat_anchors() -> tuple[Any, Any, Any, Any, tuple[Any, Any, Any, Any], tuple[str, ...]]:
    """The bigram index of `anchors` laid out flat for numpy: its bigrams of two Chinese characters as
    codes (`_bigram_codes`, sorted), each one's first candidate and count, the candidates' (offset,
    length, far-end character, the one next to it) as arrays (the characters as code points), and their
    phrases, in the index's order."""
    import numpy as np

    pairs = anchors()[0]
    keys = sorted(k for k in pairs if _CJK_PAIR.fullmatch(k))  # no other bigram is the document's
    first: list[int] = []
    count: list[int] = []
    offsets: list[int] = []
    lengths: list[int] = []
    edges: list[int] = []
    inners: list[int] = []
    phrases: list[str] = []
    for key in keys:
        candidates = pairs[key]
        first.append(len(phrases))
        count.append(len(candidates))
        for phrase, offset, length, edge, inner in candidates:
            offsets.append(offset)
            lengths.append(length)
            edges.append(ord(edge))
            inners.append(ord(inner))
            phrases.append(phrase)
    codes = np.array([ord(k[0]) << 16 | ord(k[1]) for k in keys], dtype=np.int64)
    columns = (
        np.array(offsets, dtype=np.int64),
        np.array(lengths, dtype=np.int64),
        np.array(edges, dtype=np.int64),
        np.array(inners, dtype=np.int64),
    )
    return (
        codes,
        np.array(first, dtype=np.int64),
        np.array(count, dtype=np.int64),
        len(keys),
        columns,
        tuple(phrases),
    )


def _anchor_windows(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """(bigram place, window start, window end, candidate) of every candidate of the bigram index at
    every place of the text that passes `find_twins`'s cheap test: its window lies inside one run of
    Chinese characters, and one change or swap away from the anchor keeps one of the two characters at
    the far end in place (or moves the last-but-one there). In the order of the places, each place's
    candidates in the index's order: what walking them one by one keeps, at numpy's speed."""
    import numpy as np

    keys, first, count, n_keys, (offsets, lengths, edges, inners), _phrases = _flat_anchors()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    # the document's bigrams (two Chinese characters) as codes, looked up among the index's sorted ones
    at = np.array(document_ngram_starts(text, 2), dtype=np.int64)
    if not len(at) or not n_keys:
        return [], [], [], []
    grams = codes[at] << 16 | codes[at + 1]
    # (the document's bigrams sorted first: a search of the sorted keys in that order reads them
    # ahead, five times quicker than in the text's order)
    order = np.argsort(grams)
    slots = np.empty_like(order)
    slots[order] = np.minimum(np.searchsorted(keys, grams[order]), n_keys - 1)
    counts = np.where(keys[slots] == grams, count[slots], 0)
    total = int(counts.sum())
    if not total:
        return [], [], [], []
    # each candidate of each place, flat: its place and its index among the candidates
    places = np.repeat(at, counts)
    which = np.arange(total, dtype=np.int64) + np.repeat(first[slots] - (np.cumsum(counts) - counts), counts)
    starts = places - offsets[which]
    ends = starts + lengths[which]
    chinese = (codes >= 0x4E00) & (codes <= 0x9FFF)
    # the window lies inside one run: it begins on a Chinese character and no other stands up to its end
    stretch = np.cumsum(~chinese)
    inside = (starts >= 0) & (ends <= len(codes))
    low = np.where(inside, starts, 0)
    last = np.where(inside, ends - 1, 0)
    inside &= chinese[low] & (stretch[low] == stretch[last])
    from_start = offsets[which] == 0
    far = codes[np.where(from_start, last, low)]
    near = codes[np.where(from_start, np.maximum(last - 1, 0), np.minimum(low + 1, len(codes) - 1))]
    edge = edges[which]
    kept = np.flatnonzero(inside & ((far == edge) | (near == inners[which]) | (near == edge)))
    return places[kept].tolist(), starts[kept].tolist(), ends[kept].tolist(), which[kept].tolist()


@lru_cache(maxsize=1)
def _skip_regex() -> re.Pattern[str]:
    """Any key of the skip index for three characters: its first character, any one character, its
    last (`find_twins` keeps the windows inside a run of Chinese characters; `.`, not a class of
    them, keeps the regex quick to compile)."""
    keys = sorted(k for k in anchors()[1] if k.endswith("3") and _CJK_CHARS.fullmatch(k[:2]))
    return re.compile("|".join(re.escape(k[0]) + "." + re.escape(k[1]) for k in keys) or "(?!)")


def _skip_starts(text: str) -> list[int]:
    """Where a window of three characters matches a key of the skip index (overlapping too)."""
    regex = _skip_regex()
    out = []
    m = regex.search(text)
    while m:
        out.append(m.start())
        m = regex.search(text, m.start() + 1)
    return out


@lru_cache(maxsize=1)
def _middle_swaps() -> frozenset[str]:
    """The 4-character collocations of the skip index with their two middle characters swapped. A
    window that keeps such a collocation's first and last characters and one of the middle two is
    found from its first or last two (the bigram index holds every collocation's); only the swap of
    the middle two keeps neither, so only these windows need the skip index for four characters."""
    return frozenset(
        p[0] + p[2] + p[1] + p[3]
        for bucket in anchors()[1].values()
        for p, _offset, length in bucket
        if length == 4 and p[1] != p[2]
    )


def _swap_starts(text: str) -> list[int]:
    """Where one of `_middle_swaps` begins in the text (overlapping too), from the document's
    4-grams: most texts hold none."""
    swaps = _middle_swaps()
    if swaps.isdisjoint(document_ngrams(text, 4)):
        return []
    out = []
    for w in swaps.intersection(document_ngrams(text, 4)):
        at = text.find(w)
        while at >= 0:
            out.append(at)
            at = text.find(w, at + 1)
    return sorted(out)


@lru_cache(maxsize=1)
def _collocation_readings() -> dict[str, tuple[str, ...]]:
    from pypinyin import lazy_pinyin

    return {p: tuple(lazy_pinyin(p)) for p in collocations()}


@lru_cache(maxsize=1)
def _pinyin_phrases() -> dict[str, list[list[str]]]:
    """pypinyin's phrase readings, imported on first use (a dotted import statement costs about 2 µs
    each time it runs; phrase_reading is asked some 60 times a review)."""
    from pypinyin.constants import PHRASES_DICT

    phrases: dict[str, list[list[str]]] = PHRASES_DICT
    return phrases


def phrase_reading(phrase: str, i: int) -> str:
    """The toneless reading of the phrase's i-th character as the phrase is read (行 in 银行 is hang)."""
    entry = _pinyin_phrases().get(phrase)
    if entry and len(entry) == len(phrase):
        return entry[i][0].translate(_TONE)
    colloc = _collocation_readings().get(phrase)
    if colloc and len(colloc) == len(phrase):
        return colloc[i]
    return next(iter(readings(phrase[i])), "")


def twin_kind(window: str, phrase: str) -> str | None:
    """sound | shape | order when `window` is `phrase` with one character changed (to one that can
    be read as the phrase reads it there, or of a similar shape) or two neighbours swapped."""
    if len(window) != len(phrase):
        return None
    diff = [i for i, (a, b) in enumerate(zip(window, phrase)) if a != b]
    if len(diff) == 1:
        i = diff[0]
        if phrase_reading(phrase, i) in readings(window[i]):
            return "sound"
        return "shape" if (window[i], phrase[i]) in shape_pairs() else None
    if (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and window[diff[0]] == phrase[diff[1]]
        and window[diff[1]] == phrase[diff[0]]
    ):
        return "order"
    return None


def find_twins(text: str, model: LibraryModel | None = None) -> Iterator[Twin]:
    """(start, end, phrase, kind) of each run of `text` that is a near twin of exactly one known
    phrase, is not itself a word of jieba's dictionary, does not overlap a known phrase written
    correctly in the text (two candidate corrections mean the context does not decide), and its changed
    character makes no word of the run's segmentation across the window's edge (把权力关进 is 权力 / 关进,
    not 权力观; 要求真务世 is still 求真务实 misspelt: 要求 crosses the edge with an unchanged 求).

    With a template library's model (rules/library_model.py): a run that is a word is reported too
    when the library writes the phrase and never the run; a run the library itself uses is not."""
    import rjieba

    _pairs, skips = anchors()
    known = known_phrases()
    # the windows of the bigram index that pass the cheap test, found with numpy over every place of
    # every bigram of the index at once (`_anchor_windows`): place, window start and end, candidate,
    # in the order of the places and of each place's candidates, read as the runs go by
    places, window_starts, window_ends, which = _anchor_windows(text)
    phrases = _flat_anchors()[5]
    h, n_places = 0, len(places)
    # where a 3-character collocation's first and last characters stand, and where a 4-character one
    # is written with its middle two swapped (the skip index), found in one scan each; taken from the
    # end of the list as the runs go by
    starts3, starts4 = _skip_starts(text)[::-1], _swap_starts(text)[::-1]
    for run in _CJK_RUN.finditer(text):
        s = run.group()
        size = len(s)
        run_start, run_end = run.span()
        found: dict[tuple[int, int], set[tuple[str, str]]] = {}
        while h < n_places and places[h] < run_start:  # a bigram of a run of two characters
            h += 1
        while h < n_places and places[h] < run_end:
            window = text[window_starts[h] : window_ends[h]]
            phrase = phrases[which[h]]
            h += 1
            if window == phrase:
                continue  # the phrase written right (most windows that pass the cheap test)
            kind = twin_kind(window, phrase)
            if kind:
                found.setdefault(
                    (window_starts[h - 1] - run_start, window_ends[h - 1] - run_start), set()
                ).add((phrase, kind))
        for length, skip_places in ((3, starts3), (4, starts4)):
            while skip_places and skip_places[-1] < run_end:  # (reversed: the first is last)
                k = skip_places.pop() - run_start
                if k < 0 or k + length > size:  # not inside this run
                    continue
                for phrase, _offset, _length in skips[s[k] + s[k + length - 1] + str(length)]:
                    kind = twin_kind(s[k : k + length], phrase)
                    if kind:
                        found.setdefault((k, k + length), set()).add((phrase, kind))
        if not found:
            continue
        taken: list[tuple[int, int]] = []
        cuts: list[tuple[int, int]] | None = None  # the run's words of two characters or more
        for (start, end), twins in sorted(found.items(), key=lambda x: x[0][1] - x[0][0], reverse=True):
            window = s[start:end]
            if len({p for p, _ in twins}) != 1 or window in known:
                continue
            if rjieba.has_word(window):
                if model is None or not model.prefers_phrase(window, next(iter(twins))[0]):
                    continue
            elif model is not None and model.uses(window):
                continue
            ((phrase, slip),) = twins
            if slip == "sound" and _two_words(window) and not _same_tone(window, phrase):
                continue  # 不知可否 is 不知 + 可否, not 不置可否 (zhī, zhì); 法制思维 stays (zhì, zhì)
            if any(a < end and start < b for a, b in taken) or _overlaps_known(s, start, end, known):
                continue
            if _point_label(text, run_start + start):
                continue  # “一是不知道找谁，二是……”: the label of a series of points, no 一事不知 (r24)
            if cuts is None:
                cuts = _word_spans(s)
            changed = [start + k for k, (a, b) in enumerate(zip(window, phrase)) if a != b]
            if any((a < start < b or a < end < b) and any(a <= k < b for k in changed) for a, b in cuts):
                continue  # 把权力关进: the changed 关 makes 关进 across the window's end, no slip of 权力观
            if any(a < end < b and (start, a) in cuts for a, b in cuts) or any(
                a < start < b and (b, end) in cuts for a, b in cuts
            ):
                continue  # 企业办事|事项: two words of the text, the window cut across the second
            taken.append((start, end))
            yield run.start() + start, run.start() + end, phrase, slip


_ORDINALS = "一二三四五六七八九十"
LABEL_REACH = 60  # the next label of a series of points stands this close after the first


def _point_label(text: str, at: int) -> bool:
    """Whether text[at:at+2] is a label of a series of points (一是, 二是) whose next label follows close by
    (一是……二是): the window opens with the label, not with a phrase's first two characters."""
    head, copula = text[at : at + 1], text[at + 1 : at + 2]
    k = _ORDINALS.find(head)
    if copula != "是" or k < 0 or k + 1 >= len(_ORDINALS):
        return False
    return _ORDINALS[k + 1] + "是" in text[at + 2 : at + 2 + LABEL_REACH]


def _word_spans(run: str) -> list[tuple[int, int]]:
    """(start, end) of the dictionary words of two characters or more in rjieba's segmentation of the
    run: a window that one of them crosses is cut out of two words (把权力关进: 权力 / 关进)."""
    import rjieba

    out: list[tuple[int, int]] = []
    at = 0
    for word in rjieba.cut(run, False):
        if len(word) >= 2 and rjieba.has_word(word):
            out.append((at, at + len(word)))
        at += len(word)
    return out


TWO_WORDS_MIN = 100  # the bar of scripts/generate_misspellings.py: two words this frequent read as two words


def _two_words(window: str) -> bool:
    """Whether the four characters are two ordinary two-character words of jieba's dictionary."""
    import rjieba

    return len(window) == 4 and all(
        rjieba.has_word(w) and rjieba.suggest_freq(w) - 1 >= TWO_WORDS_MIN for w in (window[:2], window[2:])
    )


def _same_tone(window: str, phrase: str) -> bool:
    """Whether the changed character's usual reading (its first) is, tone and all, the phrase's there."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    i = next(k for k, (a, b) in enumerate(zip(window, phrase)) if a != b)
    usual = PINYIN_DICT.get(ord(window[i]), "").split(",")[0]
    entry = PHRASES_DICT.get(phrase)
    if not entry or len(entry) != len(phrase):
        # no toned reading of the phrase (the genre's own collocations: 政治定力): the phrase's character read
        # as it usually is; 政治定位 meets 定力 only through 位's rare reading lì (r19)
        return usual == PINYIN_DICT.get(ord(phrase[i]), "").split(",")[0]
    return entry[i][0] == usual


def _overlaps_known(run: str, start: int, end: int, known: frozenset[str]) -> bool:
    """Whether a known phrase is written correctly in the run across an edge of the window (one
    wholly inside it is part of the window, 中国特色社会主义 in a slip of the Thought's name)."""
    for n in range(3, 8):
        for j in range(max(0, start - n + 1), min(len(run) - n, end - 1) + 1):
            if (j < start or j + n > end) and run[j : j + n] in known:
                return True
    return False


KIND_NAMES = {"sound": "同音字", "shape": "形近字", "order": "字序颠倒"}
LISTED = (
    "T101",
    "T102",
    "T103",
    "F115",
    "F116",
    "F117",
    "F118",
    "F119",
)  # the swap lists run first; a span they flag is theirs


def _listed_near(text: str, start: int, end: int) -> bool:
    """Whether a wrong form of the swap lists overlaps the span (that rule reports it)."""
    around = text[max(0, start - 8) : end + 8]
    return any(w in around for w in _listed_wrong_forms())


@lru_cache(maxsize=1)
def _listed_wrong_forms() -> tuple[str, ...]:
    from mingjing.rules.engines import Substitution
    from mingjing.rules.misspellings import entries
    from mingjing.rules.registry import review_rules

    listed = [
        w
        for rule in review_rules()
        if rule.code in LISTED and isinstance(rule.matcher, Substitution)
        for w in rule.matcher.swap
    ]
    return tuple(listed) + tuple(entries(include_generated=False))  # T111's hand-written lexicon too


def _source(phrase: str, written: str) -> str:
    import rjieba

    if rjieba.has_word(written):  # reported only on the template library's evidence
        return "本单位模板库中一贯的写法"
    return "本类材料的固定搭配" if phrase in collocations() else "成语和固定说法"


@code_rule(
    "T401",
    "near-twin-phrase",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：{reason}（“{suggestion}”是{source}，“{match}”不是）",
    "错字常常本身也是一个词（坚持不谢、权利观），逐条列出的错别字清单追不上。这里把文中的每个片段与"
    "两万多条成语、固定说法（pypinyin 词库）和本类材料的固定搭配比较：只差一个同音或形近字、或两个字颠倒，"
    "而原样又不是词时提示，并给出那个说法。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，[坚持不谢]抓舆情处置的意识还不强。"),
        variant("我对关键技术问题心中无数。", "我对关键技术问题心中无数，没有树立正确的[权利观]。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，今后要坚持不懈抓好舆情处置。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，到底错在哪里，就连本人也不知可否。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有把权力关进制度的笼子里。"),
        # two common words meeting a collocation only through a rare reading (位 lì): no slip (r19)
        variant("我两天后才安排核查。", "我两天后才安排核查，对巡察监督的政治定位理解不到位。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，建议把企业办事事项集中到一个窗口。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，汛前排查要做到宁可十防九空、不可失防万一。"),
        # the 政法 records of every asking about a case (collocations_everyday.yaml), no 有闻必录 (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查，干预司法的过问要做到有问必录。"),
        # the label of a series of points, no 一事不知 (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查。有群众说：“一是不知道找谁，二是找了没人管。”"),
    ],
)
def near_twin_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, phrase, kind in near_twins(ctx):
        if phrase not in formulations():
            yield rule.finding(
                ctx.text,
                start,
                end,
                (phrase,),
                reason=KIND_NAMES[kind],
                source=_source(phrase, ctx.text[start:end]),
            )


def near_twins(ctx: ReviewContext) -> list[Twin]:
    """The near twins of the text (shared by T401 and F129, which reports those of formulations)."""
    if "near-twins" not in ctx.cache:
        ctx.cache["near-twins"] = [
            t
            for t in find_twins(ctx.text, ctx.options.language_model)
            if not _listed_near(ctx.text, t[0], t[1]) and not _couplet_half(ctx.text, t[0], t[1])
        ]
    twins: list[Twin] = ctx.cache["near-twins"]
    return twins


_COUPLET_MARKS = "、，；,;"
_COUPLET_GAP = 3  # frame words between the mark and the second half (宁可…、不可…): this many at most


def _couplet_half(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the second half of a coined couplet: a run as long ends at a clause
    mark at most _COUPLET_GAP characters before it, shares a character other than a function word at
    the same place (宁可十防九空、不可失防万一: 防 second in both) and is no known phrase itself (锲而不舍、
    驰而不息 is a fixed pair, whose slips stay findings). A saying built on its sibling is the writer's
    own, no slip of the known phrase it happens to be near."""
    n = end - start
    for gap in range(_COUPLET_GAP + 1):
        mark = start - gap - 1
        if mark - n < 0 or text[mark] not in _COUPLET_MARKS:
            continue
        sibling = text[mark - n : mark]
        shared = [a for a, b in zip(sibling, text[start:end]) if a == b and a not in _FUNCTION_CHARS]
        if shared and sibling != text[start:end] and all("\u4e00" <= c <= "\u9fff" for c in sibling):
            return not _known_phrase(sibling)  # 锲而不舍、弛而不息: a known idiom's sibling is the fixed pair
    return False


_FUNCTION_CHARS = frozenset("而不之以于其有无所为与一者也乎必")


def _known_phrase(s: str) -> bool:
    import rjieba

    from mingjing.rules.real_word_twins import known_word

    return known_word(s) or bool(rjieba.has_word(s))


def twins_of(window: str) -> list[tuple[str, int, str]]:
    """(phrase, 0, kind) of every known phrase that `window` is a near twin of."""
    pairs, skips = anchors()
    n = len(window)
    candidates = [
        p
        for p, _, length, _edge, _inner in pairs.get(window[:2], ()) + pairs.get(window[-2:], ())
        if length == n
    ]
    if n in (3, 4):
        candidates += [p for p, _, _ in skips.get(window[0] + window[-1] + str(n), ())]
    return [(p, 0, kind) for p in dict.fromkeys(candidates) if (kind := twin_kind(window, p))]
