"""Structure: title, preamble, the three parts (problems, causes, measures), their order, empty parts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.parse.sections import aspect_rounds
from mingjing.rules.base import Check, Rule, code_rule
from mingjing.rules.cut_copy import LABEL
from mingjing.rules.failclosed import is_plan, looks_like_material, problem_list, title_words
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding, Headed
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TITLE_WORDS = re.compile(
    r"材料|提纲|发言|剖析|报告|生活会|检视|对照|检讨|整改措施|问题清单|整改台账"
)  # 检讨书, 反思检讨 name a document too; so do 存在问题及整改措施, 问题清单, 整改台账 (what it lists)
# the subtitle line under a headline: a dash, then what the text is (——在…会议上的发言)
_SUBTITLE = re.compile(r"\s*\n\s*(?:——|—|--)[^\n]*(?:" + TITLE_WORDS.pattern + r")")
PREAMBLE_HEADING = re.compile(r"前言|引言|序言|开头语")  # a part headed so is the preamble
PREAMBLE_MIN = 20  # characters of sentences (not signature lines) a preamble needs
PART_NAMES = {
    "problems": "存在的问题（查摆问题）",
    "causes": "原因分析（根源剖析）",
    "measures": "整改措施（努力方向）",
}
PREVIOUS = {"problems": None, "causes": "problems", "measures": "causes"}


@code_rule(
    "S101",
    "missing-title",
    "structure",
    "warning",
    "{what}：应在首行写明姓名、年度和会议名称，如“××2023年度民主生活会个人对照检查材料”",
    "没有标题的材料无法归档，也看不出是哪一年、哪次会议的材料。",
    bad=[variant("王建国2023年度主题教育专题民主生活会个人对照检查材料\n", "")],
    good=[
        GOOD,
        variant("王建国2023年度主题教育专题民主生活会个人对照检查材料", "王建国个人存在问题及整改措施"),
        variant(  # a headline over a subtitle that names the speech
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "严守纪律规矩　勇于担当作为\n——在县委常委班子专题民主生活会上的对照检查发言",
        ),
    ],
)
def missing_title(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    title = ctx.outline.title
    if title and _SUBTITLE.match(ctx.text, ctx.outline.title_end):
        return  # a speech's headline over its subtitle (——在…民主生活会上的对照检查发言): the subtitle names it
    if TITLE_WORDS.search(title_words(ctx.outline)) or _title_line_on_top(ctx.text):
        return  # (a PDF's space splits `查摆 问题清单`; a site's blurb or a line read as a heading holds it)
    start, end = ctx.heading_anchor()  # none, or a first line that names no material
    what = f"标题“{title}”没有写明是什么材料" if title else "材料缺少标题"
    yield rule.finding(ctx.text, start, end, what=what)


_SENTENCE_END = re.compile(r"[。；;！？，,]")
_TOP_LINES = 3  # lines at the top where a title may stand under a site's blurb
_TITLE_LINE = 60  # characters of a title line at most


def _title_line_on_top(text: str) -> bool:
    """Whether one of the first lines is a title of its own that the parse did not take as the title:
    a short unnumbered line without a sentence that names the document (a site's blurb above it, or
    `…问题及整改措施【第一篇】` read as a part's heading)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_TOP_LINES]
    return any(
        len(line) <= _TITLE_LINE
        and not _SENTENCE_END.search(line)
        and not LABEL.match(line)
        and TITLE_WORDS.search(line)
        for line in lines
    )


@code_rule(
    "S102",
    "missing-preamble",
    "structure",
    "warning",
    "缺少前言：应在正文前简要说明学习、征求意见和谈心谈话等会前准备情况",
    "前言交代会前准备是对照检查材料的惯例，缺少前言显得准备不充分。",
    bad=[
        variant(
            "按照县委要求，我认真学习《习近平著作选读》，通过座谈会、个别访谈征求意见建议23条，与班子成员谈心谈话12人次。\n",
            "",
        )
    ],
    good=[
        GOOD,
        variant(
            "按照县委要求，我认真学习《习近平著作选读》，通过座谈会、个别访谈征求意见建议23条，与班子成员谈心谈话12人次。\n",
            "一、前言\n按照县委要求，我认真学习《习近平著作选读》，通过座谈会、个别访谈征求意见建议23条，与班子成员谈心谈话12人次。\n",
        ),
    ],
)
def missing_preamble(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    o = ctx.outline
    if not o.sections or any(PREAMBLE_HEADING.search(sec.heading) for sec in o.sections):
        return
    if problem_list(o):
        return  # a list of the problems found opens with its first item
    sentences = 0
    if o.preamble_start is not None and o.preamble_end is not None:
        for p in o.document.paragraphs:
            line = ctx.text[p.start : p.end]
            if o.preamble_start <= p.start < o.preamble_end and (
                "。" in line or "，" in line or len(line) > 40
            ):
                sentences += len(line)
    if sentences < PREAMBLE_MIN:
        yield rule.finding(ctx.text, *ctx.heading_anchor())


# a paragraph that tells the causes without a part heading: 产生这些问题，主要是…; 原因主要是…; 究其原因
_CAUSE_PARAGRAPH = re.compile(
    r"(?m)^[ \t\u3000]*(?:(?:产生|出现|存在)(?:这些|上述|以上)问题[的，,]?(?:原因|根源)?|(?:问题的?)?原因主要|究其原因)"
    r"[^\n]{0,12}(?:是|有|在于)"
)


def _missing_part(kind: str) -> Check:
    def check(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:  # also when no part was found at all
        if ctx.answering(kind) or not looks_like_material(ctx.outline):
            return  # a merged `原因及整改措施` part answers for causes and measures alike
        if kind != "measures" and is_plan(ctx.outline):
            return  # a rectification plan states tasks: its problems were found elsewhere
        listed = problem_list(ctx.outline)
        if listed and (kind == "causes" or (kind == "measures" and listed == "problems")):
            return  # a list of problems holds its problems (and the measures it names), no causes
        if kind == "causes" and _CAUSE_PARAGRAPH.search(ctx.text):
            return  # the causes told in a paragraph of their own without a heading (产生这些问题，主要是…)
        previous = PREVIOUS[kind]
        start, end = (
            ctx.heading_anchor(previous) if previous and ctx.sections(previous) else ctx.heading_anchor()
        )
        yield rule.finding(ctx.text, start, end, part=PART_NAMES[kind])

    return check


missing_problems = code_rule(
    "S103",
    "missing-problems",
    "structure",
    "error",
    "缺少“{part}”部分：对照检查材料的核心是查摆自身问题",
    "没有查摆问题部分，材料就失去了对照检查的意义。",
    bad=[variant("一、存在的问题\n", "一、基本情况\n")],
    good=[GOOD],
)(_missing_part("problems"))
missing_causes = code_rule(
    "S104",
    "missing-causes",
    "structure",
    "error",
    "缺少“{part}”部分：查摆问题后应深挖产生问题的根源",
    "只摆问题不剖析原因，是审阅中最常被退回的情形之一。",
    bad=[variant("二、产生问题的原因\n", "二、其他说明\n")],
    good=[
        GOOD,
        variant(  # a list of the problems found holds no causes
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "王建国2023年度主题教育专题民主生活会查摆 问题清单",
        ).replace("二、产生问题的原因\n", "二、其他说明\n"),
        variant(  # the causes told in a paragraph without a heading
            "二、产生问题的原因\n",
            "产生这些问题，主要是我对自己的要求放松了，党员意识淡化了。\n二、其他说明\n",
        ),
    ],
)(_missing_part("causes"))
missing_measures = code_rule(
    "S105",
    "missing-measures",
    "structure",
    "error",
    "缺少“{part}”部分：问题和原因之后应提出整改措施",
    "没有整改措施，问题就无法转入整改台账跟踪落实。",
    bad=[variant("三、整改措施\n", "三、其他说明\n")],
    good=[GOOD],
)(_missing_part("measures"))


@code_rule(
    "S106",
    "parts-out-of-order",
    "structure",
    "warning",
    "“{match}”出现在“{before}”之前：通常顺序是查摆问题、剖析原因、整改措施",
    "顺序颠倒会让审阅者找不到对应关系。",
    bad=[
        GOOD.replace("二、产生问题的原因", "二、整改措施_")
        .replace("三、整改措施", "三、产生问题的原因")
        .replace("二、整改措施_", "二、[整改措施]")
    ],
    good=[GOOD],
)
def parts_out_of_order(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    order = {"problems": 0, "causes": 1, "measures": 2}
    if aspect_rounds(ctx.outline.sections):
        return  # aspect-major: problems → causes → measures once per aspect, each round in order
    ranked = [s for s in ctx.outline.sections if s.kind in order]
    for a, b in zip(ranked, ranked[1:]):
        if order[b.kind] < order[a.kind]:
            yield rule.finding(ctx.text, a.heading_start, a.heading_end, before=b.heading)
            return


@code_rule(
    "S107",
    "empty-part",
    "structure",
    "error",
    "“{match}”部分是空的：标题下没有任何内容",
    "只有标题没有内容的部分，多是照模板删改时遗漏。",
    bad=[
        variant(
            "二、产生问题的原因\n（一）理论武装不够自觉。对原文原著学习没有常抓不懈，学用结合不紧。\n"
            "（二）党性锤炼有所放松。对政治素质和舆情风险的认识不足，斗争精神和担当作为有所减弱。\n"
            "（三）宗旨意识有所淡化。对调查研究和群众急难愁盼关注不够，数字化等新本领学习不够。\n"
            "（四）纪律规矩弦绷得不紧。对工程领域廉洁风险的严重性认识不足。\n",
            "二、[产生问题的原因]\n",
        )
    ],
    good=[GOOD],
)
def empty_part(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for s in ctx.outline.sections:
        if s.kind in ("problems", "causes", "measures") and not ctx.text[s.heading_end : s.end].strip(
            "。：: \n"
        ):
            yield rule.finding(ctx.text, s.heading_start, s.heading_end)


_NUMERALS = "零一二三四五六七八九十"
_LABEL_NUMBER = re.compile(r"[一二三四五六七八九十]+|\d+")


def _label_number(label: str) -> tuple[str, int] | None:
    """(the label's style with its number as #, the number) of 二、 （三） 4. 第五部分; None without one."""
    m = _LABEL_NUMBER.search(label)
    if not m:
        return None
    word = m.group()
    if word.isdigit():
        number = int(word)
    elif len(word) == 1:
        number = _NUMERALS.index(word)
    elif word.startswith("十"):
        number = 10 + (_NUMERALS.index(word[1]) if len(word) > 1 else 0)
    else:
        number = _NUMERALS.index(word[0]) * 10 + (_NUMERALS.index(word[2]) if len(word) > 2 else 0)
    return label[: m.start()] + "#" + label[m.end() :], number


def _numeral(number: int, like: str) -> str:
    if like.isdigit():
        return str(number)
    if number <= 10:
        return _NUMERALS[number]
    tens, units = divmod(number, 10)
    return ("" if tens == 1 else _NUMERALS[tens]) + "十" + (_NUMERALS[units] if units else "")


@code_rule(
    "S108",
    "repeated-part-number",
    "structure",
    "warning",
    "{level}序号“{match}”与上一{unit}“{previous}”重复：应为“{expected}”",
    "标题序号重复或倒退，多是增删部分或条目后没有顺改序号，审阅者会以为漏了一部分。"
    "一级标题和每一部分里的条目标题（（一）（二）……）都看。",
    bad=[
        variant("三、整改措施", "[二、]整改措施"),
        variant("（三）宗旨意识有所淡化。", "[（二）]宗旨意识有所淡化。"),
        variant("（三）宗旨意识有所淡化。", "[（一）]宗旨意识有所淡化。"),
    ],
    good=[
        GOOD,
        variant("（三）宗旨意识有所淡化。", "具体有以下几个方面：\n（一）宗旨意识有所淡化。"),
    ],
)
def repeated_part_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _repeated_numbers(ctx, rule, ctx.outline.sections, "一级标题", "部分")
    for section in ctx.outline.sections:
        yield from _repeated_numbers(ctx, rule, section.items, "条目", "条")


@code_rule(
    "S109",
    "skipped-part-number",
    "structure",
    "warning",
    "{level}序号“{match}”跳号了：上一{unit}是“{previous}”，应为“{expected}”",
    "序号跳过一个（3之后是5），多是删去一部分或一条后没有顺改序号，审阅者会以为漏了一条。"
    "一级标题和每一部分里的条目标题都看。",
    bad=[variant("（四）纪律规矩弦绷得不紧。", "[（五）]纪律规矩弦绷得不紧。")],
    good=[GOOD],
)
def skipped_part_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _repeated_numbers(ctx, rule, ctx.outline.sections, "一级标题", "部分", skipped=True)
    for section in ctx.outline.sections:
        yield from _repeated_numbers(ctx, rule, section.items, "条目", "条", skipped=True)


LEAD_IN_MAX = 30  # characters of a line without a closing mark that reads as a heading of its own


def _after_lead_in(text: str, at: int) -> bool:
    """The line before `at` ends with a colon or is a short line without a sentence mark."""
    end = text.rfind("\n", 0, at)
    if end < 0:
        return False
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    return line.endswith(("：", ":")) or (
        0 < len(line) <= LEAD_IN_MAX and not line.endswith(("。", "；", ";"))
    )


def _repeated_numbers(
    ctx: ReviewContext, rule: Rule, parts: Sequence[Headed], level: str, unit: str, skipped: bool = False
) -> Iterator[Finding]:
    """A label whose number repeats or goes back from the one before it in the same style (or, with
    `skipped`, one that jumps past the next number)."""
    previous: tuple[str, tuple[str, int]] | None = None
    for s in parts:
        label = s.label.strip()
        parsed = _label_number(label) if label else None
        if parsed is None:
            continue
        same_style = previous is not None and previous[1][0] == parsed[0]
        # a label back at 1 after a lead-in line opens a new list (…以下几个方面：一是…, 给某同志提的意见
        # 1.…), no repeat; back at 1 right after another item's text it is one
        restart = parsed[1] == 1 and previous is not None and _after_lead_in(ctx.text, s.start)
        wrong = (
            previous is not None
            and not restart
            and (parsed[1] > previous[1][1] + 1 if skipped else parsed[1] <= previous[1][1])
        )
        if same_style and wrong and previous is not None:
            m = _LABEL_NUMBER.search(label)
            assert m is not None  # parsed, so it holds a number
            expected = label[: m.start()] + _numeral(previous[1][1] + 1, m.group()) + label[m.end() :]
            at = s.start + s.label.index(label)
            yield rule.finding(
                ctx.text,
                at,
                at + len(label),
                (expected,),
                previous=previous[0],
                expected=expected,
                level=level,
                unit=unit,
            )
        previous = (label, parsed)
