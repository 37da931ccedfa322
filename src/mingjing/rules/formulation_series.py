"""Fixed series of the Party's documents listed out of order or with a member missing (F155): 为国育人、
为党育才 for 为党育人、为国育才, 人民就是江山、江山就是人民, 怎样培养人、培养什么人、为谁培养人.

The series are data/formula_series.yaml; each is searched with the formula engine of the data packs
(engines.Formula: a run of the parts joined by 、，和与及, flagged when it holds at least `min_parts`
distinct parts but not all of them, or all of them out of order, or a member one character off a
missing part). A series of two parts of one length is also looked for with its parts crossed: any
of the characters where they differ swapped between them (为国育人、为党育才: 党 and 国 swapped), or the two
in reverse order. One rule for the family, so that a new series is a line of data, not a new code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules import named_series, sector_formulas
from mingjing.rules.base import code_rule
from mingjing.rules.engines import Formula, one_slip
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.lazy_pattern import Lazy
from mingjing.rules.sample import variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "formula_series.yaml"
_SEPARATORS = "、，和与及"
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{4}")
_CROSSED_MAX = 4  # places where the two parts of a pair differ, at most, to swap among them


@lru_cache(maxsize=1)
def series() -> tuple[tuple[str, Formula], ...]:
    """(name, engine) of every series, read once per process."""
    return tuple(
        (name, Formula(list(parts), None, need, _SEPARATORS))
        for name, parts, need in _all()
        if len(parts) > 2
    )


@lru_cache(maxsize=1)
def _all() -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """(name, parts, min_parts) of the series of the table and of each sector's catalogue, each set of
    parts once."""
    data = load_data(TABLE.read_text(encoding="utf-8"))
    out = {tuple(str(p) for p in s["parts"]): (str(s["name"]), int(s["min_parts"])) for s in data["series"]}
    for name, parts, need in sector_formulas.series():
        out.setdefault(parts, (name, need))
    return tuple((name, parts, need) for parts, (name, need) in out.items())


def _crossed(a: str, b: str) -> tuple[str, ...]:
    """Every wrong way to write the pair a、b: the parts in reverse order, or any set of the places
    where they differ swapped between them."""
    off = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    if len(a) != len(b) or len(off) > _CROSSED_MAX:  # two different phrases: only the reverse order
        return (b + "\x00" + a,)
    out: set[str] = set()
    for mask in range(1, 2 ** len(off)):
        x, y = list(a), list(b)
        for k, i in enumerate(off):
            if mask >> k & 1:
                x[i], y[i] = y[i], x[i]
        out.add("".join(x) + "\x00" + "".join(y))
        out.add("".join(y) + "\x00" + "".join(x))
    out.discard(a + "\x00" + b)
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[str, Lazy, str, str], ...]:
    """(name, pattern of the crossed forms, first part, second part) of every two-part series."""
    out = []
    for name, parts, _ in _all():
        if len(parts) == 2:
            forms = [f.split("\x00") for f in _crossed(*parts)]
            sep = "[" + re.escape(_SEPARATORS) + "]"
            alt = "|".join(re.escape(x) + f"(?P<s{k}>{sep})" + re.escape(y) for k, (x, y) in enumerate(forms))
            out.append((name, Lazy(alt), parts[0], parts[1]))
    return tuple(out)


@lru_cache(maxsize=1)
def _series_heads() -> tuple[tuple[str, ...] | None, ...]:
    """For each series of series(), the first two characters of each part (None when a part does not
    begin with two Chinese characters: that series is always read)."""
    out: list[tuple[str, ...] | None] = []
    for _, engine in series():
        heads = tuple(p[:2] for p in engine.parts)
        out.append(heads if all(_CJK_PAIR.fullmatch(h + h) for h in heads) else None)
    return tuple(out)


@lru_cache(maxsize=1)
def _pair_ends() -> tuple[frozenset[tuple[str, str]], ...]:
    """For each pair of _pairs(), the (first two, last two) characters of each of its wrong forms."""
    out = []
    for _, _, a, b in _pairs():
        ends = frozenset((x[:2], y[-2:]) for x, y in (f.split("\x00") for f in _crossed(a, b)))
        # a form with a character other than Chinese at an end is scanned always (the empty set)
        out.append(ends if all(_CJK_PAIR.fullmatch(x + y) for x, y in ends) else frozenset())
    return tuple(out)


@code_rule(
    "F155",
    "formula-series-order",
    "formulation",
    "warning",
    "“{name}”顺序不对或不全：“{match}”应为“{suggestion}”",
    "党的文件中成串的固定表述（为党育人、为国育才；江山就是人民、人民就是江山；培养什么人、怎样培养人、"
    "为谁培养人；各次学习教育的总要求和目标任务等）次序和成员都是固定的，凭记忆写常会前后颠倒或换掉一项。"
    "只列其中几项的正常行文不提示，列全而颠倒或缺项、错项才提示。",
    bad=[
        variant("数字化本领不足。", "数字化本领不足，对[为国育人、为党育才]的根本任务认识不深。"),
        variant("一是调查研究不够深入。", "一是对“[人民就是江山、江山就是人民]”体会不深，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是围绕[怎样培养人、培养什么人、为谁培养人]思考不够，调查研究不够深入。",
        ),
    ],
    good=[
        variant(
            "一是调查研究不够深入。",
            "一是对为党育人、为国育才，江山就是人民、人民就是江山，培养什么人、怎样培养人、为谁培养人"
            "体会不深，为党育人做得不够，调查研究不够深入。",
        ),
        # both orders are written (sector_formulas' `also`): no order to keep (r22)
        variant("一是调查研究不够深入。", "一是对班子成员红脸出汗、咬耳扯袖不够经常，调查研究不够深入。"),
    ],
)
def formula_series_order(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    grams = cjk_bigram_set(ctx.text)
    for (name, pattern, a, b), ends in zip(_pairs(), _pair_ends(), strict=True):
        if ends and not any(x in grams and y in grams for x, y in ends):
            continue  # no wrong form begins and ends here: the scan is skipped
        for m in pattern.finditer(ctx.text):
            sep = next(g for g in m.groups() if g)
            yield rule.finding(ctx.text, m.start(), m.end(), (a + sep + b,), name=name)
    for (name, engine), heads in zip(series(), _series_heads(), strict=True):
        if heads is not None and sum(h in grams for h in heads) < 2:
            continue  # a run to flag holds two parts or more: fewer of their first characters are here
        for hit in engine.find(ctx.text):
            if _member_changed_next(ctx.text, hit.start, hit.end) or named_series.goes_on_rightly(
                ctx.text, hit.end
            ):
                continue  # the run goes on: with a member F227 names (四个面向) or another right wording (r21)
            yield rule.finding(ctx.text, hit.start, hit.end, hit.suggestions, name=name)


def _member_changed_next(text: str, start: int, end: int) -> bool:
    """Whether F227 (rules/named_series.py) hears a changed member inside the run or right after it."""
    return any(x.code == "F227" and start <= x.start <= end + 1 for x in named_series.slips(text))


@lru_cache(maxsize=1)
def _named() -> tuple[tuple[Lazy, tuple[str, ...], str], ...]:
    """(pattern of a formula's name followed by 中的/里的/当中的 and a word as long as a part, parts, name)."""
    data = load_data(TABLE.read_text(encoding="utf-8"))
    named = [(str(s["name"]), tuple(str(p) for p in s["parts"])) for s in data["named"]]
    named += [(n, tuple(re.split("[、，]", w))) for n, w in sector_formulas.counted() if n not in dict(named)]
    out = []
    for formula, parts in named:
        lengths = "|".join(str(n) for n in sorted({len(p) for p in parts}, reverse=True))
        word = "|".join(f"[\u4e00-\u9fff]{{{n}}}" for n in lengths.split("|"))
        name = re.escape(formula)
        out.append((Lazy(f'{name}[”"’」]?(?:中的|里的|当中的|之中的)(?P<w>{word})'), parts, formula))
    return tuple(out)


def named_members(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, part, formula) of every word named as a member of a formula, one off a part."""
    for pattern, parts, formula in _named():
        if formula not in text:
            continue  # every match opens with the formula's name
        for m in pattern.finditer(text):
            for n in sorted({len(p) for p in parts}, reverse=True):
                w = text[m.start("w") : m.start("w") + n]
                if w in parts:
                    break
                near = sorted(
                    (sum(a != b for a, b in zip(w, p)), p) for p in parts if len(p) == n and one_slip(w, p)
                )
                if near and (len(near) == 1 or near[0][0] < near[1][0]):  # the one nearest part
                    yield m.start("w"), m.start("w") + n, near[0][1], formula
                    break


@code_rule(
    "F160",
    "named-formula-member",
    "formulation",
    "warning",
    "“{match}”不是“{name}”中的一项，应为“{suggestion}”",
    "行文说“‘四个意识’中的××”“‘四个自信’里的××”时，××必须是这个提法的原有成员；写成意思相近的词"
    "（全局意识之于大局意识）就改动了规范提法。只看紧跟在提法名称和“中的、里的”之后、与某一成员只差一个字的词。",
    bad=[
        variant("一是调查研究不够深入。", "一是对“四个意识”中的[全局意识]理解不深，调查研究不够深入。"),
    ],
    good=[
        variant(
            "一是调查研究不够深入。",
            "一是对“四个意识”中的大局意识理解不深，“四个自信”中的文化自信树得不牢，调查研究不够深入。",
        )
    ],
)
def named_formula_member(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, part, formula in named_members(ctx.text):
        yield rule.finding(ctx.text, start, end, (part,), name=formula)


def _within(short: str, long: str) -> bool:
    """Whether short is long with characters left out."""
    rest = iter(long)
    return len(short) < len(long) and all(c in rest for c in short)


_SHORTENED = 3  # characters a part may lose and still be itself written short


def _shortened(core: str, part: str, first: bool, last: bool) -> bool:
    """Whether the member holds the part with a few characters left out, at the run's end it stands at
    (the last member's words closed by 的 or the member's end: 从严治党的标准, not 以案促改's 以案)."""
    if core and core[0] not in part and core[-1] not in part:
        return False  # every reading below keeps the member's first or last character
    lengths = range(max(2, len(part) - _SHORTENED), len(part))
    if first and any(_within(core[-k:], part) for k in lengths):
        return True
    if last and any(_within(core[:k], part) and core[k : k + 1] in ("", "的", "之") for k in lengths):
        return True
    return _within(core, part)


_RUN = re.compile(r"[\u4e00-\u9fff“”‘’\"]+(?:[、，][\u4e00-\u9fff“”‘’\"]+)+")
_QUOTE_MARKS = '“”‘’"'


def _near_part(written: str, part: str, pair: bool = False) -> bool:
    """Whether a member written in a part's place is that part's stand-in: another wording that keeps half
    of the part (自立自强 for 自信自立: three of four characters; 同中国传统文化相结合 for
    同中华优秀传统文化相结合: the frame 同中…传统文化相结合), not a different item of a longer list. A pair
    asks more than half (不忘初心、牢记嘱托 is a saying of its own)."""
    if written == part or not written or _within(written, part) or _within(part, written):
        return False  # a shortened or lengthened form (金融工作政治性, 从严治党): the same words
    if len(written) == len(part):
        common = sum(min(written.count(c), part.count(c)) for c in set(part))
        return common * 2 >= len(part) + (pair and 1) and common < len(part)
    lead = next((i for i, (a, b) in enumerate(zip(written, part, strict=False)) if a != b), 0)
    tail = next((i for i, (a, b) in enumerate(zip(written[::-1], part[::-1], strict=False)) if a != b), 0)
    return abs(len(written) - len(part)) <= 2 and lead + tail >= max(4, len(part) * 2 // 3)


@lru_cache(maxsize=1)
def _heads_index() -> dict[str, tuple[int, ...]]:
    """The first two characters of each part → the series of _all() (by place) with a part so opening, once
    for each part."""
    out: dict[str, list[int]] = {}
    for k, (_, parts, _) in enumerate(_all()):
        for p in parts:
            out.setdefault(p[:2], []).append(k)
    return {h: tuple(ks) for h, ks in out.items()}


@lru_cache(maxsize=1)
def _head_set() -> frozenset[str]:
    """The keys of _heads_index() (a set intersected with the text's bigrams walks the smaller one)."""
    return frozenset(_heads_index())


@lru_cache(maxsize=1)
def _part_grams() -> tuple[tuple[frozenset[str], ...], ...]:
    """For each series of _all(), each part's set of bigrams."""
    return tuple(
        tuple(frozenset(p[i : i + 2] for i in range(len(p) - 1)) for p in parts) for _, parts, _ in _all()
    )


def replaced_members(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, part, series name) of a member written in a series' place for a part: a run of the
    series' length whose other members are its parts in order, and one member, in the missing part's place,
    another wording of that part."""
    heads = _heads_index()
    grams = cjk_bigram_set(text)
    count = Counter(chain.from_iterable(heads[h] for h in _head_set() & grams))
    table = _all()
    runs: list[tuple[list[str], list[int]]] | None = None
    for k, seen in count.items():
        name, parts, _ = table[k]
        n = len(parts)
        if n < 2 or seen < n - 1:
            continue
        # a part is looked for in the text only when all its bigrams are the text's (set look-ups)
        held = [p for p, bigrams in zip(parts, _part_grams()[k], strict=True) if bigrams <= grams]
        if len(held) < n - 1 or sum(p in text for p in held) != n - 1:
            continue
        if runs is None:  # each run's members and where they begin, once per text
            runs = [_members(m) for m in _RUN.finditer(text)]
        for words, starts in runs:
            for k in range(len(words) - n + 1):
                yield from _replaced_at(words[k : k + n], starts[k : k + n], parts, name)


def _members(m: re.Match[str]) -> tuple[list[str], list[int]]:
    """A run's members (split at 、，) and where each begins in the text."""
    words = re.split("[、，]", m.group())
    starts = [m.start()]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    return words, starts


_ENDS = (0, -1, 1, -2, 2)  # lengths around a part's tried for the member at an end of the run


def _frame(written: str, part: str) -> int:
    """Characters written shares with part at its two ends."""
    lead = next(
        (i for i, (a, b) in enumerate(zip(written, part, strict=False)) if a != b),
        min(len(written), len(part)),
    )
    tail = next(
        (i for i, (a, b) in enumerate(zip(written[::-1], part[::-1], strict=False)) if a != b),
        min(len(written), len(part)),
    )
    return lead + tail


def _best(candidates: list[str], part: str) -> str:
    """The candidate that stands for part with the most of its two ends kept, or ""."""
    near = [c for c in candidates if _near_part(c, part)]
    return max(near, key=lambda c: _frame(c, part), default="")


def _replaced_at(
    words: list[str], starts: list[int], parts: tuple[str, ...], name: str
) -> Iterator[tuple[int, int, str, str]]:
    """The one member of words that stands for its part (replaced_members), the others being the parts."""
    n = len(parts)
    off = None
    for j, (w, part) in enumerate(zip(words, parts, strict=True)):
        core = w.strip(_QUOTE_MARKS)
        # the first member may carry the sentence's words before it, the last the words after it
        if (j == 0 and core.endswith(part)) or (j == n - 1 and core.startswith(part)) or core == part:
            continue
        if _shortened(core, part, j == 0, j == n - 1):
            continue  # the part with a word left out (金融工作政治性, 从严治党): the same formulation
        if off is not None:
            return  # two members off: no series (found before the one off is weighed)
        off = j
    if off is not None:
        j, w, part = off, words[off], parts[off]
        core = w.strip(_QUOTE_MARKS)
        lead = len(w) - len(w.lstrip(_QUOTE_MARKS))
        if j == 0:
            written = _best([core[-len(part) - d :] for d in _ENDS if len(part) + d > 0], part)
            at = starts[j] + lead + len(core) - len(written)
        elif j == n - 1:
            written = _best([core[: len(part) + d] for d in _ENDS if len(part) + d > 0], part)
            at = starts[j] + lead
        else:
            written, at = core, starts[j] + lead
        if not _near_part(written, part, n == 2) or written in parts:
            return
        if _family_member(written, parts, j):
            return  # 看病难、看病烦: another member of a family of short members, no slip of 看病贵 (r25)
        if "是" in written and "是" not in part:
            return  # 城市是人民的城市，人民城市为人民: a judgment of its own before the member, no member replaced
        yield at, at + len(written), part, name


def _family_member(written: str, parts: tuple[str, ...], j: int) -> bool:
    """Whether the parts are short members sharing all but their last character (看病难、看病贵) and the member
    written keeps their head, with a last character that neither sounds nor looks like the part's (看病烦): a
    member of the same family the writer names, no typo (formulation_sayings reads the whole saying the same way)."""
    from mingjing.rules.formulation_sayings import family_end, parallel_member

    saying = "、".join(parts)
    at = len("、".join(parts[: j + 1])) - 1
    part = parts[j]
    return (
        len(written) == len(part)
        and written[:-1] == part[:-1]
        and parallel_member(saying, at)
        and family_end(written[-1], part[-1], saying)
    )


@code_rule(
    "F222",
    "series-member-replaced",
    "formulation",
    "warning",
    "“{match}”不是“{name}”中的提法，此处应为“{suggestion}”",
    "成串的固定表述（“六个必须坚持”“两个结合”等）每一项都是固定的：列全各项时把其中一项写成意思相近的"
    "另一个说法（自立自强之于自信自立，中国传统文化之于中华优秀传统文化），就改动了规范表述。"
    "只看其余各项都对、且都在原位的整串。",
    bad=[
        variant(
            "一是调查研究不够深入。",
            "一是对必须坚持人民至上、[自立自强]、守正创新、问题导向、系统观念、胸怀天下理解不深，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是对同中国具体实际相结合、[同中国传统文化相结合]体会不深，调查研究不够深入。",
        ),
    ],
    good=[
        # another member of a family of short members (看病烦 beside 看病贵: r25)
        variant("一是调查研究不够深入。", "一是对群众看病难、看病烦的问题解决不够，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。",
            "一是对必须坚持人民至上、自信自立、守正创新、问题导向、系统观念、胸怀天下理解不深，"
            "推动科技自立自强不够，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。", "一是对城市是人民的城市，人民城市为人民理解不深，调查研究不够深入。"
        ),
    ],
)
def series_member_replaced(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, part, name in replaced_members(ctx.text):
        yield rule.finding(ctx.text, start, end, (part,), name=name)


@lru_cache(maxsize=1)
def _collocates() -> tuple[tuple[str, re.Pattern[str], str, tuple[str, ...], bool], ...]:
    """(name, pattern with the slot w, right word, wrong words, a hint only) of every collocate."""
    data = load_data(TABLE.read_text(encoding="utf-8"))
    out = []
    for c in data.get("collocates", ()):
        wrong = tuple(sorted((str(w) for w in c["wrong"]), key=len, reverse=True))
        alt = "|".join(re.escape(w) for w in wrong)
        source = str(c["frame"]).replace("{q}", '[”"’」]?').replace("{w}", f"(?P<w>{alt})")
        out.append((str(c["name"]), re.compile(source), str(c["right"]), wrong, bool(c.get("info", False))))
    return tuple(out)


_CHARGE_NEAR = 20  # characters before a 主体责任 slip where 纪委/纪检 makes 监督责任 the body's own


@code_rule(
    "F168",
    "formulation-companion-wrong",
    "formulation",
    "warning",
    "“{match}”搭配不对：固定提法是“{name}”，此处应为“{suggestion}”",
    "有些提法的修饰语和动词是固定的：“两个确立”的决定性意义，完整准确全面贯彻新发展理念，加快构建新发展格局，"
    "党委（党组）书记是全面从严治党主体责任第一责任人。写成“重大意义”“贯彻新发展格局”“监督责任第一责任人”，"
    "就把两个提法混在了一起。",
    bad=[
        variant("一是调查研究不够深入。", "一是对“两个确立”的[重大意义]领悟不深，调查研究不够深入。"),
        variant("一是调查研究不够深入。", "一是完整准确全面贯彻[新发展格局]不够，调查研究不够深入。"),
        variant(
            "一是调查研究不够深入。", "一是履行全面从严治党[监督责任]第一责任人职责不够，调查研究不够深入。"
        ),
    ],
    good=[
        variant(
            "一是调查研究不够深入。",
            "一是对“两个确立”的决定性意义领悟不深，完整准确全面贯彻新发展理念、加快构建新发展格局不够，"
            "履行全面从严治党主体责任第一责任人职责不够，调查研究不够深入。",
        ),
    ],
)
def formulation_companion_wrong(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    grams = cjk_bigram_set(text)
    for name, pattern, right, wrong, hint in _collocates():
        if not any(w[:2] in grams and w in text for w in wrong):
            continue  # every match holds a wrong word
        for m in pattern.finditer(text):
            if right == "主体责任" and re.search(
                "纪委|纪检|监委", text[max(0, m.start() - _CHARGE_NEAR) : m.start()]
            ):
                continue
            found = rule.finding(text, m.start("w"), m.end("w"), (right,), name=name)
            yield replace(found, severity="info") if hint else found
