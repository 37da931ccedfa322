"""Named enumerations quoted with a member changed, dropped or given to the wrong body (F227, F228, F229;
round r21): 六个必须坚持 … 系统观念、开放包容 for 胸怀天下, 享乐主义和奢侈之风 for 奢靡之风, 三个务必 … 务必谦虚谨慎、
不骄不躁 (the old 两个务必's words), 三重一大 written with 重大项目安排 left out, 党组履行全面从严治党监督责任 (a 党组's is
the 主体责任), 坚决维护党中央的核心、全党的核心地位 (习近平总书记 left out).

The enumerations are public facts (data/named_series.yaml: each with its names, members in order, right
alternative wordings and the old or near wordings that are wrong now). A run of the members joined by 、，和与及
is read three ways:
- F227, a member changed: every member but one written as the table writes it, in order, and in the one's
  place a word that is none of its members: flagged when the series' name stands before the run in its line
  (or just after it), or the word is one of the member's listed wrong wordings, or (four members or more) it
  shares the member's first or last half; a listed wrong wording next to one right neighbour is flagged
  alone too (享乐主义和奢侈之风), as those wordings were chosen for it.
- F228, a member dropped: every member but one, in order, with the series' name before the run in its line,
  the missing one nowhere near and no 等 after (a run left open on purpose); series of four members or more,
  or of three when the name stands right before.
- F229, the body: a Party committee, leading group or its secretary given the 监督责任 of 全面从严治党 (the
  主体责任 is theirs, the 监督责任 the discipline inspection body's: 党内监督条例), and 党中央的核心、全党的核心
  without 习近平总书记/习近平同志 before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.lazy_pattern import Lazy
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "named_series.yaml"
_SEP = "(?:以及|、|，|,|和|与|及)"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_REACH = 80  # how far before a run its name may stand, in one line
_AFTER = 12  # how far after a run its name may stand (…生态文明建设“五位一体”总体布局)
_NEAR = 40  # a dropped member written this near is a run in another order, not a drop


@dataclass(frozen=True)
class Series:
    names: tuple[str, ...]
    members: tuple[str, ...]
    also: dict[str, tuple[str, ...]]
    wrong: dict[str, tuple[str, ...]]
    # a listed wrong wording beside one right neighbour is a slip even unnamed (四风: 享乐主义和奢靡主义; r28)
    pairs_alone: bool = False

    def right(self, k: int) -> tuple[str, ...]:
        m = self.members[k]
        return (m, *self.also.get(m, ()))

    def pattern(self, k: int) -> str:
        return "(?:" + "|".join(re.escape(x) for x in sorted(self.right(k), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class MemberSlip:
    """A member of a formulation with a name written otherwise: where, the right member, the formulation's
    name (F227 and F228 here, F198 in rules/counted_members.py, F199 in rules/series_member_length.py)."""

    start: int
    end: int
    suggestion: str
    name: str


@dataclass(frozen=True)
class Slip(MemberSlip):
    code: str  # F227 (a member changed) or F228 (one left out)


def member_findings(ctx: ReviewContext, rule: Rule, found: Iterable[MemberSlip]) -> Iterator[Finding]:
    """The rule's finding of each slip: its span, the right member offered, the formulation named."""
    for s in found:
        yield rule.finding(ctx.text, s.start, s.end, (s.suggestion,), name=s.name)


@lru_cache(maxsize=1)
def table() -> tuple[Series, ...]:
    data = load_data(TABLE.read_text(encoding="utf-8"))
    out = []
    for s in data["series"]:
        also = {str(k): tuple(str(x) for x in v) for k, v in (s.get("also") or {}).items()}
        wrong = {str(k): tuple(str(x) for x in v) for k, v in (s.get("wrong") or {}).items()}
        out.append(
            Series(
                tuple(str(n) for n in s["names"]),
                tuple(str(m) for m in s["members"]),
                also,
                wrong,
                bool(s.get("pairs_alone", False)),
            )
        )
    return tuple(out)


@cache
def _runs(i: int) -> tuple[tuple[int, Lazy, Lazy], ...]:
    """For series i, per member k: (k, the run with k's place open, the run with k left out). An end
    member's place is read after the match (_end_word), from the separator `s` next to it."""
    s = table()[i]
    n = len(s.members)
    out = []
    for k in range(n):
        parts = [s.pattern(j) for j in range(n)]
        if k == 0:
            swap = f"(?P<s>{_SEP})" + _SEP.join(parts[1:])
        elif k == n - 1:
            swap = _SEP.join(parts[:-1]) + f"(?P<s>{_SEP})"
        else:
            parts[k] = f"(?P<w>[\\u4e00-\\u9fff]{{1,{len(s.members[k]) + 3}}}?)"
            swap = _SEP.join(parts)
        out.append((k, Lazy(swap), Lazy(_SEP.join(_exact(s, k)))))
    return tuple(out)


@cache
def _adjacent(i: int) -> tuple[re.Pattern[str], ...]:
    """Two members of series i next to each other or with one place between, each pattern opening with one
    member's literal wording (a fast scan): every run F227 or F228 reads holds one such."""
    s = table()[i]
    n = len(s.members)
    out = []
    for j in range(n - 1):
        gap = f"(?:[\\u4e00-\\u9fff]{{1,{len(s.members[j + 1]) + 3}}}{_SEP})?"
        after = s.pattern(j + 1) if j + 2 >= n else f"(?:{s.pattern(j + 1)}|{gap}{s.pattern(j + 2)})"
        for r in s.right(j):
            out.append(re.compile(re.escape(r) + _SEP + after))
    return tuple(out)


def _exact(s: Series, k: int) -> list[str]:
    return [s.pattern(j) for j in range(len(s.members)) if j != k]


def _named(text: str, s: Series, start: int, end: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - _REACH) : start]
    after = text[end : end + _AFTER].split("\n", 1)[0]
    return any(n in before or n in after for n in s.names)


def _end_word(text: str, s: Series, k: int, at: int, forward: bool) -> tuple[int, int] | None:
    """The word in an end member's place: a right or listed wrong wording when one stands there, else a run
    of Chinese characters as long as the member (shorter where the run stops)."""
    forms = sorted((*s.right(k), *s.wrong.get(s.members[k], ())), key=len, reverse=True)
    for f in forms:
        if forward and text.startswith(f, at):
            return at, at + len(f)
        if not forward and text.endswith(f, 0, at):
            return at - len(f), at
    size = len(s.members[k])
    opening = text[at : at + 2] if forward else ""
    for r in s.right(k):  # a short wording's opening read at its length (…不摘帮扶、不摘项目 of 四个不摘)
        if forward and len(r) < size and r[:2] == opening:
            size = len(r)
    if forward:
        e = at
        while e < len(text) and e - at < size and _CJK.match(text, e):
            e += 1
        return (at, e) if e - at >= 2 else None
    b = at
    while b > 0 and at - b < size and _CJK.match(text, b - 1):
        b -= 1
    if b > 0 and _CJK.match(text, b - 1):
        return None  # the first member's place runs on into the words before it: no word to read
    return (b, at) if at - b >= 2 else None


def _is_slip(text: str, s: Series, k: int, w: str, start: int, end: int) -> bool:
    right = s.members[k]
    if w in s.right(k) or any(w in s.right(j) for j in range(len(s.members))):
        return False
    if w in s.wrong.get(right, ()):
        return True
    if len(s.members) < 3:
        return False
    if _named(text, s, start, end):
        return True
    if w in _all_members():
        return False  # unnamed, a member of another series (特别能忍耐 of 老西藏精神 beside 载人航天精神's)
    half = max(1, len(right) // 2)
    return (
        len(s.members) >= 4
        and len(w) == len(right)
        and (w[:half] == right[:half] or w[-half:] == right[-half:])
    )


@lru_cache(maxsize=1)
def _all_members() -> frozenset[str]:
    return frozenset(r for s in table() for k in range(len(s.members)) for r in s.right(k))


def _right_for(s: Series, k: int, w: str) -> str:
    """The right wording for w's place: the member, or its alternative that opens as w does (实现伟大复兴 →
    实现伟大梦想)."""
    best = s.members[k]
    for r in s.right(k)[1:]:
        if len(w) > 2 and r[:2] == w[:2] and best[:2] != w[:2]:
            best = r
    return best


def goes_on_rightly(text: str, end: int) -> bool:
    """Whether a run ending at `end` goes on with a separator and a second right wording of a member
    (…重大项目安排和大额度资金使用, where F155's table knows 大额资金使用 only)."""
    m = _GOES_ON.match(text, end)
    return m is not None and any(text.startswith(a, m.start(1)) for a in _alternatives())


@lru_cache(maxsize=1)
def _alternatives() -> frozenset[str]:
    """Every right wording of a member of the series with more than one for some member."""
    return frozenset(r for s in table() if s.also for k in range(len(s.members)) for r in s.right(k))


_GOES_ON = re.compile(f"{_SEP}([\\u4e00-\\u9fff])")


@lru_cache(maxsize=1)
def _index() -> tuple[
    dict[str, tuple[tuple[int, int, frozenset[str]], ...]],
    dict[str, tuple[tuple[int, int, str, frozenset[str]], ...]],
]:
    """The first two characters of every right wording → (series, member, the wording's pairs of
    characters), and of every wrong wording of four characters or more → (series, member, wording, its
    pairs): a wording can stand in a text that holds all its pairs."""
    heads: dict[str, set[tuple[int, int, frozenset[str]]]] = {}
    wrongs: dict[str, set[tuple[int, int, str, frozenset[str]]]] = {}
    for i, s in enumerate(table()):
        for k, member in enumerate(s.members):
            for r in s.right(k):
                heads.setdefault(r[:2], set()).add((i, k, _bigrams(r)))
            for w in s.wrong.get(member, ()):
                if len(w) >= 4:  # a shorter one is read only in a run (_swaps)
                    wrongs.setdefault(w[:2], set()).add((i, k, w, _bigrams(w)))
    return (
        {h: tuple(sorted(v)) for h, v in heads.items()},
        {h: tuple(sorted(v)) for h, v in wrongs.items()},
    )


def _bigrams(word: str) -> frozenset[str]:
    return frozenset(
        word[j : j + 2] for j in range(len(word) - 1) if _CJK.match(word, j) and _CJK.match(word, j + 1)
    )


@lru_cache(maxsize=1)
def _keys() -> tuple[frozenset[str], frozenset[str]]:
    heads, wrongs = _index()
    return frozenset(heads), frozenset(wrongs)


def find(text: str) -> Iterator[Slip]:
    grams = cjk_bigram_set(text)
    heads, wrongs = _index()
    present: dict[int, set[int]] = {}
    for h in _keys()[0] & grams:
        for i, k, pairs in heads[h]:
            if pairs <= grams:
                present.setdefault(i, set()).add(k)
    with_wrong: dict[int, dict[int, list[str]]] = {}
    for h in _keys()[1] & grams:
        for i, k, w, pairs in wrongs[h]:
            if pairs <= grams:
                with_wrong.setdefault(i, {}).setdefault(k, []).append(w)
    sizes = _sizes()
    runs = {i for i, ks in present.items() if sizes[i] >= 3 and len(ks) >= sizes[i] - 1}
    for i in sorted(runs | with_wrong.keys()):
        s = table()[i]
        seen: set[int] = set()
        if i in runs and any(p.search(text) for p in _adjacent(i)):
            ks = present[i]
            absent = next((k for k in range(sizes[i]) if k not in ks), None)
            for k, swap, drop in _runs(i):  # a run of all members but one can stand here
                if absent is not None and k != absent:
                    continue
                yield from _swaps(text, s, k, swap, seen)
                yield from _drops(text, s, k, drop, seen)
        if i in with_wrong:
            yield from _pairs(text, s, with_wrong[i], seen)


@lru_cache(maxsize=1)
def _sizes() -> tuple[int, ...]:
    return tuple(len(s.members) for s in table())


def _swaps(text: str, s: Series, k: int, swap: Lazy, seen: set[int]) -> Iterator[Slip]:
    for m in swap.finditer(text):
        if k == 0:
            span = _end_word(text, s, 0, m.start("s"), forward=False)
        elif k == len(s.members) - 1:
            span = _end_word(text, s, k, m.end("s"), forward=True)
        else:
            span = m.start("w"), m.end("w")
        if span is None or span[0] in seen:
            continue
        w = text[span[0] : span[1]]
        if _is_slip(text, s, k, w, min(span[0], m.start()), max(span[1], m.end())):
            seen.add(span[0])
            yield Slip(span[0], span[1], _right_for(s, k, w), s.names[0], "F227")


def _drops(text: str, s: Series, k: int, drop: Lazy, seen: set[int]) -> Iterator[Slip]:
    n = len(s.members)
    if n < 3:
        return
    for m in drop.finditer(text):
        if m.start() in seen or text.startswith("等", m.end()):
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line, m.start() - (_REACH if n >= 4 else 8)) : m.start()]
        if not any(x in before for x in s.names):
            continue
        near = text[max(0, m.start() - _NEAR) : m.end() + _NEAR]
        if any(r in near for r in s.right(k)):
            continue
        if k == n - 1 and re.match(_SEP, text[m.end() :]):
            continue  # the run goes on: its last place holds another word (F227's)
        if k == 0 and m.start() > 0 and re.match(_SEP, text[m.start() - 1]):
            continue
        run = text[m.start() : m.end()]
        if k == 0:
            fixed = s.members[0] + "、" + run
        else:
            prev = re.search(s.pattern(k - 1), run)
            assert prev is not None
            fixed = run[: prev.end()] + "、" + s.members[k] + run[prev.end() :]
        seen.add(m.start())
        yield Slip(m.start(), m.end(), fixed, s.names[0], "F228")


def _pairs(text: str, s: Series, candidates: dict[int, list[str]], seen: set[int]) -> Iterator[Slip]:
    """A listed wrong wording (of four characters or more) beside a right neighbour, the series named in
    the line or a second right member beyond the neighbour (形式主义、官僚主义、享乐主义和奢侈之风): a wording
    with one neighbour alone may be other words' (自信自强、守正创新 closes the 二十大报告). A series marked
    `pairs_alone` is read with one neighbour (round r28, set 56's 在纠治享乐主义和奢靡主义上: 四风's members
    are quoted in pairs, and the near wordings beside them name nothing else). candidates: member → its wrong
    wordings whose first two characters are in the text."""
    n = len(s.members)
    for k, maybe in sorted(candidates.items()):
        wrongs = [w for w in maybe if w in text]
        if not wrongs:
            continue
        alt = "|".join(re.escape(w) for w in sorted(wrongs, key=len, reverse=True))
        sides = []
        if k > 0:
            beyond = f"{s.pattern(k - 2)}{_SEP}" if k > 1 else None
            sides.append((f"{s.pattern(k - 1)}{_SEP}(?P<w>{alt})", beyond, True))
        if k < n - 1:
            beyond = f"{_SEP}{s.pattern(k + 2)}" if k < n - 2 else None
            sides.append((f"(?P<w>{alt}){_SEP}{s.pattern(k + 1)}", beyond, False))
        for side, beyond, before in sides:
            for m in re.finditer(side, text):
                if m.start("w") in seen or any(text.startswith(r, m.start("w")) for r in s.right(k)):
                    continue  # the wrong wording is the opening of a right one (不用陪同 of 不用陪同接待)
                if before:
                    two = beyond is not None and re.search(
                        f"(?:{beyond})$", text[max(0, m.start() - 40) : m.start()]
                    )
                else:
                    two = beyond is not None and re.match(beyond, text[m.end() :])
                if not (two or s.pairs_alone or _named(text, s, m.start(), m.end())):
                    continue
                seen.add(m.start("w"))
                yield Slip(m.start("w"), m.end("w"), _right_for(s, k, m.group("w")), s.names[0], "F227")


@code_rule(
    "F227",
    "named-series-member",
    "formulation",
    "warning",
    "“{name}”中这一项是“{suggestion}”，不是“{match}”",
    "“六个必须坚持”“四风”“三个务必”“五位一体”“新发展理念”这类有名称的提法，各项的说法和次序都是固定的（党的二十大"
    "报告、党章、各次全会和条例）。其余各项都按原样、原次序写出，而一项换成了别的词（开放包容之于胸怀天下），"
    "或换成了已不再用的旧说法、常见的近似说法（奢侈之风、不骄不躁、全面建成小康社会）时提示；点出了名称的，"
    "换成什么词都提示；没点名称的，只在其余各项写全而换成所列的旧说法、近似说法或与原词半同，或所列旧说法紧挨着两项原有成员时提示；“四风”常成对引用，所列近似说法紧挨着一项原有成员（享乐主义和奢靡主义）就提示。",
    bad=[
        variant(
            "一是调查研究不够深入。",
            "一是对“六个必须坚持”中人民至上、自信自立、守正创新、问题导向、系统观念、[开放包容]的科学内涵领会不深，"
            "调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。", "一是对“四风”中享乐主义和[奢侈之风]的新表现认识不深，调查研究不够深入。"
        ),
        variant("一是调查研究不够深入。", "一是在纠治享乐主义和[奢靡主义]上用力不够，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是对照“三个务必”，务必不忘初心、牢记使命，务必谦虚谨慎、[不骄不躁]，务必敢于斗争、善于斗争做得不够，"
            "调查研究不够深入。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是对“六个必须坚持”中人民至上、自信自立、守正创新、问题导向、系统观念、胸怀天下的科学内涵领会不深，"
            "反对形式主义、官僚主义、享乐主义和奢靡之风不够坚决，调查研究不够深入。",
        ),
    ],
)
def named_series_member(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from member_findings(ctx, rule, (s for s in slips(ctx.text) if s.code == "F227"))


@code_rule(
    "F228",
    "named-series-dropped",
    "formulation",
    "warning",
    "“{name}”漏了一项，应为“{suggestion}”",
    "点出了名称的提法（三重一大、四个意识、五位一体等）逐项写出时少了一项：其余各项按原样、原次序写出，"
    "漏掉的一项在前后也没有写到。后面跟“等”的（有意只列几项）不提示；三项的提法只在名称紧挨着时提示。",
    bad=[
        variant(
            "一是调查研究不够深入。",
            "一是落实“三重一大”决策制度不严，对[重大事项决策、重要干部任免和大额度资金使用]要集体研究的规定执行不够，"
            "调查研究不够深入。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是落实“三重一大”决策制度不严，对重大事项决策、重要干部任免、重大项目安排和大额度资金使用要集体研究的规定"
            "执行不够，对“四风”中形式主义、官僚主义等问题警惕不够，调查研究不够深入。",
        ),
    ],
)
def named_series_dropped(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from member_findings(ctx, rule, (s for s in slips(ctx.text) if s.code == "F228"))


def slips(text: str) -> tuple[Slip, ...]:
    """Every slip of F227 and F228 in the text (one pass per text, kept for the last few)."""
    return _kept(text)


@lru_cache(maxsize=4)
def _kept(text: str) -> tuple[Slip, ...]:
    """Both rules read one pass of find() over the same text."""
    return tuple(find(text))


_BODY = r"(?:党委|党组|党工委|党总支|党支部|常委会|党委会|领导班子|班子|党委书记|党组书记|党支部书记|支部书记|书记|党组织)"
_CHECKER = re.compile(r"纪委|纪检|监委|纪工委|监察")
_DUTY = Lazy(
    _BODY + r"(?P<v>[^。；，、\n]{0,12}?)(?:履行|落实|扛起|扛牢|承担|担负|负起|压实)(?:好|起|了)?"
    r"(?:全面从严治党|管党治党|党风廉政建设)(?P<d>监督责任)"
)
_CORE = Lazy(r"党中央的核心、全党的核心")


def bodies(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, suggestion, why) of each responsibility given to the wrong body and each core named
    without its holder."""
    if "监督责任" in text:
        for m in _DUTY.finditer(text):
            clause_start = max(text.rfind(c, 0, m.start()) for c in "。；，\n") + 1
            if _CHECKER.search(text, clause_start, m.start("d")):
                continue
            yield (
                m.start("d"),
                m.end("d"),
                "主体责任",
                "党委（党组）负全面从严治党主体责任，监督责任是纪委（纪检监察机构）的",
            )
    if "党中央的核心" in text:
        for m in _CORE.finditer(text):
            before = text[max(0, m.start() - 10) : m.start()]
            if "习近平" in before or "总书记" in before[-3:]:
                continue
            holder = "习近平同志" if before.endswith("确立") else "习近平总书记"
            if not (before.endswith(("维护", "确立", "捍卫"))):
                continue
            yield (
                m.start(),
                m.end(),
                holder + m.group(),
                f"“两个{'确立' if holder.endswith('同志') else '维护'}”的规范表述中核心之前是“{holder}”",
            )


@code_rule(
    "F229",
    "series-body",
    "formulation",
    "warning",
    "提法有误：{why}，“{match}”应为“{suggestion}”",
    "全面从严治党的“两个责任”各有其主：党委（党组）负主体责任、书记是第一责任人，纪委（纪检监察机构）负监督责任"
    "（《中国共产党党内监督条例》）；把党委、党组、班子写成履行“全面从严治党监督责任”就把责任主体写错了。"
    "“两个维护”“两个确立”的核心之前是“习近平总书记”“习近平同志”，写成“维护党中央的核心、全党的核心地位”就漏了。"
    "同一分句里写到纪委、纪检、监委的不提示。",
    bad=[
        variant("一是调查研究不够深入。", "一是党组履行全面从严治党[监督责任]不够有力，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是在坚决维护[党中央的核心、全党的核心]地位上认识不深，调查研究不够深入。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是党组履行全面从严治党主体责任不够有力，派驻纪检监察组履行全面从严治党监督责任，坚决维护习近平总书记"
            "党中央的核心、全党的核心地位，调查研究不够深入。",
        ),
    ],
)
def series_body(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion, why in bodies(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,), why=why)
