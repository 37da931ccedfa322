"""The marks between the points of a list, by the document's own habit (P140, P142). A point that
ends on 。 where the document's other points of the same kind (①②③, 1. 2., （1）, 一是) end on ；, and
a comma before one ordinal (第四，) where the others of its series (首先…。其次…。第三…) follow a full
stop or semicolon; and the other way round (P194), a semicolon closing a point that holds full stops of its
own (二是…。…；三是), which a full stop closes. Each was measured on all clean text and the seen real pages before it was enabled
(docs/review-real-text-i.md)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# the label that opens a point's paragraph, by kind
_POINT = re.compile(
    r"[ \t\u3000]*(?:(?P<circled>[①-⑳])|(?P<decimal>\d{1,2})[.、．](?!\d)|[（(](?P<paren>\d{1,2})[)）]"
    r"|[（(](?P<cparen>[一二三四五六七八九十]{1,2})[)）]|(?P<shi>[一二三四五六七八九十])是)"
)
_SPACE = " \t\u3000"
MIN_SEMICOLONS = 3  # the document's points end on a semicolon at least three times: a habit


_OPENERS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳0123456789（(一二三四五六七八九十 \t\u3000")


def _kind(text: str, start: int) -> tuple[str, bool] | None:
    """The kind of the point label opening text at start, and whether it is the first (①, 1., 一是)."""
    if text[start] not in _OPENERS:
        return None
    m = _POINT.match(text, start)
    if m is None:
        return None
    kind, value = next((k, v) for k, v in m.groupdict().items() if v)
    return kind, value in ("①", "1", "一")


def _last_mark(text: str, start: int, end: int) -> int | None:
    k = end
    while k > start and text[k - 1] in _SPACE:
        k -= 1
    return k - 1 if k > start else None


@code_rule(
    "P140",
    "point-ends-on-full-stop",
    "punctuation",
    "warning",
    "这一点以“{match}”结尾，同类的其他各点（不算每组最后一点）都以“；”结尾：这里应为“；”",
    "分行写的要点（①②③、1. 2.、（1）（2）、一是二是）习惯上前几点以分号结尾、最后一点用句号。"
    "全文同类要点都这样写、只有一处中间的点以句号结尾时，多是漏改，读者会以为这一组到此为止。"
    "每组的最后一点不看。",
    bad=[
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n①学得不够深；\n②读得不多[。]\n③悟得不够透；\n④用得不够活；\n⑤说得多做得少。",
        ),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深，只精读了原著中的6篇文章；二是读得不多，笔记只记了3次[。]三是悟得不够透。",
        ),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深；二是读得不多；三是悟得不够透[，]四是用得不够活。比如，研讨发言多引用文件原文。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n①学得不够深；\n②读得不多；\n③悟得不够透。\n①用得不够活；\n②说得多做得少。",
        ),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深，只精读了原著中的6篇文章；二是读得不多，笔记只记了3次；三是悟得不够透。",
        ),
        # a point that parts its own clauses by ； closes on a full stop (r25)
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深；二是读得不多，笔记只记了3次；每月的读书日也常常缺席。三是悟得不够透。",
        ),
        # a point turned to what is still undone is a report of its own and closes on a full stop (r23)
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深，只精读了原著中的6篇文章；二是读得不多，补读了3本，但笔记仍然偏少。三是悟得不够透。",
        ),
        # the semicolon closes a point of sentences (P194's slip), and a second 一是 opens a series of its own (r22)
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深。只精读了原著中的6篇文章；二是读得不多，笔记只记了3次。三是悟得不够透。",
        ),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深；二是读得不多；三是悟得不够透。未完成的2条，一是原著精读，受时间制约进展较慢，"
            "二是笔记整理，已列入计划。",
        ),
    ],
)
def point_ends_on_full_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "；" not in text and ";" not in text:
        return
    yield from _inline_point_ends_on_full_stop(ctx, rule)
    # runs of consecutive paragraphs opening with a point label of one kind: (kind, [mark offsets])
    runs: list[tuple[str, list[int | None]]] = []
    current: tuple[str, list[int | None]] | None = None
    for p in ctx.outline.document.paragraphs:
        if p.end <= p.start or (text[p.start].isspace() and not text[p.start : p.end].strip()):
            continue
        label = _kind(text, p.start)
        kind = label[0] if label else None
        if label is not None and current is not None and current[0] == kind and not label[1]:
            current[1].append(_last_mark(text, p.start, p.end))
            continue  # the same list goes on (a label back at ① opens a new one)
        if current is not None and len(current[1]) >= 2:
            runs.append(current)
        current = (kind, [_last_mark(text, p.start, p.end)]) if kind else None
    if current is not None and len(current[1]) >= 2:
        runs.append(current)
    by_kind: dict[str, list[int]] = {}
    for kind, run in runs:
        by_kind.setdefault(kind, []).extend(k for k in run[:-1] if k is not None)
    for inner in by_kind.values():
        semicolons = sum(text[k] in "；;" for k in inner)
        stops = [k for k in inner if text[k] == "。"]
        if semicolons >= MIN_SEMICOLONS and len(stops) == 1:
            yield rule.finding(text, stops[0], stops[0] + 1, ("；",))


# the mark before an inline point label of one paragraph: 一是…；二是…。三是…
_INLINE_LABEL = re.compile(r"(?P<mark>[。；;，,])[ \t\u3000]*[二三四五六七八九十]是")


def _inline_point_ends_on_full_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """One paragraph's 一是…；二是…。三是…: the points run inline, the first one closed by a semicolon and
    exactly one of the others by a full stop, or by a comma where two or more are closed by semicolons
    (一是…；二是…，三是…；四是). The last point, closing the paragraph, is not looked at."""
    text = ctx.text
    for p in ctx.outline.document.paragraphs:
        first = text.find("一是", p.start, p.end)
        while first >= 0:
            # a second 一是 opens a series of its own (尚未完成的2条，一是…，二是…): each is read alone (r22)
            restart = text.find("一是", first + 2, p.end)
            found = _inline_odd_mark(text, first, p.end if restart < 0 else restart)
            if found is not None:
                yield rule.finding(text, found, found + 1, ("；",))
            first = restart


def _inline_odd_mark(text: str, first: int, end: int) -> int | None:
    """The one mark of the series from `first` to `end` that breaks its semicolons' habit, or None."""
    marks = [m.start("mark") for m in _INLINE_LABEL.finditer(text, first, end)]
    odd = [k for k in marks if text[k] not in "；;"]
    if len(odd) != 1 or len(marks) < 2 or text[marks[0]] not in "；;":
        return None
    if text[odd[0]] == "。" and _holds_stop(text[text.rfind("是", first, odd[0]) + 1 : odd[0]]):
        return None  # a point of several sentences is closed by a full stop (P194's other half)
    if text[odd[0]] == "。" and "；" in _QUOTED_OR_NOTED.sub(
        "", text[text.rfind("是", first, odd[0]) + 1 : odd[0]]
    ):
        return None  # 二是…；…。三是: the point parts its own clauses by ；, so its end takes the full stop (r25)
    if text[odd[0]] == "。" and _TURNED.search(text[text.rfind("是", first, odd[0]) + 1 : odd[0]]):
        return None  # 三是…完成了改造，但模型应用仍不充分，需要持续推进。: a point turned to what is left undone (r23)
    if text[odd[0]] == "。" and all(
        _holds_stop(text[text.rfind("是", first, k) + 1 : k]) for k in marks if text[k] in "；;"
    ):
        return None  # 一是…。…；二是…。: the semicolons close points of sentences (P194's), no habit to keep (r22)
    if text[odd[0]] == "。" or len(marks) - 1 >= 2:
        return odd[0]
    return None


# an inline point (二是…) closed by a semicolon right before the next one (三是)
_POINT_BY_SEMICOLON = re.compile(
    r"(?:^|(?<=[。；;：:\n \t\u3000]))(?P<ord>[一二三四五六七八九])是(?P<body>(?:(?![一二三四五六七八九十]是)[^\n]){4,400}?)(?P<mark>；)"
    r"(?=[ \t\u3000]*(?P<next>[二三四五六七八九十])是)",
    re.M,
)
_NUMERALS = "一二三四五六七八九十"
# a point that reports a step and then turns to what is still undone closes on a full stop as a whole report
_TURNED = re.compile(r"[，,](?:但|但是|然而|不过|可是)[^，,。；;]*(?:仍|还|尚|依然|依旧)")
_QUOTED_OR_NOTED = re.compile(r"“[^“”\n]*”|（[^（）\n]*）|\([^()\n]*\)|《[^《》\n]*》")


def _holds_stop(body: str) -> bool:
    """Whether a point's text holds a full stop of its own (one a quotation or a note holds is not)."""
    return "。" in _QUOTED_OR_NOTED.sub("", body)


# the same point closed by a full stop (二是…。…。三是): how the document writes it when it does not slip
_POINT_BY_STOP = re.compile(_POINT_BY_SEMICOLON.pattern.replace("(?P<mark>；)", "(?P<mark>。)"), re.M)
_COMMA_BEFORE_LABEL = re.compile("，[ \t\u3000]*(?P<next>[二三四五六七八九十])是")
_POINT_START_BEFORE = "。；;：:\n \t\u3000"
_LABEL_IN_BODY = re.compile("[一二三四五六七八九十]是")


def _closed_by_comma(text: str) -> list[int]:
    """As _closed with a comma for the mark, read from each ，二是 back to its point's label (the regex's lazy
    scan of every point cost 0.1 ms on 5,000 characters)."""
    out = []
    for m in _COMMA_BEFORE_LABEL.finditer(text):
        c = m.start()
        label = _NUMERALS[_NUMERALS.index(m.group("next")) - 1] + "是"
        start = text.rfind(label, max(0, c - 402), c)
        if start < 0 or (start > 0 and text[start - 1] not in _POINT_START_BEFORE):
            continue
        body = text[start + 2 : c]
        if len(body) >= 4 and "\n" not in body and not _LABEL_IN_BODY.search(body) and _holds_stop(body):
            out.append(c)
    return out


def _closed(regex: re.Pattern[str], text: str) -> list[int]:
    """The offsets of the marks that close a point of several sentences right before the next point."""
    return [
        m.start("mark")
        for m in regex.finditer(text)
        if _NUMERALS.index(m.group("next")) == _NUMERALS.index(m.group("ord")) + 1
        and _holds_stop(m.group("body"))
    ]


def points_closed_by_semicolon(text: str) -> Iterator[int]:
    """The offset of each semicolon closing a point of several sentences (二是…。…；三是), unless that is the
    document's own style: it closes such points by a semicolon at least MIN_SEMICOLONS times and no more often
    by a full stop (a page that writes 一是…。…；二是 throughout: one style, whatever GB/T 15834 says).
    r19: a comma closing such a point (二是…。…没有及时提醒，三是) likewise, where the document closes such
    points by a full stop at least once and by a comma no more often."""
    if "是" not in text:
        return
    stops: list[int] | None = None  # read once, and only where needed (a scan of every point)
    if "；" in text:  # a half-width ; is P102's to put right first
        marks = _closed(_POINT_BY_SEMICOLON, text)
        if len(marks) >= MIN_SEMICOLONS:
            stops = _closed(_POINT_BY_STOP, text)
        if not (len(marks) >= MIN_SEMICOLONS and stops is not None and len(marks) >= len(stops)):
            yield from marks
    commas = _closed_by_comma(text) if "，" in text else []
    if commas:
        stops = _closed(_POINT_BY_STOP, text) if stops is None else stops
        if stops and len(commas) <= len(stops):
            yield from commas


@code_rule(
    "P194",
    "point-of-sentences-closed-by-semicolon",
    "punctuation",
    "warning",
    "这一点里面已经用句号断过句，是几句话，末尾的“{match}”不能再把它和下一点连成一句：应为“。”",
    "分号用在一句话里的并列分句之间（GB/T 15834-2011 4.6）；“二是……”这一点里面已经有句号、写成了几句话时，"
    "它末尾的分号（或逗号）连不起前面已经结束的句子，应用句号，下一点另起一句。只有一句话的要点之间用分号不提示。",
    bad=[
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深。只精读了原著中的6篇文章，研讨发言多引用文件原文[；]二是悟得不够透。",
        ),
        # r19: a comma closing such a point, the others closed by a full stop
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深。只精读了6篇文章，研讨发言多引用原文。二是悟得不透。笔记只记了3次[，]三是用得不活。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深，只精读了原著中的6篇文章；二是读得不多，笔记只记了3次；三是悟得不够透。",
        ),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深，群众说“学了不用。”；二是悟得不够透。三是读得不多。比如，研讨发言多引用文件原文。",
        ),
        variant(  # the page's own style: every point of several sentences closed by a semicolon
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "一是学得不够深。只精读了6篇文章；二是悟得不透。笔记只记了3次；三是用得不活。办法不多；"
            "四是思考不勤。研讨发言多引用文件原文。",
        ),
    ],
)
def point_of_sentences_closed_by_semicolon(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in points_closed_by_semicolon(text):
        yield rule.finding(text, at, at + 1, ("。",))


_SEPARATORS = {"，": "，", ",": "，", "。": "。", "；": "；", ";": "；"}
_FIRST = re.compile(r"首先|第一[，,、：:]")
# an ordinal that opens a point after a mark: 。其次, ，第四， (第二卷, 第三季度 are no labels)
_ORDINAL = re.compile(r"(?<=[，,。；;])[ \u3000]*(?:其次|再次|最后|第[二三四五六七八九十](?=[，,、：:]))")


@code_rule(
    "P142",
    "ordinal-series-separator",
    "punctuation",
    "warning",
    "“{match}”与同一组“首先……其次……第三……”的分隔不一致：其余各点前都用“{suggestion}”",
    "“首先……。其次……。第三……”这样写在一段里的要点，点与点之间用同一种标点；其余各点前都是句号"
    "（或分号）、只有一处是逗号时，多是漏改，读者会把两点读成一点。",
    bad=[
        variant(
            "一是学得不够深。比如，",
            "首先，学得不够深。其次，读得不多。第三，悟得不够透[，]第四，用得不够活。比如，",
        ),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。比如，", "首先，学得不够深，其次，读得不多，最后，悟得不够透。比如，"),
        variant("一是学得不够深。比如，", "首先，学得不够深。第二卷还没有读，第三季度才开始读。比如，"),
    ],
)
def ordinal_series_separator(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "首先" not in text and "第一" not in text:
        return
    for p in ctx.outline.document.paragraphs:
        first = _FIRST.search(text, p.start, p.end)
        if first is None:
            continue
        marks = [m.start() - 1 for m in _ORDINAL.finditer(text, first.end(), p.end)]
        marks = [k for k in marks if text[k] in _SEPARATORS]
        kinds = Counter(_SEPARATORS[text[k]] for k in marks)
        if kinds["，"] != 1 or len(kinds) != 2 or len(marks) < 3:
            continue
        ((other, _count),) = [(kind, n) for kind, n in kinds.items() if kind != "，"]
        k = next(k for k in marks if _SEPARATORS[text[k]] == "，")
        yield rule.finding(text, k, k + 1, (other,))


def _paragraphs(ctx: ReviewContext) -> list[tuple[int, int]]:
    text = ctx.text
    return [(p.start, p.end) for p in ctx.outline.document.paragraphs if text[p.start : p.end].strip()]


_PART = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,2}、")


def _opens_part(text: str, at: int) -> bool:
    return _kind(text, at) is not None or _PART.match(text, at) is not None


def closing_semicolons(ctx: ReviewContext) -> Iterator[int]:
    """The offset of each semicolon that closes a labelled point (2. / （三） / ②) whose neighbours of its kind, two
    or more, all close on 。: the page's own style is the full stop (2. 在…上下功夫。…不少于5名；), and nothing of a
    ；-series follows. A page whose points close on ； (1.…；2.…；3.…。) is P140's to read; a paragraph closed by ；
    before a heading of another kind, P158's (rules/sentence_marks.py)."""
    text = ctx.text
    if "；" not in text:
        return
    paras = _paragraphs(ctx)
    kinds = [label[0] if (label := _kind(text, a)) else None for a, _ in paras]
    for j, (a, b) in enumerate(paras):
        end = _last_mark(text, a, b)
        kind = kinds[j]
        if end is None or text[end] != "；" or kind is None:
            continue
        lo = j
        while lo > 0 and kinds[lo - 1] == kind:
            lo -= 1
        hi = j
        while hi + 1 < len(paras) and kinds[hi + 1] == kind:
            hi += 1
        if j == hi and j + 1 < len(paras) and _opens_part(text, paras[j + 1][0]):
            continue  # the last point before a label of another kind: P158's
        ends = [_last_mark(text, *paras[x]) for x in range(lo, hi + 1) if x != j]
        marks = [text[k] for k in ends if k is not None]
        if len(marks) >= 2 and all(m == "。" for m in marks):
            yield end


@code_rule(
    "P208",
    "paragraph-closed-by-semicolon",
    "punctuation",
    "warning",
    "这一段到此结束，末尾的“{match}”后面没有接着的并列分项：应为“。”",
    "分号用在一句话里的并列分句之间；分行写的各条，同组其他各条都以句号结尾、只有这一条以分号结尾时，"
    "这一条写完了，后面没有接着的并列分项，多是删改时留下的分号，应为句号。全文各条都以分号结尾、最后一条用句号的"
    "写法不提示（P140 读那种写法里漏改的句号），一段以分号结尾、下一段换了序号另起一部分的由 P158 提示。",
    bad=[
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n1. 在学上下功夫。每月读原著1篇。\n2. 在干上下功夫。每季度调研1次，年内解决问题不少于5个[；]"
            "\n3. 在严上下功夫。每半年开展一次廉洁谈话。\n",
        ),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n①抓学习。每月读原著1篇。\n②抓调研。每季度蹲点1次[；]\n③抓纪律。每半年开展一次廉洁谈话。\n",
        ),
    ],
    good=[
        GOOD,
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n1. 每月读原著1篇；\n2. 每季度调研1次；\n3. 每半年开展一次廉洁谈话。\n",
        ),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n要做到以下几点：每月读原著1篇；\n每季度调研1次。\n",
        ),
    ],
)
def paragraph_closed_by_semicolon(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in closing_semicolons(ctx):
        yield rule.finding(text, at, at + 1, ("。",))


# a paragraph's bracketed label: （2） / (2) / （二) …
_BRACKET_LABEL = re.compile(
    r"[ \t\u3000]*(?P<open>[（(])(?P<n>\d{1,2}|[一二三四五六七八九十]{1,2})(?P<close>[)）])"
)


def odd_brackets(ctx: ReviewContext) -> Iterator[tuple[int, int, str]]:
    """(start, end, the label in full-width brackets) of each paragraph label whose brackets are half-width
    ((2)) where the document's other labels of its kind (numbers or Chinese numerals), two or
    more, are all in full-width brackets: one label typed in another input mode."""
    text = ctx.text
    if "(" not in text and ")" not in text:
        return
    labels: dict[bool, list[re.Match[str]]] = {}
    for a, _b in _paragraphs(ctx):
        m = _BRACKET_LABEL.match(text, a)
        if m is not None:
            labels.setdefault(m.group("n").isdigit(), []).append(m)
    for found in labels.values():
        full = [m for m in found if m.group("open") == "（" and m.group("close") == "）"]
        if len(full) < 2 or len(full) <= len(found) - len(full):
            continue
        for m in found:
            if m.group("open") == "(" and m.group("close") == ")":  # a mixed pair is P186's
                yield m.start("open"), m.end("close"), f"（{m.group('n')}）"
