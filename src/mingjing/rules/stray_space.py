"""Stray spaces that split a word (P117): text copied out of a PDF or a web page keeps spaces inside
words (第 一时间, 解决问 题, 未定 期召开); a space between two Chinese characters is reported only where
the two sides joined make one word of the dictionary (rjieba), so the space between a post and a
name on the author line (局长 王建国) and after a point label (一是 理论) stay silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# the lookbehind after the first character matched: the engine skips ahead to that character (a
# pattern opening with a lookbehind is tried at every place); the same matches
_SPACE = re.compile(
    r"[ \u3000\u00a0](?<=[\u4e00-\u9fff][ \u3000\u00a0])[ \u3000\u00a0]{0,2}(?=[\u4e00-\u9fff])"
)
_REACH = 4  # characters read on each side of the space
_SPACES = (" ", "\u3000", "\u00a0")
_LAYOUT_LINE = 40
_SENTENCE_MARK = re.compile(r"[，。；：！？,.;:!?]")
_BEFORE_MARK = re.compile(
    r"[ \u3000\u00a0](?<=[\u4e00-\u9fff][ \u3000\u00a0])[ \u3000\u00a0]{0,2}(?=[，。；：！？、,;:!?])"
)


def word_across(left: str, right: str) -> tuple[int, str] | None:
    """The dictionary word of rjieba's cut of left + right that runs across the join, as (its start in
    left + right, the word), or None: 第 + 一时间 gives 第一, 深 + 刻领会 gives 深刻."""
    import rjieba

    at = 0
    for token in rjieba.cut(left + right):
        stop = at + len(token)
        if at < len(left) < stop and rjieba.has_word(token):
            return at, token
        at = stop
        if at >= len(left):
            return None
    return None


def split_word(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The dictionary word that the space text[start:end] splits, as (start, end, word) in text, or
    None."""
    left = text[max(0, start - _REACH) : start].rsplit("\n", 1)[-1]
    right = text[end : end + _REACH].split("\n", 1)[0]
    hit = word_across(left, right)
    if hit is None:
        return None
    at, word = hit
    return start - len(left) + at, end + at + len(word) - len(left), word


# a journal article's affiliation line: in brackets, ending with a postcode of six digits
_AFFILIATION = re.compile(r"^\s*[（(][^（()）]*\d{6}\s*[)）]\s*$")


@code_rule(
    "P117",
    "space-inside-word",
    "punctuation",
    "warning",
    "“{match}”中间多了空格，应为“{suggestion}”",
    "从PDF或网页复制的文字常把空格留在词中间（“第 一时间”“解决问 题”），排版和朗读时都像断了句。"
    "只在空格两边的字连起来是一个词时提示；职务和姓名之间、“一是”之后的空格不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，没有在[第 一]时间到场。"),
        variant("我两天后才安排核查。", "我两天后才安排核[查 。]"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查。一是 调研不深。字号：大 中 小"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县 交通运输局局长 王建国"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查。\n（滇南师范学院 公共管理学院，云南 昆明 650000）"
        ),
    ],
)
def space_inside_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _BEFORE_MARK.finditer(text):
        yield rule.finding(text, m.start() - 1, m.end() + 1, (text[m.start() - 1] + text[m.end()],))
    for m in _SPACE.finditer(text):
        if (m.start() >= 2 and text[m.start() - 2] in _SPACES) or text[m.end() + 1 : m.end() + 2] in _SPACES:
            continue  # characters spaced out one by one (字体：大 中 小), not a word split
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(re.sub(r"\s", "", line)) <= 4:
            continue  # a heading spaced out on purpose (目 录, 附 件)
        if len(line) <= _LAYOUT_LINE and not _SENTENCE_MARK.search(line):
            continue  # a title, author or signature line: spaces there are layout (桂花镇 党委副书记 沈立峰)
        if _AFFILIATION.match(line):
            continue  # (某大学 某学院，某省 某市 100000): an author's affiliation, fields set apart
        if _run_in_heading(text, m.start(), line_start):
            continue  # 。 查找突出问题 与会党员…: the line break after a run-in heading, flattened
        hit = split_word(text, m.start(), m.end())
        if hit is not None:
            yield rule.finding(text, hit[0], hit[1], (hit[2],))


# A space after a sentence mark or a closing quote before a Chinese character, or inside quotes at
# their edge: copied out of a web page typed with Western spacing (生活会, 我也; 20条、 “四风”; “ 你懂的”).
_GAP = re.compile(r"[ \u3000]{1,3}")
# after a sentence's end a space splits nothing: pages flatten their paragraphs to spaces (…奋斗出来的！”。
# 新的伟大征程上), and a bold run-in heading is set off by one ((一)深刻剖析危害。 剖析每一起案件)
_SENTENCE_END = "。！？!?"
_AFTER_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff”’）》])[，、；。！？,;!?][ \u3000]{1,3}(?=[\u4e00-\u9fff“‘（《])"
    r"|[”’》][ \u3000]{1,3}(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])[“‘《][ \u3000]{1,3}(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])[ \u3000]{1,3}[”’》]"
)


@code_rule(
    "P122",
    "space-after-mark",
    "punctuation",
    "warning",
    "“{match}”多了空格，应为“{suggestion}”",
    "中文标点自带间距，标点后、引号内侧不加空格（“生活会， 我也”“、 “四风””““ 你懂的”）；"
    "多出的空格多是从网页复制或按西文习惯输入时带进来的。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查[， 没]有及时通报。"),
        variant("征求意见建议23条，", "征求意见建议23条[、 “]面对面”访谈6次，"),
        variant("全县“智慧交通”平台", "全县[“ 智]慧交通”平台"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查。 Page 2"),
        variant("宁川县交通运输局局长 王建国", "宁川县交通运输局局长，  2024年1月"),
        variant("我两天后才安排核查。", "（一）在理论学习方面。 我满足于读原文，没有联系分管工作思考。"),
    ],
)
def space_after_mark(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for gap in _GAP.finditer(text):  # spaces are few: try the pattern only around them
        m = _AFTER_MARK.match(text, max(0, gap.start() - 1)) or _AFTER_MARK.match(text, gap.start())
        if m is None:
            continue
        start, end = m.start(), m.end()
        if text[start] in _SENTENCE_END:
            continue  # 。 新的征程: a paragraph break flattened to a space, or a run-in heading's gap
        if text[start] in _SPACES:  # a space before a closing quote: report the character before it too
            start -= 1
        else:
            end += 1
        piece = text[start:end]
        yield rule.finding(text, start, end, ("".join(c for c in piece if c not in _SPACES),))


_LABEL = re.compile(
    r"(?:[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十]|另外|同时|比如|例如)$"
)
_AHEAD_LABEL = re.compile(r"[一二三四五六七八九十]{1,2}[、是]|第[一二三四五六七八九十]")
_BODY_LINE = 40  # a line longer than this with sentence marks is running text, not layout


_OPEN_BRACKETS = "(（[【"
_CLOSE_BRACKETS = ")）]】"
_CLAUSE_MARKS = re.compile(r"[，。；！？,;!?]")
_RUN_IN = 4  # a label run into its line (摘要, 导语, 编者按) is this short
# a line that opens with a byline or a news dateline: spaces there separate names and fields
_BYLINE = re.compile(r"记者|通讯员|撰稿|作者|\d+日电$")


_SLOGAN = 20  # a quoted theme or slogan is this short at most


def _in_slogan(text: str, at: int, line_start: int) -> bool:
    """Whether `at` lies inside “…” on its line that hold no clause mark and are a slogan's length."""
    opened = text.rfind("“", line_start, at)
    if opened < 0 or text.rfind("”", opened, at) >= 0:
        return False
    closed = text.find("”", at)
    return 0 < closed - opened <= _SLOGAN and not _CLAUSE_MARKS.search(text, opened, closed)


def _in_fields(text: str, at: int, line_start: int, line_end: int) -> bool:
    """Whether `at` lies inside brackets on its line that hold no clause mark: a credit or byline
    ((文/韩轲 图/刘细雨), (城建学院 学工第二党支部 郭偲偲 报道)), whose spaces separate fields."""
    opened = max(text.rfind(c, line_start, at) for c in _OPEN_BRACKETS)
    if opened < 0 or max(text.rfind(c, opened, at) for c in _CLOSE_BRACKETS) >= 0:
        return False
    closes = [k for k in (text.find(c, at, line_end) for c in _CLOSE_BRACKETS) if k >= 0]
    return bool(closes) and not _CLAUSE_MARKS.search(text, opened, min(closes))


# a heading's number: 一、 （二） 3、 4. 第五部分
_HEADING_LABEL = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[部章节])"
)
_HEADING = 30  # a heading run into its text is this long at most
# an unnumbered run-in heading after a paragraph break the copy flattened to a space (…工作。 会前集中学习，
# 增强思想觉悟 采取领学宣讲…): one or two phrases of this many characters, no sentence mark, before the space
_RUN_IN_HEADING = re.compile(
    r"[。！？!?][ \u3000\u00a0]+([\u4e00-\u9fff“”]{3,12}(?:，[\u4e00-\u9fff“”]{3,12})?)$"
)


# a document's name ends a title: a title run into the body with a space for the lost line break
# (…民主评议党员情况的报告 根据…) is set off by that space
_DOCUMENT_END = re.compile(r"(?:材料|提纲|报告|讲话稿?|主持词|总结|计划|方案|通知)$")
_TITLE_RUN = 8  # characters of a title at least
_FIELD = 6  # a menu entry, tag or keyword is this short at most
_FIELD_RUN = 3  # entries in a row that make a menu or a tag list


def _title_before(text: str, at: int, line_start: int) -> bool:
    """Whether the line up to the space at `at` is a title (no clause mark, ending on a document's
    name, a viewer's chunk number before it allowed): the space stands for the line break after it."""
    lead = re.sub(r"^\d{1,3}、", "", text[line_start:at])
    return (
        len(lead) >= _TITLE_RUN and not _CLAUSE_MARKS.search(lead) and _DOCUMENT_END.search(lead) is not None
    )


def _in_menu(line: str, at: int) -> bool:
    """Whether the space at `at` of the line separates entries of a menu or a tag list: it stands in
    a row of at least three short entries set apart by single spaces (心得体会 工作总结 工作计划 …)."""
    entries, start = [], 0
    for piece in line.split(" "):
        entries.append((start, start + len(piece), piece))
        start += len(piece) + 1
    short = [0 < len(p) <= _FIELD and not _CLAUSE_MARKS.search(p) for _, _, p in entries]
    for k in range(len(entries) - 1):
        if entries[k][1] != at:
            continue
        if not (short[k] and short[k + 1]):
            return False
        lo, hi = k, k + 1
        while lo > 0 and short[lo - 1]:
            lo -= 1
        while hi + 1 < len(entries) and short[hi + 1]:
            hi += 1
        return hi - lo + 1 >= _FIELD_RUN
    return False


def _run_in_heading(text: str, at: int, line_start: int) -> bool:
    """Whether the words before the space at `at` follow a sentence's end and a space (a paragraph
    break flattened by the copy) and are a heading's length, one or two phrases with no sentence mark
    (。 查找突出问题，开展相互批评 与会党员…): the space stands for the line break after that heading."""
    return _RUN_IN_HEADING.search(text, max(line_start, at - _HEADING), at) is not None


def _heading_before(text: str, at: int, line_start: int) -> bool:
    """Whether the words before the space at `at`, from the line's start, a clause mark or another
    space, open with a heading's number and hold no clause mark (一、存在的问题 通过…, 1、<title> 近期…):
    the space stands for the line break after a heading, which the copy lost."""
    lo = max(line_start, at - _HEADING)
    starts = [lo] + [k + 1 for k in range(lo, at) if text[k] in " \u3000\u00a0，。；：！？,;:!?"]
    start = starts[-1]
    lead = text[start:at]
    return bool(lead) and _HEADING_LABEL.match(lead) is not None and not _CLAUSE_MARKS.search(lead)


@code_rule(
    "P123",
    "space-between-words",
    "punctuation",
    "warning",
    "“{match}”中间多了空格，应为“{suggestion}”",
    "正文句子里的词与词之间不加空格（“科室的 护理 质量”）；多是从网页、PDF复制或排版时带进来的。"
    "只看有句末标点的正文长句；标题、署名、职务和姓名之间、“一是”之类的序语后面的空格不提示，"
    "空格把一个词隔开的由 P117 提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，影响了科室[的 考]核得分。"),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。", "一是 学得不够深。"),
        variant("宁川县交通运输局局长 王建国", "宁川县 交通运输局局长 王建国"),
        variant("我两天后才安排核查。", "我两天后才安排核查，组织观看了警示教育片《持续发力 纵深推进》。"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，支部开展了“喜迎二十大 奋进新征程”主题党日活动。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，会议由支部书记主持。（文/李明 图/王华）"),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。\n本报记者张明 李华 近日，县委召开专题会议，研究部署整改工作，要求各级党组织对照问题清单逐项销号。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。\n新华社北京3月2日电 题：在新的起点上推进作风建设，要求各级党组织对照问题清单逐项整改、逐项销号。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。\n摘要 为进一步压实整改责任，县委召开专题会议，研究部署整改工作，要求对照问题清单逐项销号。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。\n一、检视出的问题 经过座谈走访，大家认为班子在落实整改上抓得不够紧，个别事项拖了半年。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。 会前集中学习，增强思想觉悟 支部采取领学宣讲、集中学习等方式，学习了党内法规。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。\n欢迎访问本站，这里汇集各类公文写作参考! 述职述廉 调研报告 讲话致辞 党课讲稿 会议纪要",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。\n上传者：党建资料站 文档格式：docx 页数：6页 下载积分：800 浏览量：1286次 评分：4.5分",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。\n青禾镇2024年度党建工作述职评议情况的报告 按照县委组织部安排，镇党委组织了述职评议，现将情况报告如下。",
        ),
    ],
)
def space_between_words(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _SPACE.finditer(text):
        if m.end() - m.start() > 1 or (m.start() >= 2 and text[m.start() - 2] in _SPACES):
            continue  # wide gaps and characters spaced out one by one are layout
        if text[m.end() + 1 : m.end() + 2] in _SPACES:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(line) <= _BODY_LINE or not _CLAUSE_MARKS.search(line):
            continue  # no comma or full stop: a line of fields (字数：约2600字 发布于…), not running text
        if _LABEL.search(text[max(line_start, m.start() - 3) : m.start()]):
            continue  # 一是 理论学习不深: the space after a point label is layout
        if text.rfind("《", line_start, m.start()) > text.rfind("》", line_start, m.start()):
            continue  # a title keeps its own spacing (《持续发力 纵深推进》)
        if _in_slogan(text, m.start(), line_start):
            continue  # “喜迎二十大 奋进新征程”: a theme's two halves are set apart by a space
        if _AHEAD_LABEL.match(text, m.end()):
            continue  # a title run into its first part (对照检查材料 一、存在的问题)
        if _in_fields(text, m.start(), line_start, len(text) if line_end < 0 else line_end):
            continue  # (文/韩轲 图/刘细雨): the space separates the fields of a credit or byline
        lead = text[line_start : m.start()]
        if not _CLAUSE_MARKS.search(lead) and (len(lead) <= _RUN_IN or _BYLINE.search(lead)):
            continue  # 摘要 为…, 新华社北京1月10日电 题：…, 记者魏彧 刘雅坤 徐丽 昨天上午…: fields before the text
        if (
            _heading_before(text, m.start(), line_start)
            or _title_before(text, m.start(), line_start)
            or _run_in_heading(text, m.start(), line_start)
        ):
            continue  # 一、存在的问题 通过调研…: a numbered heading or a title run into its text (a line break lost)
        if _in_menu(line, m.start() - line_start):
            continue  # 工作总结 工作计划 述职报告 …: a site's menu or a tag list, entries set apart
        if split_word(text, m.start(), m.end()) is not None:
            continue  # P117 reports the word the space splits
        yield rule.finding(text, m.start() - 1, m.end() + 1, (text[m.start() - 1] + text[m.end()],))
