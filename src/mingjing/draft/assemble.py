"""Notes → the material's text: title, signature, preamble, problems per aspect in the framework's
order (一是/二是, 比如/又如), causes, measures — in the house numbering 一、（一）1.（1）.

Every fixed phrase the draft adds lives here, so that `extract.py` can take a drafted material
apart again. Missing parts become visible placeholders (【待补充：…】).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mingjing.draft.material import Block, Material, placeholder
from mingjing.draft.notes import Measure, Notes, Problem, clean_name, sentence, strip_marker
from mingjing.frameworks import Aspect, Framework
from mingjing.numerals import chinese_count

TITLE_SUFFIX = "个人对照检查材料"
SECTION_HEADINGS = {"problems": "对照检视存在的问题", "causes": "产生问题的原因剖析", "measures": "今后的努力方向和整改措施"}
# the preamble's last sentence: the author's own counts, not a stock sentence every draft shares
CLOSING = "对照{aspects}个方面，我查摆问题{problems}个、剖析原因{causes}条、提出整改措施{measures}条，请同志们批评指正。"
CLOSING_RE = re.compile(r"对照[一二三四五六七八九十]+个方面，我查摆问题\d+个、剖析原因\d+条、提出整改措施\d+条，请同志们批评指正。$")
OPINION_FIRST = "征求意见中，有同志指出“"
OPINION_NEXT = "”，也有同志指出“"
OPINION_END = "”。"
FACT_FIRST = "比如，"
FACT_NEXT = "又如，"
DEADLINE = "完成时限："

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
    return notes.meeting or fw.name


def title_of(notes: Notes, fw: Framework) -> str:
    return f"{notes.author or placeholder(GAPS['author'])}{meeting_of(notes, fw)}{TITLE_SUFFIX}"


def signature_of(notes: Notes) -> str:
    return "\u3000".join((notes.unit or placeholder(GAPS["unit"]), notes.role or placeholder(GAPS["role"]),
                         notes.author or placeholder(GAPS["author"])))


def closing_of(notes: Notes, fw: Framework) -> str:
    problems = sum(len(a.problems) for a in notes.aspects if fw.aspect(a.aspect))
    return CLOSING.format(aspects=chinese_count(len(fw.aspects)), problems=problems, causes=len(notes.causes),
                          measures=len(notes.measures))


def preamble_blocks(notes: Notes, fw: Framework) -> list[Block]:
    pre = notes.preamble
    study = sentence(pre.study) if pre.study else placeholder(GAPS["study"]) + "。"
    opinions = sentence(pre.opinions) if pre.opinions else placeholder(GAPS["opinions"]) + "。"
    talks = sentence(pre.talks) if pre.talks else placeholder(GAPS["talks"]) + "。"
    return [Block("body", body=study + opinions + talks + closing_of(notes, fw))]


def plain_point(problem: Problem) -> str:
    """A problem's text after its name: own words, opinions received, facts (比如/又如)."""
    parts = []
    if problem.own_words:
        parts.append(sentence(problem.own_words))
    if problem.opinions:
        quoted = [clean_name(o) for o in problem.opinions]
        parts.append(OPINION_FIRST + OPINION_NEXT.join(quoted) + OPINION_END)
    facts = [clean_name(strip_marker(f)) for f in problem.facts]
    if not facts and not re.search(r"\d", problem.own_words or ""):  # nothing concrete at all
        facts = [placeholder(GAPS["facts"])]
    for k, fact in enumerate(facts):
        parts.append((FACT_FIRST if k == 0 else FACT_NEXT) + fact + "。")
    return "".join(parts)


def problem_item(n: int, aspect: Aspect, problems: list[Problem], phrase: Phrase | None) -> Block:
    head = f"{label(2, n)}{aspect_heading(aspect)}。"
    if not problems:
        return Block("level2", head=head, body=placeholder(GAPS["aspect"]) + "。")
    points = []
    for k, problem in enumerate(problems, 1):
        name = problem.problem or placeholder(GAPS["problem"])
        prose = phrase(aspect.name, k, problem) if phrase else None
        lead = inline_label(k) if len(problems) > 1 else ""
        points.append(f"{lead}{name}。{prose if prose else plain_point(problem)}")
    return Block("level2", head=head, body="".join(points))


def measure_blocks(n: int, m: Measure) -> list[Block]:
    body = sentence(m.text) if m.text else placeholder(GAPS["measure_text"]) + "。"
    body += DEADLINE + (clean_name(m.deadline) if m.deadline else placeholder(GAPS["deadline"])) + "。"
    blocks = [Block("level2", head=f"{label(2, n)}{m.measure or placeholder(GAPS['measure'])}。", body=body)]
    for k, step in enumerate(m.steps, 1):
        blocks.append(Block("level3", head=label(3, k), body=sentence(step)))
    return blocks


def assemble(notes: Notes, fw: Framework, phrase: Phrase | None = None) -> Material:
    """The material for these notes (fw is the notes' framework)."""
    material = Material(fw.id, title_of(notes, fw))
    blocks = material.blocks
    blocks.append(Block("title", body=material.title))
    blocks.append(Block("signature", body=signature_of(notes)))
    blocks += preamble_blocks(notes, fw)
    blocks.append(Block("level1", head=label(1, 1) + SECTION_HEADINGS["problems"]))
    for n, aspect in enumerate(fw.aspects, 1):
        given = notes.aspect(aspect.name)
        blocks.append(problem_item(n, aspect, given.problems if given else [], phrase))
    blocks.append(Block("level1", head=label(1, 2) + SECTION_HEADINGS["causes"]))
    causes = notes.causes or []
    if not causes:
        blocks.append(Block("level2", head=f"{label(2, 1)}{placeholder(GAPS['causes'])}。"))
    for n, c in enumerate(causes, 1):
        blocks.append(Block("level2", head=f"{label(2, n)}{c.cause or placeholder('原因概括')}。",
                            body=sentence(c.text) if c.text else placeholder(GAPS["cause_text"]) + "。"))
    blocks.append(Block("level1", head=label(1, 3) + SECTION_HEADINGS["measures"]))
    if not notes.measures:
        blocks.append(Block("level2", head=f"{label(2, 1)}{placeholder(GAPS['measures'])}。"))
    for n, m in enumerate(notes.measures, 1):
        blocks += measure_blocks(n, m)
    blocks.append(Block("date", body=notes.date or placeholder(GAPS["date"])))
    return material
