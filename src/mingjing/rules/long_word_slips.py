"""Slips inside words of three characters or more (T168): 人民检院 → 人民检察院, 驾驶贝 → 驾驶员,
集休经济 → 集体经济, 公务贝员 → 公务员.

The two-character tables (T116, T166, T316) and the four-character sayings (T151, T401) leave the longer
words and the names of bodies. The table (scripts/generate_long_word_slips.py, data/long_word_slips.tsv.xz)
holds, for every word of jieba's dictionary of three to seven characters (frequency 10 or more, no name,
no saying), its forms with one glyph neighbour put for a character (rules/glyph_look_alikes.py and the
characters one part away, rules/glyph_parts.py), one inner character dropped, or a look-alike read twice
beside its character: forms no dictionary knows, written nowhere in the genre's texts, the slip of one
word only. Each is looked up by three of its characters around the change, among the document's
three-character windows (shared with the other tables), and the whole form is then read from the text.

A form is reported where the dictionary's segmentation (no guessing of unknown words) leaves a lone
character inside it that is no free word (的, 和, 在 …) — the text there reads as no word — and the form
stands apart from its neighbours (T116's `reportable`: no name, no series, not in 《…》, no Latin letter beside
it, no digit that counts with it), is written at most twice and the document does not write it in 「“…”」 quotes.
A form missing an inner character that opens with a verb of handing over before a common word is that verb and
whom it hands to (交部门登记 is no 交通部门: r27).
"""

from __future__ import annotations

import lzma
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stored import stored
from mingjing.rules.tables import FormTable, open_table

if TYPE_CHECKING:
    import numpy as np

    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "long_word_slips.tsv.xz"
KEY = 3
RATIO = 100  # a replaced character may be at most this much commoner alone than the word it spoils
GENRE_FREQ = (
    100  # a term of the genre's or the trades' lexicon (rules/trade_lexicon.py) counts as this frequent
)
LONE_MAX = 10_000  # a character this common alone in jieba is a word of its own (她, 早, 市, 说)
# characters that stand alone in right text (function words, numbers, places in a list): a lone one of
# them inside a form is no sign that the form reads as no word
FREE = frozenset(
    "一二三四五六七八九十百千万两几半各每该本此其这那某诸全上下中内外前后里间和与及或并而且跟同对把被将为从向"
    "给让由在于以是的了着也都就又才还只不没很更最太再已曾要会能可应需须得地个们之所等"
)


class _Rows(NamedTuple):
    """The table kept as three objects, not 67,000 rows of tuples (25 → 3 MB, docs/review-speed.md, round
    r15): its rows (`key\tplace\twrong\tright`) sorted by their keys' codes, joined in one string; the
    distinct keys' codes, sorted; and where each key's rows begin in the string (one more: the end)."""

    codes: np.ndarray[Any, Any]
    body: str
    offsets: np.ndarray[Any, Any]


@stored
def _table() -> _Rows:
    """The table's rows by their keys' codes, sorted (rows of one key in the file's order)."""
    import numpy as np

    from mingjing.rules.tables import pack_forms

    with lzma.open(TABLE, "rt", encoding="utf-8") as f:
        lines = [line for line in f.read().split("\n") if line and not line.startswith("#")]
    codes = pack_forms([line.partition("\t")[0] for line in lines], KEY)
    if codes is None:  # no row, or a key beyond the packed range: nothing is looked up
        return _Rows(np.zeros(0, dtype=np.uint64), "", np.zeros(1, dtype=np.int64))
    order = np.argsort(codes, kind="stable")
    rows = [lines[i] for i in order.tolist()]
    row_starts = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, rows), dtype=np.int64, count=len(rows)) + 1, out=row_starts[1:])
    keys, first = np.unique(codes[order], return_index=True)  # each key's first row
    return _Rows(keys, "\n".join(rows) + "\n", np.append(row_starts[first], row_starts[-1]))


def _entries(body: str) -> list[tuple[int, str, str]]:
    """(place of the key in the wrong form, wrong form, right word) of each row of `body`."""
    out = []
    for row in body.split("\n")[:-1]:
        _, at, wrong, right = row.split("\t")
        out.append((int(at), wrong, right))
    return out


def long_word_slip_table() -> dict[str, list[tuple[int, str, str]]]:
    """key → (its place in the wrong form, wrong form, right word) of every slip of the table (made anew
    on each call: for tests and inspection, not for the review)."""
    table = _table()
    out: dict[str, list[tuple[int, str, str]]] = {}
    for row, entry in zip(table.body.split("\n")[:-1], _entries(table.body), strict=True):
        out.setdefault(row[:KEY], []).append(entry)
    return out


def _keys_in(text: str) -> list[tuple[int, int]]:
    """(where a key of the table begins in `text`, the key's index among the table's), left to right."""
    import numpy as np

    from mingjing.rules.tables import windows

    keys = _table().codes
    runs = windows(text, KEY)
    if not len(keys) or not len(runs.codes):
        return []
    at = np.searchsorted(keys, runs.sorted)  # the sorted windows: the search reads the keys in order
    at[at == len(keys)] = 0
    hits = runs.sorted[keys[at] == runs.sorted]
    if not len(hits):
        return []
    found = np.isin(runs.codes, hits)
    return list(
        zip(runs.starts[found].tolist(), np.searchsorted(keys, runs.codes[found]).tolist(), strict=True)
    )


@lru_cache(maxsize=1)
def replaced_windows() -> FormTable:
    """wrong → right of the replaced characters' three-character windows (the mapped table)."""
    return open_table("long_word_subs")


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, right word) of every slip form the tables find in `text`, by where it starts."""
    out = []
    table = _table()
    for at, key in _keys_in(text):
        for k, wrong, right in _entries(table.body[table.offsets[key] : table.offsets[key + 1]]):
            start = at - k
            if text[start : start + len(wrong)] == wrong:
                out.append((start, start + len(wrong), right))
    subs = replaced_windows()
    for at in subs.find(text):
        fixed = subs[text[at : at + KEY]]
        word = _covering_word(text, at, fixed)
        if word is not None:
            out.append(word)
    return sorted(out)


def _covering_word(text: str, at: int, fixed: str) -> tuple[int, int, str] | None:
    """The longest dictionary word or term of the genre's lexicon (three to seven characters, frequency 10
    or more) that the text with
    text[at:at + 3] replaced by `fixed` writes over that window, where the text itself writes no word."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.genre_lexicon import genre_term_set
    from mingjing.rules.trade_lexicon import trade_term_set

    genre, trades = genre_term_set(), trade_term_set()
    best, freq = None, 0
    for start in range(max(0, at - 4), at + 1):
        for end in range(at + KEY, min(len(text), start + 7) + 1):
            right = text[start:at] + fixed + text[at + KEY : end]
            f = max(dictionary_freq(right), GENRE_FREQ if right in genre or right in trades else 0)
            if (best is None or end - start > best[1] - best[0]) and f >= 10:
                best, freq = (start, end, right), f
    if best is None or dictionary_freq(text[best[0] : best[1]]):
        return None
    written = next(c for c, r in zip(text[at : at + KEY], fixed, strict=True) if c != r)
    if freq * RATIO < dictionary_freq(written):
        return None  # 秸杆还田方面: 田 alone is far commoner than 四方面, the word it would spoil
    return best


_PLACE_ENDS = frozenset("村镇乡县")
# a place after a preposition of place, ending in a place's suffix at the search's end (在安置村, 到各试点村)
_LOCATIVE_PLACE = re.compile(r"(?:在|到|向|于|赴|进|回)[\u4e00-\u9fff]{1,5}[村镇乡县]$")


def long_word_slips(
    text: str, segmentation: Callable[[], tuple[Sequence[str], Sequence[int]]] | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, right word) of every slip of a longer word reported, left to right. `segmentation`
    gives the dictionary segmentation of the whole text and its words' offsets (the review's context
    passes its own, asked only when the tables find a form; cut here when not given)."""
    from mingjing.rules.formulation_order import listed_member_at
    from mingjing.rules.word_slips import reportable

    found = _candidates(text)
    if not found:
        return
    if segmentation is None:
        from itertools import accumulate

        import rjieba

        tokens: Sequence[str] = rjieba.cut(text, False)
        starts: Sequence[int] = list(accumulate(map(len, tokens), initial=0))[:-1]
    else:
        tokens, starts = segmentation()
    after = 0
    for start, end, right in found:
        wrong = text[start:end]
        if start < after or text.count(wrong) > 2:
            continue
        if wrong[-1] in _PLACE_ENDS and right[-1] == wrong[-1]:
            continue  # 西坡村: a place's own name beside a known one (西柏坡村), no slip
        if (
            wrong[0] in _PLACE_ENDS
            and right[0] == wrong[0]
            and _LOCATIVE_PLACE.search(text, max(0, start - 6), start + 1)
        ):
            continue  # 在安置村公开: 村 closes the place after 在, no 村务公开 (r26)
        if _handed_to(wrong, right):
            continue  # 交部门登记: a verb of handing and its receiver, no 交通部门 missing 通 (r27)
        if not _lone_inside(text, tokens, starts, start, end) or not reportable(text, start, end):
            continue
        if listed_member_at(text, start, end):
            continue  # 降成本 of 三去一降一补's members: the formulation's own wording (round r20)
        yield start, end, right
        after = end


_HANDING = frozenset("交报送缴转移呈递退")
_RECEIVER_FREQ = 1000  # a receiver this common in jieba is a word of its own (部门, 单位, 组织)


def _handed_to(wrong: str, right: str) -> bool:
    """Whether a form missing one inner character of its word opens with a verb of handing over whose rest is
    a common word: 交部门, 报单位, 送组织 are the verb and whom it hands to."""
    from mingjing.rules.doubled_chars import dictionary_freq

    return (
        len(right) == len(wrong) + 1 and wrong[0] in _HANDING and dictionary_freq(wrong[1:]) >= _RECEIVER_FREQ
    )


def _lone_inside(text: str, tokens: Sequence[str], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether the segmentation leaves a lone character inside text[start:end] that is no word of its
    own (no free character, less common alone than LONE_MAX) and makes no word with the character
    outside the form beside it, and no word of the segmentation runs past either end."""
    from mingjing.rules.doubled_chars import dictionary_freq

    first = bisect_right(starts, start) - 1
    last = bisect_left(starts, end)
    if first < 0 or starts[first] != start or (last < len(starts) and starts[last] != end):
        return False
    for i in range(first, last):
        c, at = tokens[i], starts[i]
        if len(c) != 1 or c in FREE or dictionary_freq(c) >= LONE_MAX:
            continue
        if (at == start and at > 0 and dictionary_freq(text[at - 1 : at + 1])) or (
            at == end - 1 and dictionary_freq(text[at : at + 2])
        ):
            continue  # 青年大学习: the lone 大 opens 大学 outside the form
        if i > first and _known_term(tokens[i - 1] + c):
            continue  # 村组防疫员: the lone 员 closes a post the lexicons know (防疫员) after its word (r21)
        return True
    return False


def _known_term(word: str) -> bool:
    """A term of the genre's or the trades' lexicon (防疫员, 网格员): a post or a thing of real work."""
    from mingjing.rules.genre_lexicon import genre_term_set
    from mingjing.rules.trade_lexicon import trade_term_set

    return word in trade_term_set() or word in genre_term_set()


@code_rule(
    "T168",
    "long-word-slip",
    "typo",
    "warning",
    "“{match}”不成词，疑为“{suggestion}”之误",
    "三个字以上的词或机构名称里一个字写成了字形相近的字、丢了一个字，或者多出一个形近字（扫描识别、五笔输入常见："
    "人民检院→人民检察院、驾驶贝→驾驶员、集休经济→集体经济）。候选表由词典和字形表生成，写出来的样子词典里没有、"
    "本类材料也不这样写；只在分词后这里剩下不成词的单字时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，联系县[人民检院]开展座谈不够经常。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，壮大村级[集休经济]的路子不多。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，联系县人民检察院开展座谈不够经常，壮大村级集体经济的路子不多。",
        ),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，收到的礼品一律交部门登记。"
        ),  # verb + receiver (r27)
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，西坡村的道路硬化还没有完成。",
        ),
        variant(  # 村 closes the place after 在: no 村务公开 (r26)
            "我两天后才安排核查。",
            "我两天后才安排核查，补助资金发放明细每季度在安置村公开。",
        ),
        variant(  # 村组 is a word, the lone 员 closes a post (防疫员): no slip of 村级防疫员 (r21)
            "我两天后才安排核查。",
            "我两天后才安排核查，偏远村组防疫员补助低的问题没有及时反映。",
        ),
    ],
)
def long_word_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in long_word_slips(
        ctx.text, lambda: (ctx.words(hmm=False), ctx.word_starts(hmm=False))
    ):
        yield rule.finding(ctx.text, start, end, (right,))
