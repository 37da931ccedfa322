"""Numbering labels of Chinese official writing, outer to inner, and inline enumerations.

Levels (rank): 0 第一部分 · 1 一、 (Ⅰ、) · 2 （一） · 3 1. / 1、 · 4 （1） (⑴) · 5 ①.
Inline: 一是…二是…, 第一，…第二，…, 其一，…其二，…, 首先/其次/再次/最后; examples 比如/例如/譬如/又如….
A bullet (★ ● ■ ◆ …), a circled number, a half-bracketed number (`一）`, `1)`), a decimal number
(`1 `, `1.1`, `1.1.1`), a named item label (`问题一：`, `措施1：`) and a counted line (`第一，…` on a line of
its own) are labels whose rank the document decides (`mingjing.parse.outline`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from mingjing.numerals import CIRCLED, PAREN_DIGITS, parse_chinese_number

_CN = "一二三四五六七八九十百零〇两"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# an item named by what it is and numbered (`问题一：`, `问题1：`, `原因二：`, `措施三、`): at the items'
# level, whatever the parts use; the separator is required (`问题一直存在` is a sentence)
# (`存在问题一：`, `突出问题1：` with the number written right on: `存在的问题 1、学习方面` is a part's
# heading run into its first item, never an item's label)
_NAMED_ITEM = r"(?:(?:存在|突出|主要)问题(?=[一二三四五六七八九十\d])|问题|原因|措施|举措|整改措施|改进措施)"
# what follows a counted line's number: a heading's words, no sentence mark, on a line of its own
_COUNTED_LINE = r"[^\s。；;：:！!？?，,][^。；;：:！!？?，,]{1,29}$"
# (nor a document library's price, `8 积分`, `2 下载券`, nor its page count, `5 页`)
_NOT_QUANTITY = r"(?![ \u3000]*(?:[年月日号个次人名项条天户万亿元倍岁%％米吨亩页]|积分|金币|下载券))"
LABEL_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(rf"^第([{_CN}]+)(?:部分|章|篇)[、：:，,．.\s]*")),
    (1, re.compile(rf"^([{_CN}]+)\s*[、．.，,](?![{_CN}]?是)\s*")),
    (1, re.compile(rf"^([{ROMAN}])\s*[、．.，,]?\s*")),
    # (`〔一〕`: a page's tortoise-shell brackets for the round ones, round r26)
    (2, re.compile(rf"^(?:[（(]\s*([{_CN}]+)\s*[）)]|〔\s*([{_CN}]+)\s*〕)[、．.，,]?\s*")),
    (2, re.compile(r"^[（(]([-－])[）)][、．.，,]?\s*")),  # `(-)`: `(一)` typed with a dash
    (
        -3,
        re.compile(rf"^([{_CN}]{{1,3}})\s*[）)][、．.，,]?\s*"),
    ),  # 一）: a half bracket, rank by the document
    # `【一】` before a heading's words (a page's layout of `（一）`): a rank the document decides (never `【1】`, a
    # page's number for its piece before the title, round r25)
    (-9, re.compile(rf"^【\s*([{_CN}]{{1,3}})\s*】[、．.，,]?\s*(?=\S)")),
    (-2, re.compile(rf"^{_NAMED_ITEM}\s*([{_CN}]{{1,3}}|\d{{1,2}})\s*[：:、．.，,]\s*")),
    (
        -2,
        re.compile(rf"^[【\[]{_NAMED_ITEM}\s*([{_CN}]{{1,3}}|\d{{1,2}})[】\]][：:、．.，,]?\s*"),
    ),  # 【问题一】
    # 1. but not a decimal (1.2万亩); `2.2025年…` is label 2 before a year
    (3, re.compile(r"^(\d{1,2})\s*(?:[.．](?!\d)|[.．](?=(?:19|20)\d\d年)|、)\s*")),
    (4, re.compile(r"^(?:[（(]\s*(\d{1,2})\s*[）)]|〔\s*(\d{1,2})\s*〕)[、．.，,]?\s*")),
    (-4, re.compile(r"^(\d{1,2})\s*[）)][、．.，,]?\s*")),  # 1): a half bracket, rank by the document
    (4, re.compile(rf"^([{PAREN_DIGITS}])\s*")),
    # decimal outline numbering (`1 存在的问题`, `1.1 在…方面`, `1.1.1 …`), as report-style materials use it;
    # never a quantity (`1.5倍`, `3 月份`)
    # (`1.1.` with a final dot: Word's multi-level list `%1.%2.`)
    (-7, re.compile(rf"^\d{{1,2}}[.．]\d{{1,2}}[.．](\d{{1,2}})[.．]?(?![\d.．]){_NOT_QUANTITY}\s*")),
    (-6, re.compile(rf"^\d{{1,2}}[.．](\d{{1,2}})[.．]?(?![\d.．]){_NOT_QUANTITY}\s*")),
    # (`1 2023年度…整改落实情况`: a year may open the heading)
    (-5, re.compile(rf"^(\d{{1,2}})[ \u3000]+{_NOT_QUANTITY}(?=[\u4e00-\u9fff“]|(?:19|20)\d\d年)")),
    (5, re.compile(rf"^([{CIRCLED}])\s*")),
    # `第一，深刻汲取案件教训` on a line of its own (a speech's parts counted in words): a label whose rank the
    # document decides, never a paragraph that runs on (`第一，加强学习。…` is a point's sentence)
    (-8, re.compile(rf"^第([{_CN}]{{1,3}})[，,、：:]\s*(?={_COUNTED_LINE})")),
)
BULLET_RANK = -1  # placeholder: a bullet's rank is decided by the labels around it
NAMED_RANK = -2  # placeholder: `问题一：` numbers items, one rank deeper than the part above it
HALF_RANK = -3  # placeholder: `一）` heads parts in one material, items in another
HALF_DIGIT_RANK = -4  # placeholder: `1)` likewise
DECIMAL_RANKS = (-5, -6, -7)
BRACKET_RANK = -9  # placeholder: `【一】` heads parts in one page, items in another (round r26)
COUNTED_RANK = -8  # placeholder: `第一，…` on a line of its own heads parts in one material, items in another  # placeholders: `1 `, `1.1`, `1.1.1`, each one level under the one before
# a glyph, or a dash with a space after it (a list copied from a web page: `- 坚韧不拔:…`)
# Word's symbol-font bullets whose font was lost in the copy: the font's own code point (private use,
# U+F0xx) or the Latin-1 letter it sits on (`Ø` for ➢, `§` for ▪, `ü` for ✓, `Ÿ`, `¨`), or a plain
# letter of the font (`l` for ●, `n` for ■, `q` for ❑, `v` for ❖) — these only before a tab and a
# Chinese character, as Word's list writes them
_LOST_SYMBOL = r"[\uf000-\uf0ff]\s*|[Ø§üŸ¨]\s+(?=[\u4e00-\u9fff“])|[lnqvw]\t+(?=[\u4e00-\u9fff“])"
# (a page editor's pictograph before a heading's words, `📌 存在的问题`, `✅ 整改措施`, is a bullet too: round r26)
_PICTOGRAPH = r"(?:[\U0001F300-\U0001FAFF]|[✅✔☑⭐✨➤➢])\ufe0f?\s*(?=[\u4e00-\u9fff“（(【])"
_BULLET = re.compile(
    r"^(?:[★☆■□◆◇●○▲△►▶◎❖•▍▌▎▏▋▊▉█]\s*|[-－]\s+(?=[^\s\d-])|" + _PICTOGRAPH + "|" + _LOST_SYMBOL + ")"
)


@dataclass(frozen=True)
class Label:
    rank: int
    value: int
    text: str  # the label as written, without following spaces
    end: int  # offset (relative to the paragraph) where the body starts
    floating: bool = False  # a rank the document gave a bullet or the like that numbers items, never parts


def _value(raw: str) -> int | None:
    if raw in ("-", "－"):
        return 1
    for table in (CIRCLED, PAREN_DIGITS, ROMAN):
        if raw in table:
            return table.index(raw) + 1
    return int(raw) if raw.isdigit() else parse_chinese_number(raw)


# a bar a page sets before its headings (`▍一、存在的问题`, a WeChat article's style): no label itself
# (or a page editor's pin or markdown mark before the label, `📌一、存在的问题`, `# 一、存在的问题`; round r25)
_HEADING_BAR = re.compile(r"^(?:[▍▌▎▏▋▊▉█]|[\U0001F300-\U0001FAFF]\ufe0f?|#{1,4}(?=[ \u3000]))\s*")


def match_label(text: str) -> Label | None:
    """The numbering label at the start of a paragraph's text, if any (after a heading bar: `▍一、`)."""
    bar = _HEADING_BAR.match(text)
    if bar:
        label = _match_label(text[bar.end() :])
        if label is not None:
            return replace(label, text=text[: bar.end() + len(label.text)], end=bar.end() + label.end)
        return None
    return _match_label(text)


def _match_label(text: str) -> Label | None:
    for rank, pattern in LABEL_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        value = _value(next(g for g in m.groups() if g is not None))
        if value is None or value <= 0:
            continue
        if m.end() >= len(text):  # a bare label is not a heading
            return None
        if rank in (1, 3) and _next_in_range(text[m.end() :], value):
            return None  # `一、二季度…`, `三、四月份…`, `1、2月份…`: two numbers of a range, no label
        return Label(rank=rank, value=value, text=m.group(0).rstrip(), end=m.end())
    return None


# the second number of a range and what it counts (`一、二季度`, `三、四月份`, `1、2月份`, `一、二年级`)
_RANGE_SECOND = re.compile(
    rf"^([{_CN}]{{1,3}}|\d{{1,2}})(?=季度|月|年级|批次?|类|级|线|期|轮|档|号|产|等奖|把手|楼|层)"
)


def _next_in_range(rest: str, value: int) -> bool:
    """The text after a label opens with the next number and a counting word: the label's number was
    the first of a range written with a 、 (`一、二季度全县…`), not a heading's number."""
    m = _RANGE_SECOND.match(rest)
    return m is not None and _value(m.group(1)) == value + 1


def is_bullet(label_text: str) -> bool:
    """A label as written is a bullet glyph (or a list's dash), no number."""
    m = _BULLET.match(label_text + "x")
    return m is not None and m.end() >= len(label_text)


def match_bullet(text: str) -> Label | None:
    """A bullet (`★存在的问题`, `● 学习不够深入`) at the start of a paragraph: a label of rank
    `BULLET_RANK` and value 0 until the document gives it both."""
    m = _BULLET.match(text)
    if not m or m.end() >= len(text):
        return None
    return Label(rank=BULLET_RANK, value=0, text=m.group(0).rstrip(), end=m.end())


# -- inline enumerations ---------------------------------------------------------------------
# a clause starts after a mark (a space may follow a sentence's end), or after a half-width `.` that
# ends a Chinese sentence (记事本 text)
_CLAUSE_START = r"(?:(?<=^)|(?<=[\u4e00-\u9fff”\"]\.)|(?<=[。；;：:，,！!？?\n）)”])|(?<=[。；;：:！!？?] ))"
_SHI = re.compile(_CLAUSE_START + rf"([{_CN}]{{1,3}})[ \u3000]?是(?=[^，,。；;]{{1,}})")
_DI = re.compile(_CLAUSE_START + rf"第([{_CN}]{{1,3}})(?=[，,、：:])")
# 其一，…其二，…: the written counting of a list (`其一，在遵守政治纪律方面。…`)
_QI = re.compile(_CLAUSE_START + rf"其([{_CN}]{{1,3}})(?=[，,、：:])")
# (1)…;(2)…;(3)… run in one paragraph (`表现在:(1)…;(2)…`)
_PAREN = re.compile(_CLAUSE_START + r"[（(](\d{1,2})[）)]")
# 1、…；2、…；3、… run in one paragraph (`主要表现在：1、…；2、…`): a number opening a clause, never a decimal
_DECIMAL = re.compile(_CLAUSE_START + r"(\d{1,2})[、.．](?!\d)")
# ①…②…③… or ⑴…⑵… run in one paragraph (`第一，…方面。①…。②…`): a numbering glyph opening a clause (a
# note's ① after a word is no point), its value read from its place in the glyph table
_GLYPHS = (CIRCLED, PAREN_DIGITS)
_GLYPH_SERIES = tuple(re.compile(_CLAUSE_START + f"([{table}])") for table in _GLYPHS)
# （一）…（二）… run in one paragraph under an item (`1.理论学习方面。（一）学得不深；（二）用得不够`)
_CN_PAREN = re.compile(_CLAUSE_START + rf"[（(]([{_CN}]{{1,3}})[）)]")
# 1)…；2)… run in one paragraph: a half-bracketed number opening a clause, never `(1)`'s closing half
_HALF_PAREN = re.compile(_CLAUSE_START + r"(?<![（(\d])(\d{1,2})[)）]")
_ORDER_WORDS = ("首先", "其次", "再次", "然后", "最后")
# (`首先是…；其次是…`: the word run on into its clause with 是, as `一是…` is)
_ORDER = re.compile(_CLAUSE_START + r"(首先|其次|再次|然后|最后)(?=[，,、：:]|是[^，,。；;])")


@dataclass(frozen=True)
class InlineMarker:
    label: str
    start: int  # relative to the searched text


def _numbered_series(
    pattern: re.Pattern[str],
    text: str,
    fmt: Callable[[str], str],
    read: Callable[[str], int | None] | None = None,
) -> list[InlineMarker]:
    series: list[InlineMarker] = []
    expected = 1
    for m in pattern.finditer(text):
        raw = m.group(1)
        if read is not None:
            value = read(raw)
        else:
            value = int(raw) if raw.isdigit() else parse_chinese_number(raw)
        if value == expected:
            series.append(InlineMarker(fmt(m.group(1)), m.start()))
            expected += 1
        elif value == 1 and len(series) < 2:
            series = [InlineMarker(fmt(m.group(1)), m.start())]
            expected = 2
    return series if len(series) >= 2 else []


def _glyph_series(pattern: re.Pattern[str], table: str, text: str) -> list[InlineMarker]:
    """`①…②…③…` in one text: the glyphs in counting order from the first, as `_numbered_series` reads words."""
    if table[0] not in text or table[1] not in text:  # no series of two: the usual text, read at no cost
        return []
    return _numbered_series(pattern, text, lambda g: g, lambda g: table.index(g) + 1)


def inline_markers(text: str) -> list[InlineMarker]:
    """The first complete inline series found: 一是/二是…, 第一/第二…, 其一/其二…, (1)(2)…, 1、2、…, ①②… or
    ⑴⑵…, 1)2)…, （一）（二）…, or 首先/其次…."""
    found = _numbered_series(_SHI, text, lambda n: f"{n}是")
    if found:
        return found
    found = _numbered_series(_DI, text, lambda n: f"第{n}")
    if found:
        return found
    found = _numbered_series(_QI, text, lambda n: f"其{n}")
    if found:
        return found
    found = _numbered_series(_PAREN, text, lambda n: f"({n})")
    if found:
        return found
    found = _numbered_series(_DECIMAL, text, lambda n: f"{n}、")
    if found:
        return found
    for table, glyph in zip(_GLYPHS, _GLYPH_SERIES, strict=True):
        found = _glyph_series(glyph, table, text)
        if found:
            return found
    found = _numbered_series(_HALF_PAREN, text, lambda n: f"{n})")
    if found:
        return found
    found = _numbered_series(_CN_PAREN, text, lambda n: f"（{n}）")
    if found:
        return found
    order: list[InlineMarker] = []
    for m in _ORDER.finditer(text):
        word = m.group(1)
        if not order:
            if word == "首先":
                order.append(InlineMarker(word, m.start()))
            continue
        order.append(InlineMarker(word, m.start()))
        if word == "最后":
            break
    return order if len(order) >= 2 else []


# a line's bullet before its clause (`——比如，…`, `● 例如…`, `- 比如`): an outline's dash or a list's glyph
# opens the clause as a line's start does (the example starts at its word, group 1)
_BULLET_EXAMPLE = re.compile(
    r"^[ \u3000]*(?:——|－－|--|[—●•·▪■◆▲►▶◇○\-*])[ \u3000]?(比如说|比如|例如|譬如|比方说|又如|再如)",
    re.MULTILINE,
)
# the next example of a series (`再比如，…`, `又比如在…`, `还例如`): 比如/例如/譬如 after 再/又/还
_NEXT_EXAMPLE = r"(?:[再又还](?:比如|例如|譬如))|"
_EXAMPLE = re.compile(
    _CLAUSE_START.replace("）)”]", "）)”(（]")
    + r"(?:比如说|比如|例如|譬如|比方说|又如|再如|如)(?=[，,：:])|(?:如|比如|例如)(?=\d)|"
    + _CLAUSE_START.replace("）)”]", "）)”(（]")
    + rf"(?:{_NEXT_EXAMPLE}比如说|比如|例如|譬如|比方说|又如|再如)|"
    # ，如县图书馆…年底只建成8个。: a bare 如 opening a clause whose sentence holds a number
    + _CLAUSE_START.replace("）)”]", "）)”(（]")
    + r"如(?![何期实下果同今此意常数约若是上次前所愿今])(?=[^。！？；\n]*\d)"
)
_SENTENCE_END = re.compile(r"[。！？!?]|\n")
# a line that announces the example under it or after its colon (`典型事例：今年3月…`, `典型案例` over a
# paragraph, `具体事例如下：`): a named example, whichever words tell it
_NAMED_EXAMPLE = re.compile(
    r"^[ \u3000]*(?:典型|具体|突出)?(?:事例|案例|例子|实例)(?:如下|有|是)?(?:[：:]|[ \u3000]*$)\s*",
    re.MULTILINE,
)


def announces_example(line: str) -> bool:
    """A line that announces an example (`典型案例`, `典型事例：今年3月…`, `具体事例如下：`)."""
    return _NAMED_EXAMPLE.match(line) is not None


def example_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each example passage: from its marker to the end of its sentence."""
    spans: list[tuple[int, int]] = []
    marks = sorted(
        [
            *((m.start(), m.end()) for m in (*_EXAMPLE.finditer(text), *_NAMED_EXAMPLE.finditer(text))),
            *((m.start(1), m.end(1)) for m in _BULLET_EXAMPLE.finditer(text)),
        ]
    )
    mark_end = 0
    for start, this_end in marks:
        if spans and start < spans[-1][1]:
            # a marker opening a later ；-clause of the same sentence is the next example
            # (`例如，…才完成；部分班子成员…，例如…`): the one before ends at that ；
            cut = max(text.rfind("；", mark_end, start), text.rfind(";", mark_end, start))
            if cut < 0:
                continue
            spans[-1] = (spans[-1][0], cut + 1)
        mark_end = this_end
        end_match = _SENTENCE_END.search(text, this_end)
        end = (
            end_match.end()
            if end_match and end_match.group() != "\n"
            else (end_match.start() if end_match else len(text))
        )
        spans.append((start, end))
    return spans


# a half-width `.` after a Chinese character ends a sentence too (记事本 text), even before a digit
# (`提升服务质效.2024年6月底前…`): a decimal point stands between digits, never after a character
_HEADING_END = re.compile(r"[。！？!?：:]|(?<=[\u4e00-\u9fff”\"])\.")


# a series run straight on after a heading's words, with no mark between (round r23)
_GLUED_SERIES = re.compile(r"(?<=[\u4e00-\u9fff]{2})一是(?=[^，,。；;：:]{2})")
GLUED_HEAD = 30  # characters: a heading a series runs on after is short


def split_heading(body: str) -> tuple[int, int]:
    """(end of heading text, start of the rest) within a paragraph body: the first sentence up
    to 。/：, or the whole paragraph when it has none — and never past the start of an inline
    series (`在发挥先锋模范作用上，一是…；二是…`: the heading stops before 一是)."""
    m = _HEADING_END.search(body)
    end, rest = (m.start(), m.end()) if m else (len(body.rstrip("；;，, ")), len(body))
    head = body[:end]
    markers = inline_markers(body) if "是" in head or "第" in head or "其" in head or "首先" in head else []
    if markers and 0 < markers[0].start < end:
        series = markers[0].start
        return len(body[:series].rstrip("；;，,、 ")), series
    glued = _GLUED_SERIES.search(head) if "一是" in head else None
    if glued and glued.start() <= GLUED_HEAD and "二是" in body[glued.end() :]:
        # `二、问题产生的原因一是…；二是…`: a flattened page ran the heading into its series with no mark
        return glued.start(), glued.start()
    return end, rest
