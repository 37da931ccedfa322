"""The “four forms” of supervision and discipline with a form named against what the text says it does
(F165, round r19).

Each of the four forms is defined by what it does (the Party's rules on supervision and discipline, public
facts): the first is criticism and self-criticism, talks and letters of inquiry (红红脸、出出汗, 咬耳扯袖,
诫勉), to be the norm (常态); the second light Party sanctions and organisational adjustment (党纪轻处分, 组织
调整), for the great majority of cases (大多数); the third heavy sanctions and major post changes (党纪重处分,
重大职务调整), the few (少数); the fourth serious violations suspected of crime put on file (立案审查), the very
few (极少数). A sentence naming one form, `第N种形态`, and then, within the same clause run, only what another
form does — two of its deeds, or one in the form's own clause — names the wrong form (`特别是第二种形态，让
红红脸、出出汗成为常态`): the ordinal is reported with the form the words describe (one deed in a later clause may
be a warning: `运用第一种形态…，防止演变成需要党纪轻处分的问题`). A form's list with one item of another form beside one of its own
(`第一种形态，开展批评和自我批评、给予党纪轻处分`) has that item reported. A sentence naming two forms or more
(`运用第一种形态…，运用第二种形态…`) reads each item against the nearest form before it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_ORDINALS = "一二三四"
# what each form does, as the materials word it (longest first within a form)
_DEEDS: dict[int, tuple[str, ...]] = {
    1: (
        "批评和自我批评",
        "约谈函询",
        "谈话函询",
        "红红脸",
        "出出汗",
        "红脸出汗",
        "咬耳扯袖",
        "提醒谈话",
        "成为常态",
    ),
    2: ("党纪轻处分", "组织调整", "成为大多数", "成为违纪处理的大多数"),
    3: ("党纪重处分", "重大职务调整", "成为少数"),
    4: ("严重违纪涉嫌违法", "立案审查", "成为极少数"),
}
_DEED = re.compile(
    "|".join(sorted((re.escape(d) for ds in _DEEDS.values() for d in ds), key=len, reverse=True))
)
_FORM_OF = {d: n for n, ds in _DEEDS.items() for d in ds}
_ORDINAL = re.compile(r"第([一二三四])种形态")
_SENTENCE_END = re.compile(r"[。！？；\n]")
_REACH = 40  # how far after the form its deeds are read
_JOINED = re.compile(r"[、和及与](?:给予|开展|进行|予以)?")
_CLAUSE_END = re.compile(r"[，,：:]")


def find(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, suggestion) of every form named against its deeds and every deed put under another form."""
    if "种形态" not in text:
        return
    for m in _ORDINAL.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        stop = min(end.start() if end else len(text), m.end() + _REACH)
        nxt = _ORDINAL.search(text, m.end(), stop)
        if nxt is not None:
            stop = nxt.start()
        named = _ORDINALS.index(m.group(1)) + 1
        deeds = [(d.start(), d.end(), _FORM_OF[d.group(0)]) for d in _DEED.finditer(text, m.end(), stop)]
        forms = {f for _a, _b, f in deeds}
        clause = _CLAUSE_END.search(text, m.end(), stop)
        in_clause = any(a < (clause.start() if clause else stop) for a, _b, _f in deeds)
        if len(forms) == 1 and named not in forms and (len(deeds) >= 2 or in_clause):
            (right,) = forms
            yield m.start(), m.end(), f"第{_ORDINALS[right - 1]}种形态"
            continue
        if named not in forms:
            continue
        for k, (a, b, f) in enumerate(deeds):
            if f == named:
                continue
            neighbours = [deeds[j] for j in (k - 1, k + 1) if 0 <= j < len(deeds) and deeds[j][2] == named]
            if any(_JOINED.fullmatch(text[min(b, nb) : max(a, na)]) for na, nb, _f in neighbours):
                yield a, b, ""


@code_rule(
    "F165",
    "four-forms-mismatch",
    "formulation",
    "warning",
    "“{match}”与监督执纪“四种形态”的规定不符：{reason}",
    "监督执纪“四种形态”各有所指：第一种是经常开展批评和自我批评、约谈函询，让“红红脸、出出汗”成为常态；第二种是"
    "党纪轻处分、组织调整成为违纪处理的大多数；第三种是党纪重处分、重大职务调整的成为少数；第四种是严重违纪"
    "涉嫌违法立案审查的成为极少数。写了第几种形态、后面说的却只是另一种形态的做法，或在一种形态的做法里混进"
    "另一种形态的做法时提示。",
    bad=[
        variant(
            "一是调查研究不够深入。",
            "一是运用“四种形态”特别是[第二种形态]不够，红红脸、出出汗少，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是运用第一种形态，开展批评和自我批评、[党纪轻处分]不经常，调查研究不够深入。",
        ),
    ],
    good=[
        variant(
            "一是调查研究不够深入。",
            "一是运用“四种形态”特别是第一种形态不够，红红脸、出出汗少，调查研究不够深入。",
        ),
        variant(
            "一是调查研究不够深入。",
            "一是运用第一种形态批评教育12人次，运用第二种形态给予党纪轻处分3人，调查研究不够深入。",
        ),
    ],
)
def four_forms_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in find(ctx.text):
        if suggestion:
            reason = f"后面所说的是{suggestion}的做法"
            yield rule.finding(ctx.text, start, end, (suggestion,), reason=reason)
        else:
            reason = "这一项属于另一种形态，与前面所写的形态不一致"
            yield rule.finding(ctx.text, start, end, (), reason=reason)
