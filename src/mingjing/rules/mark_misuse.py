"""Marks standing where another belongs (P186–P188, P195).

- P186: a bracket pair of two widths (`（全年计划12项，完成7项)`, `(含2家)）`): an opening bracket whose
  first closing bracket on the same line, with no other opening between, is of the other width. Only
  the half-width half is flagged (the opening one in `(其中…）`); P103 reads pairs of half-width brackets. Also a full stop closing a note
  in brackets that a comma or semicolon follows (`（均未形成成果。），`): the note is inside a sentence
  going on, so it takes no full stop (P166 reads the same before the sentence's next word).
- P187: 书名号 around what is no title (GB/T 15834-2011 4.15): a numbered abbreviation (`《三会一课》`,
  `《两学一做》`, `《四个意识》`: two runs each opened by a Chinese numeral, or a numeral with 个) or a
  slogan, honour or brand named as a 理念/口号/称号/品牌 (`《绿水青山就是金山银山》理念`, `《优秀党务工作者》称号`),
  or a policy or reform called by a short name of six characters or fewer that is no document's kind
  (`《双减》政策`, `《放管服》改革`); they take quotation marks.
- P188: a mark a connective word does not take: 首先、 其次、 再次、 最后、 opening a point inside a
  paragraph (these ordinal adverbs take a comma; the 顿号 belongs to 一、 二、, P159 reads 第一、), and a
  colon after 如, 比如, 例如 inside a clause (`新兴领域如：数字经济`, `对比如：直播带货`): examples that run
  on inside the sentence take no colon; 比如： after a mark or at a line's start stays quiet.
- P195: a pair of dashes that sets a phrase off inside a sentence, each written with two hyphens
  (`对年轻干部--尤其是选调生--关心不够`): one finding over the pair, whose fix writes both as ——; the
  review then drops P163's findings on each half (rules/review.py: fixes that together make another's).
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

_BRACKETS = re.compile(r"[（）()\n]")
_OTHER = {"（": ")", "(": "）"}
_FIT = {"（": "）", "(": ")"}
_STOP_IN_NOTE = re.compile(r"。）(?=[，；])")
_TITLED = re.compile(r"《([^《》\n]{2,16})》")
_NUM = "一二三四五六七八九十两"
_NUMBERED = re.compile(
    rf"^(?:[{_NUM}][\u4e00-\u9fff]{{1,3}}[{_NUM}][\u4e00-\u9fff]{{1,3}}|[{_NUM}]个[\u4e00-\u9fff]{{2,4}})$"
)
_NAMED_AS = ("理念", "口号", "标语", "称号", "品牌")
# a policy or reform called by its short name (《双减》政策, 《放管服》改革): no document's title when short and
# not ending in a document's kind
_POLICY_AS = ("政策", "改革", "战略", "工程")
_DOCUMENT_KIND = re.compile(
    r"(?:法|条例|规定|办法|意见|通知|决定|纲要|规划|方案|报告|讲话|准则|细则|规则|章程|决议|公报|通报|指南|清单|标准|计划|[0-9])$"
)
_ORDINAL_ADVERB = re.compile(r"(首先|其次|再次|最后)、")
_HYPHENS = r"(?:--|－－)(?![-－])"
_DASH_PAIR = re.compile(
    rf"(?<=[\u4e00-\u9fff”’）》])(?<![-－]){_HYPHENS}(?P<mid>[^-－\n。！？；]{{2,30}}?)(?<![-－]){_HYPHENS}"
    r"(?=[\u4e00-\u9fff“‘《（，。；！？])"
)
_POINT_START = frozenset("。；：！？\n")
_SUCH_AS_COLON = re.compile(r"(?:比如|例如|譬如|诸如|如)：")
_NOT_SUCH_AS = frozenset("正假比例譬诸例譬诸不何")


def connective_marks(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the mend, why) of every ordinal adverb with a 顿号 and every 如： inside a clause."""
    for m in _ORDINAL_ADVERB.finditer(text):
        at = m.start()
        if at and text[at - 1] not in _POINT_START:
            continue
        yield at, m.end(), m.group(1) + "，", "表示次序的词语后停顿用逗号，顿号用在“一、二、”这类序号之后"
    if "如：" not in text:
        return
    for m in _SUCH_AS_COLON.finditer(text):
        at = m.start()
        if not at or not "\u4e00" <= text[at - 1] <= "\u9fff":
            continue
        if len(m.group()) == 2 and text[at - 1] in _NOT_SUCH_AS:
            continue
        yield at, m.end(), m.group()[:-1], "举例的词语在句子中间，后面的例子是句子的成分，不用冒号"


def bracket_slip_spans(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the mend, why) of every closing bracket of the other width than its opening and
    every full stop closing a note inside a sentence that goes on."""
    for at, fit, opened in mixed_bracket_pairs(text):
        opening = text[opened]
        why = f"前半是“{opening}”，后半却是“{text[at]}”，一对括号前后要一致，中文行文用全角"
        if fit == ")":  # the half-width half is the opening one: mend it, not the full-width closing
            yield opened, opened + 1, "（", why
        else:
            yield at, at + 1, fit, why
    if "。）" not in text:
        return
    for m in _STOP_IN_NOTE.finditer(text):
        yield m.start(), m.end(), "）", "句内括号里的注释后句子还没完，括号内不用句号"


def mixed_bracket_pairs(text: str) -> Iterator[tuple[int, str, int]]:
    """(offset, the fitting bracket, the opening's offset) of every closing bracket of the other width
    than its opening."""
    opening: tuple[int, str] | None = None
    for m in _BRACKETS.finditer(text):
        mark = m.group()
        if mark == "\n":
            opening = None
        elif mark in _FIT:
            opening = (m.start(), mark)
        elif opening is not None:
            if mark == _OTHER[opening[1]]:
                yield m.start(), _FIT[opening[1]], opening[0]
            opening = None


@code_rule(
    "P186",
    "bracket-slips",
    "punctuation",
    "warning",
    "括号“{match}”用错了：{why}，应为“{suggestion}”",
    "一对括号的前后两半要用同一种形式；中文行文用全角括号“（）”，前半全角、后半半角（或反过来）是输入法中途"
    "切换了状态。句内括号注释的是句子的一部分，括号后还接着逗号、分号时，括号内不用句号（GB/T 15834-2011）。",
    bad=[
        variant("征求意见建议23条", "征求意见建议23条（其中书面意见9条[)]"),
        variant("征求意见建议23条", "征求意见建议23条[(]其中书面意见9条）"),
        variant("征求意见建议23条", "征求意见建议23条（其中书面意见9条[。）]"),
    ],
    good=[
        GOOD,
        variant("征求意见建议23条", "征求意见建议23条（其中书面意见9条）"),
        variant("通过座谈会、个别访谈", "（以上均为书面意见。）通过座谈会、个别访谈"),
    ],
)
def bracket_slips(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if ")" not in text and "(" not in text and "。）" not in text:
        return
    for start, end, mend, why in bracket_slip_spans(text):
        yield rule.finding(text, start, end, (mend,), why=why)


def untitled_in_title_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the name in quotation marks) of every numbered abbreviation or slogan in 书名号."""
    for m in _TITLED.finditer(text):
        inner = m.group(1)
        policy = len(inner) <= 6 and text.startswith(_POLICY_AS, m.end()) and not _DOCUMENT_KIND.search(inner)
        if _NUMBERED.match(inner) or text.startswith(_NAMED_AS, m.end()) or policy:
            yield m.start(), m.end(), f"“{inner}”"


@code_rule(
    "P187",
    "abbreviation-in-title-marks",
    "punctuation",
    "warning",
    "“{match}”不是书名，书名号只标书籍、文件、报刊、文章等的名称，这里应用引号：“{suggestion}”",
    "GB/T 15834-2011：书名号标示书名、篇名、报刊名、文件名等。“三会一课”“两学一做”“四个意识”这类数字"
    "缩略语，称作“理念”“口号”的提法、“称号”“品牌”的名字，以及政策、改革的简称（“双减”政策、“放管服”改革），"
    "不是作品或文件的名称，应加引号，不用书名号。",
    bad=[
        variant("通过座谈会、个别访谈", "落实[《三会一课》]制度，通过座谈会、个别访谈"),
        variant("通过座谈会、个别访谈", "践行[《人民至上》]理念，通过座谈会、个别访谈"),
        variant("通过座谈会、个别访谈", "获得[《文明窗口》]称号后放松了要求，通过座谈会、个别访谈"),
        variant("通过座谈会、个别访谈", "落实[《双减》]政策有偏差，通过座谈会、个别访谈"),
    ],
    good=[
        GOOD,
        variant(
            "通过座谈会、个别访谈",
            "落实“三会一课”制度，学习《三国志》和《十九大报告辅导读本》，通过座谈会、个别访谈",
        ),
        variant(
            "通过座谈会、个别访谈",
            "落实《乡村振兴促进法》政策宣传，《实施方案》改革任务，通过座谈会、个别访谈",
        ),
    ],
)
def abbreviation_in_title_marks(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "《" not in text:
        return
    for start, end, quoted in untitled_in_title_marks(text):
        yield rule.finding(text, start, end, (quoted,))


@code_rule(
    "P188",
    "mark-after-connective",
    "punctuation",
    "warning",
    "“{match}”用错了标点：{why}，应为“{suggestion}”",
    "“首先、其次、再次、最后”是表示次序的词语，后面停顿用逗号；顿号用在“一、二、”这类序号之后。"
    "“如、比如、例如”在句子中间引出的例子是句子的成分，后面不用冒号（新兴领域如数字经济、低空经济等）；"
    "句首的“比如：”引出下文时不提示。",
    bad=[
        variant("一是学得不够深。", "一是学得不够深。[首先、]"),
        variant("对关键技术问题心中无数", "对大数据、云计算等新技术[如：]数据治理心中无数"),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。", "一是学得不够深。首先，"),
        variant("对关键技术问题心中无数", "对新技术心中无数。比如：数据治理、云计算。正如："),
    ],
)
def mark_after_connective(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, mend, why in connective_marks(text):
        yield rule.finding(text, start, end, (mend,), why=why)


@code_rule(
    "P195",
    "dash-pair-as-hyphens",
    "punctuation",
    "warning",
    "句中插说的一对破折号写成了连字符：“{match}”应为“{suggestion}”",
    "破折号“——”占两个字的位置（GB/T 15834-2011 4.14）；句中插入的解释说明前后各用一个破折号。"
    "两个连字符“--”是键盘上的替代写法，一对都要改。",
    bad=[
        variant("通过座谈会、个别访谈", "对年轻干部[--尤其是选调生--]关心不够，通过座谈会、个别访谈"),
    ],
    good=[
        GOOD,
        variant("通过座谈会、个别访谈", "对年轻干部——尤其是选调生——关心不够，通过座谈会、个别访谈"),
    ],
)
def dash_pair_as_hyphens(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "--" not in text and "－－" not in text:
        return
    for m in _DASH_PAIR.finditer(text):
        yield rule.finding(text, m.start(), m.end(), (f"——{m.group('mid')}——",))
