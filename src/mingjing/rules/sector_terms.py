"""Another sector's work written under the own unit's voice (R151, round r15, docs/review-copy-traces.md).

A material is often made from a colleague's of another department: the unit's name is changed in the
title and the signature, a paragraph is kept. No second unit name contradicts it — the paragraph only
speaks of another trade's work (`我局对公路养护质量检查不够，客运安全隐患排查流于形式` in a 水利局's
material). The author's lines (`copy_traces.own_lines`) give the own unit's sector by its name
(data/sector_terms.yaml: 30 sectors, their units' name words and 40 or more terms each that only that
sector's units name as their own work); a paragraph in the own voice whose terms are all another
sector's — two or more of them, none of the own sector's or a sector whose work overlaps it — is the
other department's paragraph kept.

Quiet: units whose remit spans the sectors (党委, 政府, 办公室, 发改, 财政, 审计, 纪委, 组织部 …, and
any unit the table does not place), a sentence that names the other sector as a partner or a place of
help (配合, 会同, 联合, 部门, 帮扶, 驻村 …), a paragraph holding any term of the own sector."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.grams import cjk_bigram_set, ngrams_in
from mingjing.rules.sample_team import team_variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "sector_terms.yaml"

# a unit whose remit spans the sectors, by a word of the author's lines: its paragraphs name any trade
_SPANS = re.compile(
    r"人民政府|政府办|办公室|办公厅|发展和改革|发改|纪委|监委|纪检|组织部|宣传部|统战部|政法委|人大|政协|财政|审计|"
    r"党校|机关工委|编办|县委|市委|区委|党工委|管委会|国资|"
    r"(?:镇|乡|街道|村|社区)(?:党|人民政府|政府|支部|委员会|工作委员会|两委|村委|居委|办事处|[\s\u3000]|$)"
)
# the own voice: a paragraph that speaks as the unit or its author
_OWN_VOICE = re.compile(r"我|本人|本(?:局|委|院|校|所|站|单位|中心|公司|行|部门)|班子|党组|党委|支部")
# a sentence that names another sector's work as a partner's, a place helped or a model
_PARTNER = re.compile(
    r"配合|协调|会同|联合|协助|协作|联动|对接|部门|机关|移交|转交|通报|抄送|帮扶|驻村|结对|包联|挂包|联系点|"
    r"兄弟|学习|借鉴|参观|观摩|共建|主管|行业|系统|联席|协同|争取|支持"
)
_SENTENCE_END = "。；！？\n"
_MIN_TERMS = 2
_MIN_PARAGRAPH = 20


@dataclass(frozen=True)
class Sectors:
    units: tuple[tuple[str, str], ...]  # (a word of a unit's name, its sector), longest first
    near: dict[str, frozenset[str]]  # each sector's overlapping ones, both ways
    terms: dict[str, str]  # term → sector
    by_start: dict[str, tuple[str, ...]]  # a term's first two characters → the terms, longest first
    firsts: frozenset[str]  # the terms' first two characters
    inner: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # first two → (sector, later bigrams) each
    unit_words: re.Pattern[str]  # every unit word, longest first
    spans: frozenset[str]  # sectors whose own units speak of every other's work


@lru_cache(maxsize=1)
def sectors() -> Sectors:
    """The table, read once per process."""
    data = load_data(TABLE.read_text(encoding="utf-8"))["sectors"]
    units = sorted(((str(u), s["sector"]) for s in data for u in s["units"]), key=lambda p: -len(p[0]))
    near: dict[str, set[str]] = {s["sector"]: set() for s in data}
    for s in data:
        for other in s["near"]:
            near[s["sector"]].add(other)
            near[other].add(s["sector"])
    terms = {str(t): s["sector"] for s in data for t in s["terms"]}
    starts: dict[str, list[str]] = {}
    for t in terms:
        starts.setdefault(t[:2], []).append(t)
    return Sectors(
        tuple(units),
        {k: frozenset(v) for k, v in near.items()},
        terms,
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in starts.items()},
        frozenset(starts),
        {
            k: tuple((terms[t], tuple(t[i : i + 2] for i in range(1, len(t) - 1))) for t in v)
            for k, v in starts.items()
        },
        re.compile("|".join(re.escape(u) for u, _ in units)),
        frozenset(s["sector"] for s in data if s.get("spans")),
    )


def own_sectors(lines: list[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The own unit's sectors by its name in the author's lines, and those with the sectors whose work
    overlaps them; None for a unit whose remit spans them, one the table does not place, or lines
    naming two unrelated ones."""
    if any(_SPANS.search(line) for line in lines):
        return None
    table = sectors()
    sector_of = dict(table.units)
    found = {sector_of[m.group()] for line in lines for m in table.unit_words.finditer(line)}
    if not found or found & table.spans:
        return None
    first = next(iter(found))
    if any(s != first and s not in table.near[first] for s in found):
        return None
    return frozenset(found), frozenset(found).union(*(table.near[s] for s in found))


def possible(text: str, quiet: frozenset[str]) -> bool:
    """Whether two terms of one sector outside `quiet` may both be in the text: every two characters
    of each in the document's bigram set (shared with the data rules' prefilters). Most materials
    stop here, before any term is placed."""
    table = sectors()
    bigrams = cjk_bigram_set(text)
    seen: dict[str, int] = {}
    for g in bigrams.intersection(table.firsts):
        for sector, later in table.inner[g]:
            if sector in quiet or not all(b in bigrams for b in later):
                continue
            seen[sector] = seen.get(sector, 0) + 1
            if seen[sector] >= _MIN_TERMS:
                return True
    return False


def term_hits(ctx: ReviewContext) -> list[tuple[int, int, str]]:
    """(start, end, term) of every table term in the text, the longest at each place and none inside
    another, found from the places of the terms' first two characters (`grams.ngrams_in`: one
    intersection with the document's bigram set, shared with the data rules' prefilters)."""
    table = sectors()
    text = ctx.text
    found: list[tuple[int, int, str]] = []
    for at, g in zip(*ngrams_in(text, 2, table.firsts)):
        term = next((t for t in table.by_start[g] if text.startswith(t, at)), None)
        if term:
            found.append((at, at + len(term), term))
    found.sort(key=lambda h: (h[0], -h[1]))
    hits: list[tuple[int, int, str]] = []
    for h in found:
        if not hits or h[0] >= hits[-1][1]:
            hits.append(h)
    return hits


def _sentence_bounds(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    s = max(text.rfind(c, start, at) for c in _SENTENCE_END) + 1
    s = max(s, start)
    e = min((i for i in (text.find(c, at, end) for c in _SENTENCE_END) if i != -1), default=end)
    return s, e


def _clause_start(text: str, start: int, at: int) -> int:
    return max(start, max(text.rfind(c, start, at) for c in "，。；：！？\n") + 1)


@code_rule(
    "R151",
    "other-sector-paragraph",
    "residue",
    "warning",
    "本段以本单位（{own}）的口吻写的却是{other}领域的工作（{terms}），疑似照搬其他部门的材料后未改",
    "拿别的部门的材料改写时，标题和落款换成了本单位，正文里却留下了原单位业务的段落：水利局的材料里"
    "“我局对公路养护质量检查不够，客运安全隐患排查流于形式”。一段用本单位口吻写、所说的业务全属另一个"
    "领域、又不提本单位业务的话，多半是照搬来的。",
    bad=[
        team_variant("桐溪镇党委领导班子", "清河县水利局党组领导班子").replace(
            "班子调查研究不够深入。",
            "班子调查研究不够深入。[我局对公路养护质量检查不够，客运安全]隐患排查流于形式。",
        ),
    ],
    good=[
        team_variant("桐溪镇党委领导班子", "清河县水利局党组领导班子").replace(
            "班子调查研究不够深入。",
            "班子调查研究不够深入。我局对小型水库安全度汛检查不够，河道采砂巡查流于形式。",
        ),
        team_variant("桐溪镇党委领导班子", "清河县水利局党组领导班子").replace(
            "班子调查研究不够深入。",
            "班子调查研究不够深入。我局配合交通运输部门做公路养护中的涵洞排水时沟通不多，客运站周边的排水隐患没有整治。",
        ),
    ],
)
def other_sector_paragraph(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    lines = own_lines(ctx)
    own = own_sectors(lines)
    if own is None:
        return
    named, quiet = own
    if not possible(ctx.text, quiet):
        return
    hits = [h for h in term_hits(ctx) if h[0] >= ctx.outline.title_end]
    if not hits:
        return
    table = sectors()
    text = ctx.text
    paragraphs = ctx.outline.document.paragraphs
    starts = [p.start for p in paragraphs]
    by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for h in hits:
        by_paragraph.setdefault(bisect_right(starts, h[0]) - 1, []).append(h)
    for k, inside in by_paragraph.items():
        p = paragraphs[k]
        if len(inside) < _MIN_TERMS or p.end - p.start < _MIN_PARAGRAPH or p.start < ctx.outline.title_end:
            continue
        if not _OWN_VOICE.search(text, p.start, p.end):
            continue
        if any(table.terms[t] in quiet for _, _, t in inside):
            continue  # the own sector's work is in the paragraph
        counted: dict[str, dict[str, tuple[int, int]]] = {}
        for s, e, t in inside:
            a, b = _sentence_bounds(text, p.start, p.end, s)
            if _PARTNER.search(text, a, b):
                continue
            counted.setdefault(table.terms[t], {}).setdefault(t, (s, e))
        if not counted:
            continue
        ranked = sorted(counted.items(), key=lambda kv: -len(kv[1]))
        other, terms = ranked[0]
        if len(terms) < _MIN_TERMS or (len(ranked) > 1 and len(ranked[1][1]) >= len(terms)):
            continue
        places = sorted(terms.values())
        start = _clause_start(text, p.start, places[0][0])
        yield rule.finding(
            text,
            start,
            places[-1][1],
            own="、".join(sorted(named)),
            other=other,
            terms="、".join(terms),
        )
