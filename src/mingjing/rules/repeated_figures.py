"""A figure that contradicts an earlier figure of the same thing (R196; round r25, residue25).

A material states a count once where it introduces a thing (`我家承包草场3200亩`, `全县12家A级景区`, `其中科研人员
56名`, `全年接待来访台胞87人次`) and names the same thing again further on as a whole: with the own unit's total
(`全县9家A级景区`, `全所48名科研人员`), the own household (`我家2800亩草场`) or looking back at what was counted
(`在接待的78人次中`). A copy from another material or an edit made in one place leaves the two figures apart.

The same thing is the same counter word and the same head noun (the noun right after the counter, or the noun the
earlier clause counts after 有/其中/承包/种植 …), or, for the looking-back frame (在…的N<unit>中), the same verb and
counter word. Quiet: a later mention with no mark of the whole (a part: 其中, 对11个), an earlier fact counted
twice with two figures, a sentence of another time, a change or a plan (去年, 2023年, 新增, 计划, 力争 …)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_UNITS = r"万亩|亩|人次|户|名|家|个|所|座|处|件|起|项|头|台|辆|套|间|张|公里|万元|吨"
_NOUN_CHARS = r"A-Za-z0-9\u4e00-\u9fff"
# a counted figure: the number, its counter word
_FIGURE = re.compile(rf"(?<![0-9.．,，%])(?P<n>[1-9][0-9]{{0,5}})(?P<u>{_UNITS})")
# the own unit's or place's total (全县, 全所, 全台): the scope's character (not 全部, 全科)
_SCOPES = "县市区镇乡村所院校厂局站台馆园队场矿社司处"
# the later mention's mark of the whole: the own unit's total (全县, 全所), the own household, looking back
_WHOLE_MARK = Prefiltered(
    re.compile(
        r"(?:全(?P<scope>[" + _SCOPES + r"])|(?P<home>我家|我们家|自家))"
        rf"(?:共有|现有|共|的)?(?P<n>[1-9][0-9]{{0,5}})(?P<u>{_UNITS})"
        r"|在(?:我|我们|全年)?(?P<verb>[\u4e00-\u9fff]{2})(?:过)?的"
        rf"(?P<n2>[1-9][0-9]{{0,5}})(?P<u2>{_UNITS})(?P<tail>[\u4e00-\u9fff]{{0,6}}?)(?:中|之中|里)"
    )
)
# where a head noun ends: a mark, a function word or a verb that follows it
_NOUN_END = re.compile(
    r"[^"
    + _NOUN_CHARS
    + r"]|的|中|里|内|都|均|只|仅|已|还|也|有(?=[0-9一二三四五六七八九十几])|没|未|周边|周围|全部|和|与|及|等|在|是|为|被|要|"
    r"进行|开展|存在|实现|达到|占|共|合计|累计|反映|发展"
)
# what may stand right before the noun an earlier clause counts (承包草场3200亩, 其中科研人员56名, 现有国有林场14个)
_NOUN_LEAD = re.compile(
    r"[^"
    + _NOUN_CHARS
    + r"]|现有|共有|拥有|其中|承包|种植|养殖|管护|管理|联系|接待|办理|服务|帮扶|包联|负责|"
    r"受理|收到|走访|有|达|计"
)
# a clause of another time, a change or a plan: its figure is not the whole now
_OTHER_TIME = re.compile(
    r"20[0-9]{2}\s*年(?!度)|去年|上年|往年|前年|同期|同比|以前|以往|原来|原有|当时|新增|增加|减少|增至|降至|增长|下降|"
    r"上升|扩大|缩减|计划|目标|力争|预计|争取|拟|确保|不少于|不低于"
)
# a later mention of a part or of each: not the whole
_PART = re.compile(r"其中|分别|平均|另|每")
_CLAUSE_END = "，,。；：:！？\n"
_SENTENCE_END = "。；！？\n"


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    ends = [k for c in _SENTENCE_END if (k := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


def _noun_after(text: str, at: int) -> str:
    """The head noun right after a counter word (A级景区 of 12家A级景区、), empty when none ends within 8 chars."""
    window = text[at : at + 9]
    m = _NOUN_END.search(window)
    end = m.start() if m else len(window)
    return window[:end] if 2 <= end <= 8 else ""


def _nouns_before(text: str, at: int) -> set[str]:
    """The nouns an earlier clause may count at `at` (草场 and 承包草场 of 我家承包草场3200亩)."""
    clause = max(text.rfind(c, 0, at) for c in "，,。；：:！？、\n（(") + 1
    before = text[max(clause, at - 10) : at]
    nouns = set()
    for m in _NOUN_LEAD.finditer(before):
        noun = before[m.end() :]
        if 2 <= len(noun) <= 8 and re.fullmatch(f"[{_NOUN_CHARS}]+", noun):
            nouns.add(noun)
    if at - 10 < clause and 2 <= len(before) <= 8 and re.fullmatch(f"[{_NOUN_CHARS}]+", before):
        nouns.add(before)
    return nouns


def _earlier_facts(text: str, lo: int, hi: int) -> list[tuple[int, str, set[str], str]]:
    """Each figure from `lo` to `hi` outside a sentence of another time: its start, number, nouns and the text
    before it in its clause (for the looking-back frame's verb)."""
    facts = []
    for m in _FIGURE.finditer(text, lo, hi):
        clause = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        start, _end = _sentence(text, m.start())
        if _OTHER_TIME.search(text, start, m.start()) or _OTHER_TIME.search(text, m.end(), m.end() + 2):
            continue
        nouns = _nouns_before(text, m.start())
        after = _noun_after(text, m.end())
        if after:
            nouns.add(after)
        facts.append(
            (m.start(), m["n"] + "\t" + m["u"], nouns, text[max(clause, m.start() - 12) : m.start()])
        )
    return facts


def _named(text: str, fact: tuple[int, str, set[str], str]) -> str:
    """The earlier figure with the noun it counts (承包草场3200亩, 12家A级景区), for the message."""
    at, key = fact[0], fact[1].replace("\t", "")
    before = max((n for n in fact[2] if text.endswith(n, 0, at)), key=len, default="")
    if before:
        return before + key
    return key + _noun_after(text, at + len(key))


@code_rule(
    "R196",
    "figure-against-earlier",
    "residue",
    "warning",
    "“{match}”与前文写的“{first}”不一致：同一个数前后写了两个数，疑似修改时只改了一处或沿用其他材料的数字",
    "前文写“我家承包草场3200亩”“全县12家A级景区”，后文再说起同样的东西（我家的草场、全县的A级景区、接待的人次）"
    "就应当是同一个数；前后不一，多半是改稿时只改了一处，或照搬了别人的材料。",
    bad=[
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县现有农村公路养护站12个，")
        + "\n对全县[9]个农村公路养护站的经费管理，2024年6月前完成专项检查。",
        GOOD.replace("全年到基层调研21次，", "全年接待群众来访63人次，")
        + "\n在接待的[36]人次中，有5件诉求办理超过了1个月。",
    ],
    good=[
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县现有农村公路养护站12个，")
        + "\n对全县12个农村公路养护站的经费管理，2024年6月前完成专项检查。",
        GOOD.replace("全年到基层调研21次，", "全年到基层调研21次，全县现有农村公路养护站12个，")
        + "\n对其中9个农村公路养护站的经费管理开展了专项检查。",
        GOOD.replace("全年到基层调研21次，", "全年接待群众来访63人次，")
        + "\n去年在接待的36人次中，有5件诉求办理超过了1个月。",
    ],
)
def figure_against_earlier(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    lo = ctx.outline.title_end
    marks = list(_WHOLE_MARK.finditer(text, lo))
    if not marks:
        return
    facts = _earlier_facts(text, lo, marks[-1].start())
    for m in marks:
        g = "" if m["n"] else "2"
        n, u = m["n" + g], m["u" + g]
        start, _end = _sentence(text, m.start())
        clause_end = min((k for c in _CLAUSE_END if (k := text.find(c, m.end())) >= 0), default=len(text))
        if _OTHER_TIME.search(text, start, clause_end) or _PART.search(text, start, m.start()):
            continue
        before = [f for f in facts if f[0] < m.start() and f[1].endswith("\t" + u)]
        if any(f[1] == n + "\t" + u for f in before):
            continue  # the figure was given before, of this thing or another one
        if g:
            verb, tail = m["verb"], m["tail"]
            same = [f for f in before if verb in f[3] and (not tail or any(x.endswith(tail) for x in f[2]))]
        else:
            noun = _noun_after(text, m.end())
            scope = m["scope"]
            same = [
                f
                for f in before
                if noun in f[2] and not (scope and re.search("全[" + _SCOPES.replace(scope, "") + "]", f[3]))
            ]
        values = {f[1].split("\t")[0] for f in same}
        if len(values) != 1:
            continue
        (own,) = values
        yield rule.finding(text, m.start("n" + g), m.end("n" + g), (own,), first=_named(text, same[0]))
