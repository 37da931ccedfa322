"""Real words written for their near twins, decided by the context (T404): 带来的深刻启事 → 启示,
到班组报道 → 报到, 检察组 → 检查组, 会议纪录 → 记录, 增收途经 → 途径, 象绣花一样 → 像.

A word of the text that has a twin (a confusion pair: the hand-written 易混词 of
data/confusion_pairs.yaml, and the pairs generated from jieba's dictionary — two frequent words
that differ in one character read alike, data/confusion_pairs_generated.tsv) is reported when the
context is evidence for the twin and for the word as written none:

- lexicon: the twin makes a known word of three or more characters with the neighbouring
  characters (会议记录, 检查组, 寻人启事: jieba's dictionary, pypinyin's phrases, the genre's
  collocations) and the word as written makes none;
- collocates: the genre's collocation list (data/confusion_pairs.yaml, `collocates`) puts one of the
  twin's usual neighbours in the clause (深刻…启示, 到岗…报到, 启用…平台) and none of the word's;
- frames: a pattern that only the twin takes (像……一样, 向…报到), the same file's `frames`;
- library: a template library writes the twin in this very context and the word never
  (rules/library_model.py).

Counter-evidence is checked the same way for the word as written: any of it silences the finding; the
word as written in a term of the trades' lexicon is counter-evidence too (监察建议: r24), though a twin's term is
no evidence for it (水质监测 and 水质检测 are both right).
Data loads on first use, once per process (docs/real-word-errors.md).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Any

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.library_model import LibraryModel
from mingjing.rules.sample import GOOD
from mingjing.rules.segmentation import Segmentation
from mingjing.rules.stored import stored
from mingjing.yamlnodes import load_data

DATA = Path(__file__).parent / "data"
LEX_MIN_FREQ = 5  # a jieba word of three or more characters counts from this frequency (its noise is 3)
RIGHT_REACH = 2  # a right collocate starts at most this many characters after the word (调解用水纠纷) …
OBJECT_REACH = 12  # … or this many when a 的 lies between (启用了新的网格化管理平台)
HEAD_REACH = 3  # a right collocate may head a compound word of the text with this many characters before it
_CLAUSE_END = re.compile(r"[，。；、！？：:;,!?\n“”‘’（）()《》【】]")
_LIST_CLAUSE_END = re.compile(r"[，。；！？：:;,!?\n“”‘’（）()《》【】]")  # a clause with its lists (、) kept
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
Tokens = tuple[list[str], list[int]]  # the words of the text and where each starts


@dataclass(frozen=True)
class Usage:
    """What the genre writes around one word: neighbours on the left and right, and frames."""

    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    frames: tuple[re.Pattern[str], ...] = ()


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_data((DATA / "confusion_pairs.yaml").read_text(encoding="utf-8")) or {}
    return data


@lru_cache(maxsize=1)
def twins() -> dict[str, tuple[str, ...]]:
    """Each word's twins (both directions), hand-written pairs first."""
    return _pairs()[0]


@lru_cache(maxsize=1)
def _pairs() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The twins of each word, and the generated pairs' words that lie inside a longer word of
    jieba's dictionary (the generator's flags)."""
    out: dict[str, dict[str, None]] = {}
    inside: set[str] = set()

    def add(a: str, b: str) -> None:
        out.setdefault(a, {})[b] = None
        out.setdefault(b, {})[a] = None

    for a, b in sorted(hand_pairs()):  # sorted: one table whatever the process's string hashing
        add(a, b)
    for line in (DATA / "confusion_pairs_generated.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b, a_inside, b_inside = line.split("\t")
            inside.update(w for w, flag in ((a, a_inside), (b, b_inside)) if flag == "1")
            if (a, b) not in variants():
                add(a, b)
    return {w: tuple(t) for w, t in out.items()}, frozenset(inside)


def _both_ways(entries: list[str]) -> frozenset[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for entry in entries:
        members = entry.split("/")
        out.update((a, b) for a in members for b in members if a != b)
    return frozenset(out)


@lru_cache(maxsize=1)
def variants() -> frozenset[tuple[str, str]]:
    """Pairs whose both members are right (汇演/会演), both ways: never a finding."""
    return _both_ways(_data().get("variants", []))


@lru_cache(maxsize=1)
def hand_pairs() -> frozenset[tuple[str, str]]:
    """The hand-written pairs whose members are both words (jieba's dictionary or a single
    character), both ways; a written form that is no word is the misspelling lexicon's (T111)."""
    import rjieba

    pairs = _both_ways(_data().get("pairs", [])) - variants()
    return frozenset((a, b) for a, b in pairs if all(len(w) == 1 or rjieba.has_word(w) for w in (a, b)))


@lru_cache(maxsize=1)
def usages() -> dict[str, Usage]:
    out: dict[str, Usage] = {}
    for word, spec in (_data().get("collocates") or {}).items():
        out[word] = Usage(
            tuple(spec.get("left", []) or []),
            tuple(spec.get("right", []) or []),
            tuple(re.compile(f) for f in spec.get("frames", []) or []),
        )
    return out


@lru_cache(maxsize=1)
def _phrases() -> frozenset[str]:
    from pypinyin.constants import PHRASES_DICT

    from mingjing.rules.near_twin import collocations

    return frozenset({p for p in PHRASES_DICT if 3 <= len(p) <= 7} | set(collocations()))


@lru_cache(maxsize=65536)
def known_word(s: str) -> bool:
    """A word of three or more characters: jieba's dictionary (frequency LEX_MIN_FREQ or more),
    pypinyin's phrases or the genre's collocations."""
    import rjieba

    if s in _phrases():
        return True
    return bool(rjieba.has_word(s)) and rjieba.suggest_freq(s) - 1 >= LEX_MIN_FREQ


FREE = frozenset(
    "和与及或并而且的地得了着过在于对把被将向从以为是也都就还又很更最不没未已尚仍之其所等每各该本此这那个有好"
)
SUFFIXES = frozenset("组室员院局处科会队站所部委办观性化者率期制权法费区点")  # bound noun suffixes
PRIOR_RATIO = 20  # a generated twin this many times rarer than the word needs more than the lexicon


@dataclass(frozen=True)
class Place:
    """Where a word of the text stands: its span and the whole words around it that a twin may
    make a longer word with (`lefts`, `rights`: none, one or two words on each side)."""

    start: int
    end: int
    lefts: tuple[str, ...]
    rights: tuple[str, ...]
    next_word: str
    framed: bool = (
        False  # a 在 (于, 从) stands earlier in the clause: a localizer after the word may close it
    )
    written: str = ""  # the word as written


def _chinese(word: str) -> bool:
    """Whether a word of the segmentation is Chinese (its blocks never mix Chinese with letters
    or digits at both ends)."""
    return bool(word) and "\u4e00" <= word[0] <= "\u9fff" and "\u4e00" <= word[-1] <= "\u9fff"


_PREPOSITION_GAP = re.compile(r"[向对与给跟同为][\u4e00-\u9fff]{1,5}")  # 向支部, 向上级党组织
_LOCALIZERS = frozenset("上中里下")  # the localizers that close a frame of place: 在…上, 在…中
_FRAME_OPEN = re.compile(r"[在于从][^，。；、！？：:;,!?\n]*$")  # a 在 earlier in the same clause


def _closes_frame(where: Place, twin: str) -> bool:
    """A localizer after the word closes the clause's 在…上 frame, not a word with the twin (事实上), unless the
    word as written is far rarer than the twin (停留在型式上: 型式 432, 形式 15,187 — PRIOR_RATIO), where the
    frame holds the twin as well and the written word has no standing of its own."""
    return where.framed and _freq(where.written) * PRIOR_RATIO >= _freq(twin)


def place(text: str, tokens: Tokens, i: int) -> Place:
    """The place of the text's i-th word."""
    words, starts = tokens
    start = starts[i]
    end = start + len(words[i])
    lefts = [""]
    for k in (1, 2):  # a single character before is a free word, no prefix (和政制, 未指定, 好几层)
        if i - k < 0 or len(words[i - k]) == 1 or not _chinese(words[i - k]):
            break
        lefts.append(words[i - k] + lefts[-1])
    rights = [""]
    for k in (1, 2):
        w = words[i + k] if i + k < len(words) else ""
        if not _chinese(w) or (len(w) == 1 and w in FREE):
            break
        rights.append(rights[-1] + w)
    following = words[i + 1] if i + 1 < len(words) else ""
    framed = bool(_FRAME_OPEN.search(text[max(0, start - 30) : start]))
    return Place(
        start, end, tuple(lefts), tuple(rights), following if _chinese(following) else "", framed, words[i]
    )


def trade_term(s: str) -> bool:
    """A term of the trades' lexicon (data/trade_lexicon.yaml) of three characters or more."""
    from mingjing.rules.trade_lexicon import trade_term_set

    return len(s) >= 3 and s in trade_term_set()


def lexicon_word(word: str, where: Place, known: Callable[[str], bool] = known_word) -> str | None:
    """A known word of 3 to 5 characters that `word`, put at the place, makes with whole
    neighbouring words of the text (never a piece of one, never a free character such as 和 or 于),
    the longest; or, when the next word's first character is a noun suffix (组, 室, 员 …) that makes
    one with it and the segmenter cuts the two so (检查 + 组在 → 检查组 在); None when there is none."""
    best: str | None = None
    for left in where.lefts:
        for right in where.rights:
            n = len(left) + len(word) + len(right)
            if not (left or right):
                continue  # a word of three or more characters alone is known: a neighbour must take part
            if right in _LOCALIZERS and _closes_frame(where, word):
                continue  # 在办好民生实事上下功夫: 上 closes 在…上, it makes no 事实上 with the noun
            if 3 <= n <= 5 and (best is None or n > len(best)) and known(s := left + word + right):
                best = s
    following = where.next_word
    if best is None and len(following) >= 2 and following[0] in SUFFIXES and known(s := word + following[0]):
        import rjieba

        if rjieba.cut(word + where.next_word, False)[0] == s:
            best = s
    return best


def _clause(text: str, start: int, end: int, marks: re.Pattern[str] = _CLAUSE_END) -> tuple[str, str]:
    """The clause's text before and after the span (`marks` close it)."""
    left = max((m.end() for m in marks.finditer(text, max(0, start - 30), start)), default=max(0, start - 30))
    n = marks.search(text, end, end + 40)
    right = n.start() if n else min(len(text), end + 40)
    return text[left:start], text[end:right]


_LEFT_GAP = re.compile(r"(?:[很较更太极最]|有所|较为|比较|十分|更加|日益|逐渐|越来越|非常|过于)?的?")
Bounds = Callable[[int], bool]  # whether a word of the text starts there (or the text ends)
_NUMERAL = re.compile(r"[0-9一二两三四五六七八九十百千万几每半多些]")


_TIME_AFTER = frozenset("前后时中")


def _modifier(between: str) -> bool:
    """Whether the characters between a word and its right collocate can be a modifier of the
    collocate (用水 in 调解用水纠纷, 了新的网格化管理 in 启用了新的…平台), not a phrase of their own
    (一次 in 检查一次机关…)."""
    if _NUMERAL.search(between) or between[:1] in _TIME_AFTER:
        return False  # 调解前先做好当事人的情绪疏导: a time after the verb ends its phrase
    return len(between) <= RIGHT_REACH or "的" in between


def collocate(text: str, where: Place, word: str, bounds: Bounds) -> str | None:
    """The genre's neighbour of `word` (data/confusion_pairs.yaml) in the clause around the span,
    written as `左…词` or `词…右`, or a frame of the word that holds there; None when none does.
    A neighbour is whole words of the text (侦查机制 holds no 机); on the left, only a 的 or a
    degree adverb may stand between (深刻的启示, 意识有所淡薄), or it heads a compound ending right before
    the word (校园文化品位); on the right, a short modifier (调解用水纠纷) or one with a 的 (启用了新的网格化
    管理平台); a verb's object (a noun) may also stand right before it, as the subject of a passive, when a time
    or the clause's end follows (系统启用后)."""
    usage = usages().get(word)
    if usage is None:
        return None
    start, end = where.start, where.end
    before, after = _clause(text, start, end)
    for c in usage.left:
        at = before.rfind(c)
        gap = before[at + len(c) :]
        if at >= 0 and _LEFT_GAP.fullmatch(gap) and bounds(start - len(gap) - len(c)):
            return c + gap + word
        if len(c) >= 2 and at >= 0 and not gap and _tail_start(start - len(c), bounds) is not None:
            return c + word  # 提升校园文化品位: 文化 heads 校园文化 (Chinese compounds put the head last)
    if _tag(word).startswith("v") and _PASSIVE_AFTER.match(after):
        extent = _PASSIVE_GAP.search(before)  # 设备严重损坏: an adverb of extent between (r24)
        kept = before[: extent.start()] if extent else before
        for c in usage.right:  # 新系统启用后: the object put before its verb, as the subject of a passive
            if (
                len(c) >= 2
                # 门诊楼: a noun jieba lacks; 设备: a noun jieba tags vn
                and (_tag(c).startswith("n") or _tag(c) == "vn" or (len(c) >= 3 and not _tag(c)))
                and kept.endswith(c)
                and _tail_start(start - (len(before) - len(kept)) - len(c), bounds) is not None
            ):
                return c + before[len(kept) :] + word
    for c in usage.right:
        if c in _COMPLEMENTS and word != where.written and _tag(where.written).startswith("v"):
            continue  # 权威没有树立起来: a directional complement follows the verb as written as well
        at = after.find(c, 0, OBJECT_REACH + len(c))
        if c in _LOCALIZERS and _closes_frame(where, word):
            continue  # 在办好民生实事上下功夫: 上 closes 在…上, no 事实上
        if at > 0 and len(c) >= 2 and _PREPOSITION_GAP.fullmatch(after[:at]) and bounds(end + at):
            return (
                word + after[:at] + c
            )  # 及时向支部报告: a preposition's phrase between an adverb and its verb
        if at < 0 or not bounds(end + at + len(c)) or (at and (len(c) == 1 or not _modifier(after[:at]))):
            continue
        if bounds(end + at):
            return word + after[:at] + c
        head = _head_start(end, end + at, bounds)  # 启用新的财务管理系统: 系统 heads 管理系统
        if len(c) >= 2 and head is not None and (head == end or _modifier(after[: head - end])):
            return word + after[:at] + c
    for f in usage.frames:
        m = f.search(before + word + after)
        if m and m.start() <= len(before) < m.end():
            return m.group()
    wide_before, wide_after = _clause(text, start, end, _LIST_CLAUSE_END)
    for f in usage.frames:
        if "、" in f.pattern:  # a frame over a list (短视频、直播等新形式) reads the clause with its 、 (r19)
            m = f.search(wide_before + word + wide_after)
            if m and m.start() <= len(wide_before) < m.end():
                return m.group()
    return None


# the directional complements: after a verb as written they are no evidence for its twin (树立起来 and 竖立起来;
# after a noun, 纪录下来, they still tell the verb 记录)
_COMPLEMENTS = frozenset(
    {"起来", "下来", "出来", "上来", "上去", "下去", "进来", "进去", "回来", "回去", "过来", "过去", "开来"}
)

# what follows a verb whose subject is its object (系统启用后, 平台启用以来, 印章启用时): a time, no object
_PASSIVE_AFTER = re.compile(r"(?:后|以后|以来|之后|时|前|$|[，。；、])")
# adverbs of extent that stand between a passive's subject and its verb (设备严重损坏, 资料全部遗失): no
# neighbour of the verb's own, which both twins take alike (严重损害, 严重损坏)
_PASSIVE_GAP = re.compile(r"(?:严重|全部|部分|完全|彻底|多处|均已|已经|均|已|被)$")


def _tail_start(at: int, bounds: Bounds) -> int | None:
    """The start of the word of the text that ends with the collocate starting at `at` and at the
    word under test (the collocate is the compound's head, or a word of its own), when that word has at
    most HEAD_REACH characters before the collocate."""
    for k in range(at, at - HEAD_REACH - 1, -1):
        if k >= 0 and bounds(k):
            return k
    return None


def _head_start(lo: int, at: int, bounds: Bounds) -> int | None:
    """The start of the word of the text that ends with the collocate starting at `at` (the
    collocate heads a compound, as 系统 heads 管理系统: Chinese compounds put the head last), when
    that word has at most HEAD_REACH characters before the collocate and starts at `lo` or later."""
    for k in range(at - 1, max(lo, at - HEAD_REACH) - 1, -1):
        if bounds(k):
            return k
    return None


_DEGREE = re.compile(r"(?:不够|不太|很|较|比较|十分|更加|非常|过于|太|特别|越来越|相当)$")
_DEGREE_AFTER = re.compile(r"(?:$|[，。；、！？：:;,!?\n”）)]|的|地|了)")


@lru_cache(maxsize=8192)
def _tag(word: str) -> str:
    """The word's tag in jieba's dictionary (a adjective, v verb …), '' when it is no entry."""
    import rjieba

    tagged = rjieba.tag(word)
    return str(tagged[0][1]) if len(tagged) == 1 else ""


def degree_frame(text: str, where: Place, twin: str) -> str | None:
    """A degree adverb right before the place and the clause's end (or 的/地/了) right after, where
    the text has a plain verb (v in jieba's dictionary: 严禁 takes an object, no degree) and the twin
    is an adjective (a: 不够严谨): evidence for the twin. (A noun there is left alone: jieba tags
    有力 and 警觉 as nouns, and 不够有力 is right.)"""
    m = _DEGREE.search(text, max(0, where.start - 3), where.start)
    if m is None or not _DEGREE_AFTER.match(text, where.end):
        return None
    if _tag(twin) == "a" and _tag(text[where.start : where.end]) == "v":
        return m.group() + twin
    return None


@dataclass(frozen=True)
class Evidence:
    kind: str  # lexicon | collocate | degree | library
    context: str  # the words of the text (with the twin put in) that make it the usual reading


def evidence(
    text: str, where: Place, word: str, bounds: Bounds, model: LibraryModel | None, lexicon: bool = True
) -> Evidence | None:
    """Evidence that `word` is the usual reading at the place (the word as written or a twin)."""
    found = lexicon_word(word, where) if lexicon else None
    if found is None and lexicon and word == where.written:
        # the word as written in a trade's term (监察建议 of a supervision body, 检察建议 of a procuratorate):
        # the writer's own word; counter-evidence only, as both twins are often terms (水质监测, 水质检测) (r24)
        found = lexicon_word(word, where, trade_term)
    if found and not (word != where.written and _lexicon_is_weak(where.written, word, found)):
        return Evidence("lexicon", found)
    near = collocate(text, where, word, bounds)
    if near:
        return Evidence("collocate", near)
    frame = degree_frame(text, where, word) if word != text[where.start : where.end] else None
    if frame:
        return Evidence("degree", frame)
    start, end = where.start, where.end
    if model is not None and word != text[start:end] and model.prefers(text, start, end, word):
        return Evidence("library", text[max(0, start - 2) : start] + word + text[end : end + 2])
    return None


Suspect = tuple[int, int, str, Evidence]


def _freq(word: str) -> int:
    import rjieba

    return int(rjieba.suggest_freq(word)) - 1 if rjieba.has_word(word) else 0


@lru_cache(maxsize=8192)
def _rare_twin(word: str, twin: str) -> bool:
    """A twin far rarer than the word (实绩 for 实际, 接合 for 结合): its lexicon evidence is none."""
    return _freq(twin) * PRIOR_RATIO < _freq(word)


@stored
def _hopeful_twins() -> dict[str, tuple[str, ...]]:
    """Each word's twins that can have evidence without a template library: hand-written ones,
    those with collocates of their own, and those not far rarer than the word that lie inside a
    longer known word (else the lexicon has nothing to say for them). About half the pairs' words
    are left to look at: a matter of speed, not of findings."""
    inside = _pairs()[1] | _phrase_bigrams({t for ts in twins().values() for t in ts})
    hand = hand_pairs()
    out: dict[str, tuple[str, ...]] = {}
    for w, ts in twins().items():
        kept = tuple(
            t for t in ts if (w, t) in hand or t in usages() or (t in inside and not _rare_twin(w, t))
        )
        if kept:
            out[w] = kept
    return out


def _phrase_bigrams(wanted: set[str]) -> set[str]:
    """Which of `wanted` are two-character strings inside pypinyin's phrases and the genre's
    collocations (3 to 7): only these are kept, not every such string (4 MB for the process)."""
    return {b for p in _phrases() for i in range(len(p) - 1) if (b := p[i : i + 2]) in wanted}


OWN_WORD_COUNT = 4  # a word written this often is the material's own


def suspects(text: str, tokens: Tokens, model: LibraryModel | None) -> Iterator[Suspect]:
    """(start, end, twin, evidence) of each word whose twin the context prefers: evidence for a
    twin (the longest, when several twins have some: 纪检监察 before 检查组) and none for the word
    as written."""
    index = twins() if model is not None else _hopeful_twins()
    words, starts = tokens

    def bounds(at: int) -> bool:
        k = bisect.bisect_left(starts, at)
        return at == len(text) or (k < len(starts) and starts[k] == at)

    uses: dict[str, int] = {}  # each word's count in the text, counted once (most are met twice or more)
    for i in compress(range(len(words)), map(index.__contains__, words)):
        w = words[i]
        candidates = index[w]
        at = starts[i]
        if at > 0 and text[at - 1].isdigit():
            continue  # 1800余家: a measure after a number, no word of the pairs
        if (n := uses.get(w)) is None:
            n = uses[w] = text.count(w)
        if n >= OWN_WORD_COUNT:
            continue  # the material's own word (检察 throughout a 检察院's material): chosen, no slip
        if in_named_mechanism(text, at, at + len(w)):
            continue  # “首接负责、即时报告”机制: a body's name for its own mechanism, its words chosen
        where = place(text, tokens, i)
        for_twins = [
            (t, e) for t in candidates if (e := evidence(text, where, t, bounds, model, not _rare_twin(w, t)))
        ]
        if not for_twins:
            continue
        for_twins.sort(key=lambda x: len(x[1].context), reverse=True)
        if len(for_twins) > 1 and len(for_twins[0][1].context) == len(for_twins[1][1].context):
            continue  # two twins fit as well: the context does not decide
        if evidence(text, where, w, bounds, model) is not None or _trade_term(w, where):
            continue
        if _owned_elsewhere(text, tokens, i, bounds, model):
            continue  # 改革督察…专项督察: the text writes the word where its own neighbours ask for it (r22)
        twin, why = for_twins[0]
        if why.kind == "lexicon" and _names_a_body(w, twin, where, why.context):
            continue
        if len(w) == 2 and w[0] == w[1] and why.kind in ("lexicon", "collocate"):
            continue  # 事事上会: a reduplication (事事 "every matter") is a form chosen, no slip of 事实上
        if why.kind == "lexicon" and _counts_after(text, where, why.context):
            continue  # 谈心不足2次: 不足 counts (less than), so 贪心不足 is no word here (r23)
        yield at, where.end, twin, why


def _trade_term(word: str, where: Place) -> bool:
    """Whether the word as written makes a term of the trades' lexicon with whole neighbouring words (监察建议 is
    a 监察机关's own term, though jieba lists only 检察建议: r24). Asked only of a suspect."""
    from mingjing.rules.trade_lexicon import trade_term_set

    terms = trade_term_set()
    return any(
        left + word + right in terms for left in where.lefts for right in where.rights if left or right
    )


def _owned_elsewhere(text: str, tokens: Tokens, i: int, bounds: Bounds, model: LibraryModel | None) -> bool:
    """Whether the text writes the i-th word elsewhere where the context is evidence for the word itself
    (针对“改革督察不够有力”…开展改革事项专项督察: 改革督察 is the word's own place, so 专项督察 is the author's
    term, no slip of 专项督查). Asked only of a suspect, so the cost is a few places at most."""
    words = tokens[0]
    w = words[i]
    k = words.index(w)  # the word's places found at C speed, in order
    while True:
        if k != i and evidence(text, place(text, tokens, k), w, bounds, model) is not None:
            return True
        try:
            k = words.index(w, k + 1)
        except ValueError:
            return False


# the quoted name of a mechanism, a system or a service (“首接负责、即时报告”机制, “即时受理”服务)
_NAMED_AFTER = re.compile(r"”(?:工作)?(?:机制|制度|模式|服务|工作法|品牌|行动|举措)")
NAME_REACH = 16  # characters of a quoted name on either side of the word


def in_named_mechanism(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside the quoted name of a mechanism or service."""
    opening = text.rfind("“", max(0, start - NAME_REACH), start)
    if opening < 0 or "”" in text[opening:start]:
        return False
    closing = text.find("”", end, end + NAME_REACH)
    return closing >= 0 and "“" not in text[end:closing] and _NAMED_AFTER.match(text, closing) is not None


# words that compare a count when a number follows (不足2次 "fewer than two"): then they are no part of a
# set word with the twin (贪心不足, 超过…)
_COMPARING = frozenset({"不足", "不到", "超过", "少于", "多于", "不少于", "不超过", "达到", "高于", "低于"})
_COUNT_START = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万几半")


def _counts_after(text: str, where: Place, context: str) -> bool:
    """Whether the twin's word is the twin and a comparing word (贪心不足) whose comparing word here
    takes a number (谈心不足2次)."""
    after = context[len(context) - len(where.next_word) :] if where.next_word else ""
    if not after or after not in _COMPARING or not context.endswith(after):
        return False
    at = text.find(after, where.end)
    return at == where.end and text[at + len(after) : at + len(after) + 1] in _COUNT_START


# heads that make a body's or a facility's name with any verbal noun of the work done there
_BODY_HEADS = frozenset({"中心", "机构", "平台", "系统", "基地", "实验室", "大厅", "站点"})


def _names_a_body(word: str, twin: str, where: Place, context: str) -> bool:
    """Whether the only evidence for the twin is a body's name it makes with the next word (监测中心),
    where the word as written is a verbal noun as well (检测): 水质检测中心 names a body of its own, and a
    verbal noun makes such a name with any of these heads whether the dictionary lists it or not."""
    return (
        context == twin + where.next_word
        and where.next_word in _BODY_HEADS
        and _tag(word) == "vn"
        and _tag(twin) == "vn"
    )


# suffixes that derive a noun from any verb (签约率, 入驻率, 可行性, 市场化, 参与者): the dictionary lists the
# common ones only, so the twin's word with one is no evidence against the verb as written
_DERIVING = frozenset("率性化者")


def _lexicon_is_weak(word: str, twin: str, context: str) -> bool:
    """Whether the only evidence for the twin is a word the word as written makes as well: a deriving suffix
    after a verb (楼宇的入驻率: 入住率 is listed, 入驻率 is not, and both are rates of a verb)."""
    return (
        len(context) == len(twin) + 1
        and context.startswith(twin)
        and context[-1] in _DERIVING
        and _tag(word)[:1] == "v"
    )


def segmentation(ctx: ReviewContext) -> Segmentation:
    ctx.words(0, 0)
    key = ("segmentation", True)
    if key not in ctx.cache:
        ctx.cache[key] = Segmentation(ctx.text, True)
    seg: Segmentation = ctx.cache[key]
    return seg


_EVIDENCE = {
    "lexicon": "“{context}”是常用词语",
    "collocate": "本类材料常说“{context}”",
    "degree": "“{context}”前有程度副词，这里要用形容词",
    "library": "本单位模板库中同样的上下文写作“{context}”",
}


@code_rule(
    "T404",
    "real-word-twin-in-context",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：{evidence}，“{match}”在这里不搭配",
    "错字本身也是一个词时（启事/启示、报道/报到、途经/途径），错别字清单查不出来。这里把文中每个有“孪生词”"
    "（几百组易混词和从 jieba 词典生成的四千多组同音词）的词放回上下文比较：孪生词与前后的字组成常用词语"
    "（会议记录、检查组），或带着本类材料的常用搭配（深刻的启示、启用…平台、像…一样），而原词没有任何这样的"
    "依据时提示。",
    bad=[b for e in _data().get("examples", []) for b in e.get("bad", [])],
    good=[GOOD] + [g for e in _data().get("examples", []) for g in e.get("good", [])],
)
def real_word_twin(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    seg = segmentation(ctx)
    if not seg.tokens:
        return  # (where T110 reports the same word with the same fix, the review keeps T110's)
    for start, end, twin, why in suspects(ctx.text, (seg.tokens, seg.starts), ctx.options.language_model):
        note = _EVIDENCE[why.kind].format(context=why.context)
        yield rule.finding(ctx.text, start, end, (twin,), evidence=note)
