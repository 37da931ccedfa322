"""Choose the section headings of a material as a whole: candidate readings, each scored.

A reading is one family of candidate headings — every paragraph labelled at one rank (一、 or
第一部分 or （一） or 1.), or the unlabelled headings that name a part (a short line, a styled
heading, `【存在的问题】`, `存在的问题：` at the start of a paragraph). Each reading is scored on how
well it explains a 对照检查材料: which parts it names, their order (problems → causes → measures,
`other` anywhere), labels running in sequence, no lead-in sentence as a heading, little text left
before the first part. One stray paragraph changes one family by one heading, so it cannot flip
the choice between families that differ in several parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from mingjing.parse.headless import SHI_POINT, SHORTCOMING, shi_run, states_shortcoming
from mingjing.parse.labels import announces_example
from mingjing.parse.sections import ANSWERS, answers, fused_name, intro_kind, section_kind
from mingjing.parse.subheadings import item_subheadings

if TYPE_CHECKING:
    from mingjing.parse.outline import Para

MAX_SECTION_HEADING = 64
MAX_BARE_HEADING = 30
MAX_INLINE_HEADING = 16  # `存在的问题：…` — a part named at the start of a paragraph
CORE_ORDER = {"problems": 0, "causes": 1, "measures": 2}
# a sentence that introduces a part's items rather than naming the part
_LEAD_IN = re.compile(r"以下|如下|几点|几个方面|主要有|主要是|主要表现|表现在|表现为|具体是|分述")
# a paragraph opening with an inline label: 一是…, 一要… (measures), 第一，…, 首先…
INLINE_START = re.compile(
    r"^(?:[一二三四五六七八九十][是要](?![求点])|[第其][一二三四五六七八九十]+[，,、：:]|首先|其次|再次|最后)"
)
# 一、存在的问题……1 in a table of contents; or the page number a word processor could not fill in, its field's
# error text in its place (`第一部分  对照检查出的问题	错误！未定义书签。`, `… Error! Bookmark not defined.`)
TOC_LINE = re.compile(
    r"(?:[.·．]{3,}|…+|\s{2,})\s*\d{1,3}$|"
    r"[.·．…\s]\s*(?:错误[！!]\s*(?:未定义书签|未找到引用源|书签未定义)|Error!\s*(?:Bookmark|Reference source)\s+not\s+"
    r"(?:defined|found))[。.]?$"
)
LOW_CONFIDENCE = 0.6
NO_READING = -100.0
LONG_PREAMBLE = 600  # characters before the first part beyond which a late start is suspicious


@dataclass
class Head:
    para: Para
    kind: str
    by: str  # label | style | keyword | position
    named: bool  # the heading's words name its kind (not only its position)
    items_rank: int | None = None  # a part made of headings found by position: the rank of its items
    block: Para | None = None  # an aspect part of an aspect-major material: its `【存在问题】` heading


@dataclass
class Reading:
    family: str
    heads: list[Head]
    rank: int | None  # the label rank the sections use (None: unlabelled)
    score: float = 0.0
    notes: list[str] = field(default_factory=list)

    def kinds(self) -> tuple[str, ...]:
        implied = ("problems",) if "implied-problems" in self.notes else ()
        return implied + tuple(h.kind for h in self.heads if h.kind in CORE_ORDER)


def is_lead_in(heading: str, para_text: str) -> bool:
    """A sentence that announces what follows (`究其原因，主要有以下几点：`), not a heading."""
    if _LEAD_IN.search(heading) and (len(heading) > 10 or para_text.rstrip().endswith(("：", ":"))):
        return True
    return (
        ("，" in heading or "," in heading) and para_text.rstrip().endswith(("：", ":")) and len(heading) > 8
    )


LEAD_IN_SENTENCE = (
    10  # characters: a lead-in this long is a sentence, not a heading (`整改措施如下：` is one)
)


def is_intro_sentence(p: Para) -> bool:
    """An unlabelled paragraph that is a whole lead-in sentence (`针对以上问题，今后我将做到以下几点：`):
    where it starts a part, the part has no heading and this sentence is its intro text."""
    heading = p.heading
    return (
        p.label is None
        and p.whole
        and is_lead_in(heading, p.text)
        and (len(heading) > LEAD_IN_SENTENCE or "，" in heading or "," in heading)
    )


def outermost(paras: list[Para]) -> tuple[list[Para], int]:
    """The labelled paragraphs at the outermost (lowest) rank of those given, and the rank."""
    rank = min(p.label.rank for p in paras if p.label is not None)
    return [p for p in paras if p.label is not None and p.label.rank == rank], rank


def _unlabelled_candidate(p: Para) -> str | None:
    """How an unlabelled paragraph can head a part: style, a short line of its own, or inline."""
    if p.label is not None or INLINE_START.match(p.text) or _CLOSING_WORDS.search(p.text):
        return None  # (`以上剖析，请同志们批评指正` cut before its `。` closes the material, heads no part)
    if p.text.rstrip().endswith(("：", ":")) and _EXCERPT_LEAD.search(p.text):
        return None  # (`给你贴一段我们去年材料的原文：` leads into a pasted excerpt, heads no part)
    head = p.heading
    if p.level is not None and len(head) <= MAX_BARE_HEADING and not p.text.rstrip().endswith("。"):
        return "style"
    if p.whole and len(head) <= MAX_BARE_HEADING and not p.text.rstrip().endswith("。"):
        return "keyword"
    if (
        not p.whole
        and len(head) <= MAX_INLINE_HEADING
        and p.text[p.heading_end - p.start :].startswith(("：", ":", "】"))
        # (`对照检查人：吴晓岚` signs the material: `对照` names no problems part there)
        and not NAMED_SIGNATURE.match(p.text.strip())
    ):
        return "keyword"
    return None


_CLOSING_WORDS = re.compile(r"批评指正|批评帮助|谢谢大家")
# a signature that names who signs (`党员：陶思源`, `对照检查人：王平`)
NAMED_SIGNATURE = re.compile(
    r"^[^\s，。；,;：:]{0,6}(?:党员|发言人|检查人|剖析人|检视人|汇报人|签名|署名|姓名)[：:]\s*"
    r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}$"  # (a scan's letter-spaced name, `何 静`)
)
# a count or a limit (`8户`, `两次`, `不少于`): a line that gives one is content, not a part's name
_QUANTITY = re.compile(
    r"\d+\s*(?:户|次|件|个|人|条|天|周|篇|场|项|%|％|万|元|小时|分钟)|不少于|不低于|以内|"
    r"[一两二三四五六七八九十]+(?:次|户|件|篇|场)"
)


def _labelled_kind(heading: str) -> str | None:
    """The part a labelled heading names; a line that gives a count or a limit (`1.每月走访居民不少于
    8户，反映的问题一周内报社区`) is a measure or a problem, whatever word it uses. A part's name run on
    into its first sentence (`查摆的主要问题对照…征求到的15条意见，…`) is the part it names, whatever
    the sentence counts."""
    name = fused_name(heading)
    if name:
        return section_kind(heading[:name])
    return None if _QUANTITY.search(heading) else section_kind(heading)


def _labelled_reading(paras: list[Para], rank: int) -> Reading:
    heads = []
    for p in paras:
        if (
            p.rank == rank
            and p.label is not None
            and not p.label.floating  # a bullet that numbers items (`●学习不够深入`) heads no part
            and p.heading
            and len(p.heading) <= MAX_SECTION_HEADING
            and not TOC_LINE.search(p.text)
        ):
            kind = _labelled_kind(p.heading)
            heads.append(Head(p, kind or "other", "label", kind is not None))
    return Reading(f"label{rank}", heads, rank)


BOLD_LEVEL = 9  # an all-bold paragraph counts as a styled heading of the lowest level


def _part_style_level(paras: list[Para]) -> int | None:
    """The shallowest heading style among unlabelled styled lines that name a part (`Heading 1`
    `问题产生的根源`): a styled line deeper than that is an item under a part, whatever its words name
    (`Heading 2` `落实…整改方面` under `Heading 1` `巡察反馈问题的认领和查摆`)."""
    levels = [
        p.level
        for p in paras
        if p.level is not None
        and p.level < BOLD_LEVEL
        and _unlabelled_candidate(p) == "style"
        and p.heading
        and section_kind(p.heading) is not None
    ]
    return min(levels) if levels else None


def _bracketed(p: Para) -> bool:
    """A line of its own set in `【】` (`【征求意见情况】`)."""
    return p.label is None and p.whole and p.text.startswith("【") and p.text.rstrip().endswith("】")


_SENTENCE_MARKS = re.compile(r"[。！？；;，,：:]")
_PREAMBLE_NAME = re.compile(r"^(?:前言|引言|序言|导语|开篇|开场白|题记)$")
BRACKETED_PARTS = 2  # `【】` lines naming core parts, each once, that make `【】` the parts' headings
# a page's controls set in brackets on the line under its byline (`【字体：大 中 小】　【打印本页】　【关闭窗口】`,
# `【我要打印】`, `【返回顶部】`): links of the page, never a part's heading (round r27)
_PAGE_CONTROL = re.compile(
    r"^(?:我要)?(?:打印|关闭|返回|收藏|分享|纠错|下载|复制)(?:本页|此页|本文|文章|窗口|页面|顶部|首页|链接|全文)?$|"
    r"^加入收藏$|^字[体号]"
)


def _bracket_others(paras: list[Para]) -> set[int]:
    """The `【】` lines that head parts of no core kind (`【征求意见情况】`, `【需要说明的事项】`), by index,
    when the material heads its parts with `【】` lines: two or more name a core part and none names one
    twice (an aspect-major material repeats `【存在问题】` under each aspect: there the `【】` lines head
    the aspects' blocks). Such a part stands before the problems part or after the last core part, never
    between them (an aspect's `【…方面】` over its problems is no part of its own)."""
    lines = [(p.index, section_kind(p.heading)) for p in paras if _bracketed(p)]
    core = [(i, k) for i, k in lines if k in CORE_ORDER]
    kinds = [k for _, k in core]
    if len(kinds) < BRACKETED_PARTS or len(set(kinds)) < len(kinds):
        return set()
    problems = next((i for i, k in core if k == "problems"), None)
    last = core[-1][0]
    return {
        p.index
        for k, p in enumerate(paras)
        if _bracketed(p)
        and section_kind(p.heading) is None
        and 2 <= len(p.heading) <= MAX_BARE_HEADING
        and not _SENTENCE_MARKS.search(p.heading)  # (`【说明：本提纲只列要点…】`: a note, no part)
        and not p.heading.endswith("方面")
        and not _PREAMBLE_NAME.match(p.heading)  # (`【前言】`: the preamble, before any part)
        and not _PAGE_CONTROL.match(p.heading)  # (`【关闭窗口】` over the text: the page's link, round r27)
        and ((problems is not None and p.index < problems) or p.index > last)
        and _running_text(paras[k + 1 : k + 2])  # (`【返回首页】` `【打印本页】`: a page's links, no part)
    }


def _running_text(after: list[Para]) -> bool:
    """A part's text under its heading: a paragraph of sentences, not another bracketed line or a link."""
    return bool(after) and not _bracketed(after[0]) and "。" in after[0].text


def _unlabelled_reading(paras: list[Para], all_paras: list[Para]) -> Reading:
    heads: list[Head] = []
    part_level = _part_style_level(paras)
    others = _bracket_others(paras)
    inside_items = item_subheadings(paras, _unlabelled_candidate)
    for k, p in enumerate(paras):
        if p.index in inside_items:
            continue  # `原因分析：` / `整改措施：` under each `（一）` `（二）`: the items' own sub-headings
        if k == 0 and is_intro_sentence(p):
            continue  # the only paragraph before the items: the preamble, which ends by announcing them
        how = _unlabelled_candidate(p)
        if (
            how == "style"
            and part_level is not None
            and p.level is not None
            and part_level < p.level < BOLD_LEVEL
        ):
            continue  # a styled line one level under the parts' style: an item (a bold line is left to its words)
        intro = is_intro_sentence(p)
        if (
            how is None
            and intro
            and p.text.rstrip().endswith(("：", ":"))
            and intro_kind(p.heading) == "causes"
        ):
            how = "keyword"  # `产生上述这些问题原因很多，…综合起来有以下几个方面：`: a long lead-in opens causes
        if how is None or not p.heading or TOC_LINE.search(p.text):
            continue
        kind = intro_kind(p.heading) if intro else section_kind(p.heading)
        if kind is None and p.index in others:
            heads.append(
                Head(p, "other", how, False)
            )  # `【征求意见情况】` among `【存在的问题】` and its kin
            continue
        if kind is None:
            continue
        if heads and heads[-1].kind == "problems" and announces_example(p.text):
            continue  # `典型案例` over a paragraph inside the problems: an item's example, no part of its own
        before = _previous_nonempty(all_paras, p.index)
        if before is not None and before.label is not None and section_kind(before.heading) == kind:
            continue  # the intro sentence of a labelled part of the same kind
        clause = "，" in p.heading or "," in p.heading  # `回头看这些问题，原因主要在自己：一是…`
        if (intro or clause) and heads and heads[-1].para is before and heads[-1].kind == kind:
            continue  # `原因分析` then `深刻反思，原因主要有以下几点：`: the part's intro, not a second part
        heads.append(Head(p, kind, how, True))
    return Reading("unlabelled", heads, None)


def _previous_nonempty(paras: list[Para], index: int) -> Para | None:
    for q in reversed(paras[:index]):
        if q.text.strip():
            return q
    return None


def implied_problems(paras: list[Para], skip: int, reading: Reading) -> list[Para] | None:
    """Numbered items (1, 2, … at one rank deeper than the parts) standing between the preamble
    and a first part that is causes or measures: the problems, found by position. A first part of
    another kind (`二、反面典型案例剖析`) before the causes or measures will do when the items read as
    problems (`（一）在…方面`, `…不够`): a cut page whose problems heading is gone."""
    heads = reading.heads
    if not heads or any(h.kind == "problems" for h in heads):
        return None
    core = [h.kind for h in heads if h.kind in CORE_ORDER]
    other_first = heads[0].kind == "other" and bool(core) and core[0] in ("causes", "measures")
    if heads[0].kind not in ("causes", "measures") and not other_first:
        return None
    first = heads[0].para.start
    glyph = heads[0].para.label.text if heads[0].para.label is not None else None
    before = [
        p
        for p in paras[skip:]
        if p.start < first
        and p.label is not None
        and not TOC_LINE.search(p.text)  # (a contents line under a form's fields: no item)
        and (
            reading.rank is None
            or p.label.rank > reading.rank
            # (`●在…方面` items before `■问题产生的原因`: a glyph that numbers items only, beside the parts' glyph)
            or (p.label.floating and p.label.rank <= reading.rank and p.label.text != glyph)
        )
    ]
    if not before and reading.rank is not None:
        # parts numbered `2.` `3.` under items `（一）` `（二）` above them: the writer's own order of labels
        # (the parts' `1.对照…查摆的问题` cut off), the items counted in an outer glyph (round r22)
        before = [
            p
            for p in paras[skip:]
            if p.start < first
            and p.label is not None
            and not p.label.floating
            and 0 < p.label.rank < reading.rank
            and not TOC_LINE.search(p.text)
        ]
    if not before:
        # `四是…不好。` `五是…流于形式。` then `产生以上问题的原因主要有：`: a cut page whose problems run
        # as 一是 paragraphs before the causes
        opening = [p for p in paras[skip:] if p.start < first and p.text.strip()]
        return (
            shi_run(opening)
            or _lone_cut_point(opening)
            or _aspect_paragraphs(opening)
            or _aspect_lines(opening)
            or _shortcoming_paragraphs(opening)
        )
    opening = [p for p in paras[skip:] if p.start < first and p.text.strip() and not TOC_LINE.search(p.text)]
    aspects = _aspects_over_numbers(opening, before)
    if aspects:  # `【政治纪律方面】` over `（1）…（2）…`, each aspect's numbers from one: the aspects
        return aspects
    run, _ = outermost(before)
    counted = counted_over_restarts([p for p in paras[skip:] if p.start < first], run)
    if counted:  # `第一，在…方面。` over `1.` `2.` restarting under each: the counted paragraphs
        return counted if 2 * sum(1 for p in counted if _reads_as_problem(p.heading)) > len(counted) else None
    first_value = run[0].label.value if run[0].label and opens_inside(paras, skip, run, True) else 1
    values = [p.label.value for p in run if p.label]
    # a page cut inside its problems may keep only the last one (`（三）在…方面。…` before `二、原因剖析`)
    least = 1 if first_value > 1 and all(_reads_as_problem(p.heading) for p in run) else 2
    if len(run) < least or not _counts_on(values, first_value):
        return None
    if any(
        p.label is not None
        and p.label.rank <= PART_RANK
        and not p.label.floating
        and p.whole
        and len(p.heading) <= PART_NAME
        and section_kind(p.heading) is not None
        for p in run
    ):
        return None  # `二、存在问题`, `一、基本情况` on a line of its own heads a part: the run is parts, not problems
    if other_first and 2 * sum(1 for p in run if _reads_as_problem(p.heading)) <= len(run):
        return None
    return run


SLIP_RUN = 4  # items in a run long enough that one numbering slip in it is the writer's, not a break


def _counts_on(values: Sequence[int | None], first: int) -> bool:
    """The run counts on from `first` one by one; in a run of four or more, one slip of the writer's
    numbering among items that otherwise count on is no break: one item numbered wrong (`（三）` twice,
    then `（五）`) or one number skipped — never a restart at one."""
    expected = list(range(first, first + len(values)))
    if list(values) == expected:
        return True
    if len(values) < SLIP_RUN or values[0] != first or 1 in values[1:]:
        return False
    wrong = sum(1 for v, e in zip(values, expected) if v != e)
    steps = [b - a if a is not None and b is not None else None for a, b in zip(values, values[1:])]
    return wrong == 1 or (steps.count(2) == 1 and steps.count(1) == len(steps) - 1)


def counted_over_restarts(body: list[Para], heads: list[Para]) -> list[Para] | None:
    """`第一，在…方面。` paragraphs over `1.` `2.` lines that start again at 1 under each of them: the
    counted paragraphs are the items and the numbered lines their points (a label style that restarts
    under another is the lower level); None when the numbers do not restart under counted paragraphs."""
    counted = [p for p in body if p.label is None and INLINE_START.match(p.text)]
    restarts = [h for h in heads if h.label is not None and h.label.value == 1]
    if len(counted) < 2 or len(restarts) < 2:
        return None
    previous = {body[k + 1].index: p for k, p in enumerate(body[:-1])}
    if any(previous.get(h.index) not in counted for h in restarts):
        return None  # a restart must stand right under a counted paragraph
    # numbers before the first counted paragraph: the points of an item a page cut off above (`2.…`
    # then `第三，…`), which never start at 1
    cut = [h for h in heads if h.start < counted[0].start]
    if cut and (cut[0] in restarts or heads[0] is not cut[0]):
        return None
    return counted


def _lone_cut_point(opening: list[Para]) -> list[Para] | None:
    """The page opens with one `四是…` paragraph stating a shortcoming, right before a causes or measures
    part: the last point of a problems list whose start is cut off."""
    opening = [p for p in opening if not _ELIDED.match(p.text.strip())]
    if len(opening) != 1 or opening[0].label is not None:
        return None
    text = opening[0].text
    point = SHI_POINT.match(text)
    last = _LAST_POINT.match(text)  # `最后是…问题。`: the last point, whatever its number
    if (point is None or point.group(1) == "一") and last is None:
        return None
    if not states_shortcoming(text[last.end() :] if last else text):
        return None
    return opening


# a page's note that it left the text's opening out (`……(开头部分已省略1101字)`): no text of the material
_ELIDED = re.compile(r"^[…\.。]*\s*[（(]?[^（()）]{0,6}已?省略[^（()）]{0,10}[)）]?$")
_LAST_POINT = re.compile(r"^最后(?:是|一点是|一个问题是|一方面是)")


# (a year's long aspect keeps its own commas: `在带头深刻领悟…的决定性意义，增强“四个意识”、…上`)
_ASPECT_HEAD = re.compile(
    r"^(?:在|关于)?[^，,。；;：:！？]{2,40}(?:方面|上)$|^(?:在|关于)[^。；;：:！？]{2,60}(?:方面|上)$"
)

# an aspect named as the state of a duty examined, on a line of its own (`学习贯彻党的创新理论情况`)
STATE_HEAD = re.compile(r"^[^，,。；;：:！？\s]{2,24}情况$")


_BRACKET_HEAD = re.compile(r"^【[^】。，,；;：:！？]{2,16}】")


def _aspect_paragraphs(opening: list[Para]) -> list[Para] | None:
    """Two or more unlabelled paragraphs headed by an aspect (`【政治纪律方面】…`, `组织纪律方面：…`) right
    before a causes or measures part, or the last one alone when it tells of a shortcoming: a problems
    list whose heading is cut off."""
    run = [p for p in opening if p.label is None and not p.whole and _ASPECT_HEAD.match(p.heading)]
    if len(run) < 2:
        # `【政治纪律】第一，…不够主动。…` `【组织纪律】…`: bracketed heads run into their text, no `方面`, each
        # telling what fell short
        bracketed = [
            p
            for p in opening
            if p.label is None
            and not p.whole
            and _BRACKET_HEAD.match(p.text)
            and SHORTCOMING.search(p.text[len(p.heading) :])
        ]
        run = bracketed if len(bracketed) >= 2 else run
    if len(run) == 1 and run[0] is opening[-1] and SHORTCOMING.search(run[0].text[len(run[0].heading) :]):
        return run  # the list's last aspect alone, right before the causes, telling what fell short
    return run if len(run) >= 2 else None


def _aspect_lines(opening: list[Para]) -> list[Para] | None:
    """Two or more unlabelled lines of their own naming an aspect (`【政治纪律方面】`, `在担当作为方面`), each
    over paragraphs of text that tell what fell short (`一是…不够主动。…二是…`), before a causes or measures
    part: a problems list by aspect whose writer gave it no part heading; its aspect lines head the items."""
    aspects = [p for p in opening if p.label is None and p.whole and _ASPECT_HEAD.match(p.heading)]
    if len(aspects) < 2:
        # a year's aspects named as what is examined (`【学习贯彻党的创新理论情况】`, `党性修养提高情况`),
        # all the lines of their own so named (round r22)
        aspects = [p for p in opening if p.label is None and p.whole and STATE_HEAD.match(p.heading)]
    if len(aspects) < 2:
        return None
    bounds = [opening.index(a) for a in aspects] + [len(opening)]
    for a, b in zip(bounds, bounds[1:]):
        under = opening[a + 1 : b]
        if not under or not any(SHORTCOMING.search(p.text) for p in under):
            return None
    return aspects


def _aspects_over_numbers(opening: list[Para], numbered: list[Para]) -> list[Para] | None:
    """Two or more unlabelled lines of their own naming an aspect (`【工作纪律方面】`, `在担当作为方面`),
    each over numbers of its own that start at one (`（1）…（2）…`), no number above the first: a
    problems list by aspect whose part heading is cut off; its aspect lines head the items."""
    aspects = [p for p in opening if p.label is None and p.whole and _ASPECT_HEAD.match(p.heading)]
    if len(aspects) < 2 or not numbering_restarts_under(aspects, numbered, opening[-1].index + 1):
        return None
    return aspects


def numbering_restarts_under(heads: list[Para], numbered: list[Para], end: int) -> bool:
    """Whether every head line stands over numbers of its own that start again at one (`（1）…（2）…`) up to the
    next head (the last one's up to paragraph `end`), and no number stands above the first head."""
    if numbered[0].index < heads[0].index:
        return False
    bounds = [h.index for h in heads] + [end]
    for a, b in zip(bounds, bounds[1:]):
        under = [p for p in numbered if a < p.index < b]
        if not under or under[0].label is None or under[0].label.value != 1:
            return False
    return True


def _shortcoming_paragraphs(opening: list[Para]) -> list[Para] | None:
    """Two or more unlabelled paragraphs, all that stand before a causes or measures part, each opening
    with a sentence that states a shortcoming (`第二处短板是投诉处置时效偏慢。…`): the last items of a
    problems part whose heading the page cut off."""
    texts = [p for p in opening if p.text.strip()]
    if len(texts) < 2 or any(p.label is not None or INLINE_START.match(p.text) for p in texts):
        return None
    return texts if all(states_shortcoming(p.text) for p in texts) else None


def _reads_as_problem(heading: str) -> bool:
    return bool(_PROBLEM_ITEM.search(heading) or SHORTCOMING.search(heading))


_PROBLEM_ITEM = re.compile(r"方面|问题|不足|差距|不够|不强|不深|不高|不严|不实|欠缺|短板")
_ASPECT_PART = re.compile(r"方面|^在.{1,12}上$|情况$")
_ASPECT_NAMED = re.compile(r"方面$|^在.{1,12}上$")  # a heading that is an aspect and nothing else


def aspect_parts(reading: Reading) -> list[Head] | None:
    """Parts that are the problems' aspects themselves (`一、在思想上` … `四、在作风上`, then
    `五、原因分析`): at least two unnamed headings reading as aspects or problems, before a
    causes or measures part and with no problems part in the reading; or at least two reading as
    aspects (`…方面`), before an `other` part."""
    heads = reading.heads
    if reading.rank is None or any(h.kind == "problems" for h in heads):
        return None
    run: list[Head] = []
    for h in heads:
        if h.named:
            break
        run.append(h)
    rest = heads[len(run) :]
    if len(run) < 2 or not rest or rest[0].kind not in ("causes", "measures", "other"):
        return None
    if rest[0].kind == "other":  # (`五、干部群众反映的意见建议` after `一、形式主义方面` …): aspects only
        return run if all(_ASPECT_NAMED.search(h.para.heading) for h in run) else None
    if not all(_ASPECT_PART.search(h.para.heading) or _PROBLEM_ITEM.search(h.para.heading) for h in run):
        return None
    return run


ASPECT_MAJOR_MIN = 2  # rounds of problems → causes/measures that make a material aspect-major


def aspect_major(paras: list[Para], reading: Reading) -> list[Head] | None:
    """An aspect-major material: each aspect is a numbered part (`一、学习贯彻党的创新理论情况`) that
    holds its own problems, causes and measures (`【存在问题】【原因剖析】【整改措施】`). The reading of
    those sub-headings runs problems → causes → measures once per aspect; each round's problems
    heading stands right under a numbered line (one rank, 1, 2, 3 …) that names no part. The outline
    is then one round of parts per aspect: a problems part headed by the aspect (its sub-heading
    starts its one item, which takes the aspect), then that aspect's causes and measures parts.
    The sub-headings may be numbered themselves (`一、在政治纪律方面` then `（一）存在问题`
    `（二）原因分析` `（三）整改措施`): each round's aspect is then the nearest line above it numbered
    at an outer rank."""
    rounds: list[_Round] = []
    lead: list[Head] = []
    for h in reading.heads:
        if h.kind == "problems":
            rounds.append(_Round(_round_owner(paras, h.para, reading.rank), h.para, []))
        elif h.kind in ("causes", "measures"):
            owner = _round_owner(paras, h.para, reading.rank)
            if owner is not None and owner.label is not None and owner.index + 1 < h.para.index:
                # a round whose problems sub-heading is missing: its text follows the aspect's line
                rounds.append(_Round(owner, paras[owner.index + 1], [h]))
            elif rounds:
                rounds[-1].answers.append(h)
            else:
                lead.append(h)  # a page cut inside its first round: that round's causes or measures
        else:
            return None  # `other`
    lead_order = [CORE_ORDER[h.kind] for h in lead]
    if len(rounds) < ASPECT_MAJOR_MIN or lead_order != sorted(set(lead_order)):
        return None
    if all(r.owner is not None and _bracketed(r.owner) for r in rounds):
        # `【在政治纪律方面】` over each round's `（一）存在问题`: the aspects' lines set in brackets, no number
        return _round_heads(lead, [r.owner for r in rounds], rounds)
    owners = [r.owner if r.owner is not None and r.owner.label is not None else None for r in rounds]
    # one aspect's line may be missing (an excerpt, a slip): the others still number 1, 2, 3 … by
    # their rounds' places, at one rank — from 2 or more on a page cut inside its first round(s)
    owned = [(k, o) for k, o in enumerate(owners) if o is not None and o.label is not None]
    ranks = {o.label.rank for _, o in owned if o.label is not None}
    start = owned[0][1].label.value - owned[0][0] if owned and owned[0][1].label is not None else 1
    if (
        len(ranks) != 1
        or len(owned) < ASPECT_MAJOR_MIN
        or len(owned) < len(rounds) - 1
        or start < 1
        or any(o.label is None or o.label.value != k + start for k, o in owned)
    ):
        return None
    heads = _round_heads(lead, owners, rounds)
    return None if heads is None else heads + _parts_after_rounds(paras, heads, ranks.pop())


def _parts_after_rounds(paras: list[Para], heads: list[Head], rank: int) -> list[Head]:
    """Numbered parts at a rank outer than the aspects' after the last round (`（一）…方面` rounds under
    `一、存在的问题及原因、整改措施`, then `二、上年度整改落实情况`): parts of their own, which end the last round."""
    last = heads[-1].para.index
    return [
        Head(p, _labelled_kind(p.heading) or "other", "label", _labelled_kind(p.heading) is not None)
        for p in paras
        if p.index > last and p.label is not None and not p.label.floating and p.label.rank < rank
    ]


def _round_heads(lead: list[Head], owners: list[Para | None], rounds: list[_Round]) -> list[Head] | None:
    """The heads of an aspect-major material: per round, a problems part headed by its aspect's line,
    then the round's causes and measures; None when a round is out of order."""
    heads: list[Head] = list(lead)
    for k, (owner, r) in enumerate(zip(owners, rounds, strict=True)):
        order = [CORE_ORDER[h.kind] for h in r.answers]
        # each round in order, with its causes or measures — but the last round of a page cut short
        # may stop at its problems, after two whole rounds
        cut_short = k == len(rounds) - 1 and k >= ASPECT_MAJOR_MIN and not r.answers
        if (not r.answers and not cut_short) or order != sorted(set(order)):
            return None
        if owner is None:  # the round's problems part, found by position, with no heading
            heads.append(Head(position_anchor(r.block), "problems", "position", False, block=r.block))
        elif section_kind(owner.heading) in CORE_ORDER:
            return None  # `一、存在的问题` then `【…】`: parts with sub-headings, not aspects
        else:
            by = "label" if owner.label is not None else "keyword"
            heads.append(Head(owner, "problems", by, False, block=r.block))
        heads.extend(r.answers)
    return heads


def position_anchor(p: Para) -> Para:
    """An unlabelled, headingless stand-in for a part found by position, anchored at the start of `p`."""
    return replace(
        p, label=None, level=None, body_start=p.start, heading_end=p.start, rest_start=p.start, whole=True
    )


@dataclass
class _Round:
    owner: Para | None  # the line that names the round's aspect
    block: Para  # the problems sub-heading (`【存在问题】`, `（一）存在问题`), or the text standing for it
    answers: list[Head]  # the round's causes and measures parts


ROUND_INTRO = 2  # paragraphs (an intro sentence) that may stand between an aspect and its sub-heading


def _round_owner(paras: list[Para], first: Para, rank: int | None) -> Para | None:
    """The line that names a round's aspect: the paragraph just above its problems sub-heading; when
    the sub-headings are numbered, the nearest line above numbered at an outer rank (one short intro
    paragraph may stand between)."""
    if rank is None:
        return _previous_nonempty(paras, first.index)
    above = _previous_nonempty(paras, first.index)
    if above is not None and _bracketed(above):
        return above  # `【在政治纪律方面】` then `（一）存在问题`
    for q in reversed(paras[max(0, first.index - 1 - ROUND_INTRO) : first.index]):
        if q.label is not None:
            return q if q.label.rank < rank else None
    return None


def problems_without_parts(paras: list[Para], skip: int) -> list[Para] | None:
    """No heading names any part, but the outermost numbered run (1, 2, … at least two; in an excerpt
    that opens with it, 2, 3, … will do) reads as problems (`在…方面`, `…不够深入`): the problems, found
    by position."""
    labelled = [p for p in paras[skip:] if p.label is not None and p.rank is not None and p.rank <= 3]
    if not labelled:
        return None
    run, rank = outermost(labelled)
    values = [p.label.value for p in run if p.label]
    if len(run) == 1 and _ASPECT_PART.search(run[0].heading):
        # one aspect holding its numbered problems (`一、学习研讨方面(6条)` then `1.…` `2.…`): an excerpt
        # of a problem list by aspects; the aspect is the problems' one item
        under = [p for p in labelled if p.rank is not None and p.rank > rank and p.start > run[0].start]
        inner, _ = outermost(under) if under else ([], None)
        inner_values = [p.label.value for p in inner if p.label]
        if (
            len(inner) >= 2
            and inner_values == list(range(1, len(inner) + 1))
            and (not run[0].heading.endswith("情况") or _states_problems(inner))
        ):
            return run
        return None
    if len(run) >= 3 and run[0].index == skip and run[0].whole and values[1:] == list(range(1, len(run))):
        # `(三)推进…` heading a cut page's last section, then its own `(一)` `(二)` … problems
        run, values = run[1:], values[1:]
    # an excerpt that starts at the text's first line may start its run further on (`（二）…` `（三）…`),
    # as may a page that opens inside the item before (its tail, then `2.…` `3.…`)
    first = values[0] if values and (run[0].index == skip or opens_inside(paras, skip, run)) else 1
    if len(run) < 2 or values != list(range(first, first + len(run))):
        return None
    if sum(1 for p in run if _PROBLEM_ITEM.search(p.heading) or SHORTCOMING.search(p.heading)) * 2 < len(run):
        return None
    return run


def _states_problems(run: list[Para]) -> bool:
    """At least half the run's headings name or state problems (`…方面`, `…不够深入`): not what was done
    well (`强化政治引领，筑牢忠诚警魂` under `一、…总体情况`: an aspect named by `…情况` may be a status)."""
    return sum(1 for p in run if _PROBLEM_ITEM.search(p.heading) or SHORTCOMING.search(p.heading)) * 2 >= len(
        run
    )


# a predicate saying that something falls short (`措施不够有力`, `党的建设工作有短板`, `工作存在差距`): a
# problem stated, not the name of a part (`存在的不足`, `问题和不足`, `差距与短板` name one, and so does
# `存在不足` with no subject before it)
_FALLS_SHORT = re.compile(
    r"不够|不强|不深|不高|不严|不实|不力|不到位|不充分|不主动|不规范|不完善|不健全|不平衡|不及时|"
    r"缺乏|欠缺|淡薄|淡化|弱化|薄弱|偏差|滞后|有待|松懈|松弛|懈怠|.(?:有|存在|还有)(?:短板|差距|不足)|"
    r"(?<![的和与及、在])不足$"
)


# a poster's or an answerer's line leading into a piece of a material it pastes (`给你贴一段…的节选，…从问题部分的
# 后半截开始：`): what follows opens inside the material, wherever its numbering stands (round r21)
_EXCERPT_LEAD = re.compile(
    r"节选|摘录|摘选|片段|贴一段|截取|后半|略去|省略|从[^。：:]{0,16}(?:开始|起)[：:]$|"
    # a poster who sends a part of a text, or speaks to the one who asked (`只能发一部分，你看看思路：`, `这段给你
    # 参考：`): a reply's lead over what it pastes, whatever part its words seem to name (`去年的` is no last year's
    # part there, round r28)
    r"[发贴][^。：:，,]{0,6}(?:一部分|部分|一段|这段|几段)|(?:给你|供你|你看看|你参考|您参考)"
)


def opens_inside(paras: list[Para], skip: int, run: list[Para], before_part: bool = False) -> bool:
    """The page opens inside an item whose heading is cut off: only unlabelled text stands before the
    numbered run, which does not start at 1; that text does not end by announcing the list (`…现将情况
    通报如下：`), and either it states a shortcoming or every heading of the run does (`2.组织生活质效
    不够到位` `3.…不够有力`): the tail of the item before it. A sentence of preamble (`这一年我在镇里
    分管农业。`) before `（二）政治素质方面` `（三）…` is no such tail — unless the run stands right before a
    causes or measures part (`before_part`): a numbered run there is the problems, whatever opens the page."""
    first = run[0]
    before = [p for p in paras[skip : first.index] if p.text.strip()]
    if first.label is None or first.label.value < 2:
        return False
    if not before:
        return before_part  # the page opens with `（二）…`
    last = before[-1].text.rstrip()
    if any(p.label is not None and p.label.rank <= first.label.rank for p in before) or (
        last.endswith(("：", ":")) and not _EXCERPT_LEAD.search(last)
    ):
        return False  # (deeper labels before it, `（2）…` `（3）…`, are the cut item's points)
    return (
        before_part
        or bool(SHORTCOMING.search("".join(p.text for p in before)))
        or all(_FALLS_SHORT.search(p.heading) for p in run)
    )


def _statement(heading: str) -> bool:
    """A heading that is a sentence stating a problem (`学习深度不足,流于表面化部分单位将学习…`): long and
    with a comma inside, or saying that something falls short (`全面从严管党治警措施不够有力`); it names
    a part only by the words of its problem (不足, 问题, 措施)."""
    if len(heading) > MAX_BARE_HEADING and ("，" in heading or "," in heading):
        return True
    own = _QUOTED.sub("", heading)  # `关于“…不够到位”问题的整改` quotes a problem: it states none
    if _ANNOUNCES.search(own):
        return (
            False  # (`我在以下几个方面还存在差距`: it announces the problems below, states none: round r22)
        )
    return bool(_FALLS_SHORT.search(own)) and section_kind(heading) != "causes"


# a lead-in that announces a list below (`…在以下几个方面还存在差距`, `…存在如下不足`)
_ANNOUNCES = re.compile(
    r"(?:以下|如下|下列|下面)[^，,。；;]{0,8}(?:存在|还有|有)?[^，,。；;]{0,4}(?:问题|差距|不足|短板)$"
)


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _numbered_part_line(h: Head, reading: Reading, heads: list[Head]) -> bool:
    """An unnamed heading that is still plainly a part's: a line of its own numbered at a part's rank
    (`一、工作纪律的要求` before `二、存在问题`), in a family numbered 1, 2, 3 … without a break. A stray
    bare line naming a part (`存在的问题`) does not outweigh it."""
    values = [g.para.label.value for g in heads if g.para.label is not None]
    return (
        reading.rank is not None
        and reading.rank <= PART_RANK
        and h.para.whole
        and values == list(range(1, len(heads) + 1))
    )


def _item_of_part(h: Head, reading: Reading, paras: list[Para]) -> bool:
    """A numbered line longer than a part's name under a part heading of an outer rank on a line of
    its own (`二、今后的努力方向` then `2、对群众反映的问题实行首问负责`): an item of that part, though a
    word of it (问题) names a part."""
    if reading.rank is None or len(h.para.heading) <= PART_NAME:
        return False
    outer = next(
        (q for q in reversed(paras[: h.para.index]) if q.label is not None and q.label.rank < reading.rank),
        None,
    )
    return (
        outer is not None
        and outer.whole
        and len(outer.heading) <= PART_NAME
        and section_kind(outer.heading) in CORE_ORDER
    )


def score_reading(reading: Reading, paras: list[Para], text_len: int, skip: int = 0) -> float:
    heads = reading.heads
    if not heads or not any(
        h.named and not _statement(h.para.heading) and not _item_of_part(h, reading, paras) for h in heads
    ):
        return NO_READING  # headings that name no part at all are items or prose, not parts
    notes = reading.notes
    kinds = reading.kinds()
    distinct = set(kinds)
    s = 4.0 * len(distinct) + (3.0 if "problems" in distinct else 0.0)
    if implied_problems(paras, skip, reading):
        s += 5.0
        notes.append("implied-problems")
    run = aspect_parts(reading)
    if run:
        s += 7.0 + 1.5 * len(run)  # the problems, found as a run of aspect headings
        notes.append("implied-problems")
    # an aspect-major material runs problems → causes → measures once per aspect, its numbered
    # sub-headings starting again in each round: neither the order nor the repeats count against it
    major = aspect_major(paras, reading) is not None
    ranked = [CORE_ORDER[k] for k in kinds]
    inversions = 0 if major else sum(1 for a, b in zip(ranked, ranked[1:]) if b < a)
    if inversions:
        notes.append("inversions")
    s -= 4.0 * inversions
    if not major:
        s -= 1.0 * (len(kinds) - len(distinct))  # the same part named again and again: items, not parts
    unnamed = sum(1 for h in heads if not h.named and not _numbered_part_line(h, reading, heads))
    s -= 1.5 * unnamed
    lead_ins = sum(1 for h in heads if is_lead_in(h.para.heading, h.para.text))
    intros = sum(1 for h in heads if h.para.label is None and is_intro_sentence(h.para))
    s -= 3.0 * (lead_ins - intros) + 1.0 * intros  # a whole lead-in sentence that starts a part is its intro
    if lead_ins > intros:
        notes.append("lead-in")
    s -= 1.0 * sum(1 for h in heads if len(h.para.heading) > MAX_BARE_HEADING)
    if reading.rank is not None and not major:
        values = [h.para.label.value for h in heads if h.para.label]
        breaks = sum(1 for a, b in zip(values, values[1:]) if b != a + 1) + (values[0] != 1)
        s -= 1.0 * breaks
        notes.extend(["label-break"] * breaks)
    before = heads[0].para.start / max(1, text_len)
    if before > 0.4 and heads[0].para.start > LONG_PREAMBLE and "implied-problems" not in notes:
        s -= 6.0 * (before - 0.4)
        notes.append("late-start")
    return s


PART_RANK = 1  # 一、: the rank of a part's label in most materials
PART_NAME = 12  # characters: a part's name (`存在问题`, `整改措施和努力方向`), not a problem stated


def _mixed_reading(found: list[Reading]) -> Reading | None:
    """Part headings of two kinds in one text: a labelled part (`三、下步工作思路和主要措施`,
    `一、…存在的问题…`) and an unlabelled lead-in that opens a part of another kind (`产生以上问题的
    原因主要有：一是…`, `产生上述这些问题原因很多，…有以下几个方面：`) — a writer who numbered some parts and
    not others, or a cut page. The reading holds both when each adds a core part the other lacks and
    they run problems → causes → measures."""
    labelled = next((r for r in found if r.rank == PART_RANK), None)
    unlabelled = next((r for r in found if r.family == "unlabelled"), None)
    if labelled is None or unlabelled is None or not unlabelled.heads:
        return None
    named = [h for h in labelled.heads if h.named and h.kind in CORE_ORDER]
    # only lead-in sentences: a bare line that names a part (a breadcrumb `… > 对照检查`, a stray
    # `存在的问题`) is left to the readings that weigh it
    # (a lead-in of the kind a merged part above answers for, `原因剖析及整改措施` then `针对上述问题，…
    # 抓好整改：`, is that part's text)
    extra = [
        h
        for h in unlabelled.heads
        if h.kind in CORE_ORDER
        and is_lead_in(h.para.heading, h.para.text)
        and not any(
            n.para.start < h.para.start and n.kind in ANSWERS and answers(h.kind, n.kind, n.para.heading)
            for n in named
        )
    ]
    if not named or not extra or {h.kind for h in named} & {h.kind for h in extra}:
        return None
    heads: list[Head] = []
    reached = -1  # the furthest core part so far
    for h in sorted([*labelled.heads, *extra], key=lambda h: h.para.start):
        if h in extra and (
            CORE_ORDER[h.kind] < reached
            or (heads and heads[-1] in extra and heads[-1].kind == h.kind)
            or (heads and heads[-1].para.index == h.para.index - 1)
        ):
            # a lead-in inside a later part, a second lead-in of the same part, or the lead-in right
            # under a numbered heading: that part's text
            continue
        heads.append(h)
        reached = max(reached, CORE_ORDER.get(h.kind, -1))
    order = [CORE_ORDER[h.kind] for h in heads if h.kind in CORE_ORDER]
    if order != sorted(set(order)) or not any(h in extra for h in heads):
        return None
    return Reading("mixed", heads, None)


def readings(paras: list[Para], skip: int, text_len: int) -> list[Reading]:
    """Every candidate reading, best first."""
    body = paras[skip:]
    found = [
        _labelled_reading(body, r)
        for r in sorted({p.rank for p in body if p.rank is not None and p.rank <= 4})
    ]
    found.append(_unlabelled_reading(body, paras))
    mixed = _mixed_reading(found)
    if mixed is not None:
        found.append(mixed)
    for r in found:
        r.score = score_reading(r, paras, text_len, skip)
    order = {r.family: k for k, r in enumerate(found)}
    ranked = sorted(found, key=lambda r: (-r.score, order[r.family]))
    if ranked and ranked[0].family == "unlabelled":
        # a numbered heading outweighs a bare line that names the same parts by a point or less
        # (`四、存在问题` on a cut page, whose numbers do not start at 一, against a stray `存在的问题`)
        same = next(
            (
                r
                for r in ranked[1:]
                if r.rank is not None
                and r.rank <= PART_RANK
                and set(r.kinds()) == set(ranked[0].kinds())
                and ranked[0].score - r.score <= NUMBERED_EDGE
            ),
            None,
        )
        if same is not None:
            ranked.remove(same)
            ranked.insert(0, same)
    return ranked


NUMBERED_EDGE = 1.0  # points by which a bare line may lead a numbered heading naming the same parts


def confidence(ranked: list[Reading]) -> float:
    """How sure the parse is of its parts: 1.0 plain, lower when another reading comes close with
    other parts, when parts are out of order, unnamed, or start late."""
    if not ranked or ranked[0].score <= NO_READING:
        return 1.0  # no reading finds any part: sure that there is none
    best = ranked[0]
    c = 1.0
    kinds = set(best.kinds())
    if "problems" not in kinds:
        c -= 0.3
    for other in ranked[1:]:
        if other.heads and set(other.kinds()) != kinds and best.score - other.score < 3.0:
            c -= 0.3
            break
    if "inversions" in best.notes:
        c -= 0.2
    if "lead-in" in best.notes:
        c -= 0.2
    if "late-start" in best.notes:
        c -= 0.2
    c -= min(0.3, 0.15 * best.notes.count("label-break"))
    c -= 0.05 * sum(1 for h in best.heads if not h.named)
    return round(max(0.0, min(1.0, c)), 2)


def kinds_elsewhere(ranked: list[Reading]) -> list[str]:
    """Parts that some other plausible reading finds but the chosen one does not."""
    if not ranked:
        return []
    chosen = set(ranked[0].kinds())
    other = {k for r in ranked[1:] if r.score > 0 for k in r.kinds()}
    return sorted(other - chosen, key=lambda kind: CORE_ORDER[kind])
