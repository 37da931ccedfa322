"""A copy that is visibly cut (S112): the checks that need the whole material say they did not run.

Pages copied from a site or a document viewer often hold only a piece of a material: the site shows
the first few hundred characters (`仅展示623字,全文共2550字`, `（未完`), the excerpt stops in the middle
of a sentence, or a later page opens inside a part (`（五）…` with no `（一）` before it, `开头部分已
省略`). On such a copy "缺少整改措施部分" says nothing about the writer: the part may stand after the
cut. The review then says once that the copy is incomplete and which checks did not run (S112), and
drops what only the missing piece could settle: the parts that would come after the cut (or before
it), the preamble of a copy whose opening is lost, the share of problems and causes, the framework's
coverage when the cut runs through the problems part (C100 and C101; a whole problems part keeps C100,
which names what pack would check it), the correspondence of the part the cut runs through, and the
checks of an item's content on the cut paragraph itself. Fail closed: S112 keeps the material from passing, as C100 does.

Only the text's own signals count. The end: a marker of a partial page, or a last line of running
text that stops on a character, a comma or an opening bracket (a signature, a date, a heading or a
closing formula such as 请批评指正 is no cut). The start: a marker, or an untitled copy whose first
number of a heading series is not its first (`（五）`, `二、`, a first line opening with `三是`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mingjing.numerals import parse_chinese_number
from mingjing.parse.outline import _FURNITURE as PAGE_FURNITURE
from mingjing.parse.outline import FURNITURE_LINE
from mingjing.rules.base import code_rule
from mingjing.rules.material_kind import part_present
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.model import Finding, Outline
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

MAIN = ("problems", "causes", "measures")
PART_WORDS = {"problems": "查摆问题", "causes": "原因剖析", "measures": "整改措施"}
MISSING_CODE = {"S103": "problems", "S104": "causes", "S105": "measures"}

# a site's or viewer's note that the page shows part of the text
_END_MARKER = re.compile(
    r"仅(?:展示|显示)\s*(?:前\s*)?\d+\s*字|全文共\s*\d+\s*字|(?:剩余|还剩|余下)\s*\d+\s*字|[（(]\s*未完"
    r"|未完待续|(?:阅读|查看|展开)全文|此处隐藏|隐藏\s*\d+\s*字"
)
# a site's note that it hid a stretch of the text (---此处隐藏2840字,下载后查看---), anywhere in the copy (r27)
_HIDDEN = re.compile(r"此处隐藏\s*\d+\s*字|隐藏了?\s*\d+\s*字")
# a last line stopping on a semicolon: a list's item, never a material's end (r27)
_SEMICOLON_END = re.compile(r"[；;]\s*$")
_START_MARKER = re.compile(r"开头部分已省略|前文已省略|[（(]\s*接上[页文]|^\s*第\s*[2-9]\d*\s*页")
_OPEN_MARK_END = re.compile(r"[，,、：:“‘（(《【]$")
_HAN_END = re.compile(r"[\u4e00-\u9fff]$")
_CLAUSE = re.compile(r"[，,。；;：:]")  # (not 、: a signature line lists posts with it)
# the last words a material may end on without a full stop
_CLOSING = re.compile(
    r"(?:指正|帮助|监督|报告|谢谢|谢谢大家|敬礼|汇报|完毕|如上|此致|发言|审阅|审议|审核|批评|指导|把关)$"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a signing date standing alone as the last line (2025年9月10日, 二〇二五年九月十日, 2024年  月  日): the
# material's end, never a sentence cut short, even when the signature line above it ends on a character
_DATE_LINE = re.compile(
    r"^[（(]?[\d０-９〇○零Oo一二三四五六七八九]{2,4}\s*年(?:\s*[\d０-９一二三四五六七八九十]{0,2}\s*月"
    r"(?:\s*[\d０-９一二三四五六七八九十]{0,3}\s*日)?)?[）)]?$"
)
_CUT_MARK_LINE = 4  # Chinese characters of a line stopping on a comma or an opening bracket
_CUT_LINE = 8  # Chinese characters of a line of running text stopping on a character
_LONG_LINE = 20  # a line this long is running text even without a clause mark
_STUB_PART = 40  # Chinese characters of a part's text below which the part has only begun
_HEAD_LINES = 3  # lines at the start (and the end) read for a marker
# the first number of each heading series: 一、 （一） 1、 and a first line opening with 一是
_SERIES = (
    re.compile(r"^\s*([一二三四五六七八九十]{1,3})、"),
    re.compile(r"^\s*[（(]([一二三四五六七八九十]{1,3})[）)]"),
    re.compile(r"^\s*(\d{1,2})[、.．](?!\d)"),
)
_FIRST_POINT = re.compile(r"^\s*([一二三四五六七八九十])是")
# a heading's or a point's label opening a line (一、 （二） 3. 四是 第二部分)
LABEL = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|方面)[，、：:]?)"
)
_BARE_HEADING = 3  # Chinese characters after a label on a last line that are a heading cut short (一、检)
_BARE_WORD = 3  # Chinese characters of a last line that holds only the end of a wrapped line
_WRAPS = 3  # lines read back from such a last line
_HEADING_LINE = 30  # Chinese characters of a heading line at most
_SENTENCE_MARK = re.compile(r"[。；;！？!?]")
# a last line that ends on a bare label after a sentence's end (…的发挥。（三）), or a circled point's label with a
# word or two of its text (①受): the next part or point had begun when the copy stopped (round r26, real pages)
_BARE_LABEL_END = re.compile(
    r"(?:[。；;！？!?]\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[①-⑳])"
    r"|^\s*[①-⑳]\s*[\u4e00-\u9fff]{0,3})\s*$"
)
# exactly two ASCII dots closing the last line after Chinese (…落实不够..): a site's excerpt; a writer types an
# ellipsis as three or six dots (…高质量发展...), which stays the writer's own (round r26)
_SITE_ELLIPSIS = re.compile(r"(?<=[\u4e00-\u9fff”’）)])\.\.\s*$")


@dataclass(frozen=True)
class Cut:
    """Why the copy lacks its start and its end (None when that side is whole), and where the
    paragraph that the end cut runs through begins (len(text) when the end is whole)."""

    start: str | None
    end: str | None
    tail: int


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, line.strip()))
        at += len(line) + 1
    return out


def _end_cut(text: str, outline: Outline) -> tuple[str, int, bool] | None:
    """Why the copy's end is missing, where its last paragraph begins, and whether the evidence is
    firm (a page's marker, a line stopping on a comma or an opening bracket) or only a last line of
    running text stopping on a character (a writer may also have left off the final full stop)."""
    lines = _lines(text)
    if not lines:
        return None
    for at, line in lines:
        m = _HIDDEN.search(line)
        if m:
            return f"页面注明“{m.group()}”", at, True
    for at, line in lines[-_HEAD_LINES:]:
        m = _END_MARKER.search(line)
        if m:
            return f"页面注明“{m.group()}”", at, True
    for extra in outline.document.extras:
        m = _END_MARKER.search(extra.text)
        if m:
            return f"页面注明“{m.group()}”", lines[-1][0], True
    while len(lines) > 1 and len(lines[-1][1]) <= FURNITURE_LINE and PAGE_FURNITURE.search(lines[-1][1]):
        lines.pop()  # a site's line after the text (点击下载完整文档，获取更多范文) is no sentence of it
    at, line = lines[-1]
    if outline.title and at <= outline.title_start:
        return None  # the title is all there is: nothing was cut off a body
    if _DATE_LINE.match(line):
        return None  # a signing date closes the material (the signature above it stops on a character)
    m = _BARE_LABEL_END.search(line)
    if m:  # 。（三） or ① 受: a label after the last full stop, or a circled point begun (round r26)
        return f"结尾停在序号“{m.group().strip()[-6:]}”", at, True
    if _SITE_ELLIPSIS.search(line):  # …落实不够..: a site's list shows a piece and two dots (round r26)
        return f"结尾停在“……{line[-8:]}”", at, True
    if _SEMICOLON_END.search(line) and len(_HAN.findall(line)) >= _CUT_MARK_LINE:
        return f"结尾停在分号“……{line.rstrip()[-8:]}”", at, True  # …二是…不及时； (r27)
    label = _heading_line(line)
    if label:  # a heading (or a point's label) with nothing under it: the text stops where a part begins
        words = len(_HAN.findall(line[label.end() :]))
        why = f"结尾停在标题“{line[-12:]}”"
        return why, at, words <= _BARE_HEADING or bool(_OPEN_MARK_END.search(line))
    if len(_HAN.findall(line)) <= _BARE_WORD:  # a word alone: the end of a line wrapped by a PDF?
        k = len(lines) - 1
        while (
            k > 0
            and len(lines) - k <= _WRAPS
            and _wrapped(lines[k - 1][1])
            and len(_HAN.findall(line)) < _LONG_LINE
        ):
            k -= 1
            at, line = lines[k][0], lines[k][1] + line
    han = len(_HAN.findall(line))
    why = f"结尾停在半句“……{line[-8:]}”"
    if _OPEN_MARK_END.search(line) and han >= _CUT_MARK_LINE:
        return why, at, True
    if (
        _HAN_END.search(line)
        and ((_CLAUSE.search(line) and han >= _CUT_LINE) or han >= _LONG_LINE)
        and not _CLOSING.search(line)
    ):
        return why, at, False
    return None


def _wrapped(line: str) -> bool:
    """Whether a line of running text may have been broken by the page's width, not at a sentence's end:
    it stops on a character that closes nothing and is no heading."""
    return bool(_HAN_END.search(line)) and not _CLOSING.search(line) and not _heading_line(line)


def _heading_line(line: str) -> re.Match[str] | None:
    """The label of a line that is a heading alone (a label, then words without a sentence's end)."""
    m = LABEL.match(line)
    if m is None or _SENTENCE_MARK.search(line, m.end()) or len(_HAN.findall(line)) > _HEADING_LINE:
        return None
    return m


def _start_cut(text: str, outline: Outline) -> str | None:
    lines = _lines(text)
    for _, line in lines[:_HEAD_LINES]:
        m = _START_MARKER.search(line)
        if m:
            return f"页面注明“{m.group().strip()}”"
    if outline.title or not lines:
        return None  # a copy that keeps its title keeps its opening
    m = _FIRST_POINT.match(lines[0][1])
    if m:
        return f"开头从“{m.group().strip()}”起"
    firsts = []  # the first heading number of each series, where it stands
    for series in _SERIES:
        for k, (_, line) in enumerate(lines):
            m = series.match(line)
            if m is not None:
                firsts.append((k, m))
                break
    if firsts:  # the series that opens the text: does it open at its first number?
        m = min(firsts, key=lambda km: km[0])[1]
        number = m.group(1)
        value = int(number) if number.isdigit() else parse_chinese_number(number)
        if value is not None and value >= 2:
            return f"开头从“{m.group().strip()}”起，前面的部分不在文中"
    return None


def copy_cut(ctx: ReviewContext) -> Cut | None:
    """Whether the copy is visibly cut, and where; None for a whole text. A last line that only stops
    on a character counts when a main part is missing after it (the cut explains the gap) or the last
    part has only begun; with every part there and whole, it is more likely a final full stop left
    off."""
    outline = ctx.outline
    text = outline.document.text
    end = _end_cut(text, outline)
    start = _start_cut(text, outline)
    if end is not None and not end[2]:
        provisional = Cut(None, end[0], end[1])
        if not unseen_parts(ctx, provisional) and not _stub_last_part(ctx):
            end = None
    if end is None and start is None:
        return None
    return Cut(start, end[0] if end else None, end[1] if end else len(text))


def _stub_last_part(ctx: ReviewContext) -> bool:
    """Whether the last main part holds only a stub of text (a part is never this short): the
    text stops just after that part began."""
    parts = [s for s in ctx.outline.sections if s.kind in MAIN]
    if not parts:
        return False
    last = parts[-1]
    return len(_HAN.findall(ctx.text[last.heading_end : last.end])) < _STUB_PART


def unseen_parts(ctx: ReviewContext, cut: Cut) -> list[str]:
    """The main parts that are not in the text and would stand where it is cut off: after the last
    main part it holds (all of them when it holds none), or before the first."""
    present = [k for k in MAIN if ctx.answering(k)]
    kinds = [s.kind for s in ctx.outline.sections if s.kind in MAIN]
    out: list[str] = []
    if cut.end is not None and _HIDDEN.search(cut.end):
        return [k for k in MAIN if k not in present]  # a stretch hidden: any part may stand in it (r27)
    if cut.end is not None:
        last = MAIN.index(kinds[-1]) if kinds else -1
        out += [k for k in MAIN[last + 1 :] if k not in present]
    if cut.start is not None:
        headed = [s.kind for s in ctx.outline.sections if s.kind in MAIN and s.heading.strip()]
        # (a piece with no part's heading at all, a run of points 一是…二是…, is a piece of one part:
        # the others may stand on either side of it)
        first = MAIN.index(kinds[0]) if headed else len(MAIN)
        out += [k for k in MAIN[:first] if k not in present and k not in out]
        if not headed:
            out += [k for k in MAIN if k not in present and k not in out]
    return [k for k in MAIN if k in out]


def _cut_parts(ctx: ReviewContext, cut: Cut) -> set[str]:
    """The main parts the cut runs through (or that lie beyond it): their content is not whole."""
    kinds = [s.kind for s in ctx.outline.sections if s.kind in MAIN]
    cut_through = set(unseen_parts(ctx, cut))
    if cut.end is not None and kinds:
        cut_through.add(kinds[-1])
    if cut.start is not None and kinds:
        cut_through.add(kinds[0])
    return cut_through


def _unseen_required(ctx: ReviewContext) -> list[str]:
    """The parts the pack asks of this kind of material (上年度民主生活会整改落实情况) that the piece does
    not hold: they may stand beyond the cut (S150 is quiet on a cut copy)."""
    fw, kind = ctx.framework, ctx.outline.kind
    if fw is None or kind is None or kind.who is None:
        return []
    return [p.name for p in fw.parts_for(kind.who) if not part_present(ctx.text, p.aliases, p.name)]


def unchecked(ctx: ReviewContext, cut: Cut) -> list[str]:
    """What the review could not check on the cut copy, in words for the user."""
    said = []
    unseen = unseen_parts(ctx, cut)
    if unseen:
        said.append("是否缺少" + "、".join(PART_WORDS[k] for k in unseen) + "部分")
    said += [f"是否缺少“{name}”" for name in _unseen_required(ctx)]
    if cut.start is not None:
        said.append("前言")
    if cut.end is not None:
        said.append("问题和原因所占比例")
    through = _cut_parts(ctx, cut)
    if "problems" in through:
        said.append("各方面是否齐全")
    if through & {"causes", "measures"}:
        said.append("问题与原因和措施是否对应")
    return said


@code_rule(
    "S112",
    "cut-copy",
    "structure",
    "warning",
    "材料不完整（{why}），以下检查未进行：{checks}；请用完整的材料审阅",
    "从网站或文档预览复制的材料常常只有一部分（只展示前几百字、在句子中间断开、从第二页开始）。"
    "这时说“缺少整改措施部分”并不是作者的问题，那一部分可能就在断开处之后；"
    "只说材料不完整、哪些检查没有做，不把没运行的检查当作“通过”。",
    bad=[
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "[王建国2023年度主题教育专题民主生活会个人对照检查材料]",
        ).split("二、产生问题的原因")[0]
        + "二、产生问题的原因\n（一）理论武装不够深入。自己把学习当成任务完成，满足于读过了、记住了，没有把",
        GOOD.replace(  # cut on a heading's first words
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "[王建国2023年度主题教育专题民主生活会个人对照检查材料]",
        ).split("二、产生问题的原因")[0]
        + "二、产生问",
        # a copy that stops after the last full stop on the next part's label, or on a circled point (r26)
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "[王建国2023年度主题教育专题民主生活会个人对照检查材料]",
        )
        .split("二、产生问题的原因")[0]
        .rstrip("\n")
        + "（七）",
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "[王建国2023年度主题教育专题民主生活会个人对照检查材料]",
        ).split("二、产生问题的原因")[0]
        + "二、产生问题的原因\n①对",
        # a site's note over a hidden stretch, anywhere in the copy; a last line stopping on a semicolon (r27)
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "[王建国2023年度主题教育专题民主生活会个人对照检查材料]",
        ).replace("二、产生问题的原因", "---此处隐藏2360字，下载后查看---\n二、产生问题的原因"),
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "[王建国2023年度主题教育专题民主生活会个人对照检查材料]",
        ).split("二、产生问题的原因")[0]
        + "二、产生问题的原因\n一是理论武装不够深入，学用脱节；",
    ],
    good=[
        GOOD,
        # circled points that each close on a full stop end the measures: the copy is whole (r26)
        GOOD.replace("（五）严守廉洁自律。", "①严守廉洁自律。"),
        # a writer's ellipsis typed as three dots at the end is no site's cut (r26)
        GOOD[:-1] + "...",
    ],
)
def cut_copy(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    cut = copy_cut(ctx)
    if cut is None:
        return
    why = "；".join(w for w in (cut.start, cut.end) if w)
    yield rule.finding(ctx.text, *ctx.heading_anchor(), why=why, checks="、".join(unchecked(ctx, cut)))


_NUMBERING = frozenset(
    {"S109", "S110", "S111", "S113"}
)  # a label skipped in a run of numbered headings or points


def hidden_before(text: str, at: int) -> bool:
    """Whether a site's note over a hidden stretch stands before `at` (the skipped labels may stand in it)."""
    m = _HIDDEN.search(text, 0, at)
    return m is not None


def quiet_on_cut(findings: list[Finding], ctx: ReviewContext) -> list[Finding]:
    """The findings without those that only the missing piece of a cut copy could settle (when S112
    says the copy is cut)."""
    if not any(f.code == "S112" for f in findings):
        return findings
    cut = copy_cut(ctx)
    if cut is None:
        return findings
    unseen = set(unseen_parts(ctx, cut))
    through = _cut_parts(ctx, cut)
    out = []
    for f in findings:
        if MISSING_CODE.get(f.code) in unseen:
            continue
        if f.code in ("S151", "S150") or (f.code in ("S101", "S102") and cut.start is not None):
            continue  # the parts' share and last year's rectification need the whole text, the title
            # and the preamble its opening
        if f.code == "S107" and f.start >= cut.tail and cut.end is not None:
            continue  # the heading the copy stops on: what stood under it is cut off
        if f.code in ("C100", "C101") and "problems" in through:
            continue  # coverage needs the whole problems part (a whole one keeps C100: a pack would check it)
        if (f.code == "A101" and "measures" in through) or (f.code == "A102" and "causes" in through):
            continue
        if (f.code[0] in "AE" or f.code == "C103") and f.start >= cut.tail and cut.end is not None:
            continue  # a check of an item's content on the paragraph the cut runs through
        if f.code in _NUMBERING and hidden_before(ctx.text, f.start):
            continue  # 二、 … 此处隐藏956字 … 四、: the heading between stands in the hidden stretch (r28, real pages)
        out.append(f)
    return out
