"""Fixed sayings written with one thing changed (F169) and slogans after another slogan's verb (F170).

F169 reads data/fixed_sayings.yaml: formulations whose every character is fixed (巩固拓展脱贫攻坚成果,
廉洁从业九项准则, 严的主基调), the numbered formulations with their number, and the quotations the genre
repeats. A stretch of text as long as a saying (quotation marks left out) that differs from it in

- one character (尊崇 → 尊重, 拓展 → 拓宽, 四种形态 → 三种形态, 九项准则 → 七项准则), not a conjunction or
  a mark (统筹发展和安全 / 统筹发展与安全 are both written);
- two characters or two words of one length swapped (创造性转化、创新性发展 → 创新性转化、创造性发展,
  藏粮于地、藏粮于技 → 藏粮于技、藏粮于地, 思想上政治上 → 政治上思想上, 增强…坚定 → 坚定…增强);
- a name word dropped from inside (习近平, 政治, 中国, 中华, 优秀, 劳: 学习贯彻新时代中国特色社会主义思想
  主题教育, 同中华传统文化相结合; 思想作为首要任务 is listed as right too: r23);
- any one inner character dropped from a saying of six or more, three kept on each side (中央八项规定
  及实施细则精神), not a conjunction, a mark or an optional particle (为, 了, 地 …);
- a word written as another of its class (`interchangeable` in the same file: 发展思想 → 发展理念,
  决定性意义 → 重大意义, 首要任务 → 中心任务, 以人民为中心 → 以人民为本, 新时代 → 新时期);
- a member of a trade's or a body's formulation written as its near word (round r18, `near` and
  `near_words` of data/sector_formulas.yaml: 党对政法工作的全面领导, 全面从严治党主要责任, 稳中求进工作总方针,
  第六次全国金融工作会议), read only inside the whole formulation

is flagged, unless the stretch is itself another saying of the list (两个务必 / 三个务必). The short
numbered formulations of the same file (`numbered`: 四种形态, 三会一课, 五个必由之路 …) are flagged written
with another count. Each saying is
looked for only where the text holds its first or its last two characters, so the list can grow to
thousands without slowing the review.

F170 reads the `slogan_verbs` of the same file: 增强“四个意识”、坚定“四个自信”、做到“两个维护” each keep
their verb; a slogan right after the verb of another slogan of the set (坚定“四个意识”) or
after its own word (维护“两个维护”: round r24) is flagged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mingjing.rules import formulation_variants, sector_formulas, swapped_pairs
from mingjing.rules.base import code_rule
from mingjing.rules.failclosed import looks_like_material
from mingjing.rules.grams import cjk_bigram_set, document_code_sums, kept, ngrams_in
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD, variant
from mingjing.traditional import to_simplified
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "fixed_sayings.yaml"
_QUOTES = frozenset('“”‘’"「」『』')
_ANCHOR = 2
_MIN_LENGTH = 5
# characters whose change is no slip: conjunctions and marks are written either way
_LOOSE = frozenset("和与及同并跟、，,；;：:的之")
# words whose drop from inside a saying changes its meaning (the name of the Thought, 首要政治任务)
_NAME_WORDS = ("习近平", "政治", "中国", "中华", "优秀", "劳")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _load() -> dict[str, Any]:
    data: dict[str, Any] = load_data(TABLE.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def sayings() -> tuple[str, ...]:
    """Every saying of the list, quotation marks left out, once."""
    out: dict[str, None] = {}
    for group in _load()["groups"]:
        for s in group["sayings"]:
            text = "".join(c for c in str(s) if c not in _QUOTES)
            if len(text) >= _MIN_LENGTH:
                out[text] = None
    for text in sector_formulas.sayings():  # each sector's standing formulations (round r14)
        if len(text) >= _MIN_LENGTH:
            out[text] = None
    own = tuple(out)
    for text in aspect_wordings():  # every year's framework aspects as their notices word them (r15)
        if not any(s in text for s in own):  # 带头学习贯彻…思想 is read through the saying it holds
            out[text] = None
    return tuple(out)


# shorter aspects (理论学习, 工作作风) are every year's ordinary words; a heading's own words (在遵守政治纪律
# 方面, 对照党的政治纪律的主旨要义…) vary, while the notices' 带头… aspects are cited as written
_MIN_ASPECT = 8


@lru_cache(maxsize=1)
def aspect_wordings() -> tuple[str, ...]:
    """The 带头… names and full wordings of every shipped pack's aspects (带头深刻领悟两个确立的决定性
    意义…), quotation marks left out."""
    from mingjing.frameworks.loader import _builtin

    out: dict[str, None] = {}
    for pack in _builtin():
        for aspect in pack.aspects:
            if aspect.placeholder:
                continue
            for w in (aspect.name, aspect.full or ""):
                text = "".join(c for c in w if c not in _QUOTES)
                if len(text) >= _MIN_ASPECT and text.startswith("带头"):
                    out[text] = None
    return tuple(out)


@lru_cache(maxsize=1)
def _parts_by_bigram() -> dict[str, tuple[str, ...]]:
    """The parts of the sayings (cut at their marks, four characters or more) by each bigram they hold."""
    out: dict[str, set[str]] = {}
    for saying in sayings():
        for part in re.split(r"[、，,；;：:。！？]", saying):
            if len(part) >= 4:
                for k in range(len(part) - 1):
                    out.setdefault(part[k : k + 2], set()).add(part)
    return {k: tuple(v) for k, v in out.items()}


def within_saying(text: str, start: int) -> bool:
    """Whether the two characters at `start` stand inside a part of a listed saying written out whole
    (功成 of 功成不必在我): the saying's wording, not a slip of an everyday word."""
    pair = text[start : start + 2]
    for part in _parts_by_bigram().get(pair, ()):
        k = part.find(pair)
        while k >= 0:
            if text.startswith(part, start - k):
                return True
            k = part.find(pair, k + 1)
    return False


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(sayings by their first two characters, sayings by their last two)."""
    heads: dict[str, list[str]] = {}
    tails: dict[str, list[str]] = {}
    for s in sayings():
        heads.setdefault(s[:_ANCHOR], []).append(s)
        tails.setdefault(s[-_ANCHOR:], []).append(s)
        if (parts := _two_parts(s)) is not None:  # its two parts in reverse order begin elsewhere
            heads.setdefault(parts[1][:_ANCHOR], []).append(s)
    return (
        {k: tuple(v) for k, v in heads.items()},
        {k: tuple(v) for k, v in tails.items()},
    )


@dataclass(frozen=True)
class Slip:
    start: int  # in the text as written
    end: int
    suggestion: str
    saying: str
    reason: str


def _runs(diffs: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for d in diffs:
        if runs and runs[-1][1] == d:
            runs[-1] = (runs[-1][0], d + 1)
        else:
            runs.append((d, d + 1))
    return runs


def _two_parts(saying: str) -> tuple[str, str, str] | None:
    """(first part, second part, mark) of a saying of two parts of one length joined by one mark."""
    m = re.fullmatch(r"([^、，；]+)([、，；])([^、，；]+)", saying)
    if m is None or len(m.group(1)) != len(m.group(3)):
        return None
    return m.group(1), m.group(3), m.group(2)


_VERB_LENGTH = 2


def _verb_before_name(window: str, saying: str, i: int) -> bool:
    """Whether the one character changed lies in a verb that opens the saying before another saying of the list
    (开展 + 深入贯彻中央八项规定精神学习教育) and the window holds another verb there (拓展): the name is the fixed
    part and any verb may take it (巩固拓展…学习教育成果), so the window is no slip of the saying (r19)."""
    from mingjing.rules.de_adverbial import dictionary_tag

    return (
        i < _VERB_LENGTH
        and saying[_VERB_LENGTH:] in _known()
        and dictionary_tag(saying[:_VERB_LENGTH]) == "v"
        and dictionary_tag(window[:_VERB_LENGTH]) in ("v", "vn")
    )


_CAMPAIGN_KINDS = ("学习教育", "主题教育", "专题教育", "教育实践活动", "集中教育")


def _verb_before_campaign(window: str, saying: str, a: int, b: int) -> bool:
    """Whether the word changed lies inside the opening words of a campaign's full name and the window holds
    a verb of carrying out there (深入开展 + 中央八项规定精神学习教育 for 深入贯彻中央八项规定精神学习教育): the
    rest is the campaign's short name, which any verb may take (r23)."""
    return b <= 2 * _VERB_LENGTH and saying.endswith(_CAMPAIGN_KINDS) and window[a:b] in CONDUCT_VERBS


# verbs that carry out a campaign (开展…学习教育), not verbs of its theme (深入学习中央八项规定精神学习教育 is a
# slip of the name: 学习 is read as the name's own verb)
CONDUCT_VERBS = frozenset(
    {"开展", "推进", "抓好", "组织", "参加", "参与", "抓实", "推动", "巩固", "深化", "做好"}
)


def _same_length(window: str, saying: str) -> tuple[str, list[tuple[int, int]]] | None:
    """(reason, the runs to swap or the one place changed) when the window is the saying with one
    character changed or two runs of one length swapped."""
    parts = _two_parts(saying)
    if parts is not None and window == parts[1] + parts[2] + parts[0]:
        k = len(parts[0])
        return "顺序颠倒", [(0, k), (k + 1, 2 * k + 1)]
    diffs = [i for i, (a, b) in enumerate(zip(window, saying)) if a != b]
    if len(diffs) == 1:
        i = diffs[0]
        if window[i] in _LOOSE or saying[i] in _LOOSE or not _CJK.match(window[i]):
            return None
        if to_simplified(window[i]) == saying[i]:
            return None  # the traditional form of the character (牢記), not a slip
        if _verb_before_name(window, saying, i):
            return None  # 巩固拓展深入贯彻…学习教育成果: another verb before the campaign's name
        if _resolve_either_way(window, saying, i):
            return None  # 坚定维护党中央权威和集中统一领导: 坚定 and 坚决 before a verb are both in use (r28)
        if parallel_member(saying, i) and family_end(window[i], saying[i], saying):
            return (
                None  # 看病难、看病烦: another member of the family (a complaint of its own), no typo (r25)
            )
        return "错字", [(i, i + 1)]
    runs = _runs(diffs)
    if len(runs) == 1 and (runs[0][1] - runs[0][0]) % 2 == 0:  # two words side by side swapped (服务优化)
        a, b = runs[0]
        k = (b - a) // 2
        crossed = window[a : a + k] == saying[a + k : b] and window[a + k : b] == saying[a : a + k]
        if crossed and not any(c in _LOOSE for c in window[a:b]):
            return "顺序颠倒", [(a, a + k), (a + k, b)]
    if len(runs) == 2:
        (a1, a2), (b1, b2) = runs
        k = a2 - a1
        if k == b2 - b1 and window[a1:a2] == saying[b1:b2] and window[b1:b2] == saying[a1:a2]:
            if any(c in _LOOSE for c in window[a1:a2] + window[b1:b2]):
                return None
            return "顺序颠倒", runs
    moved = _word_moved(window, saying, diffs)
    if moved is not None:
        return "顺序颠倒", moved
    if len(runs) == 1 and _verb_before_campaign(window, saying, *runs[0]):
        return None  # 深入开展中央八项规定精神学习教育: the campaign's short name after another verb (r23)
    if len(runs) == 1 and _word_changed(window, saying, *runs[0]):
        return "用词不对", runs
    return None


# adverbs of resolve written either way before a verb (坚决维护 / 坚定维护, 坚决拥护 / 坚定拥护: both in the
# Party's documents and the notices; round r28, set 56's clean 坚定维护党中央权威和集中统一领导)
_RESOLVE = frozenset({"坚决", "坚定"})


def _resolve_either_way(window: str, saying: str, i: int) -> bool:
    """Whether the one character changed turns 坚决 into 坚定 (or back) right before a verb of the saying."""
    if i < 1 or window[i - 1 : i + 1] not in _RESOLVE or saying[i - 1 : i + 1] not in _RESOLVE:
        return False
    from mingjing.rules.postag import tag

    words = tag(saying[i + 1 : i + 5])
    # jieba tags 反对 d before 一切, 同 p before what is fought: a verb phrase all the same (理想 n is not)
    return bool(words) and words[0][1][:1] in "vdp"


_MOVED_MIN = 3  # a moved word and the words it crossed are this long at least (新时代 past 中国特色社会主义)


def _word_moved(window: str, saying: str, diffs: list[int]) -> list[tuple[int, int]] | None:
    """The runs of the window that hold the saying's words in another order, when the window is the saying
    with one word moved past its neighbour of another length (round r26: 习近平中国特色社会主义新时代思想 for
    习近平新时代中国特色社会主义思想; runs of one length are read above) or three neighbouring words put in
    another order (习近平社会主义中国特色新时代思想). The changed stretch, widened by the characters the words
    happen to share at its edges, must be the saying's stretch in pieces put in another order: two pieces of
    three characters or more, or three of three or more, no mark or conjunction in them."""
    if len(diffs) < 2 * _MOVED_MIN:
        return None
    first, last = diffs[0], diffs[-1] + 1
    for lo in range(first, max(-1, first - _MOVED_MIN), -1):
        for hi in range(last, min(len(saying), last + _MOVED_MIN - 1) + 1):
            own, written = saying[lo:hi], window[lo:hi]
            if any(c in _LOOSE or not _CJK.match(c) for c in own):
                continue
            order = _reordered(own, written)
            if order is not None and len(order) == 2:
                return [(lo, lo + len(order[0])), (lo + len(order[0]), hi)]  # swapped back as two runs
            if order is not None:
                return [(lo, hi)]  # the stretch written as the saying's own
    return None


def _reordered(own: str, written: str) -> tuple[str, ...] | None:
    """The pieces of `own` in the order `written` holds them, when `written` is `own` cut in two pieces of
    `_MOVED_MIN` or more (of different lengths) or three of `_PIECE_MIN` or more, put in another order."""
    from itertools import permutations

    n = len(own)
    for k in range(_MOVED_MIN, n - _MOVED_MIN + 1):
        if 2 * k != n and written == own[k:] + own[:k]:
            return own[k:], own[:k]
    for i in range(_PIECE_MIN, n - 2 * _PIECE_MIN + 1):
        for j in range(i + _PIECE_MIN, n - _PIECE_MIN + 1):
            pieces = (own[:i], own[i:j], own[j:])
            for order in permutations(pieces):
                if order != pieces and "".join(order) == written:
                    return order
    return None


_PIECE_MIN = 3  # each of three pieces put in another order is this long at least (社会主义|中国特色|新时代;
# two-character words reorder into another real wording: 推进乡村全面振兴 beside 全面推进乡村振兴)


_MEMBER_MAX = 3  # members this short that share all but their last character make a family, not a fixed text


def parallel_member(saying: str, i: int) -> bool:
    """Whether the saying is a series of short members sharing all but their last character, a predicate each
    (看病难、看病贵), and saying[i] is such a last character: the family has more members than the saying names (看病烦, 看病远), and
    a writer who names another writes a member of the family, no slip of the saying."""
    members = saying.split("、")
    if len(members) < 2 or any(not 2 <= len(m) <= _MEMBER_MAX for m in members):
        return False
    if len({len(m) for m in members}) != 1 or len({m[:-1] for m in members}) != 1:
        return False
    if not all(_predicate(m[-1]) for m in members):
        return (
            False  # 资金、资产、资源: a closed set of things (村级“三资”), each member named, no open family
        )
    ends = {len("、".join(members[: k + 1])) - 1 for k in range(len(members))}
    return i in ends


def _predicate(ch: str) -> bool:
    """Whether the character alone is a predicate, an adjective or a verb by jieba's dictionary (难, 贵, 烦, 远):
    what a family of complaints ends in."""
    from mingjing.rules.postag import tag

    words = tag(ch)
    return len(words) == 1 and words[0][1][:1] in "av"


def family_end(written: str, right: str, saying: str) -> bool:
    """Whether a member's last character written in place of `right` names another member of the family: it
    neither sounds nor looks like it, and is none of the saying's own characters (资金、资产、资资源 stutters on
    资: a doubled character, no member)."""
    return written not in saying and _predicate(written) and not sounds_or_looks_alike(written, right)


def sounds_or_looks_alike(a: str, b: str) -> bool:
    """Whether two characters share their toneless reading or their outline (贵/柜, 贵/溃): a typo's pair."""
    from pypinyin import lazy_pinyin

    from mingjing.rules.near_twin import shape_pairs

    return lazy_pinyin(a) == lazy_pinyin(b) or (a, b) in shape_pairs()


_WORD_MIN = 10  # a saying this long may have one word of two to four characters written as another …
_WORD_RUN = 4
_WORD_ENDS = 2  # … with this many kept at each end …
_WORD_KEPT = 7  # … and this many kept in all
_WORD_LONG = 20  # a saying this long may have its last word changed


def _word_changed(window: str, saying: str, a: int, b: int) -> bool:
    """Whether the window is the saying with one word written as another (公平正义 → 公平公正, 领导权 →
    管理权, 谦虚谨慎 → 戒骄戒躁, 支撑 → 保障): the rest kept, no mark or conjunction touched, the written
    word all Chinese. A word of three or four characters must be a whole member of the saying's list
    (a mark after or before it); a word at the saying's first place, or its last in a saying shorter than
    twenty, must share a character with its own (the text may go on past a saying's opening words with
    other words of its own); and a saying
    of a family (关于…的重要论述: another listed saying with its opening and its close) has a slot there,
    not a fixed word."""
    n = len(saying)
    if n < _WORD_MIN or not 2 <= b - a <= _WORD_RUN or n - (b - a) < _WORD_KEPT:
        return False
    changed, own = window[a:b], saying[a:b]
    if any(c in _LOOSE or not _CJK.match(c) for c in changed + own) or to_simplified(changed) == own:
        return False
    if b - a > 2 and saying[b : b + 1] not in _MEMBER_MARKS and saying[a - 1 : a] not in _MEMBER_MARKS:
        return False
    edge = a == 0 or (b == n and n < _WORD_LONG)
    if edge and not set(changed) & set(own):
        return False
    if a == 0 and own[1] in (changed[0], changed[-1]):  # the window off by a character (们对 for 我们)
        return False
    if "作为" in saying[:a]:
        # 把…作为首要政治任务 (round r26): what a thing is taken as is the writer's own choice (作为长期任务); a near
        # word of its class (首要任务 → 中心任务) is read by the `interchangeable` classes, not here
        return False
    slot = _families().get(saying)
    # the slot is where the family's sayings differ; a word changed in what they all share is a slip
    # (在思想上组织上行动上同党中央保持高度一致: the family of …同党中央… and …同以习近平同志为核心的党中央…
    # shares 思想上政治上行动上, round r24)
    return slot is None or not (a < slot[1] and b > slot[0])


_MEMBER_MARKS = frozenset("、，")


def _shared(strings: list[str]) -> int:
    """How many characters all the strings open with."""
    first = min(strings, key=len)
    k = 0
    while k < len(first) and all(s[k] == first[k] for s in strings):
        k += 1
    return k


@lru_cache(maxsize=1)
def _families() -> dict[str, tuple[int, int]]:
    """The sayings that share their first two characters and their last three with another saying
    (关于三农工作的重要论述, 关于教育的重要论述): a family with a slot, each with where its slot stands (from
    the end of what all the family's sayings open with to the start of what they all close with)."""
    by_ends: dict[tuple[str, str], list[str]] = {}
    for s in sayings():
        by_ends.setdefault((s[:2], s[-3:]), []).append(s)
    out: dict[str, tuple[int, int]] = {}
    for group in by_ends.values():
        if len(group) < 2:
            continue
        head = _shared(group)
        tail = _shared([g[::-1] for g in group])
        for s in group:
            out[s] = (min(head, len(s) - tail), len(s) - tail)
    return out


def _dropped(window: str, saying: str) -> int | None:
    """Where a name word of the saying is missing from the window (its place in the window)."""
    k = len(saying) - len(window)
    for j in range(1, len(window)):
        if saying[j : j + k] in _NAME_WORDS and saying[:j] + saying[j + k :] == window:
            return j
    return None


def _without_quotes(text: str) -> str:
    for q in _QUOTES:  # str.replace per mark: several times faster than str.translate on a material
        if q in text:
            text = text.replace(q, "")
    return text


def unquoted(text: str) -> str:
    """The text with its quotation marks left out, made once per document (F169's two passes)."""
    return kept("no-quotes", text, _without_quotes)


# characters whose drop from a saying is no slip (以党的政治建设统领: 统领 is a verb there)
_OPTIONAL = frozenset("为了地得着们要都也而就还")
_DROP_MIN = 6  # a saying this long may lose one inner character …
_DROP_KEPT = 3  # … with this many kept on each side


@lru_cache(maxsize=1)
def _substitutions() -> dict[str, dict[str, tuple[tuple[str, str, int, int], ...]]]:
    """The sayings with a word written as another of its class (`interchangeable`: 发展思想 → 发展理念,
    决定性意义 → 重大意义, 首要任务 → 中心任务, 新时代 → 新时期), by the first two characters of the wrong
    form and then its next two: (wrong form, saying, where the word stands in the wrong form, its end).
    The second key is "" when the next two characters are not both Chinese (no bigram to ask for)."""
    data = _load()["interchangeable"]
    classes = [[str(w) for w in c] for c in data["classes"]]
    known = set(sayings())
    out: dict[str, dict[str, dict[tuple[str, str, int, int], None]]] = {}

    def add(wrong: str, saying: str, a: int, b: int) -> None:
        if wrong not in known and _CJK.match(wrong[0]):
            second = wrong[_ANCHOR : 2 * _ANCHOR]
            if not (len(second) == 2 and all(_CJK.match(c) for c in second)):
                second = ""
            out.setdefault(wrong[:_ANCHOR], {}).setdefault(second, {})[(wrong, saying, a, b)] = None

    for s in sayings():
        for words in classes:
            for w in words:
                at = s.find(w)
                if at >= 0:
                    for other in words:
                        if other != w:
                            add(s[:at] + other + s[at + len(w) :], s, at, at + len(other))
        for a, b in _series_members(s):
            add(s[:a] + s[b:], s, a, a)
    for wrong, right in formulation_variants.generated(sayings()):  # the parts' shapes (round r17)
        add(wrong, right, 0, len(wrong))
    # a trade's formulation with one member written as its near word (round r18): the entries' own near
    # words, then the catalogue's near words inside every saying that holds the right word
    joined = "\n".join(known)
    near = [*sector_formulas.near_forms()]
    for s in sayings():
        for right, wrongs in sector_formulas.near_words().items():
            at = s.find(right)
            if at >= 0:
                near += [(s[:at] + x + s[at + len(right) :], s, at, at + len(x)) for x in wrongs]
    for wrong, saying, a, b in near:
        if wrong not in joined:  # a near form that another saying holds is that saying's own wording
            add(wrong, saying, a, b)
    return {h: {k: tuple(v) for k, v in by.items()} for h, by in out.items()}


# a series of three or more members of one length, each ending on 上 (思想上政治上行动上), inside a saying
_SERIES = re.compile(r"(?:[\u4e00-\u9fff]{2}上){3,}")
_SERIES_CONTEXT = 6  # characters of the saying outside the series: a bare list may be cut in prose


def _series_members(saying: str) -> list[tuple[int, int]]:
    """Where each member of a series inside the saying stands (the saying with one of them left out is
    a slip: 在思想上行动上同党中央保持高度一致 has lost 政治上), when the saying says more than the series."""
    out: list[tuple[int, int]] = []
    for m in _SERIES.finditer(saying):
        if len(saying) - len(m.group()) >= _SERIES_CONTEXT:
            out += [(i, i + 3) for i in range(m.start(), m.end(), 3)]
    return out


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(sayings())


@lru_cache(maxsize=1)
def _droppable() -> dict[str, dict[str, dict[str, tuple[str, ...]]]]:
    """The sayings of six characters or more by their first two characters, their next two and their
    first four (one search of the text per four-character opening, shared by the sayings it opens)."""
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for s in sayings():
        if len(s) >= _DROP_MIN and all(_CJK.match(c) for c in s[: 2 * _ANCHOR]):
            opening = s[: 2 * _ANCHOR]
            out.setdefault(s[:_ANCHOR], {}).setdefault(s[_ANCHOR : 2 * _ANCHOR], {}).setdefault(
                opening, []
            ).append(s)
    return {h: {k: {o: tuple(v) for o, v in by.items()} for k, by in mid.items()} for h, mid in out.items()}


def _one_dropped(norm: str, i: int, saying: str) -> int | None:
    """Where the saying, at i in the text, has lost one inner character (not a conjunction, a mark or an
    optional particle), or None. Three characters are kept on each side; or (round r20) one or two
    before the end when the stretch ends at a mark or the text's end, or before 的 (区别于其他政党的显著志。:
    a saying cut short is followed by other words of the text, 现代化国家 of 现代化强国)."""
    n = min(len(saying), len(norm) - i)
    p = 0
    while p < n and norm[i + p] == saying[p]:
        p += 1
    if p < _DROP_KEPT or p >= len(saying) - 1:
        return None
    c = saying[p]
    if not _CJK.match(c) or c in _LOOSE or c in _OPTIONAL:
        return None
    if not norm.startswith(saying[p + 1 :], i + p):
        return None
    if p >= len(saying) - _DROP_KEPT and not _closed(norm, i + len(saying) - 1):
        return None
    return p


def _closed(norm: str, at: int) -> bool:
    """Whether the text at `at` closes a stretch: a mark, a line's or the text's end, or 的."""
    return at >= len(norm) or not _CJK.match(norm[at]) or norm[at] == "的"


_OPENING_DROP_KEPT = 5  # a saying that lost its second or third character keeps this many after it


@lru_cache(maxsize=1)
def _closings() -> dict[str, dict[str, dict[str, tuple[str, ...]]]]:
    """The sayings of seven characters or more by the first two of their last four characters, the last
    two, then the four (as `_droppable`, read from the end: a slip in the opening leaves the close)."""
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for s in sayings():
        close = s[-2 * _ANCHOR :]
        if len(s) >= 2 + _OPENING_DROP_KEPT and all(_CJK.match(c) for c in close):
            out.setdefault(close[:_ANCHOR], {}).setdefault(close[_ANCHOR:], {}).setdefault(close, []).append(
                s
            )
    return {h: {k: {o: tuple(v) for o, v in by.items()} for k, by in mid.items()} for h, mid in out.items()}


def _opening_dropped(norm: str, end: int, saying: str) -> int | None:
    """Where the saying, ending at `end` in the text, has lost one character with one or more kept before
    it and five or more after (not a conjunction, a mark or an optional particle, nor the second of a
    doubled pair; one kept before it no verb alone; the character before the stretch making no word with
    its first): 着培养忠诚干净担当的高素质干部, 以国战略需求为导向, 牢牢掌意识形态工作领导权 — where
    the opening of four that `dropped` looks for is broken or holds a mark (完整、准、全面贯彻新发展理念)."""
    from mingjing.rules.de_adverbial import dictionary_tag
    from mingjing.rules.doubled_chars import dictionary_freq

    start = end - len(saying) + 1
    if start < 0 or norm[start] != saying[0]:
        return None
    p = 1  # the first place the text leaves the saying: the drop, where the rest follows it
    last = len(saying) - 1 - _OPENING_DROP_KEPT
    while p <= last and norm[start + p] == saying[p]:
        p += 1
    c = saying[p]
    if p > last or not _CJK.match(c) or c in _LOOSE or c in _OPTIONAL or c == saying[p - 1]:
        return None
    if not norm.startswith(saying[p + 1 :], start + p):
        return None
    if start and dictionary_freq(norm[start - 1] + saying[0]):
        return None  # the text's own word runs into the stretch (粮食安全党政同责, not 食品安全…)
    if p == 1 and dictionary_tag(saying[0]) == "v":
        return None  # a verb alone takes the object too (办人民满意的教育 of 办好…)
    return p


def opening_dropped(text: str, norm: str, grams: frozenset[str]) -> Iterator[Slip]:
    """Every saying of seven characters or more written with one character dropped where its opening is
    broken (see `_opening_dropped`). The closes the text writes are found in one pass over its four-
    character runs (`grams.ngrams_in`), not by a search of the text per close."""
    table = _closings()
    if not any(h in grams for h in table):
        return
    known = _known()
    at: list[int] = []
    # the text's own four-character runs, shared with the other rules (a close never holds a quotation
    # mark), moved back by the marks before them to their place in `norm`
    starts, closes = ngrams_in(text, 2 * _ANCHOR, _closing_set())
    marks = [m.start() for m in _QUOTE.finditer(text)] if len(norm) != len(text) and starts else []
    for j, close in zip(starts, closes, strict=True):
        end = j - bisect.bisect_left(marks, j) + len(close)
        for saying in table[close[:_ANCHOR]][close[_ANCHOR:]][close]:
            p = _opening_dropped(norm, end, saying)
            if p is not None and norm[end - len(saying) + 1 : end] not in known:
                if not at:
                    at = _kept_places(text)
                i = end - len(saying) + 1
                yield _generated_slip(text, at, i, saying[:p] + saying[p + 1 :], saying, p, p)
                break


@lru_cache(maxsize=1)
def _closing_set() -> frozenset[str]:
    return frozenset(c for mid in _closings().values() for by in mid.values() for c in by)


def dropped(text: str, norm: str, grams: frozenset[str]) -> Iterator[Slip]:
    """Every saying of six characters or more written with one inner character dropped
    (中央八项规定及实施细则精神, 中央八项规定精神 is another saying and stays silent)."""
    table = _droppable()
    known = _known()
    at: list[int] = []
    for head in [h for h in table if h in grams]:  # the table's side is the smaller one
        by_second = table[head]
        for second in [k for k in by_second if k in grams]:
            for opening, group in by_second[second].items():
                i = norm.find(opening)
                while i >= 0:
                    for saying in group:
                        p = _one_dropped(norm, i, saying)
                        if p is not None and norm[i : i + len(saying) - 1] not in known:
                            if not at:
                                at = _kept_places(text)
                            yield _generated_slip(text, at, i, saying[:p] + saying[p + 1 :], saying, p, p)
                            break
                    i = norm.find(opening, i + 1)


def substituted(text: str, norm: str, grams: frozenset[str]) -> Iterator[Slip]:
    """Every saying written in a form `_substitutions` generates: a word changed for another of its
    class. A form is looked for only when the text holds its first
    two characters and its next two (the document's bigram set, shared with the other rules)."""
    table = _substitutions()
    at: list[int] = []
    for head in [h for h in table if h in grams]:
        by_second = table[head]
        seconds = [k for k in by_second if not k or k in grams]
        for second in seconds:
            for wrong, saying, a, b in by_second[second]:
                i = norm.find(wrong)
                while i >= 0:
                    if not at:
                        at = _kept_places(text)
                    yield _generated_slip(text, at, i, wrong, saying, a, b)
                    i = norm.find(wrong, i + 1)


def _generated_slip(text: str, at: list[int], i: int, wrong: str, saying: str, a: int, b: int) -> Slip:
    s0, s1 = at[i], at[i + len(wrong) - 1] + 1
    written = text[s0:s1]
    right = saying[a : a + len(saying) - len(wrong) + b - a]
    q1 = at[i + a] - s0
    if a == b:
        return Slip(s0, s1, written[:q1] + right + written[q1:], saying, f"漏了“{right}”")
    q2 = at[i + b - 1] + 1 - s0
    return Slip(s0, s1, written[:q1] + right + written[q2:], saying, f"“{written[q1:q2]}”应为“{right}”")


def _kept_places(text: str) -> list[int]:
    """The place in the text of each character kept when quotation marks are left out, made once per
    document (callers must not change the list): the stretches between the marks, added as ranges
    rather than each of the text's characters tested in Python."""
    return kept("kept-places", text, _between_marks)


def _between_marks(text: str) -> list[int]:
    places: list[int] = []
    after = 0
    for m in _QUOTE.finditer(text):
        places += range(after, m.start())
        after = m.end()
    places += range(after, len(text))
    return places


@dataclass(frozen=True)
class _Saying:
    """A saying with what rejects a window cheaply: its half, the sum of its code points (a window
    with two runs swapped has the same sum), its two parts reversed, and the windows it makes with a
    name word dropped (window → where the word was)."""

    text: str
    half: int
    points: int
    reversed: str | None
    dropped: dict[str, int]


def _prepared(saying: str) -> _Saying:
    parts = _two_parts(saying)
    out: dict[str, int] = {}
    for k in sorted({len(w) for w in _NAME_WORDS}):
        for j in range(1, len(saying) - k):  # as `_dropped` reads: the first place that fits
            if saying[j : j + k] in _NAME_WORDS:
                out.setdefault(saying[:j] + saying[j + k :], j)
    return _Saying(
        saying,
        len(saying) // 2,
        sum(map(ord, saying)),
        None if parts is None else parts[1] + parts[2] + parts[0],
        out,
    )


@lru_cache(maxsize=1)
def _windows() -> dict[str, tuple[tuple[_Saying, int, int], ...]]:
    """For each two characters, the windows to compare when the text holds them at i: (saying, the
    window's start less i, its length), in the order `_index` gives (heads, then tails; each saying
    whole, then with a name word dropped). A length no name word of the saying can leave is not
    listed: no slip could be found there."""
    heads, tails = _index()
    prepared: dict[str, _Saying] = {}
    lengths = sorted({0, *(len(w) for w in _NAME_WORDS)})
    out: dict[str, list[tuple[_Saying, int, int]]] = {}

    def add(gram: str, saying: str, head: bool) -> None:
        entry = prepared.get(saying) or prepared.setdefault(saying, _prepared(saying))
        for k in lengths:
            n = len(saying) - k
            if n < _MIN_LENGTH or (k and not any(len(w) == n for w in entry.dropped)):
                continue
            out.setdefault(gram, []).append((entry, 0 if head else _ANCHOR - n, n))

    for gram in {*heads, *tails}:
        for s in heads.get(gram, ()):
            add(gram, s, True)
        for s in tails.get(gram, ()):
            add(gram, s, False)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _anchors() -> frozenset[str]:
    """The two characters `_windows` is keyed by (all Chinese), as a set."""
    return frozenset(_windows())


_QUOTE = re.compile("[" + "".join(sorted(_QUOTES)) + "]")


def _anchor_places(text: str, norm: str) -> list[int]:
    """Every place of `norm` (the text, quotation marks left out) where two characters of `_windows`
    stand, left to right: the document's shared pairs of Chinese characters looked up at C speed
    (`grams.ngrams_in`), moved back by the marks before them, and the pairs a left-out mark had
    parted; instead of a slice and a look-up at every place of the text."""
    anchors = _anchors()
    starts = ngrams_in(text, _ANCHOR, anchors)[0]
    if len(norm) == len(text):
        return starts
    marks = [m.start() for m in _QUOTE.finditer(text)]
    places = [i - bisect.bisect_left(marks, i) for i in starts]
    for k, at in enumerate(marks):  # the last mark of each run of marks, with a character either side
        end = at + 1
        if (k + 1 < len(marks) and marks[k + 1] == end) or end >= len(text):
            continue
        first = at - 1
        while first >= 0 and text[first] in _QUOTES:
            first -= 1
        if first >= 0 and text[first] + text[end] in anchors:
            places.append(first - bisect.bisect_left(marks, first))
    places.sort()
    return places


# Windows are compared by a polynomial hash of their characters (modulo 2**64, as numpy's unsigned
# integers wrap), computed for every window of every place at once: equal strings have equal hashes, so
# a window whose hashes match none of a saying's is no slip of it; the few that match are compared as
# strings (a hash that matched by chance costs a comparison, never a finding).
_BASE = 0x9E3779B97F4A7C15
_MASK = (1 << 64) - 1
_powers_kept: list[Any] = []


def _hash(s: str) -> int:
    """The sum of each character's code point times _BASE**(its place), modulo 2**64 (Horner's way)."""
    value = 0
    for c in reversed(s):
        value = (value * _BASE + ord(c)) & _MASK
    return value


def _powers(size: int) -> tuple[Any, Any]:
    """_BASE**k and its inverse**k modulo 2**64 for k up to `size` (kept, grown as texts need)."""
    import numpy as np

    if not _powers_kept or len(_powers_kept[0]) <= size:
        length = max(size + 1, 2 * len(_powers_kept[0]) if _powers_kept else 8192)
        steps = np.full(length, _BASE, dtype=np.uint64)
        steps[0] = 1
        inverse = np.full(length, pow(_BASE, -1, 1 << 64), dtype=np.uint64)
        inverse[0] = 1
        _powers_kept[:] = [np.cumprod(steps), np.cumprod(inverse)]
    return _powers_kept[0], _powers_kept[1]


@dataclass(frozen=True)
class _Flat:
    """`_windows` as arrays over all its entries, pair after pair (`span`: where each pair's entries are):
    each entry's offset and length, and the hashes a window must match one of to be a slip of its
    saying (`_one_off`): the saying's halves, the sum of its code points, its parts reversed, its two
    ends; `dropped`: an entry shorter than its saying (a name word left out), compared when the window's
    hash is one of `dropped_hashes` (those of every such entry's windows, sorted)."""

    span: dict[str, tuple[int, int]]
    entries: list[tuple[_Saying, int, int]]
    offset: Any
    n: Any
    half: Any
    head: Any
    tail: Any
    points: Any
    reversed: Any
    has_reversed: Any
    first: Any
    last: Any
    long: Any
    dropped: Any
    dropped_hashes: Any


@lru_cache(maxsize=1)
def _flat() -> _Flat:
    import numpy as np

    span: dict[str, tuple[int, int]] = {}
    entries: list[tuple[_Saying, int, int]] = []
    for gram, listed in _windows().items():
        span[gram] = (len(entries), len(listed))
        entries += listed
    rows = []
    hashes: dict[str, int] = {}  # a saying is listed under several pairs: hashed once

    def hashed(part: str) -> int:
        if part not in hashes:
            hashes[part] = _hash(part)
        return hashes[part]

    for entry, offset, n in entries:
        saying, m = entry.text, entry.half
        rows.append(
            (
                offset,
                n,
                m,
                hashed(saying[:m]),
                hashed(saying[m:]),
                entry.points,
                hashed(entry.reversed or ""),
                entry.reversed is not None,
                hashed(saying[:_WORD_ENDS]),
                hashed(saying[-_WORD_ENDS:]),
                n >= _WORD_MIN,
                n < len(saying),
            )
        )
    columns = list(zip(*rows, strict=True)) if rows else [()] * 12
    kinds = [np.int64] * 3 + [np.uint64] * 2 + [np.int64, np.uint64, bool, np.uint64, np.uint64, bool, bool]
    arrays = [np.array(c, dtype=k) for c, k in zip(columns, kinds, strict=True)]
    shorter = {
        hashed(w) for entry, _, n in entries if n < len(entry.text) for w in entry.dropped if len(w) == n
    }
    return _Flat(span, entries, *arrays[:12], np.array(sorted(shorter) or [0], dtype=np.uint64))  # type: ignore[call-arg]


def _candidates(norm: str, places: list[int]) -> list[tuple[int, int]]:
    """(place, entry of `_flat`) of every window that may be one slip off its saying (`_one_off`'s
    tests, by hashes, all at once), in the order of the places and of each pair's entries."""
    import numpy as np

    flat = _flat()
    size = len(norm)
    spans = [flat.span[norm[i : i + _ANCHOR]] for i in places]
    if not spans:
        return []
    firsts = np.array([a for a, _ in spans], dtype=np.int64)
    counts = np.array([c for _, c in spans], dtype=np.int64)
    total = int(counts.sum())
    if not total:
        return []
    ends = np.cumsum(counts)
    index = np.repeat(firsts - ends + counts, counts) + np.arange(total)
    place = np.repeat(np.array(places, dtype=np.int64), counts)
    n = flat.n[index]
    start = place + flat.offset[index]
    end = start + n
    valid = (start >= 0) & (end <= size)
    start = np.clip(start, 0, size)
    end = np.clip(end, 0, size)
    middle = np.minimum(start + flat.half[index], end)
    codes = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    power, inverse = _powers(size)
    prefix = np.zeros(size + 1, dtype=np.uint64)
    np.cumsum(codes * power[:size], out=prefix[1:])

    def hashed(a: Any, b: Any) -> Any:
        return (prefix[b] - prefix[a]) * inverse[a]

    code_sums = np.zeros(size + 1, dtype=np.int64)  # as `document_code_sums`
    np.cumsum(codes, out=code_sums[1:])
    whole = hashed(start, end)
    # a shorter window (a name word left out) only when its hash is one of theirs
    shorter = np.zeros(total, dtype=bool)
    listed = np.flatnonzero(flat.dropped[index])
    near = np.minimum(np.searchsorted(flat.dropped_hashes, whole[listed]), len(flat.dropped_hashes) - 1)
    shorter[listed] = flat.dropped_hashes[near] == whole[listed]
    two = np.minimum(start + _WORD_ENDS, end)
    last = np.maximum(end - _WORD_ENDS, start)
    maybe = (
        shorter
        | (hashed(start, middle) == flat.head[index])
        | (hashed(middle, end) == flat.tail[index])
        | (code_sums[end] - code_sums[start] == flat.points[index])
        | (flat.has_reversed[index] & (whole == flat.reversed[index]))
        | (
            flat.long[index]
            & (hashed(start, two) == flat.first[index])
            & (hashed(last, end) == flat.last[index])
        )
    )
    picked = np.flatnonzero(valid & maybe)
    return list(zip(place[picked].tolist(), index[picked].tolist(), strict=True))


def _one_off(entry: _Saying, n: int, window: str, points: int) -> bool:
    """Whether the window (n characters, `points` the sum of its code points) can be one slip off the
    saying: one changed character leaves one half as written; two runs swapped keep the sum of the code
    points; the reversed parts are known; a shorter window is one with a name word dropped."""
    saying = entry.text
    if n < len(saying):
        return window in entry.dropped
    m = entry.half
    return (
        points == entry.points
        or window[:m] == saying[:m]
        or window[m:] == saying[m:]
        or window == entry.reversed
        # a word changed across the middle (务必戒骄戒躁、艰苦奋斗): both ends kept
        or (
            n >= _WORD_MIN
            and window[:_WORD_ENDS] == saying[:_WORD_ENDS]
            and window[-_WORD_ENDS:] == saying[-_WORD_ENDS:]
        )
    )


def find(text: str) -> Iterator[Slip]:
    """Every stretch of the text one slip off a saying; of overlapping ones the longest."""
    norm = unquoted(text)
    at: list[int] = []  # the place in the text of each character of norm, once a window needs it
    known = frozenset(sayings())
    entries = _flat().entries
    sums = document_code_sums(norm)  # the text without marks is kept for the document, so are its sums
    found: dict[tuple[int, int], Slip] = {}
    # the windows that may be a slip, all tested at once (some 2,000 a review, all but a few passed over);
    # those are tested as strings, in the order of the places and of each pair's sayings
    for i, k in _candidates(norm, _anchor_places(text, norm)):
        entry, offset, n = entries[k]
        start = i + offset
        window = norm[start : start + n]
        if window == entry.text or not _one_off(entry, n, window, sums[start + n] - sums[start]):
            continue
        if window in known:
            continue
        if not at:
            at = _kept_places(text)
        slip = _slip(text, at, start, window, entry.text)
        if slip is not None and not _inside_saying(norm, start, window):
            found.setdefault((slip.start, slip.end), slip)
    kept: list[Slip] = []
    for slip in sorted(found.values(), key=lambda s: (s.start - s.end, s.start)):
        if not any(k.start < slip.end and slip.start < k.end for k in kept):
            kept.append(slip)
    yield from sorted(kept, key=lambda s: s.start)


def _inside_saying(norm: str, start: int, window: str) -> bool:
    """Whether the window at `start` is part of another listed saying written out whole there (全面从严治党
    第一责任 of 全面从严治党第一责任人: one saying's opening, not a slip of 全面从严治党主体责任); asked only of
    a window found to be one slip off."""
    for s in _holding(window):
        k = s.find(window)
        while k >= 0:
            if norm.startswith(s, start - k) and start >= k:
                return True
            k = s.find(window, k + 1)
    return False


def _holding(window: str) -> list[str]:
    """The listed sayings longer than the window that hold it (those holding its first character)."""
    among = _known_by_character().get(window[:1], ()) if window else _known_longest()
    return [s for s in among if len(s) > len(window) and window in s]


@lru_cache(maxsize=1)
def _known_longest() -> tuple[str, ...]:
    return tuple(sorted(_known(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _known_by_character() -> dict[str, tuple[str, ...]]:
    """Each character → the listed sayings that hold it, in the order of _known_longest()."""
    out: dict[str, list[str]] = {}
    for s in _known_longest():
        for c in dict.fromkeys(s):
            out.setdefault(c, []).append(s)
    return {c: tuple(ss) for c, ss in out.items()}


_NUMERALS = "一二两三四五六七八九十"


@lru_cache(maxsize=1)
def _numbered() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    """(the short numbered formulations with any count in place of theirs, the right ones, the right ones
    in the pattern's order)."""
    right = tuple(f for f in _numbered_names() if _NUMERAL_RUN.match(f))
    pattern = re.compile(f"(?<![{_NUMERALS}第])(?:" + "|".join(f"({_any_count(a)})" for a in right) + ")")
    return pattern, frozenset(right), right


def _numbered_names() -> tuple[str, ...]:
    """The numbered formulations of the list and the counted names of each sector's catalogue."""
    own = tuple(str(f) for f in _load()["numbered"]["formulations"])
    return own + tuple(n for n in sector_formulas.numbered() if n not in own)


def _any_count(formulation: str) -> str:
    """The formulation as a pattern with any count in place of each of its numbers."""
    pieces = re.split(f"([{_NUMERALS}]+)", formulation)
    return "".join(f"[{_NUMERALS}]+" if i % 2 else re.escape(p) for i, p in enumerate(pieces))


@lru_cache(maxsize=1)
def _named_first() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The numbered formulations that open with a word, not a count (双强六好): (the word, the right
    formulation, the formulation with any count), looked for only where the word stands."""
    out = []
    for f in _numbered_names():
        if not _NUMERAL_RUN.match(f):
            head = re.split(f"[{_NUMERALS}]", f, maxsplit=1)[0]
            out.append((head, f, re.compile(_any_count(f))))
    return tuple(out)


# a local body that puts forward a formulation of its own (县委提出“四个必须”, 我局总结了“三个坚持”): its count
# is its own, not a slip of the central one
_LOCAL_COINAGE = re.compile(
    "(?:[省市县区镇乡]委|[省市县区镇乡]政府|党组|党委|党工委|街道|我[省市县区镇乡局院校所]|本[省市县区镇乡局院校]|本单位)"
    "[^，。；：！？]{0,6}(?:提出|形成|总结|确立|确定|制定|概括|凝练|推行)(?:了|的|出)?“?$"
)


def wrong_counts(text: str) -> Iterator[Slip]:
    """Short numbered formulations written with another count (三种形态 for 四种形态)."""
    for head, saying, regex in _named_first():
        i = text.find(head)
        while i >= 0:
            m = regex.match(text, i)
            if m is not None and m.group() != saying:
                yield Slip(m.start(), m.end(), saying, saying, "数目不对")
            i = text.find(head, i + 1)
    pattern, right, order = _numbered()
    for m in _matches(pattern, text):
        if m.group() in right or m.group().startswith("一"):
            continue  # a right one, or 一个… (一个明确说法): a plain count of one
        k = next(i for i, g in enumerate(m.groups()) if g)
        if _LOCAL_COINAGE.search(text, max(0, m.start() - 14), m.start()):
            continue  # 县委提出“四个必须”: a local body's own formulation, counted its own way
        if sum(_skeleton(f) == _skeleton(order[k]) for f in order) > 1:
            continue  # 七个务必: 两个务必 or 三个务必, which one is not ours to say
        yield Slip(m.start(), m.end(), order[k], order[k], "数目不对")


@lru_cache(maxsize=1)
def _compound_names() -> tuple[str, ...]:
    """The short names of two or more counted parts (两企三新, 三会一课, 两不愁三保障): the list's own, the
    numbered ones of this file and of the sectors, the names of named_series.yaml."""
    from mingjing.rules import named_series

    names = [str(n) for n in _load()["compounds"]["names"]]
    names += _numbered_names()
    names += [n for s in named_series.table() for n in s.names]
    return tuple(
        dict.fromkeys(
            n
            for n in names
            if len(_COUNTED_PART.findall(n)) >= 2 and not set(n) & _MEASURE_WORDS  # 两个一百年: one count
        )
    )


_MEASURE_WORDS = frozenset("个项种条百千万")


_COUNTED_PART = re.compile(f"([{_NUMERALS}])([^{_NUMERALS}“”]+)")


@lru_cache(maxsize=1)
def _parts_swapped() -> tuple[dict[str, str], tuple[int, ...]]:
    """(each name written with its parts in each other's place → the name, the lengths of those forms): the
    words moved with their counts kept in place (两新三企), or whole counted parts moved (一做两学); a form
    that is itself a name (or a numbered formulation) is left out."""
    from itertools import permutations

    names = _compound_names()
    known = frozenset(names)
    out: dict[str, str] = {}
    for name in names:
        parts = _COUNTED_PART.findall(name)
        if "".join(c + w for c, w in parts) != name:
            continue  # a name with words before its first count (双强六好)
        counts, words = [c for c, _ in parts], [w for _, w in parts]
        forms = {"".join(c + w for c, w in zip(counts, order, strict=True)) for order in permutations(words)}
        forms |= {"".join(c + w for c, w in order) for order in permutations(parts)}
        for form in forms - known - {name}:
            out.setdefault(form, name)
    return out, tuple(sorted({len(f) for f in out}, reverse=True))


@lru_cache(maxsize=1)
def _swapped_openings() -> frozenset[str]:
    """The first two characters of every swapped form: a text without any of them holds none."""
    return frozenset(f[:2] for f in _parts_swapped()[0])


def parts_swapped(text: str, grams: frozenset[str] | None = None) -> Iterator[Slip]:
    """Short names of counted parts written with their parts in each other's place (两新三企 for 两企三新),
    looked at only where the first two characters of such a form stand (`grams`: the text's bigrams)."""
    forms, lengths = _parts_swapped()
    heads = _swapped_openings() & (cjk_bigram_set(text) if grams is None else grams)
    places = sorted(i for h in heads for i in _places(text, h))
    end = 0
    for i in places:
        if i < end or (i > 0 and text[i - 1] in _NUMERALS):
            continue
        for n in lengths:
            name = forms.get(text[i : i + n])
            if name is not None and text[i + n : i + n + 1] not in _NUMERALS:
                end = i + n
                yield Slip(i, i + n, name, name, "顺序颠倒")
                break


def _places(text: str, piece: str) -> Iterator[int]:
    at = text.find(piece)
    while at >= 0:
        yield at
        at = text.find(piece, at + 1)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` of the numbered formulations, tried only where a run of numerals
    begins: every formulation begins with its count and none follows a numeral, so no match begins
    elsewhere (the engine would try the pattern at every place of the text)."""
    end = 0
    for run in _NUMERAL_RUN.finditer(text):
        if run.start() >= end and (m := pattern.match(text, run.start())) is not None:
            end = m.end()
            yield m


_NUMERAL_RUN = re.compile(f"[{_NUMERALS}]+")


def _skeleton(formulation: str) -> str:
    return re.sub(f"[{_NUMERALS}]+", "#", formulation)


_VERB_END_MIN = (
    20  # jieba frequency (above its noise) of the word the character before and the one written first make
)


def _verb_end_first(text: str, s0: int, first: str, own: str) -> bool:
    """Whether the character written where the saying's first one belongs ends a word with the character
    before it (运用, 贯彻 before 近平新时代…) and neither sounds nor looks like the saying's first (用 for
    习): the text's own word runs into a saying that lost its first character, no character miswritten
    (round r26: F169 offered 习 for 用, deleting the verb's end, beside F129's right fix)."""
    from mingjing.rules.doubled_chars import dictionary_freq

    before = text[s0 - 1 : s0]
    if not before or not _CJK.match(before) or sounds_or_looks_alike(first, own):
        return False
    return dictionary_freq(before + first) >= _VERB_END_MIN


def _slip(text: str, at: list[int], start: int, window: str, saying: str) -> Slip | None:
    s0, s1 = at[start], at[start + len(window) - 1] + 1
    written = text[s0:s1]
    if written.count("“") > written.count("”") and text[s1 : s1 + 1] == "”":
        s1 += 1
        written += "”"
    if written.count("”") > written.count("“") and s0 > 0 and text[s0 - 1] == "“":
        s0 -= 1
        written = "“" + written
    if len(window) == len(saying):
        found = _same_length(window, saying)
        if found is None:
            return None
        reason, runs = found
        if len(runs) == 1:
            ((i, e),) = runs
            p, q = at[start + i] - s0, at[start + e - 1] + 1 - s0
            if (i, e) == (0, 1) and reason == "错字" and _verb_end_first(text, s0, written[0], saying[0]):
                # 运用近平新时代…: 用 ends the writer's verb 运用; the saying lost its 习 (round r26, real pages)
                return Slip(s0, s1, written[:q] + saying[0] + written[q:], saying, f"漏了“{saying[0]}”")
            return Slip(s0, s1, written[:p] + saying[i:e] + written[q:], saying, reason)
        (a1, a2), (b1, b2) = runs
        p1, p2 = at[start + a1] - s0, at[start + a2 - 1] + 1 - s0
        q1, q2 = at[start + b1] - s0, at[start + b2 - 1] + 1 - s0
        fixed = written[:p1] + written[q1:q2] + written[p2:q1] + written[p1:p2] + written[q2:]
        return Slip(s0, s1, fixed, saying, reason)
    j = _dropped(window, saying)
    if j is None:
        return None
    word = saying[j : j + len(saying) - len(window)]
    p = at[start + j] - s0
    return Slip(s0, s1, written[:p] + word + written[p:], saying, f"漏了“{word}”")


@code_rule(
    "F169",
    "fixed-saying-slip",
    "formulation",
    "warning",
    "“{match}”与固定表述“{saying}”不符（{reason}），应为“{suggestion}”",
    "党的文件中的固定表述、带数字的提法（四种形态、九项准则、八项规定）和材料常引的总书记原话、古语，"
    "每个字和次序都是固定的：凭记忆写时常换掉一个字（尊崇写成尊重、拓展写成拓宽、四种形态写成三种形态）、"
    "把两个词前后颠倒（创造性转化、创新性发展），或漏掉“习近平”“中华”这样的词（习近平新时代中国特色社会主义思想）。"
    "各行业、各机关的规范提法也常被换成近义的词（党对政法工作的“绝对领导”写成“全面领导”，全面从严治党“主体责任”"
    "写成“主要责任”，稳中求进工作“总基调”写成“总方针”，“中央金融工作会议”写成“第六次全国金融工作会议”）。"
    "与清单中的表述只差一处时提示；连词、标点的差别不提示。",
    bad=[
        variant("一是调查研究不够深入。", "一是对“[让军人成为全社会尊重的职业]”体会不深，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[巩固拓宽脱贫攻坚成果]的措施不实，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是运用[监督执纪“二种形态”]不经常，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是推动[中华优秀传统文化创新性转化、创造性发展]不够，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是在[政治上思想上行动上]同党中央保持一致的自觉不强，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是把学习贯彻习近平新时代[中国特色社会主义思想作为中心任务]的认识不深，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是坚持[“严”的总基调]不够，调查研究不够深入。"),
        # the verb's end runs into a saying that lost its first character: the fix keeps the verb (r26)
        variant("一是调查研究不够深入。", "一是贯[彻近平新时代中国特色社会主义思想]不够，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是[坚定“四个意识”、增强“四个自信”、做到“两个维护”]不够，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是落实“[三会二课]”制度不严，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是落实[最严格的标准、最严谨的监管]不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[像保护眼睛一样保护耕地]的意识不强，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是严格遵守[八项规定精神]不够自觉，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是带头[守正创新、自信自强]不够，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是[努力让人民群众在每一个司法案件中感受到公平公正]不够，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是坚持[党对政法工作的全面领导]不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是落实[全面从严治党主要责任]不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是对[第六次全国金融工作会议]精神学得不深，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是党委[前置审批重大经营管理事项]不规范，调查研究不够深入。"),
        # a character dropped where the saying's opening is broken (round r20)
        variant("一是调查研究不够深入。", "一是[牢牢掌意识形态工作领导权]的意识不强，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是对[惩前毖、治病救人]的方针把握不准，调查研究不够深入。"),
        # the two names in each other's place: one slip, mended as a whole (round r22)
        variant(
            "一是调查研究不够深入。",
            "一是[深刻领悟“两个维护”的决定性意义，坚决做到“两个确立”]不够，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。", "一是发挥[党组织先锋模范作用和党员战斗堡垒作用]不够，调查研究不够深入。"
        ),
        # a name of counted parts with its parts in each other's place, a means and its end swapped, a
        # trade's short name with a word changed, a pair's second word from memory (round r23)
        variant("一是调查研究不够深入。", "一是推进“[两新三企]”党建不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是对[以社会革命引领党的自我革命]认识不深，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是对“[两个坚持、三个转化]”理解不深，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是遵守[政治纪律和组织规矩]不够自觉，调查研究不够深入。"),
    ],
    good=[
        # another member of a family of short members (r25)
        variant("我两天后才安排核查。", "我两天后才安排核查。群众看病难、看病烦的问题还没有解决。"),
        # the verb before the saying is whole (r26)
        variant("一是调查研究不够深入。", "一是运用习近平新时代中国特色社会主义思想不够，调查研究不够深入。"),
        # a saying adapted to the author's trade: 公交 is the text's own word, 公安 never stands in it
        variant(
            "一是调查研究不够深入。",
            "一是公交线路调整听取乘客意见不够，公交站点设置不尽合理，践行“人民公交为人民”不够，调查研究不够深入。",
        ),
        # the names in their order, a campaign's short name after a verb of carrying out, 首要任务 (round r23)
        variant(
            "一是调查研究不够深入。",
            "一是推进“两企三新”党建、落实“三会一课”不够，深入开展中央八项规定精神学习教育不够，把学习贯彻习近平"
            "新时代中国特色社会主义思想作为首要任务不够，严守政治纪律和组织纪律不够，调查研究不够深入。",
        ),
        # another verb before a campaign's name (r19): 巩固拓展 takes 深入贯彻…学习教育 as 开展 does
        variant(
            "一是调查研究不够深入。",
            "一是巩固拓展深入贯彻中央八项规定精神学习教育成果不够，调查研究不够深入。",
        ),
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是对“让军人成为全社会尊崇的职业”体会不深，巩固拓展脱贫攻坚成果不实，运用监督执纪“第二种形态”"
            "不经常，统筹发展与安全不够，打铁还需自身硬的自觉不强，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是坚持“严”的主基调不够，落实“两个务必”“三个务必”不够，坚持和加强党的领导不够，运用第三种形态少，"
            "一个明确说法也没有，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是以最严谨的标准、最严格的监管守护安全不够，像保护大熊猫一样保护耕地不够，严格执行中央八项规定精神"
            "和省委八项规定实施办法不够，自信自强、守正创新不够，关于治水的重要论述学得不深，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是对县委提出的“四个必须”落实不够，调查研究不够深入。"),
        # the pairs in their places, the terms apart in two sentences (round r22)
        variant(
            "一是调查研究不够深入。",
            "一是深刻领悟“两个确立”的决定性意义、坚决做到“两个维护”不够，发挥党组织战斗堡垒作用和党员先锋"
            "模范作用不够。党员先锋模范作用发挥得好，党组织战斗堡垒作用才强，调查研究不够深入。",
        ),
        # a near word outside its formulation's frame is ordinary text (round r18)
        variant(
            "一是调查研究不够深入。",
            "一是坚持党的全面领导不够，落实全面从严治党政治责任和第一责任人职责不够，对事故负有主要责任，"
            "全省组织工作会议和第五次全国金融工作会议精神学得不深，调查研究不够深入。",
        ),
        # a word of the text's own before a saying's close, a verb alone before its object (round r20)
        variant(
            "一是调查研究不够深入。",
            "一是落实粮食安全党政同责不够有力，办人民满意的教育用力不够，调查研究不够深入。",
        ),
        # the charge of a case, in a notice's words
        variant(
            "一是调查研究不够深入。",
            "一是对上级通报的违反八项规定精神问题以案促改不深，调查研究不够深入。",
        ),
        # a notice's title quoted as issued (r28, real pages)
        variant(
            "一是调查研究不够深入。",
            "一是对县委《关于做好八项规定精神学习教育对照检查工作的通知》落实不够，调查研究不够深入。",
        ),
    ],
)
def fixed_saying_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    slips = [s for s in find(ctx.text) if not _own_term(ctx.text, s)]
    norm, grams = unquoted(ctx.text), cjk_bigram_set(ctx.text)
    swapped = [
        *substituted(ctx.text, norm, grams),
        *dropped(ctx.text, norm, grams),
        *opening_dropped(ctx.text, norm, grams),
    ]
    for w in sorted(swapped, key=lambda s: (s.start - s.end, s.start)):  # the longest of overlapping ones
        if not any(s.start < w.end and w.start < s.end for s in slips):
            slips.append(w)
    slips += [
        w for w in wrong_counts(ctx.text) if not any(s.start < w.end and w.start < s.end for s in slips)
    ]
    slips += [  # 两新三企 for 两企三新 (round r23)
        w
        for w in parts_swapped(ctx.text, grams)
        if not any(s.start < w.end and w.start < s.end for s in slips)
    ]
    # the issuing body left out (八项规定精神) only in a material: a reviewer asks a 对照检查材料 for the full
    # formulation, while news and notices of other genres shorten it as their editors do (违反八项规定精神的问题)
    slips += [
        Slip(a, b, saying, saying, f"漏了“{body}”")
        for a, b, saying, body in (
            formulation_variants.headless(ctx.text, sayings()) if looks_like_material(ctx.outline) else ()
        )
        if not any(s.start < b and a < s.end for s in slips)
        and not case_charge(ctx.text, a, b)
        and not in_book_title(ctx.text, a, b)
    ]
    # terms written in each other's place are one slip mended as a whole (round r22): the halves it covers go
    pairs = [
        p
        for p in swapped_pairs.find(ctx.text)
        if not any(s.start <= p.start and p.end <= s.end and s.end - s.start > p.end - p.start for s in slips)
    ]
    slips = [s for s in slips if not any(p.start < s.end and s.start < p.end for p in pairs)]
    for slip in sorted(slips, key=lambda s: s.start):
        yield rule.finding(
            ctx.text, slip.start, slip.end, (slip.suggestion,), saying=slip.saying, reason=slip.reason
        )
    for p in pairs:
        yield rule.finding(ctx.text, p.start, p.end, p.suggestions, saying=p.saying, reason=p.reason)


def in_book_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a document's title in 《》 on its line: a notice's title is
    quoted as issued (县委《关于做好八项规定精神学习教育…的通知》), its short form is the issuer's (r28, real pages)."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = text.rfind("《", line_start, start)
    if opened < 0 or text.find("》", opened, start) >= 0:
        return False
    closed = text.find("》", end)
    return closed >= 0 and "\n" not in text[end:closed] and "《" not in text[end:closed]


# a case told as a notice tells it (县纪委通报某干部因违反八项规定精神被处分, 上级通报的违反八项规定精神问题): the
# charge is the notice's wording, quoted, not the author's own formulation
_CHARGE_BEFORE = re.compile(r"违反$")
_CASE_BEFORE = re.compile(r"因|通报|曝光|查处")
_CASE_AFTER = re.compile(r"问题|案例|案件|典型|被|受到|给予|处分|处理|问责|通报|曝光")
CASE_REACH = 20  # characters of the sentence read on either side of the charge


def case_charge(text: str, start: int, end: int) -> bool:
    """Whether the formulation at start:end is the charge of a case reported (违反… with 因/通报 before it or
    问题/被/处分 after it in its sentence)."""
    if not _CHARGE_BEFORE.search(text, max(0, start - 2), start):
        return False
    lo = max(0, start - CASE_REACH)
    left = text[lo:start]
    cut = max(left.rfind(c) for c in "。；！？\n") + 1
    right = re.split(r"[。；！？\n]", text[end : end + CASE_REACH], maxsplit=1)[0]
    return bool(_CASE_BEFORE.search(left[cut:]) or _CASE_AFTER.search(right))


OWN_TERM_USES = 2  # uses of the written word elsewhere that make it the author's own term


def _own_term(text: str, slip: Slip) -> bool:
    """Whether a one-character change of a saying puts in a word the text uses on its own elsewhere while
    the saying's word never stands in it (人民公交为人民 in a bus company's material that says 公交 five times,
    公安 never): a saying adapted to the author's trade, not a slip of memory."""
    written = text[slip.start : slip.end]
    right = slip.suggestion
    if len(written) != len(right):
        return False
    changed = [k for k, (a, b) in enumerate(zip(written, right, strict=True)) if a != b]
    if len(changed) != 1:
        return False
    k = changed[0]
    for a in (k - 1, k):
        if a < 0 or a + 2 > len(written):
            continue
        mine, theirs = written[a : a + 2], right[a : a + 2]
        if theirs not in text and text.count(mine) - written.count(mine) >= OWN_TERM_USES:
            return True
    return False


@lru_cache(maxsize=1)
def _slogan_scan() -> Prefiltered:
    """`_slogan_pattern` scanned only near the verbs (the same matches, rules/literals.py)."""
    return Prefiltered(_slogan_pattern()[0])


@lru_cache(maxsize=1)
def _slogan_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """(a verb of one slogan right before another slogan, the right verb of each slogan)."""
    from mingjing.rules.de_adverbial import dictionary_tag

    data = _load()["slogan_verbs"]
    pairs = {str(k): [str(v) for v in vs] for k, vs in data["pairs"].items()}
    own_word = {str(k): str(v) for k, v in data.get("own_word", {}).items()}
    # a slogan's own word that is a verb (维护 of 两个维护, 确立 of 两个确立) is no verb of any slogan of the set:
    # 维护“两个维护”, 确立“两个确立”, 维护“两个确立” (round r24)
    own_verbs = {s[-2:] for s in (*pairs, *own_word) if dictionary_tag(s[-2:]) == "v"}
    alts: list[str] = []
    right: dict[str, str] = {}
    for slogan, verbs in [*pairs.items(), *((s, [v]) for s, v in own_word.items())]:
        others = (
            {v for other, vs in pairs.items() if other != slogan for v in vs} if slogan in pairs else set()
        )
        wrong = sorted((others | own_verbs) - set(verbs), key=len, reverse=True)
        alts.append(f'(?P<v{len(alts)}>{"|".join(wrong)})(?=[“"‘]?{re.escape(slogan)})')
        right[slogan] = verbs[0]
    return re.compile("|".join(alts)), right


@code_rule(
    "F170",
    "slogan-verb-swap",
    "formulation",
    "warning",
    "“{match}{slogan}”搭配不当：固定说法是“{suggestion}{slogan}”",
    "增强“四个意识”、坚定“四个自信”、做到“两个维护”是固定搭配（党的十九届六中全会决议），"
    "动词不能互换：写成“坚定‘四个意识’”“增强‘四个自信’”是常见的搭配错误；把提法自己的词当动词"
    "（维护“两个维护”、确立“两个确立”）也不对。",
    bad=[
        variant("一是调查研究不够深入。", "一是[坚定]“四个意识”不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[增强]“四个自信”不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[坚定“四个意识”、增强]“四个自信”不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[增强“四个自信”、坚定“四个意识”]不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[维护]“两个维护”的自觉不够，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是[确立]“两个确立”的自觉不够，调查研究不够深入。"),
    ],
    good=[
        variant(
            "一是调查研究不够深入。",
            "一是增强“四个意识”、坚定“四个自信”、做到“两个维护”不够，树牢“四个意识”不够，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是深刻领悟“两个确立”的决定性意义、坚定拥护“两个确立”、坚决维护党中央权威不够，调查研究不够深入。",
        ),
    ],
)
def slogan_verb_swap(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    right = _slogan_pattern()[1]
    slogans = list(right)
    hits = [
        (m, slogans[next(i for i, g in enumerate(m.groups()) if g)]) for m in _slogan_scan().finditer(text)
    ]
    n = 0
    while n < len(hits):
        m, slogan = hits[n]
        after = text.find(slogan, m.end()) + len(slogan)
        if n + 1 < len(hits) and hits[n + 1][0].start() - after <= _CROSS_GAP:
            # two verbs crossed (坚定“四个意识”、增强“四个自信”): one finding, both verbs put right
            m2, slogan2 = hits[n + 1]
            fix = right[slogan] + text[m.end() : m2.start()] + right[slogan2]
            at2 = text.find(slogan2, m2.end())
            swap = m.group() == right[slogan2] and m2.group() == right[slogan] and len(slogan) == len(slogan2)
            if swap and slogans.index(slogan) > slogans.index(slogan2):
                # each verb the other's, the sets out of the documents' order (增强“四个自信”、坚定“四个意识”):
                # the sets swapped back give the documents' words and order (增强“四个意识”、坚定“四个自信”)
                end = at2 + len(slogan2) + (text[at2 + len(slogan2) : at2 + len(slogan2) + 1] in _CLOSERS)
                said = text[m.start() : end]
                swapped = said.replace(slogan, "\x00").replace(slogan2, slogan).replace("\x00", slogan2)
                yield rule.finding(
                    text, m.start(), end, (swapped, fix + said[m2.end() - m.start() :]), slogan=slogan2
                )
                n += 2
                continue
            yield rule.finding(text, m.start(), m2.end(), (fix,), slogan=slogan2)
            n += 2
            continue
        yield rule.finding(text, m.start(), m.end(), (right[slogan],), slogan=slogan)
        n += 1


_CLOSERS = frozenset('”"’」')
_CROSS_GAP = 2  # a closing quote and a 顿号 between one slogan and the next verb
