"""Fail closed: a text that is not a 对照检查材料 is refused, and a check that cannot run says so.

S100 refuses a text that does not look like a material at all (a recipe, an English article, a title
alone, `hello`): too little Chinese text, or none of the words every material uses, and no part
found; and a text whose own title names another genre (a 主持词, a 述职报告, a report on a meeting:
rules/other_genres.py), which is then proofread but not checked as a material. C100 warns that coverage and order were not checked when no framework was recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from mingjing.model import Finding, Outline
from mingjing.parse import naming_text
from mingjing.parse.detect import special_meeting, unpacked_title
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.grams import kept
from mingjing.rules.other_genres import other_genre
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

MIN_CHINESE = 150  # characters of Chinese text a material has at the very least
MIN_WORDS = 6  # distinct words of a material's vocabulary
_NOT_CHINESE = re.compile(r"[^\u4e00-\u9fff]+")  # what is left after removing it is the Chinese
MATERIAL_WORDS = (
    "问题",
    "原因",
    "整改",
    "措施",
    "学习",
    "党",
    "对照",
    "检查",
    "检视",
    "方面",
    "不够",
    "不足",
    "思想",
    "群众",
    "作风",
    "纪律",
    "理论",
    "政治",
    "担当",
    "廉洁",
    "剖析",
    "努力",
    "生活会",
    "批评",
    "意见",
    "谈心",
    "差距",
    "根源",
    "宗旨",
    "初心",
    "责任",
    "落实",
)
NOT_MATERIAL = "不像对照检查材料"


def material_signals(text: str) -> tuple[int, int]:
    """(Chinese characters, distinct material words) of a text, kept for the last document (S100,
    S104 and F169 each ask of the document under review)."""
    return kept("material-signals", text, _signals)


def _signals(text: str) -> tuple[int, int]:
    return len(_NOT_CHINESE.sub("", text)), sum(1 for w in MATERIAL_WORDS if w in text)


def looks_like_material(outline: Outline) -> bool:
    """Enough Chinese text, either a part the parser found or a material's vocabulary, and no title
    naming another genre."""
    chinese, words = material_signals(outline.document.text)
    has_part = any(s.kind in ("problems", "causes", "measures") for s in outline.sections)
    return chinese >= MIN_CHINESE and (has_part or words >= MIN_WORDS) and other_genre(outline) is None


# a plan names itself so (…民主生活会查摆问题整改方案): it sets out targets and tasks, no problems found
_PLAN_TITLE = re.compile(r"(?:整改|实施|工作)方案$")
_MATERIAL_TITLE = re.compile(r"材料|提纲|发言|剖析|检视|对照|检讨")


def is_plan(outline: Outline) -> bool:
    """Whether the document's title names it a plan (整改方案, 实施方案, 工作方案) and no material:
    a plan has no problems or causes part of its own, so none is missing."""
    title = outline.title.strip()
    return bool(_PLAN_TITLE.search(title)) and not _MATERIAL_TITLE.search(title)


# a list of the problems found (…民主生活会查摆问题清单, 问题整改台账): its items are the problems, with no
# preamble and no causes; it holds measures only when it names them (整改清单, 问题及整改措施清单)
_LIST_TITLE = re.compile(r"(?:问题|查摆|整改|负面)[^\s，。]{0,6}?(?:清单|台账)")
_LIST_MEASURES = re.compile(r"整改|措施|举措")
_DOCUMENT_TITLE = re.compile(r"材料|提纲|发言|讲话")
_TITLE_SPILL = 16  # characters after the title on its line that are read with it


def title_words(outline: Outline) -> str:
    """The title with what stands right after it on its line, spaces removed: a PDF's space may split
    the title's last words off (`…民主生活查摆 问题清单（四个方面共20条） 一、…`)."""
    if not outline.title:
        return ""
    text = outline.document.text
    end = outline.title_end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return re.sub(r"\s+", "", outline.title + text[end : min(line_end, end + _TITLE_SPILL)])


def problem_list(outline: Outline) -> str | None:
    """What a list of problems holds when its title names one and no material (`…查摆问题清单`: "problems";
    `…问题整改清单`, `…问题及整改措施台账`: "measures" too); None for any other document."""
    words = title_words(outline)
    m = _LIST_TITLE.search(words)
    if m is None or _DOCUMENT_TITLE.search(words[: m.end()]):
        return None
    return "measures" if _LIST_MEASURES.search(words[: m.end()]) else "problems"


def refusal_reason(outline: Outline) -> str | None:
    """Why a text does not look like a material (None when it does); S100 and `corpus add` say this."""
    if looks_like_material(outline):
        return None
    chinese, _ = material_signals(outline.document.text)
    if chinese < MIN_CHINESE:
        return f"正文只有 {chinese} 个汉字" if chinese else "没有中文正文"
    genre = other_genre(outline)
    if genre is not None:
        return f"{genre}，结构、覆盖和对应检查未进行，以下只列文字问题"
    return "找不到查摆问题、剖析原因、整改措施这类内容"


def proofread_only(outline: Outline) -> bool:
    """Whether a refused text still gets its wording and punctuation read: one of another genre
    (its words are real prose); a recipe or a title alone keeps its refusal alone."""
    chinese, _ = material_signals(outline.document.text)
    return chinese >= MIN_CHINESE and other_genre(outline) is not None


_RECIPE = (
    "[番茄炒蛋的做法]\n准备两个番茄、三个鸡蛋，番茄洗净切块，鸡蛋打散加少许盐。"
    "锅里放油烧热，先倒入蛋液炒到凝固盛出，再放番茄翻炒出汁，加糖和盐调味，最后倒回鸡蛋翻匀即可出锅。"
)
# a meeting's script: the same meeting and words as a material, none of its parts
_SCRIPT = (
    "[东湖社区党支部2024年度组织生活会主持词]\n"
    "同志们：\n"
    "按照街道党工委的通知要求，今天我们召开2024年度组织生活会，并开展民主评议党员。会前，支部组织党员集中学习了"
    "两次，发放征求意见表四十份，支委之间、支委与党员之间普遍开展了谈心谈话。参加今天会议的应到党员二十三名，"
    "实到二十名，三名同志因病请假。会议共有四项议程：一是由支部书记代表支委会作对照检查；二是党员逐一进行"
    "自我批评，其他同志提出批评意见；三是开展民主评议；四是请街道指导组同志讲话。下面进行第一项议程。\n"
)


@code_rule(
    "S100",
    "not-a-material",
    "structure",
    "error",
    NOT_MATERIAL + "：{reason}，无法按对照检查材料审阅，请确认上传的是对照检查材料",
    "对不是对照检查材料的文本给出“通过”会误导使用者；宁可拒绝，也不替没有运行的检查打包票。",
    bad=[_RECIPE, "[hello]", "[关于对照检查材料]", _SCRIPT],
    good=[GOOD, GOOD.replace("个人对照检查材料", "个人对照检查情况报告")],
)
def not_a_material(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    reason = refusal_reason(ctx.outline)
    if reason is None:
        return
    start, end = ctx.heading_anchor()
    yield rule.finding(ctx.text, start, end, reason=reason)


@code_rule(
    "C100",
    "framework-unknown",
    "coverage",
    "warning",
    "未识别出本材料对应的会议框架{why}，因此没有检查各方面是否齐全、顺序是否正确；"
    "请在标题中写明年度和会议名称，或用 --framework 指定（mingjing frameworks list 查看可用框架），"
    "没有当年的框架时用 mingjing frameworks import 导入当年的会议通知",
    "框架决定要对照哪几个方面；没有框架就无法核对覆盖和顺序，不能当作“通过”。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题民主生活会个人对照检查材料", "[王建国个人对照检查材料]")
        .replace("（一）在理论学习方面。", "（一）学得不够。")
        .replace("（二）在政治素质方面。", "（二）看得不远。")
        .replace("（三）在能力本领方面。", "（三）本领不足。")
        .replace("（四）在担当作为方面。", "（四）畏难。")
        .replace("（五）在工作作风方面。", "（五）调研少。")
        .replace("（六）在廉洁自律方面。", "（六）盯得不紧。")
    ],
    good=[GOOD],
)
def framework_unknown(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.framework is not None or not looks_like_material(ctx.outline):
        return
    unpacked = unpacked_title(ctx.frameworks, naming_text(ctx.outline))
    where = "标题" if unpacked and unpacked_title(ctx.frameworks, ctx.outline.title) else "开头"
    special = special_meeting(naming_text(ctx.outline))
    if special is not None and unpacked == [special]:
        # a meeting called for one purpose (巡察整改, 以案促改…) has no pack to miss: its matters are the
        # feedback's or the case's, which no notice of a year sets; the tool says what it left unchecked,
        # and no import could help (r21)
        finding = rule.finding(ctx.text, *ctx.heading_anchor())
        yield replace(finding, severity="info", message=SPECIAL_UNCHECKED.format(special=special))
        return
    why = f"（{where}所写的“{'”“'.join(unpacked)}”没有对应的框架包）" if unpacked else ""
    yield rule.finding(ctx.text, *ctx.heading_anchor(), why=why)


SPECIAL_UNCHECKED = (
    "“{special}”是为专门事项召开的会议，查摆哪些问题以召开会议的事由为准（巡视巡察或审计等反馈的意见、"
    "通报的案件、专项任务），没有统一的框架包，因此没有检查各方面是否齐全、顺序是否正确；"
    "请对照反馈意见或通报的问题逐条核对是否都已查摆并有整改措施"
)
