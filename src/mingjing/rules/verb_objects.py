"""A verb and an object head that do not go together (F178): 增强…水平, 增强…短板, 提升…步伐, 改善…急难愁盼,
发挥…职责, and a subject with a predicate it cannot take (力度还不够深).

The table is data/verb_objects.yaml: the genre's verbs, each with the object heads it cannot take, and
each head's own verb. A verb is followed within its clause (no ，。；：！？ and at most 16 characters) by
a run ending on a wrong head right at the clause's end; the run holds no verb that takes the head
(增强补齐短板…), the verb is not followed by a negation or judgement (能力提升不够的问题: 提升 is no
verb there), a joining mark before the head does not start another verb phrase (增强党性、砥砺作风),
and no verb of the table (or 具备, 缺乏 …) stands just before the verb in its clause (具备补齐短板的能力:
the head is the outer verb's), and verb and head are not joined by 方面/情况 (党性修养提高方面的问题:
the verb is inside an aspect's name). The fix puts the head's own verb for the verb; when a 和/及/与/、 stands before the head
with no 的 after it (提升素质和心理健康问题: a second object), the verb's own head for the head. The
verbs are looked for only when the document's two-character runs hold them. Round r16: a head of four
characters (宗旨意识, 理想信念) is read right after the verb too (提高宗旨意识: F147 reads the short ones there),
and a 不/低/少 right after the verb is no negation when it opens a noun of three or more (不动产登记窗口).
Round r17: a verb's `mend_head` classes put the verb's own head for the head (满足…精神文化水平 → 需求).
Round r20: a 作为/当作/视为 between verb and head makes the head that verb's (把提高本领作为一种责任: set 40's
clean text).
Round r24: a verb joined to a second verb of the table (增强和改进工作作风) is read against the head too: when
the second takes it and the first does not, the pair is put as the second verb alone (改进工作作风).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.postag import tag
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "verb_objects.yaml"
_CLAUSE_END = frozenset("，。；：！？,;:!?\n")
# the second verbs of 把X作为Y (把…当作…): Y is their object, not the first verb's
_AS_VERBS = ("作为", "当作", "看作", "视为", "当成")
# a clause ends at its stop or at the next point's label run on without one (…制定提升方案（3）对…问题, r22)
_LABEL = re.compile(r"[（(][0-9一二三四五六七八九十]{1,2}[）)]")
_END = re.compile(r"[，。；：！？,;:!?\n]|" + _LABEL.pattern)
_REACH = 20
_JOIN = frozenset("和及与、")
_COORD = frozenset("和及与、并")
# a predicate right after the head (增强纪律规矩的水平还不高, 发挥了表率的作用和贡献还不够): the verb phrase is
# the clause's subject and its object ends at the head; read only with a 的 before the head
_PREDICATE_LEADS = (
    "还不",
    "还没",
    "还有",
    "还需",
    "还要",  # round r17: 改善了…出行难的问题还要等到明年春天
    "还得",
    "还存在",
    "不够",
    "不高",
    "不强",
    "不足",
    "有待",
    "仍",
    "尚",
)
# right after the verb: the verb is no verb of this object (能力提升不够的问题, 提升慢的问题)
_NOT_OBJECT = frozenset("不没未难慢低弱差少缓够足")
_LOOK_BACK = 4
# right after the verb, a short predicate of its own (标准提高有意见, 提高是问题): the verb is no verb of it
_JUDGE = frozenset("有是")
# the verb names an aspect or a state, not an action on the head (党性修养提高方面的问题, 增强党性方面存在的
# 问题, 提升情况的问题): right after the verb, or just before the head
_ASPECT = ("方面", "情况")
_ASPECT_TAIL = ("方面的", "方面存在的", "情况的", "方面")


@dataclass(frozen=True)
class Mismatch:
    start: int
    end: int
    suggestion: str
    verb: str
    head: str
    more: tuple[str, ...] = ()  # the head's other standard verbs (提高 beside 提升 for 水平: r25)


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    """The table with each verb's `wrong` classes spelled out as heads, and `taken_by`: for each head,
    the verbs its class takes (a run holding one of them before the head is that verb's object)."""
    data: dict[str, Any] = load_data(TABLE.read_text(encoding="utf-8"))  # libyaml when PyYAML has it
    classes = {str(k): [str(w) for w in v] for k, v in data.get("classes", {}).items()}
    for entry in data["verbs"].values():
        heads: dict[str, None] = {}
        for w in entry["wrong"]:
            heads.update(dict.fromkeys(classes.get(str(w), [str(w)])))
        entry["wrong"] = list(heads)
        mend: dict[str, None] = {}
        for w in entry.get("mend_head", ()):
            mend.update(dict.fromkeys(classes.get(str(w), [str(w)])))
        entry["mend_head"] = frozenset(mend)
    taken_by: dict[str, tuple[str, ...]] = {}
    for name, members in classes.items():
        for h in members:
            taken_by[h] = tuple(str(v) for v in data.get("takes", {}).get(name, ()))
    data["taken_by"] = taken_by
    data["leads"] = sorted((str(x) for x in data.get("leads", ())), key=len, reverse=True)
    # one or more leads, each the longest that stands there (as _after_leads reads them one by one)
    data["leads_re"] = re.compile("(?:" + "|".join(map(re.escape, data["leads"])) + ")+")
    for entry in data["subjects"].values():
        entry["wrong"] = sorted((str(w) for w in entry["wrong"]), key=len, reverse=True)
    data["means"] = frozenset(str(x) for x in data.get("means", ()))
    # worked out once: each verb's wrong heads as a set with their lengths, longest first (a run's
    # suffixes of those lengths are looked up, not every head tried), and the verbs of the table
    for entry in data["verbs"].values():
        entry["wrong_set"] = frozenset(entry["wrong"])
        entry["lengths"] = sorted({len(w) for w in entry["wrong"]}, reverse=True)
    # a head may take two standard verbs (水平: 提升 and 提高, r25): the first is the one the guards read,
    # the fix offers them all
    data["verbs_all"] = {
        str(k): tuple(str(x) for x in v) if isinstance(v, list) else (str(v),)
        for k, v in data["verbs_of"].items()
    }
    data["verbs_of"] = {k: v[0] for k, v in data["verbs_all"].items()}
    data["outer_verbs"] = frozenset(str(v) for v in data["verbs"]) | frozenset(str(v) for v in data["outer"])
    data["containers"] = tuple(str(c) for c in data.get("containers", ()))
    return data


def _second_object(between: str) -> bool:
    """Whether the head is a second object joined to the first (素质和心理健康问题), not the end of a
    modifier with a list inside it (看病难、看病贵的呼声: a 的 after the last joining mark)."""
    last = max(between.rfind(c) for c in _JOIN)
    return last >= 0 and "的" not in between[last:]


def _new_verb_phrase(between: str) -> bool:
    """Whether a joining mark starts another verb phrase (增强党性、砥砺作风): the head is that verb's."""
    last = max(between.rfind(c) for c in _JOIN)
    if last < 0 or "的" in between[last:]:
        return False  # 反映停车难、充电难的呼声: the list is inside a modifier
    words = tag(between[last + 1 :][:6])
    return bool(words) and words[0][1] == "v"


def _taken(between: str, verbs: tuple[str, ...]) -> bool:
    """Whether a verb the head's class takes stands before it with no 的 between (为企业创造条件): the
    head is that verb's. For a second object (问题和意见建议) only what follows the joining mark counts."""
    if _second_object(between):
        between = between[max(between.rfind(c) for c in _JOIN) + 1 :]
    for v in verbs:
        at = between.rfind(v)
        if at >= 0 and "的" not in between[at + len(v) :]:
            return True  # (群众反映的意见: 反映 is inside the modifier, the head is still the verb's)
    return False


def _first_also_wrong(between: str, wrong: frozenset[str], lengths: list[int]) -> bool:
    """Whether the object before the joining mark is as wrong for the verb as the head (建立正确的权力观
    和事业观): then the verb is the slip, not the second object."""
    first = between[: max(between.rfind(c) for c in _JOIN)]
    return any(len(first) >= n and first[-n:] in wrong for n in lengths)


def _own_object_first(between: str, verb: str, wrong: list[str]) -> bool:
    """Whether the verb's phrase closes on an object it takes before the last 的 (提高政治能力的根本途径:
    the phrase 提高政治能力 modifies 途径, whose verb is another's)."""
    at = between.rfind("的")
    if at <= 0:
        return False
    before = between[:at]
    return any(before.endswith(h) for h in _table()["verbs_of"] if h not in wrong and verb not in h)


def _noun_first(between: str) -> bool:
    """Whether the object opens with a noun of three or more characters whose first character is one of
    _NOT_OBJECT (不动产登记窗口, 少数民族群众, 低收入群体): the verb still has its object there."""
    words = tag(between[:6])
    return bool(words) and len(words[0][0]) >= 3 and words[0][1][:1] in ("n", "l")


def _names_an_aspect(between: str) -> bool:
    """Whether verb and head are joined by 方面/情况 (党性修养提高方面的问题): the verb is inside an aspect's
    name, and the head is no object of it."""
    return between.startswith(_ASPECT) or between.endswith(_ASPECT_TAIL)


def _coordinated(text: str, i: int, verbs: frozenset[str]) -> str | None:
    """The verb joined to the verb at i by 和/及/与/、/并 right before it (解决和提高…问题: both verbs
    take the one object, so each must fit it), or None."""
    if i < 2 or text[i - 1] not in _COORD:
        return None
    return next((v for v in verbs if text.endswith(v, 0, i - 1)), None)


def _embedded(text: str, i: int, verbs: frozenset[str]) -> bool:
    """Whether the verb at i is inside an object of another verb (具备补齐短板的能力, 提升加快发展的
    能力): the head belongs to the outer verb. A verb coordinated with it (解决和提高) is no outer verb."""
    if _coordinated(text, i, verbs) is not None:
        return False
    before = text[max(0, i - _LOOK_BACK) : i]
    cut = max(before.rfind(c) for c in _CLAUSE_END)
    before = before[cut + 1 :]
    return any(v in before for v in verbs)


def _object_mismatches(text: str, grams: frozenset[str]) -> Iterator[Mismatch]:
    data = _table()
    verbs_of: dict[str, str] = data["verbs_of"]
    outer: frozenset[str] = data["outer_verbs"]
    taken_by: dict[str, tuple[str, ...]] = data["taken_by"]
    containers: tuple[str, ...] = data["containers"]
    for verb, entry in data["verbs"].items():
        if verb not in grams:
            continue
        wrong: list[str] = entry["wrong"]
        wrong_set: frozenset[str] = entry["wrong_set"]
        lengths: list[int] = entry["lengths"]
        i = text.find(verb)
        while i >= 0:
            j = i + len(verb)
            stop = _END.search(text, j, j + _REACH)
            end = stop.start() if stop else min(len(text), j + _REACH)
            run = _modifier_run(text[j:end], containers)
            subject = run is None and (run := _subject_run(text[j:end])) is not None
            if run is not None:
                end = j + len(run)
            elif (end < len(text) and (text[end] in _CLAUSE_END or _LABEL.match(text, end))) or end == len(
                text
            ):
                run = text[j:end]
            if run is not None:
                # a compound head of four characters (宗旨意识, 理想信念) may stand right after the verb
                # (提高宗旨意识); F147 reads the short ones there (加强水平, 加强积极性)
                head = next(
                    (
                        run[-n:]
                        for n in lengths
                        if (len(run) > n or len(run) == n >= 4) and run[-n:] in wrong_set
                    ),
                    None,
                )
                if head is not None:
                    between = run[: -len(head)]
                    pair = _pair_verb(between, head, verbs_of, taken_by)
                    if pair is not None:
                        # 增强和改进工作作风: the second verb takes the object, the first does not (r24)
                        if (
                            "”" not in between
                            and "是" not in between
                            and not _embedded(text, i, outer)
                            and text[max(0, i - 2) : i] not in ("自我", "关于")
                        ):
                            yield Mismatch(i, j + 1 + len(pair), pair, verb, head)
                        i = text.find(verb, j)
                        continue
                    if (
                        "”" not in between  # the verb inside a quoted slogan (“加强学习”“注意身体”之类的意见)
                        and "是" not in between  # 提高服务质量是我们的责任: the head is the predicate's
                        and not between.startswith(("的", "于"))  # 得不到满足的问题, 满足于…的问题
                        and not between.endswith("等")  # 质量提升、工艺改进等难题: a list's category
                        # 结构优化和信息化建设的2个问题: the verb closes a noun phrase joined to another before
                        # a 的; both modify the head, which is no object of the verb
                        and not (between[:1] in "和与及" and "的" in between)
                        and not _own_object_first(between, verb, wrong)
                        and not ("的" in between and head in data["means"])  # 提高党性的根本途径
                        and not (_NOT_OBJECT & set(between[:2]) and not _noun_first(between))
                        and not (between[:1] in _JUDGE and len(between) <= 2)
                        and not _names_an_aspect(between)
                        # 把钻研业务、提高本领作为一种责任: the head is the object of 把…作为, not the verb's
                        and not any(w in between for w in _AS_VERBS)
                        and verbs_of[head] not in between
                        and not _taken(between, taken_by.get(head, ()))
                        and not _new_verb_phrase(between)
                        and not _embedded(text, i, outer)
                        # 自我完善…的能力: 自我 is the verb's own object (自我净化、自我完善、自我革新、自我提高的
                        # 能力), the head is what the whole list qualifies (r22)
                        and text[max(0, i - 2) : i] != "自我"
                        # 关于加强…党建工作的实施意见: a document's title, the head its kind, no object (r23)
                        and text[max(0, i - 2) : i] != "关于"
                    ):
                        own = str(entry["head"])
                        other = _coordinated(text, i, outer)
                        if _second_object(between) and not _first_also_wrong(between, wrong_set, lengths):
                            at = end - len(head)
                            if subject and between[:-1].endswith(own):
                                # 发挥了…作用和贡献还不够: a verdict on the verb's own object, drop the second
                                yield Mismatch(at - 1, end, "", verb, head)
                            else:
                                yield Mismatch(at, end, own, verb, head)
                        elif head in entry["mend_head"]:
                            # 满足…精神文化水平: the head is the slip (…需求), not the verb
                            yield Mismatch(end - len(head), end, own, verb, head)
                        elif other is not None and head not in _wrong_heads(other):
                            # 解决和提高…问题: the first verb takes the object, the second goes
                            yield Mismatch(i - len(other) - 1, j, other, verb, head)
                        else:
                            yield Mismatch(i, j, verbs_of[head], verb, head, data["verbs_all"][head][1:])
            i = text.find(verb, j)


def _pair_verb(
    between: str,
    head: str,
    verbs_of: dict[str, str],
    taken_by: dict[str, tuple[str, ...]],
) -> str | None:
    """The second verb of a pair joined by 和/及/与/、/并 right after the verb (增强和改进工作作风) when it
    takes the head the first cannot: the pair's object is the second verb's alone, and the first goes
    (round r24: the pairing was read only against the second verb, which took the object)."""
    if between[:1] not in _COORD:
        return None
    takers = (*taken_by.get(head, ()), verbs_of.get(head, ""))
    second = max((v for v in takers if v and between.startswith(v, 1)), key=len, default=None)
    if second is None or head in _wrong_heads(second):
        return None
    return second


def _modifier_run(run: str, containers: tuple[str, ...]) -> str | None:
    """The verb phrase before 的 and a noun no verb of the table takes (提高营商环境的举措还不够精准: the
    phrase is the modifier of 举措, its object ends before the 的), or None."""
    for c in containers:
        at = run.find("的" + c)
        if at > 0:
            return run[:at]
    return None


def _subject_run(run: str) -> str | None:
    """The verb's object when its phrase is the subject of a predicate (增强纪律规矩的水平还不高: the
    object ends before 还不高), or None: the run up to the first predicate lead after a 的."""
    at = run.find("的")
    if at < 0:
        return None
    for k in range(at + 2, len(run)):
        if run.startswith(_PREDICATE_LEADS, k):
            return run[:k]
    return None


def _wrong_heads(verb: str) -> frozenset[str]:
    """The heads a verb of the table cannot take (none for a verb outside it)."""
    entry = _table()["verbs"].get(verb)
    return frozenset(str(w) for w in entry["wrong"]) if entry else frozenset()


def _after_leads(text: str, k: int, leads: re.Pattern[str]) -> int:
    """Where the predicate starts after one or more adverbs of `leads` at k (有了一定, 明显, 进一步 …), or
    -1 when none stands there."""
    m = leads.match(text, k)
    return m.end() if m else -1


def _predicate_mismatches(text: str, grams: frozenset[str]) -> Iterator[Mismatch]:
    data = _table()
    leads: re.Pattern[str] = data["leads_re"]
    for subject, entry in data["subjects"].items():
        if subject[:2] not in grams:  # the document's two-character runs (积极性, 满意度: their first two)
            continue
        wrong: list[str] = entry["wrong"]
        i = text.find(subject)
        while i >= 0:
            k = _after_leads(text, i + len(subject), leads)
            if k > 0:
                w = next((w for w in wrong if text.startswith(w, k)), None)
                if w is not None and (k + len(w) == len(text) or text[k + len(w)] in _CLAUSE_END):
                    yield Mismatch(k, k + len(w), str(entry["right"]), subject, w)
            i = text.find(subject, i + len(subject))


def find(text: str) -> Iterator[Mismatch]:
    grams = cjk_bigram_set(text)
    yield from _object_mismatches(text, grams)
    yield from _predicate_mismatches(text, grams)


@code_rule(
    "F178",
    "verb-head-mismatch",
    "formulation",
    "warning",
    "搭配不当：“{verb}”与“{head}”不搭配，“{match}”应为“{suggestion}”",
    "动词和宾语要搭配：增强的是意识、能力、本领，提升、提高的是水平、能力、质量，加快的是步伐，"
    "补齐的是短板，解决的是问题和急难愁盼，发挥的是作用，履行的是职责；“力度”说大小，不说深浅。"
    "同一分句中动词后的宾语以不能搭配的中心词结尾时提示。",
    bad=[
        variant("一是调查研究不够深入。", "一是没有[增强]支部整体工作水平，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是没有[提升]推进老旧小区改造的步伐，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是督促检查的力度还不够[深]，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是没有满足群众日益增长的精神文化[水平]，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是没有切实[增强和改进]工作作风，调查研究不够深入。"),
    ],
    good=[
        GOOD,
        variant(
            "一是调查研究不够深入。",
            "一是增强服务意识，提升工作水平，加快推进改造的步伐，补齐民生短板，解决群众急难愁盼问题，"
            "督促检查力度还不够大，能力提升不够的问题突出，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是针对党性修养提高方面的问题，对照党章逐条检视；针对增强宗旨意识方面存在的问题，"
            "每季度走访群众一次，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是涉及队伍结构优化和信息化建设的2个问题，整改滞后，调查研究不够深入。",
        ),
        variant(  # 自我 is the verb's own object: the list qualifies 能力 (r22)
            "一是调查研究不够深入。",
            "一是自我净化、自我完善、自我革新、自我提高的能力有待增强，调查研究不够深入。",
        ),
        variant("一是调查研究不够深入。", "一是没有把钻研业务、提高本领作为一种责任，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。", "一是没有切实加强和改进工作作风，增强和提高履职本领，调查研究不够深入。"
        ),
        variant(  # a document's title: 关于加强…的实施意见 (r23)
            "一是调查研究不够深入。",
            "一是市里印发的关于加强行业协会商会党建工作的实施意见，我们只转发了文件，调查研究不够深入。",
        ),
    ],
)
def verb_object_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for m in find(ctx.text):
        yield rule.finding(ctx.text, m.start, m.end, (m.suggestion, *m.more), verb=m.verb, head=m.head)
