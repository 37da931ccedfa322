"""Problems lists with no part heading: `一是…` `二是…` paragraphs, or one paragraph running them,
that state shortcomings — a cut page that starts inside its problems part, or a part whose heading
the writer left out. A reader sees a problems part there; the parser finds it by position.

A run is taken only when its points read as shortcomings (`不够`, `不强`, `不到位`, `缺乏`, `淡薄` …)
and not as what will be done (`加强…`), or when it stands right before a causes or measures part:
a text that states no shortcoming never gets a problems part from here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from mingjing.numerals import parse_chinese_number
from mingjing.parse.labels import inline_markers
from mingjing.parse.sections import is_measure_heading, section_kind

if TYPE_CHECKING:
    from mingjing.parse.outline import Para

# `一是…`, or `第一，…` (the writer's other way of counting points)
_SHI = re.compile(
    r"^(?:([一二三四五六七八九十]{1,3})是(?![求点])|[第其]([一二三四五六七八九十]{1,3})[，,、：:])"
)
SHI_POINT = re.compile(r"^([一二三四五六七八九十]{1,3})是(?![求点])")  # `四是…`: one point of a 一是 series
# words with which a sentence says that something falls short
SHORTCOMING = re.compile(
    r"不够|不足|不强|不深|不高|不严|不实|不力|不好|不透|不精|不细|不到位|不善|不敢|不愿|不会|不能|不优|"
    r"不均|不平衡|不规范|不健全|不完善|不经常|不及时|不充分|不明显|不紧|"
    r"缺乏|欠缺|缺失|缺少|淡薄|淡化|弱化|虚化|薄弱|较差|较低|偏低|偏弱|偏少|偏多|偏大|老化|落后|滞后|丧失|"
    r"偏慢|偏松|偏软|偏宽|有温差|畏难|迟缓|缓慢|模糊|淡漠|动摇|涣散|流于|懈怠|松懈|松弛|放松|放纵|疏于|急功近利|失之于|差距|短板|问题|不同程度|有待|"
    r"存在[^。，,；;]{1,12}(?:现象|倾向|情况)|应付了事|敷衍|走过场|得过且过"  # `制度执行存在宽松软的现象`
)
# a statement that ends by saying how the thing it names falls short
_ENDS_SHORT = re.compile(
    r"(?:有|存在|还有)(?:差距|短板|不足|欠缺)$|不够[^，,]{0,4}$|不到位$|不足$|不紧$|不力$|不实$"
)
_FIRST_CLAUSE = re.compile(r"[。！？；;：:]")
CLAUSE_CHARS = 60  # how much of a point is its statement


def _value(text: str) -> int | None:
    m = _SHI.match(text)
    return parse_chinese_number(m.group(1) or m.group(2)) if m else None


def states_shortcoming(point: str) -> bool:
    """The point's first sentence says that something falls short, and does not say what will be
    done (`加强理论学习，解决学习不深的问题` is a measure)."""
    body = _SHI.sub("", point.lstrip(), count=1).lstrip("，,、 ")
    clause = _FIRST_CLAUSE.split(body, maxsplit=1)[0][:CLAUSE_CHARS]
    # (`强化…理论武装有差距`, `落实…制度有差距`: a task named, then how it falls short)
    return bool(SHORTCOMING.search(clause)) and (
        not is_measure_heading(clause) or bool(_ENDS_SHORT.search(clause))
    )


def _mostly_shortcomings(points: list[str]) -> bool:
    return 2 * sum(1 for p in points if states_shortcoming(p)) > len(points)


def shi_run(paras: list[Para]) -> list[Para] | None:
    """The first run of at least two unlabelled paragraphs opening with `一是`, `二是`, … in sequence
    (other paragraphs may stand between them); it starts at `一是`, or at any value as the first run
    (a cut page that starts inside the list, or a list whose `一是` ran inside a paragraph above)."""
    run: list[Para] = []
    opened = False
    for p in paras:
        if p.label is not None:
            if run:
                break
            continue
        value = _value(p.text)
        if value is None:
            continue
        if run and value == (_value(run[-1].text) or 0) + 1:
            run.append(p)
        elif len(run) >= 2:
            break
        elif value == 1 or not opened:
            run = [p]
            opened = True
    return run if len(run) >= 2 else None


def headless_problems(paras: list[Para], skip: int) -> Para | None:
    """Where a problems part with no heading starts in a text in which no heading names a part: a run
    of `一是` paragraphs, or one paragraph running `一是…二是…`, whose points mostly state shortcomings
    (a lead-in paragraph naming them just above, `…存在着不少问题，具体讲有以下几个方面：`, starts the
    part with it); None when there is none."""
    body = paras[skip:]
    run = shi_run(body)
    if run is not None and (_mostly_shortcomings([p.text for p in run]) or _announced(paras, run[0], skip)):
        return _with_lead(paras, run[0], skip)
    cut = _cut_lone_point(body)
    if cut is not None:
        return cut
    lead = _lead_then_series(body) or _lead_then_aspects(body)
    if lead is not None:
        return lead
    opened = _short_problem_paragraphs(body)
    if opened is not None:
        return opened
    for p in body:
        if p.label is not None:
            continue
        markers = inline_markers(p.text)
        if len(markers) < 2 or markers[0].label not in ("一是", "第一"):
            continue
        bounds = [m.start for m in markers] + [len(p.text)]
        points = [p.text[a:b] for a, b in zip(bounds, bounds[1:])]
        if _mostly_shortcomings(points):
            return _with_lead(paras, p, skip)
    return None


_LAST_SENTENCE = re.compile(r"[^。！？!?]*$")


def _announced(paras: list[Para], first: Para, skip: int) -> bool:
    """The paragraph just above the series ends with a sentence that announces the problems (by the
    word: `问题`, `不足` …) or their causes and a colon (`…我认为原因主要有以下几个方面:`): the series is that list, whatever its words."""
    if first.index <= skip:
        return False
    above = paras[first.index - 1]
    text = above.text.rstrip()
    if above.label is not None or not text.endswith(_LEAD_END + _SUMMED_UP):
        return False
    sentence = _LAST_SENTENCE.search(text.removesuffix("。"))
    if sentence is None:
        return False
    kind = section_kind(sentence.group(0))
    # (`做如下四风对照检查:` names no shortcoming: the list may be anything)
    return kind == "causes" or (kind == "problems" and _NAMES_PROBLEMS.search(sentence.group(0)) is not None)


# a sentence announcing the causes listed under it (`…有以下几个原因。`, `原因主要有以下几点:`)
_CAUSES_LEAD = re.compile(
    r"(?:原因|根源)[^。！？]{0,12}(?:如下|以下|几点|几个方面|几方面|有[二两三四五六七八九]|主要有)"
    r"|(?:以下|如下|几个|几点|[二两三四五六七八九]个?方面的?)[^。！？]{0,6}(?:原因|根源)"
)


def causes_lead_above(paras: list[Para], first: Para, skip: int) -> bool:
    """The paragraph just above `first` (the first of a run of `一是` lines) closes with a sentence that
    announces causes (`缺乏业务知识有以下几个原因。`): the run lists those causes, a part of its own."""
    if first.index <= skip:
        return False
    above = paras[first.index - 1]
    if above.label is not None:
        return False
    text = above.text.rstrip()
    sentence = _LAST_SENTENCE.search(text.rstrip("。：:"))
    return sentence is not None and _CAUSES_LEAD.search(sentence.group(0)) is not None


def _cut_lone_point(body: list[Para]) -> Para | None:
    """A page cut inside its first point: the text's last paragraph opens with `一是`, states a
    shortcoming and breaks off without ending its sentence, with no other point before it (`一是只争
    朝夕的紧迫感不够强。…对此，我应该`); that paragraph, else None."""
    texts = [p for p in body if p.text.strip()]
    if len(texts) < 2 or any(_value(p.text) is not None or p.label is not None for p in texts[:-1]):
        return None
    last = texts[-1]
    if (
        last.label is not None
        or _value(last.text) != 1
        or last.text.rstrip().endswith(("。", "！", "？", "!", "?", "；", ";", "”"))
        or len(inline_markers(last.text)) > 1
    ):
        return None
    return last if states_shortcoming(last.text) else None


_NAMES_PROBLEMS = re.compile(r"问题|不足|差距|短板|失误")
_LEAD_END = ("：", ":")
# a preamble sentence that sums up what follows (`…存在的问题总结如下。`): a lead-in like a colon
_SUMMED_UP = ("如下。",)
# a lead-in naming the problems, then the first point in the same paragraph (`…主要存在三个方面问题：一是…`)
_LEAD_FIRST = re.compile(r"[：:]\s*(一是|第一[，,、])")


def _lead_then_series(body: list[Para]) -> Para | None:
    """A paragraph whose last sentence before a colon names problems and whose first point follows
    the colon (`…主要存在三个方面问题：一是…。`), the series going on in the paragraphs below (`二是…`,
    `三是…`), the points mostly shortcomings: the problems part starts at that first point."""
    texts = [p for p in body if p.text.strip()]
    for k, p in enumerate(texts[:-1]):
        m = _LEAD_FIRST.search(p.text) if p.label is None else None
        if m is None:
            continue
        sentence = _LAST_SENTENCE.search(p.text[: m.start()])
        if sentence is None or not _NAMES_PROBLEMS.search(sentence.group(0)):
            continue
        points = [p.text[m.start(1) :]]
        for q in texts[k + 1 :]:
            if q.label is not None or _value(q.text) != len(points) + 1:
                break
            points.append(q.text)
        if len(points) >= 2 and _mostly_shortcomings(points):
            at = p.start + m.start(1)  # the part starts at its first point; the lead before it is preamble
            return replace(
                p, start=at, text=p.text[m.start(1) :], body_start=at, heading_end=at, rest_start=at
            )
    return None


# the lead's colon, then the first aspect run in (`…主要存在以下问题：在遵守党章…方面，…；在…方面，…`)
_LEAD_ASPECT = re.compile(r"[：:]\s*(?=在[^。；;：:，,]{2,40}?方面[，,])")
_ASPECT_CLAUSE = re.compile(r"^在[^。；;：:，,]{2,40}?方面[，,]")
RUN_IN_ASPECTS = 2  # aspects run in one after another in the paragraph


def _lead_then_aspects(body: list[Para]) -> Para | None:
    """An excerpt's paragraph whose lead names the problems before a colon and then runs the aspects in,
    each `在…方面，…` clause closed by `；` (a report's quotation of a material in one paragraph), most of
    them stating a shortcoming: the problems part starts at that paragraph (its items none: no labelled
    heading stands in it)."""
    for p in body:
        m = _LEAD_ASPECT.search(p.text) if p.label is None else None
        if m is None:
            continue
        sentence = _LAST_SENTENCE.search(p.text[: m.start()])
        if sentence is None or not _NAMES_PROBLEMS.search(sentence.group(0)):
            continue
        clauses = [c.strip() for c in re.split(r"[；;]", p.text[m.end() :]) if c.strip()]
        aspects = [_ASPECT_CLAUSE.sub("", c) for c in clauses if _ASPECT_CLAUSE.match(c)]
        if len(aspects) >= RUN_IN_ASPECTS and _mostly_shortcomings(aspects):
            return p
    return None


SHORT_PROBLEM = 20  # characters: a paragraph's opening sentence that names a problem is short


def _short_problem_paragraphs(body: list[Para]) -> Para | None:
    """A paragraph that says problems remain (`…还存在不少短板，…问题还比较突出。`), then two or more
    unlabelled paragraphs up to the end, each opening with a short sentence naming a problem
    (`理想信念模糊。有的同志…`), most stating a shortcoming: the problems part starts at the first."""
    texts = [p for p in body if p.text.strip()]
    for k, p in enumerate(texts[:-2]):
        if p.label is not None or not _NAMES_PROBLEMS.search(p.text) or not p.text.rstrip().endswith("。"):
            continue
        rest = texts[k + 1 :]
        openings = [re.split(r"[。！？]", q.text, maxsplit=1)[0] for q in rest]
        if (
            all(q.label is None and _value(q.text) is None for q in rest)
            and all(0 < len(o) <= SHORT_PROBLEM and len(o) < len(q.text) - 1 for o, q in zip(openings, rest))
            and _mostly_shortcomings(openings)
        ):
            return rest[0]
        return None  # only the first paragraph naming problems is looked at
    return None


def _with_lead(paras: list[Para], first: Para, skip: int) -> Para:
    """The paragraph that starts the part: the one just above when it is a lead-in naming problems
    and ending in a colon, else the run's first paragraph."""
    if first.index > skip:
        above = paras[first.index - 1]
        text = above.text.rstrip()
        last = _LAST_SENTENCE.search(text)
        if (
            above.label is None
            and text.endswith(_LEAD_END)
            and (_NAMES_PROBLEMS.search(text) or (last and section_kind(last.group(0)) == "causes"))
        ):
            return above
    return first


# a paragraph that turns to what will be done after the problems (`下一步，支部将…`, `会议要求，…一是要…`,
# `针对上述问题，…`): the measures part of a page that heads none of its parts
# (after a clause that takes up the problems just named: `对于这些问题，下一步我将…`, `对此，今后…`)
_MEASURES_LEAD = re.compile(
    r"^(?:(?:对此|(?:对于|对照|围绕|就|对)(?:以上|上述|这些|前述|查摆出?的|存在的)[^，,。；;]{0,6}?(?:问题|不足|差距))"
    r"[，,]\s*)?"
    r"(?:会议(?:要求|强调|提出)|下一步|今后|接下来|针对(?:以上|上述|这些|查摆出?的|存在的|前述))"
)
_WILL_DO = re.compile(r"要|将|努力|力争|切实|确保")
LEAD_CLAUSE = 40  # characters in which the lead says what will be done


# a paragraph that opens by turning to the causes (`产生这些问题的原因，主要是…`, `究其原因，…`)
_CAUSES_OPENING = re.compile(
    r"^(?:(?:产生|造成|出现|存在)(?:以上|上述|这些)?(?:问题|不足)的?(?:主要)?(?:原因|根源)|究其(?:原因|根源)|"
    r"分析(?:其|以上|上述|这些)?(?:问题的?)?(?:原因|根源))"
)


def causes_opening(paras: list[Para], first: int, before: Para | None) -> Para | None:
    """The paragraph that starts a causes part with no heading, between a problems part found by
    position (from paragraph `first` on) and the measures part found after it (`before`, or the end): the
    first unlabelled paragraph that opens by turning to the causes; None when there is none."""
    for p in paras[first:]:
        if before is not None and p.start >= before.start:
            return None
        if p.label is None and _CAUSES_OPENING.match(p.text):
            return p
    return None


def headless_measures(paras: list[Para], first: int) -> Para | None:
    """The paragraph that starts a measures part with no heading in a text that heads none of its
    parts, looking from paragraph `first` on (below a problems part found by position): the first
    unlabelled paragraph that opens by turning to what will be done and says so (`要`, `将` …) in its
    opening words; None when there is none, or a labelled line comes first."""
    for p in paras[first:]:
        if p.label is not None:
            return None  # a labelled line below: the text has parts of its own
        lead = _MEASURES_LEAD.match(p.text)
        if lead and _WILL_DO.search(p.text, lead.end(), lead.end() + LEAD_CLAUSE):
            return p
    return None


# a writer examining themself, announcing their shortcomings (`我将自身的缺点主要分为以下几点：`), then
# `一、…；二、…` run in the same paragraph
_SELF_LEAD = re.compile(
    r"(?:我|本人|自己|自身)[^。！？!?：:]{0,30}?(?:缺点|不足|问题|差距|毛病)[^。！？!?：:]{0,16}[：:]\s*一、"
)
_INLINE_NUMERAL = re.compile(r"(?<=[；;。，,！？\s])([二三四五六七八九])、")


def self_examination(paras: list[Para], skip: int) -> Para | None:
    """A paragraph in which the writer names their own shortcomings and lists them inline
    (`…我将自身的缺点主要分为以下几点：一、…；二、…；三、…`), in a text in which nothing else marks a part
    (an essay on criticism and self-criticism closing with the writer's own): that paragraph starts
    a problems part found by position; None when there is none."""
    for p in paras[skip:]:
        if p.label is not None:
            continue
        lead = _SELF_LEAD.search(p.text)
        if lead is None:
            continue
        values = [parse_chinese_number(m.group(1)) for m in _INLINE_NUMERAL.finditer(p.text, lead.end())]
        if values[:1] == [2]:
            return p
    return None


CAUSES_RUN = 60  # characters of text after a lead's colon: the causes run on in its paragraph
_COLON = re.compile(r"[：:]")
_NAMES_CAUSES = re.compile(r"原因|根源|根子|症结")


def headless_causes(paras: list[Para], skip: int) -> Para | None:
    """In a text with no numbered line at all, the paragraph whose lead names the causes and ends in a
    colon that the causes run on after, unnumbered, in the same paragraph (`…要对问题根源进行深刻剖析。
    主要归结于:思想底线有所松溃。…`) and state shortcomings: a causes part with no heading; else None."""
    body = paras[skip:]
    if any(p.label is not None for p in body):
        return None
    for p in body:
        m = _COLON.search(p.text)
        if m is None or len(p.text) - m.end() < CAUSES_RUN:
            continue
        sentences = re.split(r"(?<=[。！？])", p.text[: m.start()])
        lead = "".join(sentences[-2:])  # the colon's sentence and the one before it
        if _NAMES_CAUSES.search(lead) and SHORTCOMING.search(p.text[m.end() : m.end() + CAUSES_RUN]):
            return p
    return None


# an item's heading that names an aspect (`（五）在带头发扬斗争精神方面。…`, `（三）践行宗旨、服务人民方面。…`)
_ASPECT_HEADING = re.compile(r"^[^。！？；;：:]{2,40}?(?:方面|情况)(?=[。：:，,]|$)")


def excerpt_items(paras: list[Para], skip: int) -> Para | None:
    """An excerpt of a problems part quoted with no part heading and no title (a report's `发言摘登`, a page
    that carries one item of a speech): every numbered line of the text is an item of one rank whose
    heading names an aspect (`（五）在…方面。…`), and the items state shortcomings. The first such item
    starts a problems part found by position, its items at that rank; None otherwise."""
    numbered = [p for p in paras[skip:] if p.label is not None and not p.label.floating]
    if not numbered or len({p.label.rank for p in numbered if p.label is not None}) != 1:
        return None
    for p in numbered:
        body = p.text[p.label.end if p.label is not None else 0 :].lstrip()
        if _ASPECT_HEADING.match(body) is None or SHORTCOMING.search(body) is None:
            return None
    return numbered[0]
