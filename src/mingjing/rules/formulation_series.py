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
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules import sector_formulas
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
        )
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
            yield rule.finding(ctx.text, hit.start, hit.end, hit.suggestions, name=name)


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
