"""Notes → the material's text: title, signature, preamble, problems per aspect in the framework's
order (一是/二是, 比如/又如), causes, measures — in the house numbering 一、（一）1.（1）.

Every fixed phrase the draft adds lives here, so that `extract.py` can take a drafted material
apart again. Missing parts become visible placeholders (【待补充：…】).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mingjing.draft.material import Block, Material, placeholder
from mingjing.draft.notes import (
    Measure,
    Notes,
    Problem,
    clean_name,
    is_collective,
    left_out,
    sentence,
    strip_marker,
)
from mingjing.frameworks import Aspect, Framework
from mingjing.numerals import chinese_count

TITLE_SUFFIX = "个人对照检查材料"
# the words that end a title by naming the document (个人对照检查发言提纲, 检视剖析材料, 在…会上的发言):
# no part of the meeting's name, which the draft follows with its own (TITLE_SUFFIX); a meeting written
# with them (2025年度民主生活会个人对照检查) would name the document twice
TITLE_KINDS = re.compile(
    r"(?:(?<=会)上的?)?(?:党员)?(?:个人)?(?:对照)?(?:检查|检视|查摆)?(?:剖析)?(?:发言)?(?:材料|提纲|稿)?$"
)
TEAM_TITLE_SUFFIX = (
    "对照检查材料"  # a team's title names the team, not a person: 某局党组领导班子…对照检查材料
)
# what a team's title adds to its unit (民主生活会: the leadership team; 组织生活会: the branch committee),
# unless the unit already ends with it; the review reads the kind from these words (parse/kind.py)
TEAM_WORDS = {"班子": "领导班子", "支部": "党支部委员会"}
TEAM_ENDINGS = {"班子": ("班子",), "支部": ("支部委员会", "支委会")}
# who counts the problems in the preamble's last sentence: the author, or the team in its own voice
SPEAKER = {"班子": "班子", "支部": "支委会"}
SECTION_HEADINGS = {
    "problems": "对照检视存在的问题",
    "causes": "产生问题的原因剖析",
    "measures": "今后的努力方向和整改措施",
}
# the preamble's last sentence: the author's own counts, not a stock sentence every draft shares;
# a count the notes do not give (none written) is a gap, never a zero
CLOSING = "对照{aspects}个方面，{counts}，请同志们批评指正。"
COUNTS = {
    "problems": "{speaker}查摆问题{n}个",
    "causes": "剖析原因{n}条",
    "measures": "提出整改措施{n}条",
}  # a part the notes leave out (无) is not counted
_COUNT = r"(?:\d+|【待补充：[^】]*】)"
CLOSING_RE = re.compile(
    rf"对照[一二三四五六七八九十]+个方面，(?:我|班子|支委会)查摆问题{_COUNT}个(?:、剖析原因{_COUNT}条)?"
    rf"(?:、提出整改措施{_COUNT}条)?，请同志们批评指正。$"
)
OPINION_FIRST = "征求意见中，有同志指出“"
OPINION_NEXT = "”，也有同志指出“"
OPINION_END = "”。"
FACT_FIRST = "比如，"
FACT_NEXT = "又如，"
DEADLINE = "完成时限："
# a measure that says which aspect it answers (Measure.aspect) names it first, as materials do
ANSWERS_ASPECT = "针对{}方面的问题，"
ANSWERS_ASPECT_RE = re.compile(r"^针对(.{2,40}?)方面的问题[，,]")

GAPS = {
    "author": "姓名",
    "unit": "单位",
    "role": "职务",
    "date": "日期",
    "study": "会前学习情况：学了什么、学了多少、写了哪些体会",
    "opinions": "征求意见情况：用什么方式、向哪些人征求、收到多少条",
    "talks": "谈心谈话情况：和哪些人谈、共多少人次",
    "aspect": "本方面查摆出的问题：每个问题说清具体事实和征求到的意见",
    "problem": "问题概括",
    "facts": "具体事实：什么事、什么时间、涉及多少",
    "causes": "产生问题的原因：从思想、党性、宗旨、纪律等方面剖析",
    "cause_text": "这条原因的具体剖析",
    "measures": "整改措施：每条说清做什么、做到什么程度、什么时候完成",
    "measure": "措施概括",
    "measure_text": "这条措施的具体做法",
    "deadline": "完成时限",
    "count_problems": "查摆问题数",
    "count_causes": "原因条数",
    "count_measures": "措施条数",
    "rectification": "上年度整改落实情况：上次查摆的问题整改了多少、还有哪些在整改",
}

# a function that may return prose for a problem's point (the LLM), or None for the plain assembly
Phrase = Callable[[str, int, Problem], "str | None"]


def label(level: int, n: int) -> str:
    """House numbering: 1 一、 · 2 （一） · 3 1. · 4 （1）."""
    return {1: f"{chinese_count(n)}、", 2: f"（{chinese_count(n)}）", 3: f"{n}.", 4: f"（{n}）"}[level]


def inline_label(n: int) -> str:
    return f"{chinese_count(n)}是"


def aspect_heading(aspect: Aspect) -> str:
    """How an item names its aspect: the pack's full wording, else 在…方面 for a short name."""
    if aspect.full:
        return aspect.full
    name = aspect.name
    if name.endswith(("情况", "方面")) or name.startswith("带头") or len(name) > 8:
        return name
    return f"在{name}方面"


def meeting_of(notes: Notes, fw: Framework) -> str:
    """The meeting as the title names it, without words that name the document (TITLE_KINDS)."""
    return TITLE_KINDS.sub("", notes.meeting or "") or fw.name


def team_of(notes: Notes) -> str:
    """A team's name as its title gives it: the unit and 领导班子 (党支部委员会), unless the unit
    already ends so (中共某局党组领导班子, 城东小学党支部委员会)."""
    kind = notes.kind or "班子"
    unit = "" if left_out(notes.unit) else notes.unit or placeholder(GAPS["unit"])
    if unit.endswith(TEAM_ENDINGS.get(kind, ())):
        return unit
    words = TEAM_WORDS.get(kind, "")
    if words == "党支部委员会" and unit.endswith("支部"):
        return unit + "委员会"
    return unit + words


def title_of(notes: Notes, fw: Framework) -> str:
    if is_collective(notes.kind):
        return f"{team_of(notes)}{meeting_of(notes, fw)}{TEAM_TITLE_SUFFIX}"
    author = "" if left_out(notes.author) else notes.author or placeholder(GAPS["author"])
    return f"{author}{meeting_of(notes, fw)}{TITLE_SUFFIX}"


def signature_of(notes: Notes) -> str | None:
    """Unit, role and name; a part written as 无 is left out, and with unit and role both left out
    there is no signature line (the name is in the title). A team's material has none: the team
    is named in the title."""
    if is_collective(notes.kind) or (left_out(notes.unit) and left_out(notes.role)):
        return None
    parts = [(notes.unit, "unit"), (notes.role, "role"), (notes.author, "author")]
    return "\u3000".join(value or placeholder(GAPS[key]) for value, key in parts if not left_out(value))


def _count(n: int, gap: str) -> str:
    return str(n) if n else placeholder(GAPS[gap])


def closing_of(notes: Notes, fw: Framework) -> str:
    problems = sum(len(a.problems) for a in notes.aspects if fw.aspect(a.aspect))
    found = {"problems": problems, "causes": len(notes.causes), "measures": len(notes.measures)}
    counts = [
        COUNTS[part].format(speaker=SPEAKER.get(notes.kind or "", "我"), n=_count(n, f"count_{part}"))
        for part, n in found.items()
        if part not in notes.parts_left_out
    ]
    return CLOSING.format(aspects=chinese_count(len(fw.aspects)), counts="、".join(counts))


def _part(value: str | None, gap: str) -> str:
    if left_out(value):
        return ""
    return sentence(value) if value else placeholder(GAPS[gap]) + "。"


def preamble_blocks(notes: Notes, fw: Framework) -> list[Block]:
    pre = notes.preamble
    return [
        Block(
            "body",
            body=_part(pre.study, "study")
            + _part(pre.opinions, "opinions")
            + _part(pre.talks, "talks")
            + (closing_of(notes, fw) if notes.closing is None else ""),
        )
    ]


def is_concrete(text: str) -> bool:
    """The review's own test for a concrete fact (E101): a point with one needs no facts gap."""
    from mingjing.rules.specificity import has_concrete_fact

    return has_concrete_fact(text)


def plain_point(problem: Problem, concrete: bool = False) -> str:
    """A problem's text after its name: own words, opinions received, facts (比如/又如); a facts gap
    when neither this problem nor its aspect says anything concrete (the review's test, E101)."""
    parts = []
    if problem.own_words:
        parts.append(sentence(problem.own_words))
    if problem.opinions:
        quoted = [clean_name(o) for o in problem.opinions]
        parts.append(OPINION_FIRST + OPINION_NEXT.join(quoted) + OPINION_END)
    facts = [clean_name(strip_marker(f)) for f in problem.facts if not left_out(f)]
    if not problem.facts and not concrete and not is_concrete("".join(parts)):
        facts = [placeholder(GAPS["facts"])]
    for k, fact in enumerate(facts):
        parts.append((FACT_FIRST if k == 0 else FACT_NEXT) + fact + "。")
    return "".join(parts)


def problem_item(
    n: int,
    aspect: Aspect,
    problems: list[Problem],
    phrase: Phrase | None,
    summary: str | None = None,
    heading: str | None = None,
) -> Block:
    head = f"{label(2, n)}{heading or aspect_heading(aspect)}。"
    if not problems:
        return Block("level2", head=head, body=placeholder(GAPS["aspect"]) + "。")
    points = [summary] if summary and not left_out(summary) else []
    plain = [plain_point(p, True) for p in problems]
    concrete = is_concrete("".join(points + plain) + "".join(p.problem or "" for p in problems))
    for k, problem in enumerate(problems, 1):
        name = "" if left_out(problem.problem) else (problem.problem or placeholder(GAPS["problem"])) + "。"
        prose = phrase(aspect.name, k, problem) if phrase else None
        lead = inline_label(k) if len(problems) > 1 else ""
        points.append(f"{lead}{name}{prose if prose else plain_point(problem, concrete)}")
    return Block("level2", head=head, body="".join(points))


def _text(text: str | None, gap: str) -> str:
    if left_out(text):
        return ""
    return sentence(text) if text else placeholder(gap) + "。"


def _head(n: int, name: str | None, gap: str) -> str:
    """（n）and the item's short name; an item without one (无) starts with its text."""
    return label(2, n) + ("" if left_out(name) else f"{name or placeholder(gap)}。")


def says_when(text: str) -> bool:
    """The measure's own words already say by when or how often (the review's test, A103)."""
    from mingjing.parse.merged_items import says_when as review_says_when

    return review_says_when(text)


def aspect_stem(name: str) -> str:
    """An aspect's name as 针对…方面的问题 takes it: without a closing 情况 or 方面."""
    return name.removesuffix("情况").removesuffix("方面")


def answers_aspect(m: Measure) -> str:
    """针对党性修养提高方面的问题， for a measure that says which aspect it answers, unless its own
    words already name it."""
    if not m.aspect:
        return ""
    stem = aspect_stem(m.aspect)
    own = "".join(v for v in (m.measure, m.text) if v and not left_out(v))
    return "" if stem in own else ANSWERS_ASPECT.format(stem)


def measure_body(m: Measure) -> str:
    """A measure's text after its name, with its time limit (a gap where nothing says when)."""
    body = _text(m.text, GAPS["measure_text"])
    if m.deadline and not left_out(m.deadline):
        body += DEADLINE + clean_name(m.deadline) + "。"
    elif not m.deadline and not (m.text and says_when(m.text + "".join(m.steps) + (m.measure or ""))):
        body += DEADLINE + placeholder(GAPS["deadline"]) + "。"
    return body


def inline_points(lead: str | None, points: list[tuple[str | None, str, str]]) -> str:
    """A part written as one paragraph (究其原因，一是…；二是…。): its lead words, then each point
    (name or gap, then its text after a comma; gap: what an empty name asks for) after 一是/二是,
    parted alike (P140): by ；
    unless a point before the last has a sentence of its own, then by 。."""
    written = []
    for k, (name, body, gap) in enumerate(points, 1):
        head = "" if left_out(name) else name or placeholder(gap)
        point = head + "，" + body if head and body else head or body  # one run-on sentence, as inline
        written.append(inline_label(k) + point.rstrip("。；;，, "))
    sep = "。" if any("。" in p for p in written[:-1]) else "；"
    return sentence((lead or "") + sep.join(written))


def measure_blocks(n: int, m: Measure) -> list[Block]:
    body = measure_body(m)
    head = _head(n, m.measure, GAPS["measure"])
    lead = answers_aspect(m)
    head = head[: len(label(2, n))] + lead + head[len(label(2, n)) :]
    blocks = [Block("level2", head=head, body=body)]
    for k, step in enumerate(m.steps, 1):
        blocks.append(Block("level3", head=label(3, k), body=sentence(step)))
    return blocks


def rectification_heading(notes: Notes, fw: Framework) -> str:
    """The part's heading: as the pack names the part this kind must have, else the usual one."""
    required = fw.parts_for(notes.kind)
    return required[0].name if required else f"上年度{fw.meeting}整改措施落实情况"


def rectification_block(notes: Notes, fw: Framework) -> Block | None:
    """上年度整改落实情况 as its own part: what the notes say; a gap when the pack requires the part of
    this kind and the notes neither give it (nor carry it among `extras`) nor leave it out (无)."""
    from mingjing.rules.material_kind import part_present

    text = notes.preamble.rectification
    if left_out(text):
        return None
    if text:
        return Block("body", body=sentence(text))
    required = fw.parts_for(notes.kind)
    carried = any(
        part_present(e.heading, p.aliases, p.name)
        for e in notes.extras
        if e.before_problems
        for p in required
    )
    if not required or carried:
        return None
    return Block("body", body=placeholder(GAPS["rectification"]) + "。")


def assemble(notes: Notes, fw: Framework, phrase: Phrase | None = None) -> Material:
    """The material for these notes (fw is the notes' framework)."""
    material = Material(fw.id, title_of(notes, fw))
    blocks = material.blocks
    blocks.append(Block("title", body=material.title))
    signature = signature_of(notes)
    if signature:
        blocks.append(Block("signature", body=signature))
    blocks += preamble_blocks(notes, fw)
    part = 0

    def level1(heading: str) -> None:
        nonlocal part
        part += 1
        blocks.append(Block("level1", head=label(1, part) + heading))

    def opens(key: str) -> None:
        """The part's own opening words, under its heading (as the material had them); words that
        led into inline points (究其原因，) lead into the items (究其原因：)."""
        words = getattr(notes.openings, key)
        if words:
            blocks.append(Block("body", body=words[:-1] + "：" if words.endswith(("，", ",")) else words))

    def heading(key: str) -> str:
        return getattr(notes.headings, key) or SECTION_HEADINGS[key]

    rectification = rectification_block(notes, fw)
    if rectification:
        level1(rectification_heading(notes, fw))
        blocks.append(rectification)
    for extra in (e for e in notes.extras if e.before_problems):
        level1(extra.heading)
        blocks += [Block("body", body=p) for p in extra.paragraphs]
    level1(heading("problems"))
    opens("problems")
    for n, aspect in enumerate(fw.aspects, 1):
        given = notes.aspect(aspect.name)
        blocks.append(
            problem_item(
                n,
                aspect,
                given.problems if given else [],
                phrase,
                given.summary if given else None,
                given.heading if given else None,
            )
        )
    if "causes" not in notes.parts_left_out:
        level1(heading("causes"))
        if "causes" in notes.inline and notes.causes:
            points = [(c.cause, _text(c.text, GAPS["cause_text"]), "原因概括") for c in notes.causes]
            blocks.append(Block("body", body=inline_points(notes.openings.causes, points)))
        else:
            opens("causes")
            if not notes.causes:
                blocks.append(Block("level2", head=f"{label(2, 1)}{placeholder(GAPS['causes'])}。"))
            for n, c in enumerate(notes.causes, 1):
                blocks.append(
                    Block(
                        "level2", head=_head(n, c.cause, "原因概括"), body=_text(c.text, GAPS["cause_text"])
                    )
                )
    if "measures" not in notes.parts_left_out:
        level1(heading("measures"))
        if "measures" in notes.inline and notes.measures and not any(m.steps for m in notes.measures):
            named = [
                answers_aspect(m) + m.measure if m.measure and not left_out(m.measure) else m.measure
                for m in notes.measures
            ]
            points = [(name, measure_body(m), GAPS["measure"]) for name, m in zip(named, notes.measures)]
            blocks.append(Block("body", body=inline_points(notes.openings.measures, points)))
        else:
            opens("measures")
            if not notes.measures:
                blocks.append(Block("level2", head=f"{label(2, 1)}{placeholder(GAPS['measures'])}。"))
            for n, m in enumerate(notes.measures, 1):
                blocks += measure_blocks(n, m)
    for extra in (e for e in notes.extras if not e.before_problems):
        level1(extra.heading)
        blocks += [Block("body", body=p) for p in extra.paragraphs]
    if notes.closing and not left_out(notes.closing):  # the author's own closing, as the material had it
        blocks.append(Block("body", body=sentence(notes.closing)))
    if not left_out(notes.date):
        blocks.append(Block("date", body=notes.date or placeholder(GAPS["date"])))
    return material
