"""Re-join lines that a PDF broke inside a paragraph, in text and Word files copied from a PDF.

Such text has a line width: most long lines are (nearly) the same display width, and a full line
that does not end a sentence continues on the next (`…对照检` / `查材料`). Nothing is joined unless
the document shows that width clearly, and never into a numbered block, a heading or a table.
"""

from __future__ import annotations

import re
from collections import Counter

from mingjing.model import Paragraph
from mingjing.read.pdf import _ENDS_SENTENCE, _PAGE_NUMBER, _STARTS_BLOCK
from mingjing.traditional import is_traditional, to_simplified

MIN_LINES = 8  # full lines needed before the text counts as wrapped
MIN_SHARE = 0.3  # share of the long lines that must have the common width
MIN_WIDTH = 40  # display columns of the narrowest page line (20 Chinese characters)
SLACK = 8  # display columns a full line may fall short of the width (digits and spaces vary it)
# how a title's words end: the document's name, a bracketed note after it (`（摘要）`, `（2024年1月）`) or the unit it
# is written for (`（市档案馆机关第二党支部）`: a unit's name runs to 16 characters, r28)
_TITLE_END = re.compile(r"(材料|提纲|发言|发言稿|报告|剖析|检查|检视)(（[^）]{1,16}）|\([^)]{1,16}\))?$")
_SENTENCE_MARKS = re.compile(r"[。，；！？,;：:]")
# a site's headline over a collection of pieces (`…对照检查材料范文（通用3篇）`, `…发言提纲合集`, `最新…材料精选
# 范文`): a whole line of its own, never the first half of a broken title
_COLLECTION = re.compile(
    r"(?:范文|范本|模板|例文|精选|合集|汇编|大全|[\d一二三四五六七八九十]+篇)"
    r"(?:[（(][^）)]{1,10}[）)]|【[^】]{1,10}】)?$"
)
# the title's first line carrying its year or its campaign (`2023年度主题教育`, `党史学习教育`) over a line
# that starts with the meeting (`专题组织生活会个人发言提纲`); or a name called 同志 over the year's line
# (`马振华同志` / `2023年…对照检查材料`): the two lines of one title
_CARRIES_YEAR = re.compile(r"(?:19|20)\d\d\s*年|学习教育|主题教育|不忘初心|牢记使命")
_MEETING_START = re.compile(r"^(?:专题|民主生活会|组织生活会)")
_COMRADE = re.compile(r"^[\u4e00-\u9fff]{2,4}同志$")
# a line that names the speaker (`…党委委员、副局长  郑海涛`) or a title that starts with its year:
# the line before it is the unit, post and name, not the first half of a broken title
_NAME_LINE = re.compile(r"(?:书记|长|主任|委员|经理|主席|干部|党员)\s+\S{2,4}$")
_YEAR_START = re.compile(r"^(?:19|20)\d\d\s*年")
# a post with its holder's name written on to it (`…党委委员、副总经理袁志航`): the title's subject, whose
# year line follows (`2025年度民主生活会个人对照检查材料`); a speaker's line sets the name apart by a space
_POST_AND_NAME = re.compile(r"^\S+(?:书记|长|主任|委员|经理|主席|党员)[\u4e00-\u9fff]{2,3}$")
# a post with its holder's name after one half-width space (`…党组成员、副局长 周永年`) right over the line
# that names the meeting and the document: the title's first line, written as a title over two lines is
# (a speaker's byline sets the name apart by a wide gap, two spaces or a full-width one, or stands apart
# by a blank line; a member's line, `…支部党员 孔令娟`, is the member's byline over her title)
_NAMED_POST = re.compile(r"^[\u4e00-\u9fff、]{2,}(?:书记|长|主任|委员|成员|经理|主席) [\u4e00-\u9fff]{2,3}$")
# a unit's line, with no person's name (`中共…支部委员会`, `县 税务局党委领导班子`): the first half of a
# title whose second line starts with its year (`2024 年度民主生活会对照检查材料`)
# A line that ends in a post with no name after it (`…第二税务分局党员`) is a unit's line too.
_UNIT_LINE = re.compile(
    r"(?:委员会|支委会|党委|党组|党工委|党总支|支部|领导班子|班子|党员|书记|长|主任|委员|经理|主席|干部|成员)$"
)
# the last word of a title alone on the next line (`…民主生活会个人对照检查` / `材料`)
_DOCUMENT_TAIL = re.compile(r"^(?:材料|提纲|发言提纲|发言材料|报告)(?:（[^）]{1,8}）|\([^)]{1,8}\))?$")
# a web page's lines above a title (breadcrumb, counters, dates): looked past, never a title
_PAGE_LINE = re.compile(
    r"[>›»]|浏览|阅读量|发布时间|发布日期|来源[：:]|作者[：:]|首页|https?://|www\.|"
    r"点击|^【推荐】|小编|"  # a site's prompt over the title (`【推荐】更多…材料请点击进入专题页`)
    # a shared file's controls and counters (`[立即下载] [开通VIP 免费下载本文档]`, `下载积分：8`, `举报`)
    r"下载|VIP|[Vv]ip|举报|积分[：:]|"
    # (round r25: a library's counters in a list, `- 约3.6千字`, `- 约 7页`, `- 2024-01-21 发布于湖南`)
    r"^[-•·*]\s*约\s*[\d.]+\s*[千万]?(?:字|页)\s*$|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*发布于|"
    # (a WeChat article's collection line, `收录于合集 #民主生活会 12个`)
    r"^收录于(?:合集|话题)|"
    # a page's control alone on its line (`阅读原文`, `听全文`, `在看`): never the first half of a title
    r"^(?:阅读原文|听全文|收听|在看|分享|收藏|点赞|写留言|留言|关注|置顶|返回|打印|关闭)$"
)

# a printed page's header or footer line: the issuing office, a space, the month or the day, or the
# document's number (`…集团党委办公室  2021年12月`, `…办公室  2025年1月15日印发`, `…办公室  青纪办〔2025〕5号`,
# `…工作简报  第3期`), never a line of the title
_DATELINE = re.compile(
    r"^\S{4,30}\s+(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:印发|印)?|"
    r"\S{0,8}[〔\[［]\s*(?:19|20)\d\d\s*[〕\]］]\s*\d{1,4}\s*号|第\s*\d{1,3}\s*期)$"
)


# a page's rule between its header and the title (`────────`, `════`, `＝＝＝＝`, `*****`): marks, no word
_RULE_LINE = re.compile(r"^[\W_]{3,}$")


def _page_line(line: str) -> bool:
    """A web page's line (breadcrumb, counters, dates) or a printed page's dateline over the title."""
    # (or a printed page's number at the top, `— 1 —`, over a scanned title; or a rule line, round r27)
    stripped = line.strip()
    return bool(
        _PAGE_LINE.search(line)
        or _DATELINE.match(stripped)
        or _PAGE_NUMBER.match(stripped)
        or _RULE_LINE.match(stripped)
    )


MAX_LINE = 60  # characters: a line of a printed page is never longer
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def display_width(text: str) -> int:
    """Columns the text takes in a monospaced CJK font: wide characters count two."""
    return len(text) + len(_WIDE.findall(text))


FEW_LINES = 3  # full lines of one width that show a short excerpt's page width


def _common(widths: list[int]) -> tuple[int, int]:
    """The width most lines share (within two columns) and how many share it."""
    counts = Counter(widths)
    best, support = 0, 0
    for w in counts:
        n = sum(c for v, c in counts.items() if w - 2 <= v <= w)
        if n > support or (n == support and w > best):
            best, support = w, n
    return best, support


class PageWidth(int):
    """A page's width in display columns. `by_count`: the page's full lines have as many characters as they have
    columns by halves (its lines of wide characters only agree on one width either way), so it may be set by a
    character count (a copy broken every 31 characters): a line with many half-width digits (`…2024年9月底前对
    2023年以来…`) is full by its count though it falls short in columns (round r28)."""

    by_count = False


# a line whose only narrow characters are digits (`…2024年9月底前对2023年以来收储的全`): on a page set by a count, its
# digits are what make it short in columns (a page line with half-width spaces, colons or commas is set by columns)
_NARROW_DIGITS = re.compile(r"[^\d%]")


def full_line(line: str, width: int, upto: int | None = None) -> bool:
    """The line fills the page: its columns, or its characters where the page may be set by a count and its only
    narrow characters are digits, are the width less `SLACK` or more (and no more than `upto`)."""
    top = upto if upto is not None else 10**6
    if width - SLACK <= display_width(line) <= top:
        return True
    return (
        getattr(width, "by_count", False)
        and width - SLACK <= 2 * len(line) <= top
        and not any(_NARROW_DIGITS.match(c) for c in line if not _WIDE.match(c))
    )


def line_width(texts: list[str]) -> int | None:
    """The common display width of a hard-wrapped text, or None when it has none. The width is
    sought in columns, then (a page set in one character count: a text viewer's, or a PDF's lines
    with half-width digits and commas in them) in characters, as the columns of as many wide ones."""
    lines = [t for t in texts if 8 <= len(t) <= MAX_LINE]
    long_lines = sum(1 for t in texts if len(t) >= 8)
    if len(lines) * 2 < long_lines:
        return None  # mostly long paragraphs: not a text broken into printed lines
    shared = [_common([display_width(t) for t in lines]), _common([2 * len(t) for t in lines])]
    for best, support in shared:
        if best >= MIN_WIDTH and support >= max(MIN_LINES, MIN_SHARE * long_lines):
            page = PageWidth(best)
            page.by_count = abs(shared[0][0] - shared[1][0]) <= 2  # (both measures find the one width)
            return page
    for best, support in shared:
        if best >= MIN_WIDTH and _short_excerpt(texts, lines, best, support):
            return best
    return None


def _short_excerpt(texts: list[str], lines: list[str], best: int, support: int) -> bool:
    """A short excerpt copied from a PDF (a paragraph or two, too few lines for `MIN_LINES`): three
    lines at least and most of its lines at the width, made of sentences, and no line wider (a
    writer's paragraph is longer than a printed line)."""
    full = [t for t in lines if best - SLACK <= display_width(t)]
    return (
        support >= FEW_LINES
        and support * 2 > sum(1 for t in texts if len(t) >= 8)  # (the last of each paragraph is short)
        and all(display_width(t) <= best + 2 for t in texts)
        and sum(1 for t in full if _SENTENCE_MARKS.search(t)) * 2 >= len(full)
    )


RUN_ON_LINE = 40  # characters of a line that runs on into the next one where a text shows no page width
RUN_ON_MIN = 2  # such lines a text must show before any is joined
_MID_WORD = re.compile(r"[\u4e00-\u9fff\d]$")


def runs_on(line: str) -> bool:
    """A line broken by a page in a text that shows no common line width (a few lines of an
    excerpt copied from a PDF): long, made of sentences (a `。` inside, or two commas), and ending
    in the middle of a word — never a heading, which has no sentences, nor a paragraph's end."""
    return (
        len(line) >= RUN_ON_LINE
        and bool(_MID_WORD.search(line))
        and ("。" in line or line.count("，") + line.count(",") >= 2)
    )


# the last one or two characters of a word and the sentence's end, alone on a line (`化。`)
WORD_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,2}[。；;！？]$")


def _word_tail(prev: str, line: str, above: Paragraph, here: Paragraph) -> bool:
    """A line that holds only the end of a word and of its sentence (`…政治热情退` / `化。`), under a
    line that does not end its sentence: one line the copy broke inside the word."""
    return (
        bool(WORD_TAIL.match(line))
        and len(prev) >= TITLE_LINE // 2
        and not prev.endswith(_ENDS_SENTENCE)
        and _SENTENCE_MARKS.search(prev) is not None
        and not (here.numbered or here.in_table or above.in_table or here.level is not None)
    )


# a heading's end a copy broke off onto a line of its own (`…学习不够深入方` / `面`): a few characters,
# no label, no sentence inside; with a final mark only a word's end (`具体表现为：` opens the text)
HEADING_TAIL = re.compile(r"^(?:[\u4e00-\u9fff”]{1,6}|[\u4e00-\u9fff”]{1,3}[：:。])$")
# a longer tail (`社会主义思想方面`, `严守纪律、砥砺作风方面`): it ends as a heading's words end
LONG_TAIL = re.compile(r"^[\u4e00-\u9fff“”、，,]{7,16}$")
_NUMBER_OPENS = re.compile(r"^[一二三四五六七八九十]+[，,．.]")  # (`四，上次…情况`: a heading of its own)


def _long_tail(prev: str, line: str) -> bool:
    """A longer tail: it ends as a heading's words end, and neither line is a statement with a comma
    nor the tail a heading of its own with its number."""
    return (
        bool(LONG_TAIL.match(line) and _HEADING_DONE.search(line))
        and not re.search(r"[，,]", prev)
        and not _NUMBER_OPENS.match(line)
    )


_SENTENCE_ENDS = re.compile(
    r"[。；;！？!?：:]"
)  # (a statement heading may hold a comma: `理论学习不够深入，学用结`)
HEADING_LINE = 30  # characters: a labelled heading line broken by a copy is short
# a heading line that ends as a heading's words end: what stands under it is no rest of it
_HEADING_DONE = re.compile(
    r"(?:方面|情况|问题|不足|差距|原因|措施|根源|分析|打算|方向|剖析|清单|说明|[^\s]{2}上)$"
)


_SITE_WORDS = re.compile(r"点击|下载|收藏|分享|广告|阅读|浏览|来源|推荐|全文|复制|隐藏|上一篇|下一篇")


# how a heading line of its own starts (`存在的问题`, `整改措施`, `原因分析`, `今后努力方向`)
_HEADING_OPENS = re.compile(
    r"^(?:存在|主要|问题|原因|产生|整改|今后|下一步|努力|具体|典型|案例|对照|关于|个人|班子|思想)"
)
_JOINING_END = re.compile(r"(?:及|和|与|、|以及|或|的)$")  # a heading never ends in a joining word


def _own_heading(line: str) -> bool:
    """A short line that is a heading of its own (`存在的问题`), not the rest of the heading above it."""
    return len(line) > 3 and bool(_HEADING_DONE.search(line)) and bool(_HEADING_OPENS.match(line))


def _heading_tail(prev: str, line: str, above: Paragraph, here: Paragraph) -> bool:
    """A line that holds only the end of the labelled heading above it (`（二）在联系服务群众方` / `面`):
    the heading line is short, has no sentence in it and does not end as a heading's words end, so
    the copy broke it inside a word."""
    return (
        bool(HEADING_TAIL.match(line) or _long_tail(prev, line))
        and not _STARTS_BLOCK.match(line)  # (`四、…` under a contents line or a heading: a heading)
        and "…" not in prev
        and bool(_STARTS_BLOCK.match(prev))
        and len(prev) <= HEADING_LINE
        and _SENTENCE_ENDS.search(prev) is None
        and not _HEADING_DONE.search(prev)
        # (a heading line of its own under it, `存在的问题`; a word's end `习方面`, `改落实情况`, `在的问题`
        # may be the tail, and anything after a heading cut at its conjunction, `原因剖析及` / `整改措施`)
        and not (_own_heading(line.rstrip("：:。")) and not _JOINING_END.search(prev))
        and not _SITE_WORDS.search(line)  # (`点击查看全文` between paragraphs: a site's line)
        and here.column == 0  # (a list's bullet taken off its line, `- 要点`, starts further in)
        and not (here.numbered or here.in_table or above.in_table or here.level is not None)
    )


_LAST_WORDS = re.compile(r"[ \u3000\xa0]([^ \u3000\xa0]{2,30})$")


def _title_at_top(texts: list[str], k: int) -> bool:
    """Line `k` is the material's title at the top of a page as wide as it (`…领导班子2022年度民主生活会对照
    检查材料` over the preamble's first line): among the first lines, naming the document, with no sentence
    mark in it — it never runs on into the sentence under it."""
    return k < TITLE_SEARCH and names_document(texts[k]) and not _SENTENCE_MARKS.search(texts[k])


def _heading_ends(line: str) -> bool:
    """A flattened line (longer than a printed page's) that ends with a labelled heading after a space
    (`…报告如下： 一、存在的问题`), or with a short word after a sentence's end and a space: the line's
    break is the paragraph's break, not a word the page broke."""
    if len(line) <= MAX_LINE:
        return False  # a printed page's line: the heading goes on in the next line
    m = _LAST_WORDS.search(line)
    if m is None or _SENTENCE_MARKS.search(m.group(1)) is not None:
        return False
    # (or any short word after a sentence's end and a space, `…现报告如下。 02`: a heading's number the
    # page set on a line of its own, the flattened line's last paragraph)
    return bool(_STARTS_BLOCK.match(m.group(1))) or line[: m.start()].endswith(_ENDS_SENTENCE)


# a line opening with an outline's dash or a list's glyph (`——比如，…`, `● …`): a line of its own where no page
# width shows (a speech outline's bullets run on without a full stop, each its own)
_BULLET_LINE = re.compile(r"^(?:——|[●•▪■◆▲►▶◇○])")


def groups(texts: list[str], paragraphs: list[Paragraph]) -> list[list[int]]:
    """Indices of the paragraphs to join, in order (a group of one stays as it is)."""
    width = line_width(texts)
    title = title_lines(texts, set_apart(paragraphs), page_header(paragraphs, texts))
    # with no page width to go by, lines that run on are joined only where the text shows the habit
    # twice or more (an excerpt copied from a PDF); one such break is the writer's, which P119 reports
    run_on = sum(1 for a, b in zip(texts, texts[1:]) if runs_on(a) and b and not _STARTS_BLOCK.match(b))
    runs = run_on >= RUN_ON_MIN
    out: list[list[int]] = [[0]] if texts else []
    for k in range(1, len(texts)):
        if title and title[0] < k < title[1]:
            out[-1].append(k)
            continue
        prev, line, p = texts[k - 1], texts[k], paragraphs[k]
        if k + 1 < len(texts) and page_break(texts, k, width):
            out[-1].append(k)  # a printed page's number inside a sentence: read past (`page_break`)
            continue
        if running_header(texts, k, width):
            out[-1].append(k)  # a page's running header: read past (`running_header`)
            continue
        before = k - 1  # the line above, past a page's number and running header
        while before >= 1 and (page_break(texts, before, width) or running_header(texts, before, width)):
            before -= 1
        # (a printed page's number read past between this line and the one that runs on into it)
        bridged = width is None and any(page_break(texts, j, width) for j in range(before + 1, k))
        prev = texts[before]
        continues = (
            (width is not None or (runs and runs_on(prev)) or bridged)
            and prev
            and line
            and (
                width is None  # a line that runs on (`…形成报告，到` / `基层蹲点不够。…`)
                or (
                    full_line(prev, width, width + 2)
                    and display_width(line) <= width + 2  # a page line is never wider than the page
                )
            )
            and not prev.endswith(_ENDS_SENTENCE)
            and not _STARTS_BLOCK.match(line)
            # (a printed page's number runs on no line: read past inside a sentence, else its own)
            and not _PAGE_NUMBER.match(line)
            and not (width is None and _BULLET_LINE.match(line))
            and not _heading_ends(prev)
            and not _title_at_top(texts, before)
            and not p.numbered
            and p.level is None
            and not p.in_table
            and not p.bold
            and paragraphs[k - 1].level is None
            and not paragraphs[k - 1].in_table
            and not paragraphs[k - 1].bold
        )
        # (a heading's tail has the heading's text under it: a page cut right after it leaves a sentence's start)
        tail = k + 1 < len(texts) and _heading_tail(prev, line, paragraphs[k - 1], p)
        # (`…有以下几点：一是…；` / `二是…；三是…` at the page's width: one inline series the page broke)
        series = (
            width is not None
            and width - SLACK <= display_width(prev) <= width + 2
            and _series_runs_on(prev, line)
            and not p.numbered
            and not paragraphs[k - 1].bold
        )
        # (a wrapped page's line that stops at a comma, however short: a paragraph never ends inside its
        # sentence, `…我以年龄偏大为由没有报名，` / `最后是两名…`, round r22)
        comma = (
            width is not None
            and prev.endswith(_CLAUSE_ENDS)
            and bool(line)
            and not _STARTS_BLOCK.match(line)
            and not p.numbered
            and p.level is None
            and not p.in_table
            and not paragraphs[k - 1].in_table
        )
        if continues or series or comma or _word_tail(prev, line, paragraphs[k - 1], p) or tail:
            out[-1].append(k)
        else:
            out.append([k])
    return out


_CLAUSE_ENDS = ("，", ",", "、")
_NUMERALS = "一二三四五六七八九十"
_INLINE_SHI = re.compile(r"(?<=[：:，,；;。])([一二三四五六七八])是")


def _series_runs_on(prev: str, line: str) -> bool:
    """A full page line that runs an inline series after its lead (`…主要有以下几点：一是…；`) and the
    next line that goes on with it and runs on inline again (`二是…；三是…`): one paragraph, though
    the break falls right before a point's marker."""
    inline = _INLINE_SHI.findall(prev)
    if not inline or not prev.endswith(("；", ";")):
        return False
    k = _NUMERALS.index(inline[-1])
    following, after = _NUMERALS[k + 1], _NUMERALS[k + 2]
    return line.startswith(following + "是") and (after + "是") in line


_DASHED_PAGE_NUMBER = re.compile(r"^[-—–－]+\s*\d{1,4}\s*[-—–－]+$")
HEADER_MIN = 4  # characters of a running header (a part's heading line)
_SIGNED_DATE = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def running_header(texts: list[str], k: int, width: int | None) -> bool:
    """Line `k` is a printed page's running header (the title or the part's heading line a PDF repeats at
    the top of each page: `一、存在的问题`) at a page break: a line that stood word for word further up
    (`_repeats_header`), under the page's number or under a full line that runs on into the line
    below it."""
    line, prev = texts[k], texts[k - 1] if k else ""
    return (
        HEADER_MIN <= len(line) <= MAX_LINE
        and _SENTENCE_MARKS.search(line.rstrip("：:")) is None
        and k + 1 < len(texts)
        and bool(texts[k + 1])
        # (the unit's name over the date at the end, `中共…总支部委员会` / `2017年1月12日`: the signature,
        # though the title's first line says the same words)
        and not _SIGNED_DATE.match(texts[k + 1].strip())
        and (
            bool(_PAGE_NUMBER.match(prev))  # (under the page's number the next page may open a paragraph)
            or (
                width is not None
                and full_line(prev, width)
                and not prev.endswith(_ENDS_SENTENCE)
                and not _STARTS_BLOCK.match(texts[k + 1])
            )
        )
        and _repeats_header(texts, k)  # (last: it looks back over the text)
    )


_NUMBERS = re.compile(r"[一二三四五六七八九十]+")  # (a label's shape: `一、` and `1、` differ)


def _repeats_header(texts: list[str], k: int) -> bool:
    """Line `k` repeats the title (the first line with text) or the heading of the part it stands in:
    the last line above numbered in the same style (`一、`, `（一）`) is the same words — not a heading
    of the same name in the next round (`（三）整改措施` under another aspect) nor a contents line."""
    line = texts[k]
    m = _STARTS_BLOCK.match(line)
    if m is None and line == next((t for t in texts[:k] if t), None):
        return True  # (a numbered first line is a contents line, no title)
    if m is None or len(line) > HEADING_LINE:
        return False
    shape = _NUMBERS.sub("#", m.group())
    above = next(
        (
            t
            for t in reversed(texts[: k - 1])
            if (n := _STARTS_BLOCK.match(t)) and _NUMBERS.sub("#", n.group()) == shape
        ),
        None,
    )
    return above == line


def page_break(texts: list[str], k: int, width: int | None) -> bool:
    """Line `k` is a printed page's number (`— 1 —`) between a full line of the page that runs on and
    the rest of its sentence: the page's footer copied with the text, no part of it (under a heading's
    short line it is no break inside a sentence). With no page width to go by, only an official
    document's number between dashes (`— 1 —`, `- 2 -`) under a line that runs on (round r24)."""
    prev = texts[k - 1]
    return (
        (
            full_line(prev, width)
            if width is not None
            else bool(_DASHED_PAGE_NUMBER.match(texts[k])) and runs_on(prev)
        )
        and not prev.endswith(_ENDS_SENTENCE)
        # (under the title, as wide as the page, the page's number breaks no sentence: round r22)
        and not _title_at_top(texts, k - 1)
        and bool(_PAGE_NUMBER.match(texts[k]))
        and k + 1 < len(texts)
        and bool(texts[k + 1])
        # (over a numbered line the page's number breaks no sentence: `（三）在…方面` / `- 2 -` / `（1）…`; a
        # running header that repeats a part's heading on the next page's top is no such line)
        and not (_STARTS_BLOCK.match(texts[k + 1]) and not running_header(texts, k + 1, width))
    )


_LETTER_SPACES = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_SPACED_OUT = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]+){3,}[\u4e00-\u9fff]$")


def unspaced(line: str) -> str:
    """A line spaced out letter by letter (`查 摆 的 主 要 问 题`, a scan's or a red-header's heading) as
    its words; any other line as it is."""
    return _LETTER_SPACES.sub("", line) if _SPACED_OUT.match(line) else line


TITLE_SEARCH = 6  # lines before the title (site furniture, a unit's name) that are looked past
# an organisation's name on a line of its own (`县供销合作社联合社`, `市第一人民医院`), over its post's line and
# its year's: the first of a title's three lines (never a stamp's words, which are no name)
_ORG_LINE = re.compile(
    r"^[\u4e00-\u9fff（）()]{3,20}(?:局|院|社|中心|公司|集团|学校|中学|小学|大学|学院|医院|厅|街道|镇|乡|村|社区|银行|所)$"
)
TITLE_LINE = 40  # characters: a title's line is short
REPEAT_HEAD = 8  # characters that a line repeating the line above starts with
LONG_HEAD = 14  # a first line this long is broken by the page, not a unit's name on its own line


# a mask where a unit's or a person's name stood (`XX局`, `**镇`, `××县`, `局长XXX`): read as a name's characters
# when a line is tested for a unit's or a post's line (round r26)
_MASK = re.compile(r"(?<![A-Za-z])(?:[Xx]{1,4}|[×＊*Ｘｘ]{1,4})(?![A-Za-z])")


def _unmasked(line: str) -> str:
    return _MASK.sub(lambda m: "某" * max(2, len(m.group(0))), line)


def names_document(line: str) -> bool:
    """A line that ends naming a document (`…对照检查材料`, `…发言提纲`): a title's last words."""
    return bool(_TITLE_END.search(line.strip()))


def split_title(first: str, second: str, close: bool = True) -> bool:
    """A title broken over two lines: `…民主生活会对照检` / `查材料`, or a long first line
    broken mid-word (`…2021年度党史学习` / `教育专题民主生活会个人对照检查材料`), or a post and its
    holder's name over the meeting's line — when the two stand `close` (no blank line between, the name
    after one space)."""
    first, second = _unmasked(first), _unmasked(second)
    named = close and bool(_NAMED_POST.match(first))
    carried = close and bool(
        _COMRADE.match(first) or (_CARRIES_YEAR.search(first) and _MEETING_START.match(second))
    )
    if second.endswith("。") and not _SENTENCE_MARKS.search(second[:-1]):
        second = second[:-1]  # a title's stray full stop (`…个人对照检查材料。`, P200): it ends no sentence
    return (
        not _TITLE_END.search(first)
        and not _COLLECTION.search(first)
        and not _page_line(first)
        and first[:REPEAT_HEAD] != second[:REPEAT_HEAD]  # one title written twice (a page's, then its own)
        and (named or not _NAME_LINE.search(first))
        and (
            not _YEAR_START.match(second)
            or named
            or carried
            or bool(_UNIT_LINE.search(first) or _POST_AND_NAME.match(first))
        )
        and not _SENTENCE_MARKS.search(first + second)
        and not _STARTS_BLOCK.match(first)
        and "…" not in first
        and "..." not in first
        and bool(_TITLE_END.search(first + second))
        and not _STARTS_BLOCK.match(second)
        and len(second) <= TITLE_LINE
        and (
            len(second) <= 12
            or second.startswith("——")  # a subtitle naming the document (`——在…上的发言`)
            or LONG_HEAD <= len(first) <= TITLE_LINE
            or named
            or carried
            or bool(_UNIT_LINE.search(first) or _POST_AND_NAME.match(first))
        )
    )


# a bracketed line under a title naming the meeting or campaign it is for (`（主题教育专题组织生活会）`), never
# a date (`（2024年1月）`) nor a byline (`（县委办主任 张三）`): the title's own words (round r22)
_MEETING_NOTE = re.compile(
    r"^[（(][^（）()\s，。；,;：:]{0,16}(?:生活会|学习教育|主题教育|带头|纪律)[^（）()\s，。；,;：:]{0,6}[）)]$"
)
_THEME = re.compile(r"^—{2,}\s*([“\"\u4e00-\u9fff][^。；;：:！？!?]{3,32})$")


def theme_line(line: str) -> bool:
    """A `——` line under a whole title giving its theme (`——聚焦“五个带头”深入查摆问题`, `——以…为镜，…`):
    a subtitle of the title, never a speaker's line (`——县交通运输局局长 马骏`) nor a divider."""
    m = _THEME.match(line.strip())
    if m is None:
        return False
    rest = m.group(1).strip()
    return not (_NAME_LINE.search(rest) or _POST_AND_NAME.match(rest) or _page_line(rest))


WIDE_GAP = 2  # source columns between a post and a name that set a byline's name apart


def set_apart(paragraphs: list[Paragraph]) -> set[int]:
    """Lines that stand apart from the line under them (a blank line between) or whose last word stands
    after a wide gap in the source (`…副局长  郑海涛`, two spaces: a byline's name)."""
    apart: set[int] = set()
    for k, p in enumerate(paragraphs[: TITLE_SEARCH + 3]):
        below = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        if below is not None and p.line is not None and below.line is not None and below.line > p.line + 1:
            apart.add(k)
        length = p.end - p.start
        if (
            p.columns is not None
            and length >= 2
            and p.columns[-1] - p.columns[0] >= length - 1 + (WIDE_GAP - 1)
        ):
            apart.add(k)  # (the line's spaces were wider in the source than the one space it reads with)
    return apart


HEADER_GAP = (
    8  # source columns of spaces that set a page header's two ends apart (a byline's are two or three)
)
HEADER_END = 30  # characters of each end of a page header


def page_header(paragraphs: list[Paragraph], texts: list[str]) -> int | None:
    """The first line with text when it is a document's page header copied over the title: two short ends set
    far apart on one line (`市中心血站党支部 ⋯ 内部资料  注意保存`, the unit at the left margin and a note at the
    right), no sentence in either — never a title's line, whatever its words (`…组织生活会材料`)."""
    k = next((k for k, t in enumerate(texts[: TITLE_SEARCH + 3]) if t.strip()), None)
    if k is None or k + 1 >= len(texts):
        return None
    columns, text = paragraphs[k].columns, texts[k]
    if not columns or len(columns) != len(text):
        return None
    gap = next(
        (i for i in range(1, len(columns)) if columns[i] - columns[i - 1] - 1 >= HEADER_GAP - 1),
        None,
    )
    if gap is None:
        return None
    left, right = text[:gap].strip(), text[gap:].strip()
    if not (4 <= len(left) <= HEADER_END and 2 <= len(right) <= HEADER_END):
        return None
    return None if _SENTENCE_MARKS.search(left + right) else k


def title_lines(
    texts: list[str], apart: set[int] | None = None, header: int | None = None
) -> tuple[int, int] | None:
    """The lines [start, stop) of a title broken over two or three short lines before the body (its
    words tested in simplified characters: a mirror site's traditional page, `…黨支部黨員沈曉燕`);
    `apart`: the lines set apart from the one under them (`set_apart`); `header`: a page header's line
    (`page_header`), never one of them."""
    head = texts[: TITLE_SEARCH + 3]
    if is_traditional("".join(head)):
        head = [to_simplified(t) for t in head]
    # (`个 人 对 照 检 查 材 料`: a title's line spaced out letter by letter is read as its words)
    texts = [_LETTER_SPACES.sub("", t) if _SPACED_OUT.match(t) else t for t in head]
    texts = [_unmasked(t) for t in texts]  # (`XX局党组书记、局长XXX`: a masked name is a name)
    for s in range(min(TITLE_SEARCH, len(texts) - 1)):
        first = texts[s]
        if not first or _page_line(first) or s == header:
            continue  # `首页 > 民主生活会 > 班子对照检查`: the page's, not the material's
        if _TITLE_END.search(first):
            if (
                s + 1 < len(texts)
                and _DOCUMENT_TAIL.match(texts[s + 1])
                and not _SENTENCE_MARKS.search(first)
            ):
                return s, s + 2  # `…个人对照检查` / `材料`: the name of the document broken off
            if s + 1 < len(texts) and theme_line(texts[s + 1]) and not _SENTENCE_MARKS.search(first):
                return s, s + 2  # `…对照检查材料` / `——聚焦…深入查摆问题`: the title's theme under it
            if s + 1 < len(texts) and _MEETING_NOTE.match(texts[s + 1]) and not _SENTENCE_MARKS.search(first):
                return s, s + 2  # `个人检视剖析材料` / `（主题教育专题组织生活会）`: the meeting it is for
            return None  # a whole title on one line
        if split_title(first, texts[s + 1], close=s not in (apart or set())):
            return s, s + 2
        three = texts[s : s + 3]
        if (
            len(three) == 3
            and all(0 < len(t) <= TITLE_LINE for t in three)
            # (or a unit's name on its own line: `中共…局党组` / `领导班子2024年度民主生活会` / `对照检查材料`)
            and (len(first) >= LONG_HEAD or bool(_UNIT_LINE.search(first) or _ORG_LINE.search(first)))
            and not any(_TITLE_END.search(t) for t in three[:2])
            # (`对 照 检 查 材 料`: a title's last line spaced out letter by letter)
            and _TITLE_END.search(_LETTER_SPACES.sub("", "".join(three)))
            # (`…办公室 扫描存档` over a unit's line and its year's: a stamp, the title is the two below)
            and not (
                _YEAR_START.match(three[2])
                and split_title(three[1], three[2])
                and not _ORG_LINE.search(first)
            )
            and not _SENTENCE_MARKS.search("".join(three))
            and not any(_STARTS_BLOCK.match(t) or "…" in t for t in three)
            and not any(_page_line(t) for t in three[1:])  # (`- 举报` over the title: the page's, round r25)
        ):
            return s, s + 3
    return None
