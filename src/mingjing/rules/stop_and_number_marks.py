"""Marks of the full stop and of document numbers the writers of sets 35/36 got wrong (round r18):

- P197: a document number's year in square or round brackets (`云司发[2025]12号`, `市政发【2023】15号`,
  `川教函(2024)112号`): GB/T 9704 writes the year of a 发文字号 in hexagonal brackets 〔2025〕. A court's case
  number (`（2024）京0101民初123号`) opens with the year and has no issuer before it: it stays quiet.
- P198: a full stop closing a lead-in that announces the run-in list after it (`根源在于以下几个方面。一是`,
  `整改措施如下。一是`): the lead-in introduces what follows, so it takes a colon. Only a lead-in that points
  forward (以下/下列 + what is listed, 如下) before a list label on the same line (一是, 首先, 第一，, （一）,
  1.) is read; `原因主要有三个方面。一是` (a whole statement) and `报告如下。` before a new line stay quiet.
- P199: a sentence cut by a full stop before its continuation (`党员律师14人。占比43.8%`): a clause that
  opens with 占比/同比/环比/较上年/比去年 and a figure has no subject of its own; it goes on from the count
  before the stop, so the stop is a comma.
- P200: a title line that ends in a full stop (`2025年度组织生活会个人对照检查材料。`): a title takes no stop.
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

# an issuer's short name (云司发, 国办函, 京政字), the year in brackets other than 〔〕, the serial and 号
_DOC_NUMBER = re.compile(
    r"(?P<open>[\[［【(（〈<﹝])(?P<year>(?:19|20)\d{2})(?P<close>[\]］】)）〉>﹞])\d{1,4}号"
)

# a list label that runs on after the lead-in's stop
_LABEL = r"(?:一是|其一|首先|第一[，,、是：]|（一）|\(一\)|1[.．、]|①)"
# a lead-in pointing forward: 以下/下列 + what is listed (几个方面, 三点原因, 问题 …), or 如下
_LEAD_IN = re.compile(
    r"(?:(?P<below>以下|下列)[几两三四五六七八九十个些点条项种类方面的突出主要深层次具体]{0,7}"
    r"(?:方面|点|条|项|问题|原因|情况|不足|差距|措施|举措|表现|特点|短板|教训|体会|收获|根源|做法|要求|建议|"
    r"意见|任务|因素|环节|层面|打算|类|种)|如下|如次)$"
)
_STOP_BEFORE_LABEL = re.compile("。(?=" + _LABEL + ")")
_LEAD_IN_SPAN = 20  # the characters read back from the stop for the lead-in
_BELOW_A_LEVEL = frozenset("级岁度米元万千百及0123456789")  # 科级以下, 60岁以下: a bound, not a pointer

# a count closed by 。 and a subjectless clause that compares it: 14人。占比43.8%, 86件。同比上升17%
_CHANGE = r"(?:增长|上升|下降|减少|提高|增加|降低|多|少|持平|翻|有所|分别|\d)"
_CUT = re.compile(
    r"。(?=占比(?:为|达到?|约|近|超过?|仅|不足|只有)?\d"
    r"|占(?:全|总|该|本|同期|整个)[^。，；\n]{0,12}?\d"
    r"|(?:同比|环比)" + _CHANGE + r"|(?:较|比)(?:上年|去年|上一年|同期|上年同期|去年同期)" + _CHANGE + r")"
)
_COUNT_BEFORE = re.compile(r"\d(?:[.．]\d+)?(?:%|％|[\u4e00-\u9fff]{1,4})$")


def document_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the year in 〔〕) of every document number whose year stands in other brackets."""
    for m in _DOC_NUMBER.finditer(text):
        if m.start() == 0 or not "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            continue  # no issuer before the year: a court's case number, a date in brackets
        yield m.start("open"), m.end("close"), f"〔{m.group('year')}〕"


@code_rule(
    "P197",
    "document-number-brackets",
    "punctuation",
    "warning",
    "发文字号中的年份用六角括号“〔〕”：“{match}”应为“{suggestion}”",
    "GB/T 9704《党政机关公文格式》：发文字号的年份用六角括号〔〕括入（云司发〔2025〕12号），不用方括号、"
    "鱼尾号或圆括号。以年份开头、前面没有发文机关代字的案号（（2024）京0101民初123号）不提示。",
    bad=[
        variant("征求意见建议23条", "征求意见建议23条（县委办发[【2024】]8号）"),
        variant("征求意见建议23条", "征求意见建议23条（川教函[（2024）]112号）"),
    ],
    good=[
        GOOD,
        variant("征求意见建议23条", "征求意见建议23条（县委办发〔2024〕8号，案号（2024）京0101民初123号）"),
    ],
)
def document_number_brackets(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "号" not in text:
        return
    for start, end, fix in document_numbers(text):
        yield rule.finding(text, start, end, (fix,))


def lead_in_stops(text: str) -> Iterator[int]:
    """Offsets of the full stops that close a forward-pointing lead-in before a run-in list."""
    for stop in _STOP_BEFORE_LABEL.finditer(text):
        at = stop.start()
        lo = max(0, at - _LEAD_IN_SPAN)
        m = _LEAD_IN.search(text, lo, at)
        if m is None:
            continue
        if m.group("below") and m.start() > 0 and text[m.start() - 1] in _BELOW_A_LEVEL:
            continue
        yield at


@code_rule(
    "P198",
    "lead-in-closed-by-stop",
    "punctuation",
    "warning",
    "总起下文的话后面用冒号：这里的“{match}”应为“{suggestion}”",
    "GB/T 15834-2011：冒号用在总说性话语之后，表示引起下文的分说。“根源在于以下几个方面”“整改措施如下”"
    "提起后面的“一是……二是……”，末尾用冒号而不用句号。只看“以下/下列……”“如下”后紧接着分项序号的情况；"
    "“原因主要有三个方面。”这样自成一句的话和“报告如下。”后另起一行的标题不提示。",
    bad=[
        variant(
            "二、产生问题的原因\n", "二、产生问题的原因\n原因主要有以下几个方面[。]一是理论武装不够自觉。\n"
        ),
        variant("二、产生问题的原因\n", "二、产生问题的原因\n具体如下[。]首先，理论武装不够自觉。\n"),
    ],
    good=[
        GOOD,
        variant(
            "二、产生问题的原因\n", "二、产生问题的原因\n原因主要有以下几个方面：一是理论武装不够自觉。\n"
        ),
        variant("二、产生问题的原因\n", "二、产生问题的原因\n原因主要有三个方面。一是理论武装不够自觉。\n"),
    ],
)
def lead_in_closed_by_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "。" not in text:
        return
    for at in lead_in_stops(text):
        yield rule.finding(text, at, at + 1, ("：",))


def cut_sentences(text: str) -> Iterator[int]:
    """Offsets of the full stops that cut a count from the clause that compares it (14人。占比43.8%)."""
    for m in _CUT.finditer(text):
        at = m.start()
        if _COUNT_BEFORE.search(text, max(0, at - 8), at):
            yield at


@code_rule(
    "P199",
    "sentence-cut-by-stop",
    "punctuation",
    "warning",
    "句子没有说完：“{match}”后面的“占比、同比、较上年……”接着说前面的数字，这里应为“{suggestion}”",
    "句号表示一句话完了。“其中党员律师14人。占比43.8%”里“占比43.8%”没有自己的主语，是接着前面的数说的，"
    "句号把一句话断成了两截，应改为逗号。只看数字后面紧接着“占比、占全……、同比、环比、较上年、比去年”"
    "加增减或数字的情况；“同比数据显示”“占比较高的是”不提示。",
    bad=[
        variant("全年到基层调研21次", "全年到基层调研21次[。]同比减少6次"),
    ],
    good=[
        GOOD,
        variant("全年到基层调研21次", "全年到基层调研21次，同比减少6次"),
    ],
)
def sentence_cut_by_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "。" not in text:
        return
    for at in cut_sentences(text):
        yield rule.finding(text, at, at + 1, ("，",))


@code_rule(
    "P200",
    "title-ends-in-stop",
    "punctuation",
    "warning",
    "标题末尾不加句号：删去“{match}”",
    "GB/T 15834-2011 和公文格式的通例：标题单独成行，末尾不用句号。材料的标题（可以分两行）最后一行以“。”"
    "结尾时提示。",
    bad=[
        variant("个人对照检查材料\n", "个人对照检查材料[。]\n"),
    ],
    good=[
        GOOD,
        variant("个人对照检查材料\n宁川县", "个人对照检查材料\n一、领导班子遵守政治纪律情况。\n宁川县"),
    ],
)
def title_ends_in_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, line in _opening_lines(text):
        if "。" in line[:-1] or "，" in line or len(line) > 60 or _PART_LABEL.match(line):
            return  # the text's first sentence or a part's heading: no title line before it
        if _TITLE_END.search(line):
            at = start + len(line) - 1
            yield rule.finding(text, at, at + 1, ("",))
            return


# a part's heading under the title (`一、领导班子遵守政治纪律情况。`): P146 compares those with their siblings
_PART_LABEL = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十]"
)

# a title's last words before its stray stop (…对照检查材料。, …发言提纲。); a stop after them ends no sentence
_TITLE_END = re.compile(r"(?:材料|提纲|发言|报告|剖析|汇报|情况|方案|清单)。$")


def _opening_lines(text: str) -> Iterator[tuple[int, str]]:
    """(start, words) of the text's first two non-empty lines, trailing spaces cut."""
    at = 0
    seen = 0
    while at < len(text) and seen < 2:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].rstrip(" \t\u3000")
        stripped = line.lstrip(" \t\u3000")
        if stripped:
            seen += 1
            yield at + len(line) - len(stripped), stripped
        at = end + 1
