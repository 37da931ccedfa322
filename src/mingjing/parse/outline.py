"""Assemble the Outline: title, preamble, sections, items, points, examples — with exact offsets.

The document is seen as a list of paragraphs, each with an optional numbering label (labels.py)
and a heading (its first sentence, or the whole paragraph). Section headings are the outermost
labelled (or bare) headings that name a section kind; items are the outermost labelled headings
inside a section; points are sub-labelled paragraphs or an inline series (一是/二是…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mingjing.model import TEXT_ITEM, Document, Example, Item, Point, Section
from mingjing.numerals import parse_chinese_number
from mingjing.parse.embedded import (
    flattened_cuts,
    flattened_page,
    footnote_line,
    is_page_line,
    piece_tag,
    run_in_aspects,
    site_statement,
    split_series,
    title_run_in,
    viewer_chunks,
)
from mingjing.parse.headless import (
    SHORTCOMING,
    causes_lead_above,
    causes_opening,
    excerpt_items,
    headless_causes,
    headless_measures,
    headless_problems,
    self_examination,
    shi_run,
)
from mingjing.parse.labels import (
    BRACKET_RANK,
    BULLET_RANK,
    COUNTED_RANK,
    DECIMAL_RANKS,
    HALF_DIGIT_RANK,
    HALF_RANK,
    NAMED_RANK,
    Label,
    example_spans,
    inline_markers,
    is_bullet,
    match_bullet,
    match_label,
    split_heading,
)
from mingjing.parse.readings import (
    BOLD_LEVEL,
    INLINE_START,
    NAMED_SIGNATURE,
    NO_READING,
    STATE_HEAD,
    TOC_LINE,
    Head,
    Reading,
    aspect_major,
    aspect_parts,
    counted_over_restarts,
    implied_problems,
    is_intro_sentence,
    is_lead_in,
    numbering_restarts_under,
    opens_inside,
    outermost,
    position_anchor,
    problems_without_parts,
    readings,
)
from mingjing.parse.sections import (
    ANSWERS,
    CUT_NAME,
    answers,
    cut_part_kind,
    fused_name,
    is_merged,
    merged_kind,
    section_kind,
)
from mingjing.parse.word_lists import rank_word_lists
from mingjing.read.rejoin import page_header, split_title, unspaced

_TRAILING = "。：:；;，,、 ."  # a half-width `.` ends a heading like `。` (记事本 text)
_TITLE_NAMES = re.compile(
    r"(材料|提纲|发言稿|发言|报告|检讨书?|整改方案|实施方案|(?<=\S{6})工作方案)(?:[（(][^）)]{1,10}[）)])?$"
)  # (`…党组2025年度民主生活会查摆问题整改方案`: a plan is a document of its own)
# lines a web page or a document library puts around a material: never its title
_FURNITURE = re.compile(
    r"[>›»]|发布时间|发布日期|更新时间|浏览|^[（(]?(?:未完|接上页|续上页|上接第|转下页|下转第|续前页)|全文共\s*\d+\s*字|阅读量|阅读次数|来源[：:]|作者[：:]|首页|https?://|www\.|"
    r"^【第[一二三四五六七八九十\d]+篇】$|^目\s*录$|点击|下载|收藏|^第\s*\d+\s*页|"
    # a page that holds several pieces: `篇一:…`, `…3篇`, `…【优质4篇】`, `…范文(通用6篇)`
    r"^篇[一二三四五六七八九十\d]+\s*[:：]|(?<![第一二三四五六七八九十\d])(?:\d+|[一二三四五六七八九十]+)\s*篇[】)）]?$|"
    # a document library's page: the file's facts (`- 格式:doc`, `- 大小:33.50 KB`), its blurb
    r"^[-•·*]?\s*(?:格式|大小|文档页数|页数|下载积分|上传时间|上传者)\s*[:：]|由会员分享|文库网|在线阅读|"
    # (round r25: a library's counters in a list over the title, `- 0`, `- 约3.6千字`, `- 约 7页`, `- 2024-01-21 发布于湖南`, `- 举报`)
    r"^[-•·*]\s*(?:\d{1,7}|约\s*[\d.]+\s*[千万]?(?:字|页)|举报)\s*$|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*发布于|^收录于(?:合集|话题)|"
    # (its preview's end: `试读已结束，还剩2页未读，继续阅读`)
    r"试读(?:已)?结束|还剩\s*\d+\s*页未读|继续阅读|"
    # a site's own sentence over the material (`下面是小编整理的…，欢迎大家阅读!`), a 美篇 author's line,
    # a site's line stamped with a date and time (`公文搜 2022-03-30 22:31:58 卫生`)
    r"小编|欢迎[^。！？!?]{0,4}阅读|^(?:您好[，,！!]?\s*)?欢迎(?:来到|访问|光临)|[，,]\s*欢迎您[！!]?$|供大家参考|仅供参考|的美篇$|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d|"
    # a forum thread's poster lines: the member's counters (`阅读权限 20 帖子 356 积分 1102`), the edit stamp
    r"^(?:楼主|沙发|板凳|本帖最后由)|发表于|只看该作者|(?:阅读权限|帖子|主题|积分|精华|金币|威望)\s*\d+\s+\S+\s*\d+|^\d{1,3}\s*[#楼]$|"
    # a red-header document's furniture over its title (round r20): the issuer's line (`中共…委员会文件`), the
    # document's number (`岚急支〔2025〕9号`), the star between them and the title; a WeChat page's `听全文`
    r"^(?:中共)?[\u4e00-\u9fff]{2,30}(?:委员会|党委|党组|党工委|党总支|支部|政府|办公室|办公厅)\s*文件$|"
    r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（](?:19|20)\d\d[〕\]］】)）]\s*\d{1,4}\s*号$|^[★☆]$|^听全文$|"
    # a Q&A page's lines (round r21): the answer's heading, the asker's and the answerer's lines, the votes
    r"^(?:最佳答案|推荐答案|推荐回答|满意答案|精选回答|优质回答|热心网友|其他回答|相关问题|我来回答)|"
    r"(?:提问者|回答者|答主|采纳率|被采纳)\s*[：:]?|有帮助\s*[（(]\d|"
    # (a Q&A site's controls and an answer's stamps: `展开全部`, `本回答被提问者采纳`, `写回答`, `关注问题`,
    # `赞同 36`, `编辑于 2025-03-03`, `发布于 …`)
    r"^(?:(?:展开全部|收起|写回答|关注问题|邀请回答|好问题|追答|追问)\s*)+$|本回答(?:被|由)|(?:赞同|点赞)\s*\d+|^(?:编辑|发布)于\s*\S|"
    # a government site's open-information card (round r24): its fields, each name on a line over its value
    # (`• 信息索引号:` / `1133…/2026-00112`, `• 文件名称:`, `• 成文日期:` / `2026-01-20`), its `分享:` and `朗读`
    r"^[•·*]?\s*(?:信息索引号|索引号|文件名称|发布机构|成文日期|公开方式|公开范围|公开时限|主题分类|体裁分类|文号)\s*[:：]|"
    # a template site's byline whose fields it left empty (round r27): `网友 分享 时间:`, `用户 上传 日期：`
    r"^(?:\S{1,8}\s+){0,3}(?:时间|日期)\s*[:：]\s*$|"
    r"^(?=[^\d]*\d{4})[\d/\-\s]{8,}$|^(?:分享|朗读|打印|关闭)\s*[:：]?$"
)
_TITLE_WORDS = re.compile(r"材料|提纲|发言|剖析|检查|自查|报告|生活会|检视|检讨")
_BARE_ASPECT = re.compile(
    r"^(?:在[^，,。；;：:！？]{2,40}?上|(?:在|关于)?[^，,。；;：:！？]{2,40}?方面)(?=[：:。，,]|$)|"
    # a year's long aspect with its own commas, right before its `一是` series (`在带头深刻领悟…的决定性意义，
    # 增强“四个意识”、…做到“两个维护”上，一是…`)
    r"^(?:在|关于)[^。；;：:！？]{2,60}?(?:上|方面)(?=[，,]一是)"
)
# a sentence that counts the aspects to come (`主要有三个方面：第一，…`, `表现在以下几个方面`): a lead-in, no
# aspect of its own (set 49's b07, round r26)
_COUNTED_ASPECTS = re.compile(
    r"(?:[一二三四五六七八九十两几多\d]+个|以下|如下|下列|这些|如下几个|以下几个)方面$"
)


def _bare_aspect(text: str) -> re.Match[str] | None:
    """An aspect phrase that opens the line (`在理论学习方面`), never a count of aspects (`主要有三个方面`)."""
    m = _BARE_ASPECT.match(text)
    return None if m is None or _COUNTED_ASPECTS.search(m.group(0)) else m


_ASPECT_LEAD = re.compile(
    r"^(?:在|关于|对照)?[^，,。；;：:！？“”\"]{2,30}?方面(?=[，,])"
)  # (一)关于…方面,主要是…
_SIGNATURE = re.compile(
    r"(书记|局长|主任|部长|科长|处长|党组成员|委员|经理|校长|院长|镇长|县长|主席|干部|党员)\s*\S{2,4}$"
)
# a labelled line of an aspect's name, a colon and the problem's phrase, nothing after it (the points stand
# below): the whole line is the item's heading, as its writer set it (round r20)
# (an outline's summary may pair two phrases, `…方面：领悟不够深，践行不够实`: round r22)
_ASPECT_THEN_PROBLEM = re.compile(
    r"^[^，,。；;：:！？\s]{2,30}?方面[：:][^，,。．.；;：:！？!?\s]{2,30}"
    r"(?:[，,、][^，,。．.；;：:！？!?\s]{2,30}){0,2}(?<=[^，,。．.；;：:！？!?\s]{4})$"
)
_ASPECT_AFTER_MARKER = re.compile(r"^[^。；;：:！？]{2,40}?方面(?=[，,：:])")


@dataclass
class Para:
    index: int
    start: int
    end: int
    text: str
    label: Label | None
    level: int | None
    body_start: int  # absolute: after the label
    heading_end: int  # absolute: end of the heading text (trailing punctuation excluded)
    rest_start: int  # absolute: where the text after the heading starts
    whole: bool  # the heading is the whole paragraph
    run_in: bool = False  # the first piece of a line that runs more headings in after it
    run_title: bool = False  # a title that ran into the first sentence after a space (embedded.title_run_in)
    page_header: bool = (
        False  # a document's page header copied over the title (`mingjing.read.rejoin.page_header`)
    )

    @property
    def heading(self) -> str:
        return self.text[self.body_start - self.start : self.heading_end - self.start]

    @property
    def rank(self) -> int | None:
        return self.label.rank if self.label else None


_BRACKET = re.compile(r"^【([^】]{2,30})】[：:，,。\s]*")
# two cells or more between bars (the first bar may be left out: `问题类型 | 具体表现 |`)
_TABLE_ROW = re.compile(r"^\|?\s*([^|]*?[^|\s])\s*\|(?=.*\|\s*$)")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")  # `---|---|---|`: no text


def _site_link(p: Para) -> bool:
    """A line of a site's list of links: short, no sentence in it, no numbered heading of a part."""
    return p.label is None and len(p.text) <= FURNITURE_LINE and "。" not in p.text


def is_table_row(p: Para) -> bool:
    return p.label is None and bool(_TABLE_ROW.match(p.text))


def _para(index: int, start: int, text: str, level: int | None) -> Para:
    end = start + len(text)
    label = match_label(text) or match_bullet(text)
    bracket = None if label else _BRACKET.match(text)
    if bracket:  # 【存在的问题】: the words inside the brackets are the heading
        # `【一、存在的问题】`: the label inside the brackets numbers the part
        inner = match_label(bracket.group(1))
        if inner is not None and inner.end < len(bracket.group(1)):
            label = replace(inner, end=1 + inner.end)
        h_start = start + (label.end if label else 1)
        h_end, rest = start + bracket.end(1), start + bracket.end()
        whole = rest >= end
        return Para(index, start, end, text, label, level, h_start, h_end, end if whole else rest, whole)
    row = None if label or bracket else _TABLE_ROW.match(text)
    if row:  # `| 思想信念 | 有时存在懈怠情绪… |`: a table row copied as text, headed by its first cell
        return Para(
            index,
            start,
            end,
            text,
            None,
            level,
            start + row.start(1),
            start + row.end(1),
            start + row.end(),
            False,
        )
    body_rel = label.end if label else 0
    body = text[body_rel:]
    h_end, rest = split_heading(body)
    if label is not None:
        h_end, rest = _run_in_at_space(body, h_end, rest)
    heading = body[:h_end].rstrip(_TRAILING)
    rest_abs = start + body_rel + rest
    whole = not text[body_rel + rest :].strip()
    return Para(
        index,
        start,
        end,
        text,
        label,
        level,
        start + body_rel,
        start + body_rel + len(heading),
        rest_abs if not whole else end,
        whole,
    )


CHUNK_CUT_HEADING = 12  # characters of each half of an item heading a viewer's chunk cut in two


def _heading_cut_by_chunk(paras: list[Para], para: Para) -> bool:
    """The line above ends a viewer's chunk with a labelled item heading and nothing after it, its
    sentence not ended (`（一）理论学习`), and this chunk opens with the rest of that heading's sentence
    (`不够深入。满足于…`): one heading the viewer cut in two."""
    if not paras or para.label is not None:
        return False
    before = paras[-1]
    end = re.search(r"[。：:]", para.text)
    return (
        before.label is not None
        and before.label.rank >= 2
        and before.whole
        and 0 < len(before.heading) <= CHUNK_CUT_HEADING
        and not _SENTENCE_MARK.search(before.text[-1:])
        and end is not None
        and 0 < end.start() <= CHUNK_CUT_HEADING
        and not _SENTENCE_MARK.search(para.text[: end.start()])
    )


_CHUNK_MARK = re.compile(r"\s*\n\s*\d{1,2}、\s*")


def chunk_words(heading: str) -> str:
    """A heading's words without the viewer's chunk mark that cut it in two (`理论学习\n3、不够深入`)."""
    return _CHUNK_MARK.sub("", heading) if "\n" in heading else heading


def _repeated_heading(paras: list[Para], para: Para) -> bool:
    """A numbered heading line that repeats the line just above it word for word."""
    return bool(paras) and para.label is not None and para.whole and para.text == paras[-1].text


RUN_IN_HEAD = 30  # characters of a part heading that runs into its text after a space
# a space before a full-width mark (`做得不够 ，工作作风…`) is a page's furniture, never where a heading ends
_MARK_AFTER = "，。；：、！？）”"
_SPACE = re.compile(rf"(?<=[^\s\dA-Za-z])[ \u3000]+(?=[^\s\d{_MARK_AFTER}])")
_SPACE_BEFORE_MARK = re.compile(rf"[ \u3000\xa0]+(?=[{_MARK_AFTER}])")


def _run_in_at_space(body: str, h_end: int, rest: int) -> tuple[int, int]:
    """A labelled heading run into its text after a space (`一、社区党建工作现状(存在的主要问题) 通过
    调研…看,社区…问题:`): the heading is the words before the space when they name a part and the
    words after it go on as a sentence (a comma before its end) or open an item (a label, a bullet); else (h_end, rest) unchanged. A
    stray space inside a heading (`在学习贯彻 党的创新理论方面`) names no part and stays."""
    space = _SPACE.search(body, 0, h_end)
    if space is not None and 2 <= space.start() <= RUN_IN_HEAD:
        # (the heading's end may be the comma itself: `二、产生问题的原因 究其原因，一是…`)
        head, after = body[: space.start()], body[space.end() : h_end + 1]
        # (or an item's label or bullet after it: `二、原因剖析 ●理论学习抓得不紧。`, `三、整改措施 措施1：…`)
        opens = match_label(body[space.end() :]) is not None or match_bullet(after) is not None
        if (
            not _SENTENCE_MARK.search(head)
            and (re.search(r"[，,]", after) or opens)
            and section_kind(head) is not None
        ):
            return space.start(), space.end()
    return _flattened_heading(body, h_end, rest)


STATEMENT_HEAD = 6  # characters before the space of a statement heading (`理论学习 不够深入，…` stays whole)
RUN_ON_SENTENCE = 12  # characters after the space that make a sentence of their own
RUN_IN_ITEM = 45  # characters of a heading line a page flattened into its text after a space
# (a number set apart by spaces, `不少于 3 小时`, is a scan's or typesetter's spacing: no heading ends there)
_ANY_SPACE = re.compile(
    rf"(?<=[^\s\dA-Za-z%％])[ \u3000\xa0]+(?=[^\s{_MARK_AFTER}])(?!\d+(?:[.．]\d+)?[%％]?[ \u3000\xa0])"
)
# how a heading line ends (`…方面`, `…情况`, `在…上`) and how a series run in after it starts (`一是`)
_HEADING_WORD_END = re.compile(r"(?:方面|情况|问题|不足|差距|[^\s]{2}上)$")
_SERIES_START = re.compile(
    r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|首先|其一|[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|[①-⑩])"
)


def _flattened_heading(body: str, h_end: int, rest: int) -> tuple[int, int]:
    """A heading line a doc-sharing page joined to the paragraph under it with a space (`在…方面 一是…`,
    `上年度…整改落实情况 2023年度…，…`): the heading is the words before the space when they end as a
    heading line ends and the words after go on as a sentence (a comma before the heading's end) or
    open a series; a stray space inside a heading (`在学习贯彻 党的创新理论方面`) stays."""
    space = _ANY_SPACE.search(body, 0, h_end)
    if space is None or not 4 <= space.start() <= RUN_IN_ITEM:
        return h_end, rest
    head, after = body[: space.start()], body[space.end() : h_end]
    if re.search(r"[。！？；;：:]", head):  # (an aspect heading may hold a comma: `在践行宗旨，服务人民方面`)
        return h_end, rest
    if (
        _SERIES_START.match(after)
        or match_label(after) is not None
        or (_HEADING_WORD_END.search(head) and (re.search(r"[，,]", after) or len(after) >= RUN_ON_SENTENCE))
        # a statement heading (`理想信念的“总开关”拧得不够紧 认为…，…`): a whole sentence with a comma follows
        # (or with a semicolon between its clauses: `…提升履职能力 2024年3月底前…；6月底前…。`)
        or (len(head) >= STATEMENT_HEAD and len(after) >= RUN_ON_SENTENCE and re.search(r"[，,；;]", after))
    ):
        return space.start(), space.end()
    return h_end, rest


_MARKDOWN_BOLD = re.compile(r"^\*\*([^*\n]+)\*\*$")


FACT_LINE = 30  # characters: a page's line of facts (a file's format, size, pages) is short
_FILE_FACT = re.compile(r"[-•·*]?\s*(?:格式|大小|文档页数|页数|下载积分|上传时间|上传者)\s*[:：]")
# a line a copy puts over the material: where it came from (`来自：…交流群`, `转自：…`), the file it was
# read from (`[文件预览] ….pdf（已转为文字）`, `[附件] ….docx（共4页）`)
_LEAD_SOURCE = re.compile(
    r"^(?:来自|转自|转发自|分享自|摘自|出自)\s*[：:]|\.(?:docx?|wps|pdf|txt)(?![A-Za-z])"
)


def _lead_line(text: str) -> bool:
    """A short line a copy puts above the material (its source, its file), after which the material's title
    may still run into its first sentence (a site's other furniture may stand over a title whose first
    part runs in on its line, `…材料 一、存在的主要问题 : 1、…`: read as it was)."""
    words = text.strip()
    return (
        len(words) <= FURNITURE_LINE
        and not words.endswith(("。", "！", "？"))
        and match_label(words) is None
        and bool(_LEAD_SOURCE.search(words) or _VIEWER_LINE.match(words))
    )


# a document viewer's lines over its page (round r25): its welcome (`您好，欢迎访问…文档`) and the path to the page
# (`当前位置：首页 > 办公文档 > …`), over a title run into its first sentence
_VIEWER_LINE = re.compile(r"^(?:您好[，,！!]?\s*)?欢迎(?:来到|访问|光临)|^当前位置\s*[:：]")


def analyse(document: Document) -> list[Para]:
    """The paragraphs as the parser reads them: a paragraph that runs several headings together
    (a one-line excerpt, a title with the first heading on its line) is read as its pieces."""
    paras: list[Para] = []
    listed: dict[int, str] = {}  # Para.index -> the Word list its automatic label counts in
    chunked = viewer_chunks([document.text[p.start : p.end] for p in document.paragraphs])
    flat_page = flattened_page([document.text[p.start : p.end] for p in document.paragraphs])
    carried: dict[int, int] = {}
    texts = [document.text[p.start : p.end] for p in document.paragraphs]
    header = page_header(list(document.paragraphs), texts)
    first = True  # the first paragraph with text: its title may run into its first sentence
    links = False  # inside a site's list of links below the material (`相关阅读：` over `· …` lines)
    for k, p in enumerate(document.paragraphs):
        text = document.text[p.start : p.end]
        skipped = chunked.get(k, 0)  # a viewer's chunk number before the text: no label of it
        titled = title_run_in(text[skipped:]) if first and text.strip() else 0
        # (a site's blurb over a viewer's page, `《….docx》由会员分享…`, is not the first paragraph)
        blurb = bool(_FURNITURE.search(text)) and text.rstrip().endswith("。")
        # (a document library's file facts over it, `- 格式:pdf`, `- 文档页数:3`: the page's, round r23)
        facts = len(text.strip()) <= FACT_LINE and bool(_FILE_FACT.match(text.strip()))
        first = first and (not text.strip() or blurb or facts or _lead_line(text))
        resumed = bool(skipped) and not carried  # a page that opens inside a viewer's chunk
        cuts, carried = split_series(text[skipped + titled :], carried if skipped else {}, resumed)
        cuts = [skipped + titled + c for c in cuts]
        if titled:
            cuts = [skipped + titled, *(c for c in cuts if c > skipped + titled)]
        flat = [c - skipped - titled for c in cuts]
        cuts = sorted(
            {
                *cuts,
                *(skipped + titled + c for c in flattened_cuts(text[skipped + titled :], flat, flat_page)),
                *(skipped + titled + c for c in run_in_aspects(text[skipped + titled :])),
            }
        )
        statement = site_statement(text[skipped:]) if first is False else None
        if statement is not None and statement + skipped > 0:
            # (`…每季度开展一次。免责声明：本文来源于网络…`: the site's statement run on after the last sentence)
            cuts = sorted({*(c for c in cuts if c < skipped + statement), skipped + statement})
        bounds = [skipped, *cuts, len(text)]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            bold = _MARKDOWN_BOLD.match(piece)
            if bold:  # `**一、存在的问题**`: a page editor's bold markers around a heading line
                lead += 2
                piece = bold.group(1)
            if piece:
                level = p.level if p.level is not None else (BOLD_LEVEL if p.bold else None)
                para = _para(len(paras), p.start + a + lead, piece, level if k == 0 else None)
                if k == 0 and skipped and _heading_cut_by_chunk(paras, para):
                    # `（一）理论学习` / `3、不够深入。…`: the heading a viewer's chunk cut in two, one paragraph
                    before = paras.pop()
                    para = _para(before.index, before.start, document.text[before.start : para.end], None)
                if _repeated_heading(paras, para):
                    continue  # `三、评议结果` twice in a row: the page doubled the line, one heading
                if _TABLE_RULE.match(piece):
                    continue  # a text table's rule under its header row: no paragraph of the material
                if links and _site_link(para):
                    continue  # a link of the site's list under the material (`· 集团召开…会议`): the page's
                links = False
                if paras and _SITE_LIST.match(piece) and any(q.label is not None for q in paras):
                    links = True  # `相关阅读：` below the material's numbered lines: the links under it are the page's
                if paras and statement is not None and a == skipped + statement:
                    break  # the site's statement after the material's text (and all of its paragraph): read past
                if paras and (is_page_line(piece) or footnote_line(piece, document.text, p.start + a + lead)):
                    continue  # `第2页 共5页`, `阅读：1157次`, a footnote `[1]…` under the text: read past
                if paras and piece_tag(piece, document.text[p.start + a + lead + len(piece) :], paras):
                    continue  # `第二篇：…材料` over the piece's title again, or after the first piece's parts
                paras.append(para)
                if k == 0 and p.list_key is not None:
                    listed[para.index] = p.list_key
                paras[-1].run_in = k == 0 and len(bounds) > 2
                paras[-1].run_title = k == 0 and titled > 0
                paras[-1].page_header = header is not None and p is document.paragraphs[header]
    rank_word_lists(paras, listed)
    return _rank_bullets(_aspect_problem_lines(paras))


_DASH_POINT = re.compile(r"^(?:——|—|-|•|·)")


def _aspect_problem_lines(paras: list[Para]) -> list[Para]:
    """A labelled line of an aspect, a colon and its problem (`（一）政治纪律方面：理论学习…结合不紧`) with
    its points in the paragraphs below: the whole line is the item's heading. Over an outline's dash
    points (`——…`) or its numbered points with no sentence in them (`（1）…没有及时组织专题研讨`, a
    发言提纲 of headings only: round r27) the aspect alone heads them (the phrase after the colon sums
    them up)."""
    for k, p in enumerate(paras):
        if p.label is None or not _ASPECT_THEN_PROBLEM.match(p.text[p.body_start - p.start :].rstrip()):
            continue
        after = paras[k + 1] if k + 1 < len(paras) else None
        if after is not None and (_DASH_POINT.match(after.text) or _outline_points(paras, k)):
            continue
        end = p.start + len(p.text.rstrip())
        paras[k] = replace(p, heading_end=end, rest_start=end, whole=True)
    return paras


def _outline_points(paras: list[Para], k: int) -> bool:
    """The lines under the labelled line `k` up to the next label at its rank or outer are numbered points
    one level in, none of them holding a sentence (`（1）党的…学习后，没有及时组织专题研讨`): an outline's."""
    rank = paras[k].rank
    points = []
    for q in paras[k + 1 :]:
        if not q.text.strip():
            continue
        if q.rank is not None and rank is not None and q.rank <= rank:
            break
        points.append(q)
    return bool(points) and all(
        q.rank is not None
        and rank is not None
        and q.rank > rank
        and not any(mark in q.text for mark in _SENTENCE_ENDS)
        for q in points
    )


CIRCLED_RANK = 5  # mingjing.parse.labels: ①②③


_SENTENCE_ENDS = ("。", "；", ";", "！", "？")


def _first_rank(paras: list[Para], k: int) -> int:
    """The rank of a floating label (a bullet, circled, half-bracketed or decimal number, a named item
    label such as `问题一：`) first used at paragraph `k`: one deeper than the nearest label above it
    (when it names a part, only under a heading line of its own: after an item's text it is a part
    itself); with none above, the outermost rank when its line names a part (`★存在的问题`; a named
    item label never heads a part), or one outer than a series that starts under it (`★在政治纪律方面`
    / `（一）存在问题`), else one deeper than the outermost numbered rank below it (items that stand
    before the first part heading, as when a material has no problems heading). Between two labels of
    one series that starts again under it (`（2）` above, `（1）` below), it is one level out of them."""
    above = next((q for q in reversed(paras[:k]) if q.label is not None), None)
    under = next((q for q in paras[k + 1 :] if q.label is not None), None)
    if (
        above is not None
        and under is not None
        and above.label is not None
        and under.label is not None
        and 0 <= above.label.rank == under.label.rank
        and above.label.value > 1
        and under.label.value == 1
    ):
        # `（2）…` then `■…方面` then `（1）…` again (a page cut inside the first bullet's points): the
        # series restarts under it, so it is one level out
        return max(1, under.label.rank - 1)
    names_part = _names_part(paras[k])
    if above is not None and above.label is not None and above.label.rank >= 0:
        if names_part and (not above.whole or above.text.rstrip().endswith(_SENTENCE_ENDS)):
            # `★今后努力方向` after an item with its text (or a point that is one sentence, `(3) …不够。`):
            # a part, not a sub-part of that item
            return 1
        return max(1, above.label.rank + 1)
    if names_part:
        return 1
    settled = [
        q.label
        for q in paras[k + 1 :]
        if q.label is not None and q.label.rank >= 0 and q.label.rank != CIRCLED_RANK
    ]
    own = paras[k].label
    if settled and own is not None and own.rank in DECIMAL_RANKS[1:]:
        # `1.1 …方面` on a page cut above its `一、存在的问题`, and `1.1` again under `一、问题产生的原因`:
        # a number of two levels stands under the parts, never over them
        # (the outermost label below, not the first: `（1）` points under the `1.1` stand before `二、`)
        top = min(settled, key=lambda label: label.rank)
        at = next(j for j in range(k + 1, len(paras)) if paras[j].label is top)
        if any(q.label is not None and q.label.rank == own.rank for q in paras[at + 1 :]):
            return top.rank + 1
    if settled and settled[0].value == 1:
        return max(1, settled[0].rank - 1)  # `★在政治纪律方面` then `（一）存在问题`: it heads what follows
    below = [label.rank for label in settled]
    # a bullet further down that names a part (`★存在的问题` under its `●` items) will be a part
    below += [1 for q in paras[k + 1 :] if q.label is not None and q.label.rank < 0 and _names_part(q)]
    return min(below) + 1 if below else 1


# words with which a heading names the problems part (`存在的不足`), where a statement of a problem only
# says what falls short (`对理论学习重要性认识不足`)
_PROBLEMS_NAMED = re.compile(r"问题|查摆|检视|存在|对照|查找|找差距|差距(?:和|与|及)?不足")


def _names_part(p: Para) -> bool:
    """The bulleted or numbered line names a part, as a part's heading does."""
    if p.label is None or p.label.rank == NAMED_RANK:
        return False
    kind = section_kind(p.heading)
    return kind is not None and (kind != "problems" or bool(_PROBLEMS_NAMED.search(p.heading)))


_FLOATING = (
    BULLET_RANK,
    CIRCLED_RANK,
    NAMED_RANK,
    HALF_RANK,
    HALF_DIGIT_RANK,
    COUNTED_RANK,
    BRACKET_RANK,
    *DECIMAL_RANKS,
)
PART_GLYPH_LINES = 2  # lines naming a part that make a bullet one that heads parts


def _glyph(label: Label) -> str:
    """What one floating label has in common with the others of its kind: the bullet, `①`, the word."""
    decimal = {rank: f"decimal{k}" for k, rank in enumerate(DECIMAL_RANKS)}
    return {
        CIRCLED_RANK: "①",
        NAMED_RANK: label.text[:2],
        HALF_RANK: "一）",
        BRACKET_RANK: "【一】",
        HALF_DIGIT_RANK: "1)",
        COUNTED_RANK: "第一，",
        **decimal,
    }.get(label.rank, label.text[:1])


def _rank_bullets(paras: list[Para]) -> list[Para]:
    """Give each bullet (★ ● ■ ◆ …), circled number (①②③), half-bracketed number (`一）`, `1)`) and
    named item label (`问题一：`, `措施1：`, each word its own) the rank the document uses it at (see
    `_first_rank`): `①` under `一、` numbers items, under `（1）` sub-points. A bullet's values count
    its paragraphs since the last label of an outer rank. A glyph may head parts when two of its lines
    name a part, or its first line does at the outermost rank; any other numbers items only
    (`Label.floating`: `1)对理论学习重要性认识不足` under an item is no part, though it says 不足)."""
    naming: dict[str, int] = {}
    for p in paras:
        if p.label is not None and p.label.rank in _FLOATING and _names_part(p):
            naming[_glyph(p.label)] = naming.get(_glyph(p.label), 0) + 1
    ranks: dict[str, int] = {}
    parts: dict[str, bool] = {}
    count: dict[str, int] = {}
    decimal_at: int | None = None  # the rank of the decimal number (`1.1`) whose lines we are under
    first_decimal: int | None = None  # the paragraph of the first decimal number, when it opens a page
    for k, p in enumerate(paras):
        label = p.label
        if label is None:
            continue
        if label.rank not in _FLOATING:
            if decimal_at is not None and label.rank < decimal_at:
                decimal_at = None
            if decimal_at is not None:
                # `（1）` under a `1.1` item that took its rank (`1.` parts, `1.1` items): a label written
                # under a decimal number stands inside it, one level deeper, never beside it
                label = replace(label, rank=label.rank + 1)
                paras[k] = replace(p, label=label)
            for glyph in [g for g, r in ranks.items() if r > label.rank]:
                count[glyph] = 0
            continue
        glyph = _glyph(label)
        if glyph not in ranks:
            outer = _outer_decimal(paras, label.rank)
            if outer is not None and _glyph(outer[1]) not in ranks:
                # `1.1` on a page that opens under its `1 存在的问题`: `2 …` further down is its outer rank
                j, first_outer = outer
                ranks[_glyph(first_outer)] = _first_rank(paras, j)
                parts[_glyph(first_outer)] = (
                    ranks[_glyph(first_outer)] == 1 and _names_part(paras[j])
                ) or naming.get(_glyph(first_outer), 0) >= PART_GLYPH_LINES
            part = _decimal_part(paras, k) if outer is None else None
            if outer is not None:
                ranks[glyph] = ranks[_glyph(outer[1])] + 1
            elif part is not None:
                ranks[glyph] = part + 1
            else:
                ranks[glyph] = _first_rank(paras, k)
            parts[glyph] = (ranks[glyph] == 1 and _names_part(p)) or naming.get(glyph, 0) >= PART_GLYPH_LINES
        rank = ranks[glyph]
        if label.rank in DECIMAL_RANKS:
            decimal_at = rank
            first_decimal = k if first_decimal is None else first_decimal
        elif decimal_at is not None and rank < decimal_at:
            decimal_at = None
        for other in [g for g, r in ranks.items() if r > rank]:
            count[other] = 0
        count[glyph] = count.get(glyph, 0) + 1
        value = count[glyph] if label.rank == BULLET_RANK else label.value
        paras[k] = replace(p, label=replace(label, rank=rank, value=value, floating=not parts[glyph]))
    return _cut_item_tail(paras, first_decimal)


ARABIC_RANK = 3  # mingjing.parse.labels: `1.` / `1、`
_MAJOR = re.compile(r"\d{1,2}")


def _decimal_part(paras: list[Para], k: int) -> int | None:
    """The rank of the part a two-level decimal number (`1.3`) stands under, as its first number says:
    the `1.` above it, or the `2.` after it (a page cut inside the first part, `（3）…` then `1.3 …` then
    `2. 原因分析`): the number's first figure names its part, whatever label stands right above it."""
    label = paras[k].label
    major = _MAJOR.match(label.text) if label is not None and label.rank == DECIMAL_RANKS[1] else None
    if major is None:
        return None
    value = int(major.group())

    def numbered(q: Para, n: int) -> bool:
        return q.label is not None and q.label.rank == ARABIC_RANK and q.label.value == n

    if any(numbered(q, value) for q in paras[:k]) or any(numbered(q, value + 1) for q in paras[k + 1 :]):
        return ARABIC_RANK
    return None


def _cut_item_tail(paras: list[Para], first: int | None) -> list[Para]:
    """A page cut inside a decimal item's points (`（3）…` over `1.3 …`, the item `1.2` above the cut):
    the labels over the first decimal number that stand at its rank or deeper, with no outer label
    between, are that cut item's points, one level inside, as `（1）` under a `1.1` is."""
    opening = paras[first].label if first is not None else None
    if first is None or opening is None or opening.value <= 1:
        return paras
    rank = opening.rank
    for j in range(first - 1, -1, -1):
        label = paras[j].label
        if label is None:
            continue
        if label.rank < rank or label.floating:
            break
        paras[j] = replace(paras[j], label=replace(label, rank=label.rank + 1))
    return paras


def _outer_decimal(paras: list[Para], rank: int) -> tuple[int, Label] | None:
    """For a decimal number (`1.1`), the first line numbered one level out (`2 问题产生的原因`) in the
    text, with its index; None for another label, or when no such line stands."""
    if rank not in DECIMAL_RANKS[1:]:
        return None
    outer = DECIMAL_RANKS[DECIMAL_RANKS.index(rank) - 1]
    return next(
        ((j, q.label) for j, q in enumerate(paras) if q.label is not None and q.label.rank == outer), None
    )


CONTENTS_MIN = 3  # heading lines in a row that make a table of contents
CONTENTS_LINE = 40
CONTENTS_SHARE = 0.6  # of the contents' lines that must stand again in the text


FURNITURE_LINE = 80  # characters: a line of a page's furniture is short


def past_furniture(paras: list[Para], skip: int, title: str = "") -> int:
    """The first paragraph from `skip` on that is not a short line of the page's furniture
    (`更新时间:…作者:…`, `发布时间:… 来源:…`) with no sentence in it, nor the title written again
    under it (a page's title over the material's own): no part of the material."""
    while skip < len(paras) and (
        (
            len(paras[skip].text) <= FURNITURE_LINE
            and "。" not in paras[skip].text
            and _FURNITURE.search(paras[skip].text)
        )
        or (  # a Q&A page's question (`…材料的问题部分该怎么写？`) over the answer
            paras[skip].label is None
            and len(paras[skip].text) <= FURNITURE_LINE
            and "。" not in paras[skip].text
            and _QUESTION.search(paras[skip].text) is not None
        )
        or (
            title
            and paras[skip].label is None
            and not paras[skip].run_in  # (a line that runs a part in after the same words heads it)
            and _bare(paras[skip].text) == _bare(title)
            and section_kind(paras[skip].text) is None  # (`…存在的问题分析` again: the problems' heading)
        )
    ):
        skip += 1
    return skip


_CONTENTS_WORD = re.compile(r"^目\s*录[：:]?$")


def named_contents(paras: list[Para], skip: int) -> int:
    """Past a table of contents under the title that names itself (`目录`, then short lines that each
    stand again, word for word, further on: the parts' heading lines, however few); `skip` unchanged
    when neither the paragraph at `skip` nor the one above it (read past as furniture) is `目录`."""
    if skip < len(paras) and _CONTENTS_WORD.match(paras[skip].text.strip()):
        skip += 1
    elif not (0 < skip <= len(paras) and _CONTENTS_WORD.match(paras[skip - 1].text.strip())):
        return skip
    last = {p.text: p.index for p in paras}
    end, again, strict = skip, 0, None
    while end < len(paras) and len(paras[end].text) <= CONTENTS_LINE:
        p = paras[end]
        if ("。" not in p.text and _stands_again(p, last)) or TOC_LINE.search(p.text):
            # (or a line with its page number, or the error text a word processor left in its place)
            again += 1
        elif "。" in p.text or not _PAGE_AFTER_SPACE.search(p.text):
            break
        elif strict is None:
            strict = end
        end += 1
    # (a line with its page number after a space whose heading is not found again — a page cut it off, or the
    # writer reworded it — among lines that are: the contents go on; mostly such lines: they end at the first)
    return end if strict is None or 2 * again > end - skip else strict


# a contents line's page number after one space (`1.2 政治素质方面 1`: the tab of a word processor's leader, its
# dots lost in the copy, read as a space)
_PAGE_AFTER_SPACE = re.compile(r"(?<=\S)[ \u3000]+\d{1,3}$")


def _stands_again(p: Para, last: dict[str, int]) -> bool:
    """The contents line `p` stands again further on, word for word (`last`: the last place each text stands),
    or once its page number after a space is cut off (`一、存在的问题 1` over `一、存在的问题`)."""
    if last[p.text] != p.index:
        return True
    bare = _PAGE_AFTER_SPACE.sub("", p.text)
    return bare != p.text and last.get(bare, -1) > p.index


def leading_contents(paras: list[Para]) -> int:
    """How many paragraphs at the top are a table of contents without page numbers: short lines,
    at least three of which (and most) stand again, word for word, further on; or short heading
    lines, most of them numbered, that run straight into the title (`一、存在的问题` …
    `四、整改措施`, then `…对照检查材料`) — an excerpt may stop before they stand again."""
    last: dict[str, int] = {}
    for p in paras:
        last[p.text] = p.index  # the last place each text stands
    repeated, first, end, sentences = 0, None, 0, 0
    for k, p in enumerate(paras):
        sentences += "。" in p.text
        if len(p.text) > CONTENTS_LINE or sentences > 1:
            break  # the text itself has begun (one stray sentence among the contents is allowed)
        if last[p.text] != p.index:
            repeated, end = repeated + 1, k + 1
            first = k if first is None else first
    # the share is counted from the first repeated line: a breadcrumb, `（含问题清单）` or `目录`
    # above the contents is furniture, not a line of the contents that fails to stand again
    if first is not None and repeated >= CONTENTS_MIN and repeated >= CONTENTS_SHARE * (end - first):
        return end
    return _contents_on_one_line(paras) or _contents_before_title(paras)


# a page's outline of the parts run on one line (`【提纲】一、存在的主要问题。（一）…二、问题根源剖析。…`):
# after an optional tag (`【提纲】`, `目录：`, `内容提要：`), part labels counted from 一、 in order
_OUTLINE_TAG = re.compile(r"^(?:【[^】]{1,6}】|[\u4e00-\u9fff]{2,4}[：:])?\s*一、")
_OUTLINE_PART = re.compile(r"(?:^|[。；;，,\s】：:])([一二三四五六七八九十])、")


def _contents_on_one_line(paras: list[Para]) -> int:
    """1 when the first line is the material's parts outlined on one line (`【提纲】一、…。（一）…。二、…。
    三、…`: at least two part labels in order from 一、, each part's words short) and the line under it
    names the document (`…对照检查发言材料`): the outline is the page's, the title stands under it; else 0."""
    if len(paras) < 2 or not _OUTLINE_TAG.match(paras[0].text):
        return 0
    end = 1  # the pieces the reader cut the line into at its labels (`（一）`) follow on without a gap
    while end < len(paras) and paras[end].start == paras[end - 1].end:
        end += 1
    line = "".join(p.text for p in paras[:end])
    values = ["一二三四五六七八九十".index(m.group(1)) + 1 for m in _OUTLINE_PART.finditer(line)]
    if len(values) < 2 or values != list(range(1, len(values) + 1)) or end >= len(paras):
        return 0
    under = paras[end]
    if under.label is not None or len(under.text) > 80 or not _TITLE_NAMES.search(under.text.strip()):
        return 0
    return end


def _contents_before_title(paras: list[Para]) -> int:
    """Where the text starts after a table of contents of three or more short heading lines at the
    top, most of them numbered (one stray sentence among them is allowed), that either runs
    straight into the title or whose first heading is numbered again further on, naming the same
    part (`一、存在问题` … then `一、存在的主要问题`); 0 when there is none."""
    labelled = strays = 0
    body = None  # index of the first line that is text, not a heading
    # (the share is counted from the first numbered line: a breadcrumb, `（含问题清单）` or `目录` above the
    # contents is furniture, as in `leading_contents`)
    numbered = next((k for k, p in enumerate(paras) if p.label is not None), 0)
    for k, p in enumerate(paras):
        if labelled >= CONTENTS_MIN and p.label is None and _TITLE_NAMES.search(p.text) and len(p.text) <= 80:
            return k if labelled >= CONTENTS_SHARE * (k - numbered) else 0
        if len(p.text) > CONTENTS_LINE or p.text.endswith(("。", "；", ";")):
            body = k if body is None else body
            strays += 1
            if strays > 1:
                break
            continue
        labelled += p.label is not None
    if body is None or labelled < CONTENTS_MIN or labelled < CONTENTS_SHARE * body:
        return 0
    first = paras[0]
    kind = section_kind(first.heading) if first.label is not None and first.label.value == 1 else None
    if first.label is None or kind is None:
        return 0
    again = any(
        p.label is not None
        and p.label.rank == first.label.rank
        and p.label.value == 1
        and section_kind(p.heading) == kind
        for p in paras[body:]
    )
    return body if again else 0


TITLE_MIN = 3  # characters of a title found by its place only
RUN_IN_TITLE = 40  # characters of a title that runs into its first part heading on one line
_SENTENCE_MARK = re.compile(r"[。！？；;，,：:]")
_CLAUSE_END = re.compile(r"[。！？；;：:]")


# a site's name after the title on a page's title line (`…对照检查材料_第一范文网`, `…材料 - 某某文库`)
_SITE_SUFFIX = re.compile(
    r"\s*[_|｜]\s*[^\s_|｜。，,]{2,14}$|\s+[-–—]\s*[^\s。，,]{2,14}(?:网|站|文库|文档|范文)$"
)


def find_title(paras: list[Para]) -> Para | None:
    """The title: among the first lines (after a table of contents), an unlabelled one naming the
    document (…材料, …提纲), else a short first line that is not a section heading; a site's name
    after it on the line (`…材料_第一范文网`) is no part of it. A title set in `【】` on a line of its
    own (`【…对照检查材料1】`, a page's piece) is the words inside."""
    paras = _without_stray_stops(paras)
    title = _find_title(paras)
    if title is None:
        return None
    own = _own_title_below(title, paras) or _named_title_below(title, paras)
    if own is None and (
        _column_headline(title)
        or _QUESTION.search(title.text)
        or _PLEA.search(title.text)
        or _news_headline(title, paras)
    ):
        # (a column's headline, or a Q&A page's question, over an excerpt: the material's own title is
        # not on the page)
        return None
    title = own or _piece_title_below(title, paras) or title
    if _NO_TITLE_LINE.search(title.text.strip()) and not _TITLE_NAMES.search(title.text):
        return None  # (a page's line where the title would stand, none under it: the page has none)
    continued = any(_CONTINUED.match(p.text.strip()) for p in paras[: title.index])
    if continued and not _TITLE_NAMES.search(title.text):
        # (`（接上页）` over the first line: the copy goes on from a page before it, where the title stood; its
        # first line is a heading of the text, `【带头…方面】`, `在工作作风方面`, unless it names the document)
        return None
    title = _name_after_space(title, paras)
    title = _past_date_stamp(_without_piece_number(_piece_of(_written_once(_past_lead_furniture(title)))))
    if title.text.startswith("【") and title.text.rstrip().endswith("】"):
        return replace(title, text=title.heading, start=title.body_start, end=title.heading_end)
    suffix = _SITE_SUFFIX.search(title.text)
    if suffix and _TITLE_WORDS.search(title.text[: suffix.start()]):
        return _cut(title, suffix.start())
    return _field_and_tag(title)


# a page's note that the copy goes on from the page before it (`（接上页）`, `续上页`, `上接第2页`)
_CONTINUED = re.compile(r"^[（(]?(?:接上页|续上页|上接第|续前页|接上文|续上文|接前页)")


# how a document's name ends (`…问题清单`, `…对照检查材料`), a bracketed note after it (`（四个方面共20条）`)
_NAME_END = re.compile(r"(?:材料|提纲|发言稿|清单|报告|汇报)(?:[（(][^）)\s]{1,12}[）)])?$")
STRAY_STOP_LINES = 12  # paragraphs at the top in which a title's stray full stop is looked for
STRAY_STOP_TITLE = 60  # characters of a title line that ends in a stray full stop


def _without_stray_stops(paras: list[Para]) -> list[Para]:
    """The paragraphs, a title line's stray full stop cut off (`…2025年度组织生活会个人对照检查材料。`, a slip P200
    reports): a line naming the document that ends in `。` with no other mark ends no sentence."""
    out = paras
    for k, p in enumerate(paras[:STRAY_STOP_LINES]):
        words = p.text.rstrip()
        if (
            p.label is None
            and words.endswith("。")
            and len(words) <= STRAY_STOP_TITLE
            and _NAME_END.search(words[:-1])
            and not _SENTENCE_MARK.search(words[:-1])
        ):
            if out is paras:
                out = list(paras)
            out[k] = _cut(p, len(words) - 1)
    return out


NAME_PIECE = 24  # characters of the name's piece a PDF's space cut off a title's line


def _name_after_space(title: Para, paras: list[Para]) -> Para:
    """A title line a PDF's space cut before its document's name (`市直单位2025年民主生活查摆 问题清单
    （四个方面共20条） 一、…` flattened into one line): both pieces, as one title."""
    after = paras[title.index + 1] if title.index + 1 < len(paras) else None
    if (
        not title.run_in
        or after is None
        or after.label is not None
        or _NAME_END.search(title.text.strip())
        or len(after.text.strip()) > NAME_PIECE
        or not _NAME_END.search(after.text.strip())
        or _SENTENCE_MARK.search(title.text + after.text)
    ):
        return title
    return replace(
        after, start=title.start, text=title.text.strip() + " " + after.text.strip(), body_start=title.start
    )


# a form's field name before the title (`标题：…`) and a post's tag after it (`…材料（原创）`)
_TITLE_FIELD = re.compile(r"^\s*(?:标题|题目|主题|帖子标题|帖子主题|文章标题)\s*[：:]\s*(?=\S)")
_POST_TAG = re.compile(r"\s*[（(【\[](?:原创|转载|转帖|精华|推荐|精选|整理|置顶|分享)[）)】\]]\s*$")


def _field_and_tag(title: Para) -> Para:
    """A title written into a page's form (`标题：社区支部…材料（原创）`): the words between the field's
    name and the post's tag, when what is left names the document."""
    field = _TITLE_FIELD.match(title.text)
    tag = _POST_TAG.search(title.text)
    start = field.end() if field else 0
    end = tag.start() if tag else len(title.text)
    if (start == 0 and end == len(title.text)) or not _TITLE_WORDS.search(title.text[start:end]):
        return title
    return replace(
        title,
        text=title.text[start:end],
        start=title.start + start,
        body_start=title.start + start,
        end=title.start + end,
    )


# a piece's tag on a page of several (`第1篇: `, `第一篇:`, `篇一：`), at the line's start or after the
# page's own words and a space: what follows is the piece's title
_PIECE_LEAD = re.compile(
    r"(?:^|\s)(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})\s*[:：]\s*(?=\S)"
)


def _piece_of(title: Para) -> Para:
    """The piece's own title after its tag (`第1篇: 2022年…自查报告`, `…范文六篇 第一篇:…`)."""
    tags = list(_PIECE_LEAD.finditer(title.text))
    if not tags or len(title.text) - tags[-1].end() < TITLE_MIN:
        return title
    at = tags[-1].end()
    return replace(title, text=title.text[at:], start=title.start + at, body_start=title.start + at)


# a page's number for its piece set with the piece's title (round r25): after it (`…材料【第一篇】`, `…材料【一】`,
# `…对照检查材料篇一`, `…发言稿范文一`, `…材料范文1`) or before it (`【1】县…材料`, `【第2篇】…`)
_PIECE_NUMBER_END = re.compile(
    r"\s*(?:【(?:第|篇)?[一二三四五六七八九十\d]{1,2}篇?】|(?<=[料纲稿告言书])(?:篇[一二三四五六七八九十]{1,2}|范文[一二三四五六七八九十\d]{1,2}))\s*$"
)
# (or a site's tag for the piece's genre before its title, `【对照检查】…材料`, `【发言材料】…`; a meeting's name in
# brackets, `【民主生活会】…`, is the title's own words)
_PIECE_NUMBER_START = re.compile(
    r"^\s*【(?:(?:第|篇)?[一二三四五六七八九十\d]{1,2}篇?|(?![^】]*(?:生活会|教育|年))[\u4e00-\u9fff]{2,6})】\s*(?=\S)"
)


# a viewer's page header run into the title's line: the page's title, its tag and its date (`…材料【推荐3篇】2026/X/XX`)
_DATE_STAMP = re.compile(r"(?:19|20)\d\d\s*[/／]\s*[\dXx]{1,2}\s*[/／]\s*[\dXx]{1,2}\s*(?=\S)")


def _past_date_stamp(title: Para) -> Para:
    """The title after a viewer's page header run into its line (the page's title, tag and date), when
    both what stood before the date and what is left name the document."""
    stamps = list(_DATE_STAMP.finditer(title.text))
    if not stamps:
        return title
    at = stamps[-1].end()
    rest = title.text[at:]
    if not (_TITLE_NAMES.search(rest.rstrip()) and _TITLE_WORDS.search(title.text[: stamps[-1].start()])):
        return title
    return replace(title, text=rest, start=title.start + at, body_start=title.start + at)


# a collection's headline over its pieces (`…对照检查材料范文精选`, `…发言提纲大全`, `…材料合集`; round r25)
_COLLECTION_HEADLINE = re.compile(
    r"(?:材料|提纲|发言稿|发言|报告)(?:范文|范例|模板)?(?:精选|大全|合集|集锦)$|(?:材料|提纲|发言稿|报告)范文$"
)


_BARE_PIECE_NUMBER = re.compile(r"(?<=[料纲稿告言书])\d{1,2}$")


def _piece_title_below(title: Para, paras: list[Para]) -> Para | None:
    """Under a collection's headline, past the site's blurb, the first piece's own title: the first line
    before any part that names the document once its page's number is read past (`…材料范文1`)."""
    if not _COLLECTION_HEADLINE.search(title.text.strip()):
        return None
    for q in paras[title.index + 1 : title.index + 1 + OWN_TITLE_SEARCH]:
        if q.label is not None and not q.label.floating and q.label.rank <= 2:
            return None  # a part or an item: the body has begun
        # (a bare number after the name, `…材料1`, stays in the title's span: `title_words` reads past it)
        text = _BARE_PIECE_NUMBER.sub("", _without_piece_number(q).text.strip())
        if (
            q.label is None
            and TITLE_MIN <= len(text) <= TAG_TITLE
            and not _SENTENCE_MARK.search(text)
            and not _FURNITURE.search(q.text)
            and _TITLE_NAMES.search(text)
        ):
            return q
    return None


def _without_piece_number(title: Para) -> Para:
    """The title without the page's number for its piece, when what is left names the document."""
    lead = _PIECE_NUMBER_START.match(title.text)
    if lead and _TITLE_NAMES.search(title.text[lead.end() :].rstrip()):
        at = lead.end()
        title = replace(title, text=title.text[at:], start=title.start + at, body_start=title.start + at)
    tail = _PIECE_NUMBER_END.search(title.text)
    if tail and _TITLE_NAMES.search(title.text[: tail.start()]):
        return _cut(title, tail.start())
    return title


# a page's furniture run into the head of the title's line: a shared file's rating (`★★★★☆ 4.3分（26人评
# 价）`), a forum post's divider before the text (`————以下是正文————`)
_LEAD_FURNITURE = re.compile(
    r"^\s*(?:[★☆]{3,5}\s*(?:\d(?:\.\d)?\s*分)?\s*(?:[（(]\d+\s*人评价?[）)])?"
    r"|[—\-=＝_*~～]{3,}\s*(?:以下(?:是|为)?正文|正文(?:如下|开始)?)\s*[—\-=＝_*~～]{3,})\s*(?=\S)"
)


def _past_lead_furniture(title: Para) -> Para:
    """The line without a page's furniture run into its head (a rating, a divider before the text),
    when what is left names the document."""
    m = _LEAD_FURNITURE.match(title.text)
    if not m or not _TITLE_NAMES.search(title.text[m.end() :]):
        return title
    at = m.end()
    # (a rating's ★ read as a floating label is no label of the words after it)
    return replace(
        title, text=title.text[at:], start=title.start + at, body_start=title.start + at, label=None
    )


def _written_once(title: Para) -> Para:
    """A title line that holds the title twice in a row (`…情况的报告…情况的报告`, a page's heading run
    into the material's own): the first."""
    text = title.text.rstrip()
    half = len(text) // 2
    if len(text) % 2 or half < TITLE_MIN or text[:half] != text[half:]:
        return title
    return _cut(title, half)


# a page's or a thread's own title over the material: tagged (`[分享] …`, `【转载】…`) or a file's name
# (round r20) or a WeChat account's or a site's column before a bar (`范文｜…`, `政务简报 | …`)
# (`基层动态丨…`: sites set a column's name off with 丨, the character that looks like a bar, as often as with ｜)
_PAGE_TAG = re.compile(r"^\s*(?:[\[【［][^\]】］\s]{1,6}[\]】］]|[\u4e00-\u9fff]{1,6}?\s*[｜|丨])\s*(?=\S)")
# a line that ends asking (`…对照检查材料怎么写？`, `…材料，问题部分怎么写才能和案件挂钩？`): a Q&A page's or a
# thread's question about the material, never its title (round r21)
_QUESTION = re.compile(r"[？?]\s*$")
# a thread's plea for a material (`求一篇…对照检查材料，企业党员用的，急！`, `跪求…发言提纲！！`, `谁有…材料`): it opens
# begging or ends with `！`, as no material's title does; the thread's title, never the material's (round r28)
_PLEA = re.compile(
    r"^\s*(?:[\[【［][^\]】］\s]{1,6}[\]】］]\s*)?(?:急求|跪求|求助|求[一1]?[篇份个套]|求推荐|谁有|有没有|哪位|请问)"
    r"|[！!]\s*$"
)
OWN_TITLE_SEARCH = 12  # paragraphs below a page's title in which the material's own title is looked for


def _own_title_below(title: Para, paras: list[Para]) -> Para | None:
    """Under a page's title (a thread's `[分享] …材料（…）`, a mirror's `【转载】…`, a shared file's
    `….docx`), past the poster's lines and the site's, the material's own title: the first line that
    names the document (`…对照检查材料`) before the first part. None when there is no such line."""
    line = paras[title.index].text if title.index < len(paras) else title.text  # before any cut
    if not (
        _PAGE_TAG.match(line)
        or _QUESTION.search(line)  # a Q&A page's question (`…材料，问题部分怎么写？`): the page's title
        or _PLEA.search(line)  # a thread's plea (`求一篇…材料，急！`): the thread's title
        or _TITLE_FIELD.match(line)  # a thread's form (`主题：【转帖】…材料（供参考）`): the page's title
        or _FILE_NAME.match(line.rstrip("。. "))
        or _POST_TAG.search(line)  # a page's headline tagged as a post (`…对照检查材料（精选）`)
        or _byline_under(title, paras)
    ):
        return None
    return _document_line_below(title, paras)


# a page's byline: two of its fields on one line (`来源：网络　时间：2026-01-05　阅读：3521`)
_BYLINE_FIELD = re.compile(
    r"(?:来源|作者|时间|发布时间|发布日期|日期|编辑|责任编辑|阅读|浏览|浏览次数|点击)[：:]"
)


def _column_headline(title: Para) -> bool:
    """A line tagged with a column's or a site's name (`【学习园地】…写法示例（节选）`, `范文｜…`) whose words
    name no document (`…示例`, `…怎么写`): a headline about the material, never its title."""
    tag = _PAGE_TAG.match(title.text)
    if tag is None:
        return False
    rest = title.text[tag.end() :].strip().rstrip(_TRAILING)
    if _EXCERPT_TAG.search(rest):  # `党建引领丨…对照检查发言（摘编）`: the column's headline over an excerpt
        return True
    return not _TITLE_NAMES.search(rest) and not _named_before_colon(rest)


# a headline's note that the page quotes part of a material (`（摘编）`, `（发言摘登之三）`, `（节选）`)
_EXCERPT_TAG = re.compile(r"[（(][^（）()]{0,6}(?:摘编|摘登|选登|节选|节录|摘要)[^（）()]{0,4}[）)]$")


# a news report's headline: who held the meeting (`市质监站召开领导班子民主生活会`, `…党组举行…专题民主生活会`)
_HELD = re.compile(r"(?:召开|举行|组织召开|开展|组织开展|集中开展)[^。，,；;：:]{0,24}(?:生活会|会议|评议)$")


def _news_headline(title: Para, paras: list[Para]) -> bool:
    """A report's headline that tells of a meeting held (`…召开领导班子民主生活会`) over its dateline or
    byline (`2018-01-26 16:05  来源：…`), on a page that quotes an excerpt of a material (`以下为…的部分内容`):
    the excerpt has no title of its own on the page. A material's own title names the document (`…对照检查材料`), never so."""
    words = title.text.strip()
    if _TITLE_NAMES.search(words) or not _HELD.search(words):
        return False
    if not any(
        p.label is None and _EXCERPT_ANNOUNCED.search(p.text.strip()) for p in paras[title.index + 1 :]
    ):
        return False  # (a report that tells the meeting in its own words is the page's material: its headline titles it)
    below = next((p for p in paras[title.index + 1 :] if p.text.strip()), None)
    return below is not None and bool(_BYLINE_FIELD.search(below.text) or _FURNITURE.search(below.text))


def _byline_under(title: Para, paras: list[Para]) -> bool:
    """The line right below a title is a page's byline (two fields or more), or another line naming the
    document (the byline between them masked as the page's furniture): the title is the page's headline,
    and the material's own stands below it."""
    below = paras[title.index + 1] if title.index + 1 < len(paras) else None
    if below is None or below.label is not None:
        return False
    line = below.text.strip()
    return len(_BYLINE_FIELD.findall(line)) >= 2 or (
        OWN_TITLE_MIN <= len(line) <= TAG_TITLE
        and not _SENTENCE_MARK.search(line)
        and bool(_TITLE_NAMES.search(line))
        and bool(_SUBJECT.search(line) or "生活会" in line)  # a whole title, never its tail (`查材料`)
    )


OWN_TITLE_MIN = 10  # characters of a whole title (whom and which meeting, and the document)


def _named_title_below(title: Para, paras: list[Para]) -> Para | None:
    """A first line that names no document (a forum's board or counters, a thread's question, a WeChat
    account's name) over a line that does (`…个人对照检查材料`) before the body: the page's lines over the
    material's own title, which is that line. None when the first line names the document itself."""
    if _TITLE_NAMES.search(title.text.strip()) or _named_before_colon(title.text):
        return None
    return _document_line_below(title, paras)


def _document_line_below(title: Para, paras: list[Para]) -> Para | None:
    """The first line below `title`, before the first part or item, that names the document as a title
    does (short, unlabelled, no sentence mark, no page furniture), with its subject's line above it."""
    for q in paras[title.index + 1 : title.index + 1 + OWN_TITLE_SEARCH]:
        if q.label is not None and not q.label.floating and q.label.rank <= 2:
            return None  # a part or an item: the body has begun
        q = _past_lead_furniture(q)
        text = q.text.strip()
        if _FILE_NAME.match(text.rstrip("。. ")):
            return _document_line_below(q, paras) or q  # a shared file's name over the material's title
        if (
            q.label is None
            and TITLE_MIN <= len(text) <= TAG_TITLE
            and not _SENTENCE_MARK.search(text)
            and not _FURNITURE.search(text)
            and not _PAGE_TAG.match(text)
            and _TITLE_NAMES.search(text)
            and section_kind(text) is None
        ):
            return _with_unit_line(paras, q, title)
    return None


def _with_unit_line(paras: list[Para], title: Para, page_title: Para) -> Para:
    """A title whose subject stands on the line above it (`…第一党支部党员` over `党纪学习教育专题…
    材料`): both lines, as the reader joins them at a page's top (`read.rejoin.split_title`); never the
    page's own title or another line naming the document."""
    above = paras[title.index - 1] if title.index > page_title.index + 1 else None
    if (
        above is None
        or above.label is not None
        or _TITLE_NAMES.search(above.text)
        or not split_title(above.text.strip(), title.text.strip())
    ):
        return title
    return replace(
        title, start=above.start, text=above.text.strip() + title.text.strip(), body_start=above.start
    )


# a site's menu: four words or more, each a short name, set apart by spaces (`工作总结 工作计划 述职报告 …`)
_MENU_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:[ \u3000\xa0]+[\u4e00-\u9fff]{2,6}){3,}$")
_MEIPIAN_AUTHOR = re.compile(r"^(\S{1,12})的美篇$")  # a 美篇 page's author line, her name on the next


def _find_title(paras: list[Para]) -> Para | None:
    start = leading_contents(paras)
    head = paras[start : start + 12]
    authors = {m.group(1) for p in head if (m := _MEIPIAN_AUTHOR.match(p.text.strip()))}
    window = [
        p
        for p in head
        if not _FURNITURE.search(p.text)
        and not TOC_LINE.search(p.text)
        and p.text.strip() not in authors
        and not _MENU_LINE.match(p.text.strip())
        and not p.page_header
    ][:3]
    run = next((p for p in window if p.run_title), None)
    if run is not None:
        # (only furniture stands above a title run into its first sentence: `来自：…` `[文件预览] ….pdf`)
        return run
    named = _named_title(window, paras)
    if named is not None:
        return named
    for p in window:  # `第一篇:坚定理想信念方面存在的问题及整改措施`: what a piece's tag heads is its title
        piece = _piece_of(p)
        if piece is not p and len(piece.text) <= RUN_IN_TITLE and not _SENTENCE_MARK.search(piece.text):
            return p
    # a headline, even below a sentence a page put over it
    below_sentence = window[1:2] if window and window[0].text.rstrip().endswith(("。", "！", "？")) else []
    headline = next((p for p in window[:1] + below_sentence if _headline(p, paras)), None)
    if headline is not None:
        return headline
    after_part = False  # below a part's heading on its own line (`四、存在问题`) only a line naming the
    # document is a title (a contents line left over); a line of text saying `检查` is the part's text
    for p in window:
        if p.label is not None and p.whole and section_kind(p.heading) in ANSWERS + ("problems",):
            after_part = True
        if (
            p.label is None
            and len(p.text) <= 80
            and not p.text.endswith("。")
            # (`检讨书一般由…组成。其具体写法是:`: sentences leading into a list, not a title)
            and not ("。" in p.text and p.text.rstrip().endswith((":", "：")))
            and (
                _TITLE_NAMES.search(p.text)
                or _named_before_colon(p.text)
                or (not after_part and _TITLE_WORDS.search(p.text) and section_kind(p.text) is None)
            )
        ):
            return p
    for (
        p
    ) in window:  # `政治方面存在的问题及整改措施 一、存在的主要问题 : 1、…`: a title run into its first part
        after = paras[p.index + 1] if p.index + 1 < len(paras) else None
        if (
            p.run_in
            and p.label is None
            and len(p.text) <= RUN_IN_TITLE
            and not _SENTENCE_MARK.search(p.text)
            and after is not None
            and after.label is not None
            and after.label.rank <= 1
            and after.label.value == 1
            and section_kind(after.heading) is not None
        ):
            return p
    first = window[0] if window else None
    if first is not None and _piece_title(paras, first):
        return first
    if (
        first
        and first.label is None
        and TITLE_MIN <= len(first.text) <= 60  # (`面`, the tail of a cut line, is no title)
        and "。" not in first.text
        and not first.text.endswith((":", "："))  # `网友 分享 时间:`: a label, never a title
        and not first.text.endswith(("，", ",", "、", "；", ";"))  # a sentence broken off: text
        and (section_kind(first.text) is None or _topic_over_parts(first, paras))
        and not _SIGNATURE.search(first.text)
        and not _stated_shortcoming(
            first.text, paras[first.index + 1] if first.index + 1 < len(paras) else None
        )
    ):
        return first
    return None


# a first line that is found by its place only and is a page's line, never a title (round r20): a
# bracketed byline or date (`（市第三人民医院医务科党支部）`, `（2023年12月）`), a unit with its member's name
# (`县人民医院内科党支部周晓岚`), a unit's line alone (`中共白沙镇委员会`), a date (`二〇二六年一月`), a site's
# name (`清风公文网`), a name alone (`林振华`), a viewer's or an account's line (`字体:大中小`, `原创…`), a note, a sentence that
# introduces the text (`根据县委…`, `现将…报告如下`)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_NO_TITLE_LINE = re.compile(
    r"^[（(][^（）()]*[）)]$"
    rf"|(?:支部|党委|党组|党总支|委员会|[科处室部]|中心|学校|小学|中学|医院|公司)[\s\u3000]*[{_SURNAMES}]"
    r"[\u4e00-\u9fff]{1,2}$"
    r"|^中共[^，,。]{2,24}(?:委员会|支部|党委|党组|党总支)$"
    r"|^(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年(?:[\d〇零一二三四五六七八九十]{1,2}\s*月"
    r"(?:[\d〇零一二三四五六七八九十]{1,3}\s*日)?)?$"
    rf"|^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}$|(?:19|20)\d\d\s*年\d{{1,2}}月(?:\d{{1,2}}日)?$|^姓名[:：]|^查看[:：]\s*\d"
    r"|公文网$|范文网$|范例网$|字体[:：]|^原创|文档格式|内部资料|注意保存|^说明[:：]|^(?:根据|按照|遵照|依据)|如下[:：]?$"
    # a bulletin's masthead, its issue's number (`干部教育参考资料 第12期`, `学习简报（总第45期）2025年3月`)
    r"|第\s*[\d〇零一二三四五六七八九十百]{1,4}\s*期(?=[）)\]］\s\u3000]|$)"
)


# how the names of parts begin (`存在的问题`, `查摆出的…`, `原因剖析`, `整改措施`, `下一步…`)
_PART_NAME_START = re.compile(r"^(?:存在|检视|查摆|查找|对照|问题|突出问题|原因|产生|整改|努力|下一步|今后)")
TOPIC_TITLE = 24  # characters of a topic's title line


def _topic_over_parts(first: Para, paras: list[Para]) -> bool:
    """A short first line that names the topic's shortcomings (`政治理论方面存在不足`, `服务意识方面存在的
    差距`) right over a numbered line naming the causes or measures (`一、整改措施：`): the excerpt's title,
    which names its problems as a part's heading would; a part's own name is never one. Over a problems part
    (`一、存在的问题`) such a line may be an aspect's heading over its round of parts: no title there."""
    after = paras[first.index + 1] if first.index + 1 < len(paras) else None
    return (
        len(first.text) <= TOPIC_TITLE
        and not _SENTENCE_MARK.search(first.text)
        and not _PART_NAME_START.match(first.text.strip())
        and after is not None
        and after.label is not None
        and after.label.value in (1, 2)
        and after.whole
        and section_kind(after.heading) in ANSWERS
    )


# who or what a headline is about: a title names its subject, a part heading does not
_SUBJECT = re.compile(r"班子|领导干部|支部|党委|党组|党工委|党总支|同志|个人|干部|单位|机关|学校|医院|公司")
_SUBTITLE = re.compile(r"^([\u4e00-\u9fff“”]{3,16})\s*(?:[:：]|——)\s*([\u4e00-\u9fff“”]{3,16})$")
# two to four phrases set apart by spaces (`自查软弱涣散 落实整改措施`, `守初心　找差距　抓落实`): a
# slogan's words may name a part (抓落实, 整改), its spaced phrases never do
_HEADLINE_PHRASES = re.compile(r"^[\u4e00-\u9fff“”]{3,16}(?:[ \u3000]+[\u4e00-\u9fff“”]{3,16}){1,3}$")
HEADLINE_MAX = 40  # characters
HEADLINE_TEXT = 40  # characters of running text (a report's first sentence) under a headline


def _headline(p: Para, paras: list[Para]) -> bool:
    """The first line is a page's headline though its words name a part (`高校领导班子综合评价和查摆问题`
    over `一、关于学校领导班子`; `自查软弱涣散 落实整改措施` over a report's first paragraph): unlabelled,
    short, no sentence mark, naming its subject, made of two phrases set apart by a space or a headline
    with its subtitle after a colon (`作风建设再出发:从查摆到整改`), and
    followed by a first part numbered one, an unnumbered line naming a part or a paragraph of running
    text."""
    text = p.text.strip()
    subtitle = _SUBTITLE.match(text)
    if subtitle:  # `党史教育与自我革新:从剖析到实践`: a headline and its subtitle, two phrases
        text = f"{subtitle.group(1)} {subtitle.group(2)}"
    subtitled = subtitle is not None
    if (
        p.label is not None
        or not 8 <= len(text) <= HEADLINE_MAX
        or (_SENTENCE_MARK.search(text) and not subtitled)
        or _SIGNATURE.search(text)
    ):
        return False
    if not (_SUBJECT.search(text) or _HEADLINE_PHRASES.match(text) or subtitled):
        return False
    below = [q for q in paras[p.index + 1 : p.index + 5] if q.text.strip() and not _FURNITURE.search(q.text)]
    for k, after in enumerate(below[:2]):
        if _opens_body(after, below[k + 1 : k + 2]):
            return True
        if len(after.text) > UNNAMED_PART or after.label is not None:
            return False  # past one short line (a stray lead-in, a sentence) only
    return False


def _opens_body(after: Para, next_one: list[Para]) -> bool:
    """What stands under a headline: a first part numbered one, an unnumbered line naming a part
    (`存在的问题`), or running text (a long sentence, or a short one with a long one under it)."""
    if after.label is not None:
        return after.label.value == 1 and after.label.rank <= 1 and not after.label.floating
    heading = after.text.strip().rstrip("：:")
    if len(heading) <= UNNAMED_PART and not _SENTENCE_MARK.search(heading) and section_kind(heading):
        return True
    running = [
        q
        for q in [after, *next_one]
        if q.label is None and "。" in q.text and INLINE_START.match(q.text) is None
    ]
    return any(len(q.text) >= HEADLINE_TEXT for q in running) and running[:1] == [after]


def _stated_shortcoming(line: str, after: Para | None) -> bool:
    """A line that states a shortcoming in clauses (`度不够,民警纪律意识不强`, the tail of a cut item
    heading), or over the `一是…` points that follow it (`纪律意识不强`), and names no document: text of
    the material, never its title."""
    points = after is not None and after.label is None and INLINE_START.match(after.text) is not None
    return (
        (points or bool(re.search(r"[，,；;]", line)))
        and bool(SHORTCOMING.search(line))
        and not _TITLE_WORDS.search(line)
        and not _TITLE_NAMES.search(line)
    )


_FILE_NAME = re.compile(r"^(.{4,60}?)\.(?:docx?|wps|pdf|txt)$", re.IGNORECASE)
_PIECE_TAG = re.compile(r"(?<=篇)[一二三四五六七八九十\d]{1,2}\s*[:：]$")  # `…问题3篇一:`: piece one
_PAGE_NUMBER = re.compile(r"\s*(?:[（(]\d{1,2}[)）]|\d{1,2})$")  # a page's number for its piece
_TITLE_MARKS = re.compile(r"[\s《》“”\"'‘’「」:：,，、·]")
TAG_TITLE = 80  # characters of a title line that carries a tag or repeats


def _bare(text: str) -> str:
    """A title line without its page number, marks and spaces (to see one title written twice)."""
    return _TITLE_MARKS.sub("", _PAGE_NUMBER.sub("", text))


def _cut(p: Para, length: int) -> Para:
    """The paragraph's first `length` characters, as the title."""
    return replace(p, text=p.text[:length], end=p.start + length)


# a page's number for its piece (`【一】`, `【第一篇】`, `【篇二】`)
_PIECE_NUMBER_TAG = re.compile(r"【(?:第|篇)?[一二三四五六七八九十\d]{1,2}篇?】$")


def _named_before_colon(line: str) -> bool:
    """A title that names the document before a colon and its subject after it (`…的汇报材料:党的政治
    建设方面存在的问题和原因分析`); a line ending in the colon (`…对照检查材料：`) is a lead, not this."""
    m = re.search(r"[:：]", line)
    return (
        m is not None
        and len(line[m.end() :].strip()) >= TITLE_MIN
        and bool(_TITLE_NAMES.search(line[: m.start()]))
    )


REPEATED_TITLE_GAP = 3  # paragraphs: a title repeated this close below itself is the title


def _named_title(window: list[Para], paras: list[Para]) -> Para | None:
    """A title that the page marks as one, whatever its words: the same title on two lines (a page's
    own title over the material's, `…材料1` / `…材料`: the fuller one, without the page's number), a
    file name (`村干部存在的问题分析.docx`: without its extension), a piece's title with the page's tag
    (`…存在的问题3篇一:`: without `一:`), or `【…】` opening the first paragraph before any part
    (`【对照胡杨精神寻找思想认识差距】在新时代…`) when no other paragraph is headed so."""
    lines = [p for p in window if p.label is None and len(p.text) <= TAG_TITLE and "。" not in p.text]
    if (
        len(lines) >= 2
        # (the page's title over its blurb or its url and date, then the material's own)
        and lines[1].index <= lines[0].index + REPEATED_TITLE_GAP
        and _bare(lines[0].text) == _bare(lines[1].text)
    ):
        # the longer line; on a tie the one with Chinese marks (`“回头看”` over `"回头看"`), else the first
        fuller = max(
            lines[:2],
            key=lambda p: (len(_PAGE_NUMBER.sub("", p.text)), sum(not c.isascii() for c in p.text), -p.index),
        )
        return _cut(fuller, len(_PAGE_NUMBER.sub("", fuller.text)))
    for p in lines:
        name = _FILE_NAME.match(p.text)
        if name:
            return _cut(p, name.end(1))
        tag = _PIECE_TAG.search(p.text)
        if tag:
            return _cut(p, tag.start())
    first = window[0] if window else None
    if (
        first is not None
        and first.label is None
        and first.text.startswith("【")
        and not first.whole
        # (`【2025年度民主生活会】…班子对照检查材料`: a title whose head is set in brackets is one line)
        and not (len(first.text) <= TAG_TITLE and _TITLE_NAMES.search(first.text.rstrip()))
        and len(first.heading) > PART_NAME_CHARS
        and not any(q.text.startswith("【") for q in paras[first.index + 1 :])
    ):
        return replace(first, text=first.heading, start=first.body_start, end=first.heading_end)
    return None


PART_NAME_CHARS = 8  # `【存在的主要问题】`: a bracketed line this short names a part, not the material


def _piece_title(paras: list[Para], p: Para) -> bool:
    """A piece's own title that names what it holds (`党员先锋模范作用发挥存在问题及整改措施`,
    `政治方面存在的问题及整改措施`): an unlabelled first line with no sentence mark naming problems and
    measures, or naming the problems and numbered as a page's piece (`…存在的不足【一】`), with another
    line naming a part further on — the heading of the whole, not its first part."""
    return (
        p.label is None
        and len(p.text) <= RUN_IN_TITLE
        and not _SENTENCE_MARK.search(p.text)
        and section_kind(p.text) == "problems"
        and (answers("measures", "problems", p.text) or _PIECE_NUMBER_TAG.search(p.text) is not None)
        # (a piece numbered by its page heads the parts under it whatever they are named: `…问题及整改
        # 措施【第一篇】` over `一、…遵守政治纪律情况。`)
        and (
            _PIECE_NUMBER_TAG.search(p.text) is not None
            or any(
                (q.label is None or q.label.rank <= 1) and section_kind(q.heading) is not None
                for q in paras[p.index + 1 :]
                if q.whole or q.label is not None
            )
        )
    )


def find_sections(paras: list[Para], skip: int, text_len: int) -> tuple[Reading | None, list[Reading]]:
    """The best reading of the section headings, and all readings best first."""
    ranked = readings(paras, skip, text_len)
    best = ranked[0] if ranked and ranked[0].score > NO_READING else None
    if best is not None and _entries_under_lines(paras, skip, best):
        best = None  # (what holds the entries is found by position, as with no reading)
    if best is not None and _field_labels(best, paras):
        # `具体表现：…` `整改措施：…` in turn: one list from its first line; a field of another name
        # before the first repeated one states the problems, each with its measure
        first = best.heads[0]
        opening = paras[skip] if skip < len(paras) and paras[skip].start < first.para.start else first.para
        kind = first.kind if opening is first.para and first.kind in ANSWERS else "problems"
        best = replace(best, heads=[Head(position_anchor(opening), kind, "position", False)])
        ranked = [best, *ranked[1:]]
    return best, ranked


def _entries_under_lines(paras: list[Para], skip: int, reading: Reading) -> bool:
    """The reading's headings are numbered entries under a checklist's lines of a higher rank that count them
    (`一、政治建设方面（2项）` over `1、…` `2、…`, `二、…（3项）` over `1、…` again): their numbers start again
    after each such line, so they are the list's entries, never the material's parts."""
    heads = reading.heads
    if reading.rank is None or len(heads) < 2 or any(h.para.label is None for h in heads):
        return False
    higher = [
        p.start
        for p in paras[skip:]
        if p.label is not None
        and not p.label.floating
        and p.label.rank < reading.rank
        and p.whole
        and _ENTRIES_COUNTED.search(p.heading)
    ]
    if not higher or higher[0] > heads[0].para.start:
        return False
    values = [h.para.label.value for h in heads if h.para.label is not None]
    restarts = [k for k in range(1, len(heads)) if values[k] <= values[k - 1]]
    return bool(restarts) and all(
        any(heads[k - 1].para.start < at < heads[k].para.start for at in higher) for k in restarts
    )


def _field_labels(reading: Reading, paras: list[Para]) -> bool:
    """The reading's headings are a list's field names, no parts: unlabelled words run in before a colon
    (`具体表现：…` / `整改措施：…`) written again and again in turn, the same one at least twice, on a page
    that numbers nothing. A material names each of its parts once."""
    heads = reading.heads
    if len(heads) < 2 or any(h.para.label is not None or h.para.whole or h.by != "keyword" for h in heads):
        return False
    if any(p.label is not None and not p.label.floating for p in paras):
        return False
    seen = [h.para.heading for h in heads]
    return len(set(seen)) < len(seen)


_CLOSING_PART = re.compile(r"^(?:结语|结束语|结尾|尾声)[：:]?$")


def closing_part(paras: list[Para], heads: list[Head]) -> list[Head]:
    """The heads, and a closing part after the last one: `结语` on a line of its own, unnumbered."""
    if not heads:
        return heads
    last = max(h.para.start for h in heads)
    closing = next(
        (
            p
            for p in paras
            if p.start > last and p.label is None and p.whole and _CLOSING_PART.match(p.text.strip())
        ),
        None,
    )
    if closing is None:
        return heads
    return [*heads, Head(closing, "other", "keyword", True)]


STATEMENT_HEADING = 14  # characters: a numbered heading this long states something, it names no part


def _alike_statements(best: Reading) -> str | None:
    """The kind of a reading whose headings, two or more numbered `（一）` or deeper, all name one kind
    and all state something at length (`（二）…缺乏工作的主动性的原因是存在思想顾虑`): no material has two
    causes parts in a row, so they are items of one part of that kind; else None."""
    heads = best.heads
    if len(heads) < 2 or best.rank is None or best.rank < 2:
        return None
    kinds = {h.kind for h in heads}
    if len(kinds) != 1 or not kinds <= {"problems", "causes", "measures"}:
        return None
    if any(h.para.label is None or len(h.para.heading) <= STATEMENT_HEADING for h in heads):
        return None
    return heads[0].kind


def unheaded_tail(paras: list[Para], heads: list[Head]) -> list[Head]:
    """The heads, and after a problems part that is the only part found, the causes and measures parts
    that no line heads, found by the sentences that open them (`究其原因，…`, `针对上述问题，班子将…`):
    an excerpt that runs its problems, their causes and the measures in one paragraph (round r22)."""
    if not heads or any(h.kind != "problems" for h in heads):
        return heads
    last = heads[-1].para.index
    measures = headless_measures(paras, last + 1)
    causes = causes_opening(paras, last + 1, measures)
    after = [Head(position_anchor(causes), "causes", "position", False)] if causes else []
    after += [Head(position_anchor(measures), "measures", "position", False)] if measures else []
    return [*heads, *after]


def implicit_problems(paras: list[Para], skip: int, best: Reading | None) -> list[Head]:
    """The chosen headings, plus a problems part found by position when no heading names it
    (`…做如下对照检查：` then （一）…): see readings.implied_problems."""
    counted = _checklist_parts(paras, skip)
    if counted:  # (whatever reading the entries' own words made: `2、…问题仍有反弹` names no part)
        return counted
    if best is None:
        run = problems_without_parts(paras, skip)
        start = run[0] if run else headless_problems(paras, skip) or self_examination(paras, skip)
        if start is not None and not run and causes_lead_above(paras, start, skip):
            # `…有以下几个原因。` over `一是…` lines: those are causes; shortcomings above, problems
            shortcomings = any(SHORTCOMING.search(p.text) for p in paras[skip : start.index - 1])
            problems_above = [Head(position_anchor(paras[skip]), "problems", "position", False)]
            return [
                *(problems_above if shortcomings else []),
                Head(position_anchor(start), "causes", "position", False),
            ]
        if run and opens_inside(paras, skip, run):
            start = paras[skip]  # the tail of the item before: the problems part's own text
        excerpt = excerpt_items(paras, skip) if start is None else None
        if excerpt is not None and excerpt.label is not None:
            # `（五）在…方面。…`, an item quoted alone: a problems part no heading names, holding it
            return [
                Head(position_anchor(excerpt), "problems", "position", False, items_rank=excerpt.label.rank)
            ]
        if start is None:
            unnamed = _unnamed_parts(paras, skip)
            measures = None if unnamed else headless_measures(paras, skip)
            if measures:
                return [Head(position_anchor(measures), "measures", "position", False)]
            causes = None if unnamed else headless_causes(paras, skip)
            if causes:  # an essay's one paragraph of causes after its lead (`…主要归结于:`)
                return [Head(position_anchor(causes), "causes", "position", False)]
            return [*(_counted_opening(paras, skip, unnamed[0].para) if unnamed else []), *unnamed]
        inline = None if run else _counted_part_heading(start)
        problems = Head(inline, "problems", "keyword", True) if inline else None
        # (a run's opening, the tail of a cut item, is the part's text whole)
        anchor = position_anchor(start) if run else lead_anchor(start)
        problems = problems or Head(anchor, _found_kind(paras, start), "position", False)
        # `一、工作纪律的要求` above a problems list no heading names: a part of its own
        before = [h for h in _unnamed_parts(paras, skip) if h.para.start < start.start]
        cut = _cut_section(paras, skip, start, run[0].rank if run else None)
        measures = None if run else headless_measures(paras, start.index + 1)
        causes = None if run else causes_opening(paras, start.index + 1, measures)
        after = [Head(position_anchor(causes), "causes", "position", False)] if causes else []
        after += [Head(position_anchor(measures), "measures", "position", False)] if measures else []
        return [*cut, *before, problems, *after]
    major = aspect_major(paras, best)
    if major:  # each aspect a part holding its problems, causes and measures: one round per aspect
        # the rounds run problems → causes → measures again, and their numbered sub-headings start
        # again at （一）: neither is a flaw of this reading
        best.notes[:] = [n for n in best.notes if n not in ("inversions", "label-break")] + ["aspect-major"]
        return major
    alike = _alike_statements(best)
    if alike is not None:  # `(二)…的原因是…` `(三)…的原因在于…`: items of one part whose heading is cut off
        return [Head(position_anchor(best.heads[0].para), alike, "position", False, items_rank=best.rank)]
    parts = aspect_parts(best)
    if parts:  # the aspects are the parts: one problems part holding them as its items
        first = parts[0].para
        anchor = position_anchor(first)
        return [Head(anchor, "problems", "position", False, items_rank=best.rank), *best.heads[len(parts) :]]
    run = implied_problems(paras, skip, best)
    if not run:
        ranks = [h.para.label.rank for h in best.heads if h.para.label is not None]
        rank = best.rank if best.rank is not None else min(ranks, default=None)  # a mixed reading's
        first = best.heads[0].para
        cut = _cut_section(paras, skip, first, rank) or _counted_opening(paras, skip, first)
        return [*(cut or _other_parts_before(paras, skip, first)), *best.heads]
    start = paras[skip] if opens_inside(paras, skip, run, True) else run[0]
    anchor = position_anchor(start)
    return [Head(anchor, _found_kind(paras, start), "position", False), *best.heads]


_LAST_SENTENCE = re.compile(r"[^。！？!?]*$")
_SENTENCE_START = re.compile(r"(?<=[。！？!?])[ \t\u3000]*")


def lead_anchor(p: Para) -> Para:
    """Where a part found by position at paragraph `p` starts: at `p`, or — when `p` is the lead-in
    that names the list below and ends in a colon, with other sentences before it in the paragraph
    (a flattened page's repeated title, `尊敬的…：` and the preamble run into one line with
    `…我认为原因主要有以下几个方面:`) — at its last sentence: what stands before is the preamble."""
    anchor = position_anchor(p)
    if p.label is not None or not p.text.rstrip().endswith(("：", ":")):
        return anchor
    starts = [m.end() for m in _SENTENCE_START.finditer(p.text.rstrip())]
    if not starts or starts[-1] >= len(p.text.rstrip()):
        return anchor
    at = p.start + starts[-1]
    return replace(anchor, start=at, text=p.text[starts[-1] :], body_start=at, heading_end=at, rest_start=at)


def _found_kind(paras: list[Para], start: Para) -> str:
    """The kind of a part found by position: the causes when the sentence that leads into it, ending
    the paragraph just above (or opening its own) with a colon, names them (`…感到事件发生有以下几个
    原因:` over `一是认识不到位`); else the problems, which a list no heading names states."""
    lead = start if start.text.rstrip().endswith(("：", ":")) else None
    if lead is None and start.index > 0:
        above = paras[start.index - 1]
        lead = above if above.label is None and above.text.rstrip().endswith(("：", ":")) else None
    if lead is None:
        return "problems"
    sentence = _LAST_SENTENCE.search(lead.text.rstrip())
    # (`…查摆问题、剖析原因，现报告如下：` announces the whole material, not its causes)
    return "causes" if sentence and section_kind(sentence.group(0)) == "causes" else "problems"


# `第三，突出问题导向，找准存在的突出问题。…一是…`: a speech's part counted `第三，`, its heading the
# first sentence of its paragraph
# a checklist's part that counts its entries (`一、学习研讨方面（6条）`, `二、…存在的问题（共3个）`)
_ENTRIES_COUNTED = re.compile(r"[（(](?:共|计)?[\d一二三四五六七八九十]{1,3}(?:条|个|项|处)(?:问题)?[）)]$")


def _checklist_parts(paras: list[Para], skip: int) -> list[Head]:
    """A problems checklist's parts: every top-ranked heading line from `skip` on names a part and counts
    the numbered entries it holds (`一、服务群众方面存在的问题（共2个）` over `1、…` `2、…`), one part each, its
    entries the items. [] when any such line counts nothing or names no part: an aspect's line with its count
    (`一、会风文风方面(4条)`) is an item of the problems part, its entries the points (test_parse_pages)."""
    labelled = [p for p in paras[skip:] if p.label is not None and not p.label.floating]
    if not labelled:
        return []
    top = min(p.label.rank for p in labelled if p.label is not None)
    parts = [p for p in labelled if p.label is not None and p.label.rank == top]
    if not all(
        p.whole and (m := _ENTRIES_COUNTED.search(p.heading)) and section_kind(p.heading[: m.start()])
        for p in parts
    ):
        return []
    if not any(p.label is not None and p.label.rank > top for p in labelled):
        return []  # (the entries are numbered under the parts)
    return [Head(p, section_kind(p.heading) or "problems", "keyword", True) for p in parts]


_COUNTED_HEADING = re.compile(r"^第[一二三四五六七八九十]{1,3}[，,、]\s*([^。！？；;：:]{4,30}?)[。：:]")


def _counted_part_heading(p: Para) -> Para | None:
    """The paragraph that starts a problems part no line heads, when it opens with a part counted
    `第三，` whose first sentence names the problems: that paragraph with its heading, else None."""
    m = _COUNTED_HEADING.match(p.text)
    if p.label is not None or m is None or section_kind(m.group(1)) != "problems":
        return None
    return replace(
        p,
        body_start=p.start + m.start(1),
        heading_end=p.start + m.end(1),
        rest_start=p.start + m.end(),
        whole=p.start + m.end() >= p.end,
    )


def _cut_section(paras: list[Para], skip: int, before: Para, rank: int | None) -> list[Head]:
    """A cut page that opens with a section numbered one rank deeper than the parts (`(二)强化党建引领,
    提升农村治理水平` before `三、存在问题`), or at the rank of the problems that follow it with no
    heading (`(三)…` then `(一)…` `(二)…`), its own part's heading cut off: a part of its own before `before`, not preamble, found by position
    (`other` unless the line's words name a kind), the numbered line its first item."""
    first = paras[skip] if skip < len(paras) else None
    if (
        first is None
        or rank is None
        or first.start >= before.start
        or first.label is None
        or first.label.floating
        or first.label.rank < rank
        or first.label.value < 2  # `（一）` opening the text starts items, found by position
        or not first.whole
        or not 0 < len(first.heading) <= UNNAMED_PART
    ):
        return []
    # the numbered line is an item of that part (a careful reader sees the part's heading gone, not
    # a part headed `推进文明实践站点建设`): the part is found by position, its items at that rank
    kind = section_kind(first.heading)  # (`(三)在作风方面` before `四、原因分析`: the problems part)
    return [Head(position_anchor(first), kind or "other", "position", False, items_rank=first.label.rank)]


UNNAMED_PART = 30  # characters: a part's heading on a line of its own
OPENING_PART = 40  # characters: a later part's heading (`二、…`) on a page's first line
_COUNTED = re.compile(r"^第([一二三四五六七八九十]{1,3})[，,、]")


def _counted_opening(paras: list[Para], skip: int, before: Para) -> list[Head]:
    """A page that opens inside a part whose heading it cut off, at `第二，…` `第三，…` paragraphs (the
    part's items counted in words) before the first part found: that part (`other`, found by
    position), not preamble; none unless every paragraph before `before` is one of them, in sequence
    from 2 or more."""
    opening = [p for p in paras[skip:] if p.start < before.start and p.text.strip()]
    values = [parse_chinese_number(m.group(1)) if (m := _COUNTED.match(p.text)) else None for p in opening]
    if (
        len(opening) < 2
        or any(v is None for v in values)
        or (values[0] or 0) < 2
        or values != list(range(values[0] or 0, (values[0] or 0) + len(values)))
    ):
        return []
    return [Head(position_anchor(opening[0]), "other", "position", False)]


def _unnamed_parts(paras: list[Para], skip: int) -> list[Head]:
    """Parts whose headings name no kind, in a text in which nothing names a part: lines of their own
    numbered at a part's rank (`一、主题教育开展情况`, `四、活动初步成效` in a cut page) are `other`
    parts, so that their text and their `一是` items are read; none when no such line stands."""
    opening = next((p for p in paras[skip:] if p.text.strip()), None)

    def part_line(p: Para, ranks: tuple[int, ...]) -> bool:
        return (
            p.label is not None
            and p.label.rank in ranks
            and not p.label.floating
            # (`二、深入学习…的精神实质和时代内涵。` opening a page cut above it may run longer)
            and 0
            < len(p.heading)
            <= (OPENING_PART if (p is opening and p.label.value >= 2) or p.whole else UNNAMED_PART)
            # (`一、健全组织生活。我们…`: a heading run into its text is its first sentence, commas and all;
            # a line of its own may join two clauses, a lesson's `一、紧紧扭住…不放,着力解决…问题`)
            and not _CLAUSE_END.search(p.heading)
            and not TOC_LINE.search(p.text)
        )

    lines = [p for p in paras[skip:] if part_line(p, (0, 1))]
    if not lines:
        # `1.检讨书的结构和写法` on a line of its own over `(1)标题。…` items: Arabic numbers at the top
        lines = [p for p in paras[skip:] if p.whole and part_line(p, (ARABIC_RANK,))]
        if not lines or not _deeper_below(paras, lines[0]):
            return []
    heads, _ = outermost(lines)
    last = next((p for p in reversed(paras) if p.text.strip()), None)
    # `一、检` on the page's last line: the part whose name it begins (`检视出的问题`)
    cut = {id(last): cut_part_kind(last.heading)} if last is not None and last in heads else {}
    return [Head(p, cut.get(id(p)) or "other", "label", bool(cut.get(id(p)))) for p in heads]


ARABIC_RANK = 3  # `1.` `2.`
DEEPER_WITHIN = 2  # paragraphs below a part's line in which its first numbered item stands


def _deeper_below(paras: list[Para], line: Para) -> bool:
    """A numbered line of a deeper rank stands just below `line` (an intro sentence may come first)."""
    below = [p for p in paras[line.index + 1 :] if p.text.strip()][:DEEPER_WITHIN]
    rank = line.label.rank if line.label else 0
    return any(p.label is not None and not p.label.floating and p.label.rank > rank for p in below)


def _other_parts_before(paras: list[Para], skip: int, first: Para) -> list[Head]:
    """Parts numbered above the first part a reading found, naming no kind (`一、关于学校领导班子` over a
    page's `问题和不足：` line): `other` parts, not preamble. Taken only when the first part is unlabelled
    or numbered after them at their rank (`二、问题和不足`)."""
    above = [h for h in _unnamed_parts(paras, skip) if h.para.start < first.start]
    if not above or section_kind(above[0].para.heading) is not None:
        return []
    label = first.label
    rank = above[0].para.label.rank if above[0].para.label else None
    if label is not None and (label.floating or label.rank != rank):
        return []
    return above


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and line breaks."""
    while end > start and text[end - 1] in " \n\t":
        end -= 1
    while start < end and text[start] in " \n\t":
        start += 1
    return start, end


_LONE_FIRST = re.compile(r"\s*(一是)(?=[^，,。；;])")  # an item's body opening its series with 一是


def build_points(
    doc_text: str, body: list[Para], body_start: int, end: int, item_rank: int | None
) -> list[Point]:
    """Points of one item: sub-labelled paragraphs, else an inline series, else the body itself."""
    if body_start >= end:
        return []
    subs = [
        p
        for p in body
        if p.label is not None and p.start >= body_start and (item_rank is None or p.label.rank > item_rank)
    ]
    spans: list[tuple[str, int, int]] = []
    if subs and _lone_bullet(subs, body_start, doc_text):
        # `●\t一是…二是…`: a word processor's bullet before the item's one paragraph marks the
        # paragraph, no series of one: its points are what it runs inline
        body_start, subs = subs[0].body_start, []
    if subs and _list_inside_point(body, subs):
        subs = []  # `一是…反映了三方面情况：` `1.…` `2.…` `二是…`: the numbered lines are the point's own list
    if subs:
        heads, _ = outermost(subs)
        for k, p in enumerate(heads):
            stop = heads[k + 1].start if k + 1 < len(heads) else end
            run_on = inline_markers(doc_text[p.start : min(stop, p.end)])
            if len(run_on) >= 2 and run_on[0].start == 0:
                # `（1）…。（2）…。（3）…` in one paragraph: the series its label opens runs on inline
                for j, m in enumerate(run_on):
                    after = p.start + run_on[j + 1].start if j + 1 < len(run_on) else stop
                    spans.append((m.label, p.start + m.start, after))
                continue
            spans.append((p.label.text if p.label else "", p.start, stop))
    else:
        segment = doc_text[body_start:end]
        markers = inline_markers(segment)
        for k, m in enumerate(markers):
            stop = markers[k + 1].start if k + 1 < len(markers) else len(segment)
            spans.append((m.label, body_start + m.start, body_start + stop))
        lone = _LONE_FIRST.match(segment)
        if not spans and lone:  # `一是…。` alone, the item's only point: the writer's series of one
            spans.append((lone.group(1), body_start + lone.start(1), end))
        # (`…发现以下几个主要问题` over a paragraph `一是…`, the copy cut before `二是`: a lead, then the one point)
        first = next((p for p in body if body_start < p.start < end and _LONE_FIRST.match(p.text)), None)
        if not spans and first is not None:
            spans.append(("一是", first.start + len(first.text) - len(first.text.lstrip()), end))
        if not spans:
            spans.append(("", body_start, end))
    points = []
    for label, s, e in spans:
        s, e = trim_span(doc_text, s, e)
        if s >= e:
            continue
        text = doc_text[s:e]
        examples = [Example(text[a:b], s + a, s + b) for a, b in example_spans(text)]
        points.append(Point(label=label, text=text, start=s, end=e, examples=examples))
    return points


def _list_inside_point(body: list[Para], subs: list[Para]) -> bool:
    """The item's points are unlabelled `一是` paragraphs and its labelled lines a list inside one of them:
    a `一是` paragraph before the first labelled line, the line right above it ending in a colon, and
    the series going on (`二是…`) in a paragraph after the last one; or a lone numbered line among two
    `一是` paragraphs or more (a number opening a sentence, no series)."""
    first, last = subs[0], subs[-1]
    before = [p for p in body if p.label is None and p.index < first.index and INLINE_START.match(p.text)]
    after = [p for p in body if p.label is None and p.index > last.index and INLINE_START.match(p.text)]
    if len(subs) == 1 and len(before) + len(after) >= 2:
        return (
            True  # one number among `一是` `二是` paragraphs (`3.15消费者权益日…`, `（1）号文件…`): no series
        )
    if not before or not after:
        return False
    lead = body[body.index(first) - 1] if body.index(first) > 0 else None
    return lead is not None and lead.label is None and lead.text.rstrip().endswith(("：", ":"))


def _lone_bullet(subs: list[Para], body_start: int, doc_text: str) -> bool:
    """The item's body is one paragraph under a bullet glyph (`●`, `■`), nothing before it and no other
    labelled paragraph: a list style's mark, no enumeration."""
    first = subs[0]
    return (
        len(subs) == 1
        and first.label is not None
        and is_bullet(first.label.text)
        and not doc_text[body_start : first.start].strip()
    )


def _item_heads(body: list[Para], section_rank: int | None) -> tuple[list[Para], int | None, str]:
    """Paragraphs that start items, the label rank they use, and how they were found."""
    labelled = [
        p for p in body if p.label is not None and (section_rank is None or p.label.rank > section_rank)
    ]
    if not labelled and section_rank is not None:
        # parts numbered `1.` `2.` over items `（一）` `（二）`: the writer's own order of labels, the
        # items stand under the part whatever rank their glyph has elsewhere (round r22)
        labelled = [
            p
            for p in body
            if p.label is not None and not p.label.floating and 0 < p.label.rank < section_rank
        ]
    bracketed = [p for p in body if _bracketed_line(p)]
    if any(_bracketed_aspect(p) for p in bracketed):
        bracketed = []  # (`【征求意见情况】` beside `【在…方面】` lines: the aspects alone head items)
    if not bracketed:
        # a year's aspects named as what is examined, bare lines of their own (`学习贯彻党的创新理论情况`,
        # `党性修养提高情况`), two or more: they head the items as bracketed lines would (round r22)
        bracketed = [p for p in body if p.label is None and p.whole and STATE_HEAD.match(p.text.strip())]
    aspect_heads = [
        p
        for p in body
        if not INLINE_START.match(p.text)
        and (
            _bare_aspect(p.text)
            or (p.level is not None and p.whole)
            or _bracketed_aspect(p)
            or (len(bracketed) >= 2 and p in bracketed)
        )
    ]
    if labelled and _numbered_under_aspects(body, aspect_heads, labelled):
        return aspect_heads, None, "aspect"
    if labelled:
        heads, rank = outermost(labelled)
        counted = counted_over_restarts(body, heads)
        if counted:
            return counted, None, "inline"
        tail = _cut_heading(body, heads[0]) or _cut_item_points(body, heads[0])
        return ([tail] if tail else []) + heads, rank, "label"
    if aspect_heads:
        return aspect_heads, None, "aspect"
    inline = [p for p in body if INLINE_START.match(p.text)]
    if _series_over_paragraphs(inline):
        return inline[:1], None, "paragraph"
    if len(inline) >= 2 or (_lone_shi(body) and inline):
        return inline, None, "inline"
    headlines = _headline_items(body)
    if headlines:
        return headlines, None, "headline"
    plain = [
        p
        for p in body
        if p.text.strip()
        and not (p.text.rstrip().endswith(("：", ":")) and is_lead_in(p.heading, p.text))
        and not _header_row(body, p)
        # (`、电站及…`: a viewer's chunk cut the sentence above; its rest opens with a clause's mark)
        and not p.text.lstrip().startswith(_CLAUSE_MARKS)
    ]
    if _reported_series(plain):
        return plain[:1], None, "paragraph"
    rows = [p for p in plain if is_table_row(p)]
    if len(rows) >= 2:  # a text table's rows are the items; a paragraph under the table is the part's text
        return rows, None, "paragraph"
    return plain, None, "paragraph"


def _numbered_under_aspects(body: list[Para], aspects: list[Para], labelled: list[Para]) -> bool:
    """Unlabelled aspect lines (`【政治纪律方面】`, a styled `在…方面`), two or more, each over its own
    numbering that starts again at one (`（1）…（2）…`), and no number above the first: the aspect lines
    head the items, the numbers are their points."""
    if len(aspects) < 2 or any(p.label is not None for p in aspects):
        return False
    return numbering_restarts_under(aspects, labelled, body[-1].index + 1)


def _bracketed_aspect(p: Para) -> bool:
    """A line of its own set in `【】` naming an aspect (`【在带头固本培元、增强党性方面】`): it heads the
    item whose text stands in the paragraphs under it, as a styled aspect line does."""
    if p.label is not None or not p.whole or not p.text.startswith("【"):
        return False
    aspect = _bare_aspect(p.heading)
    return aspect is not None and aspect.end() == len(p.heading)


BRACKETED_ITEM = 40  # characters inside a `【】` item heading on a line of its own


def _bracketed_line(p: Para) -> bool:
    """A line of its own set in `【】` with an item's heading inside (`【执行组织纪律有松懈现象】`, `【压实责任】`),
    never a page's piece number (`【第一篇】`): two or more in a part head its items, as `（一）` would."""
    line = p.text.strip()
    return (
        p.label is None
        and p.whole
        and line.startswith("【")
        and line.endswith("】")
        and line.count("【") == 1
        and 2 <= len(line) - 2 <= BRACKETED_ITEM
        and "。" not in line
        and not _PIECE_NUMBER_TAG.match(line)
    )


def _series_over_paragraphs(inline: list[Para]) -> bool:
    """One `一是…二是…三是…` series run inline in a paragraph and carried on in the next (`四是…`): the
    part's points, no item headings; a paragraph per item holds at most a series of its own that starts
    again at 一是."""
    if len(inline) < 2:
        return False
    first = inline_markers(inline[0].text)
    if len(first) < 2 or first[0].start != 0 or not first[0].label.endswith("是"):
        return False
    count = len(first)
    for p in inline[1:]:
        opening = INLINE_START.match(p.text)
        if opening is None or not opening.group(0).endswith("是"):
            return False
        if parse_chinese_number(opening.group(0)[:-1]) != count + 1:
            return False
        count += max(1, len(inline_markers(p.text)))
    return True


_CLAUSE_MARKS = ("、", "，", ",", "；", ";", "。", "：", ":")
HEADLINE_ITEM = 24  # characters: an unnumbered item heading on a line of its own is short


def _headline_items(body: list[Para]) -> list[Para] | None:
    """Unnumbered item headings, each a short line of its own with no sentence mark (`政治站位不够高`),
    each followed by its paragraph of text, the first opening the part: the lines head the items and
    the paragraphs under them are their text (not items of their own). None for any other shape."""
    texts = [p for p in body if p.text.strip()]

    def is_head(p: Para) -> bool:
        line = p.text.strip()
        return (
            p.label is None
            and len(line) <= HEADLINE_ITEM
            and not _SENTENCE_MARK.search(line)
            and not line.endswith(("。", "！", "？"))
            and INLINE_START.match(line) is None
        )

    flags = [is_head(p) for p in texts]
    if len(texts) < 4 or not flags[0] or flags[-1] or sum(flags) < 2:
        return None
    if any(a and b for a, b in zip(flags, flags[1:])):
        return None  # two short lines in a row: not one heading over one paragraph each
    if not all(
        p.text.rstrip().endswith(("。", "！", "？", "；", ";")) for p, f in zip(texts, flags) if not f
    ):
        return None
    return [p for p, f in zip(texts, flags) if f]


def _reported_series(plain: list[Para]) -> bool:
    """A paragraph that runs the points (a report's: `会上，…作对照检查。…还存在一些差距：一是…；
    二是…`), then paragraphs that run none and open with no point (`随后，党员们逐一发言…`): one
    body of text, no items (a news page of a meeting)."""
    if len(plain) < 2 or len(inline_markers(plain[0].text)) < 2:
        return False
    return not any(INLINE_START.match(p.text) or inline_markers(p.text) for p in plain[1:])


def _cut_heading(body: list[Para], first: Para) -> Para | None:
    """The tail of a cut item heading on the page's first line (`度不够,民警纪律意识不强`), its `一是`
    points under it, before items numbered from 2 or more (`（五）…`): that item, its label cut off."""
    before = [p for p in body if p.start < first.start and p.text.strip()]
    if (
        first.label is None
        or first.label.value < 2
        or len(before) < 2
        or any(p.label is not None for p in before)
    ):
        return None
    line = before[0]
    return (
        line
        if line.whole
        and len(line.heading) <= MAX_CUT_HEADING
        and not line.text.rstrip().endswith(("。", "：", ":", "；", ";"))
        and INLINE_START.match(before[1].text) is not None
        else None
    )


MAX_CUT_HEADING = 30  # characters: the tail of a heading, on a line of its own


def _cut_item_points(body: list[Para], first: Para) -> Para | None:
    """A page that opens inside an item, its heading cut off: `一是…` `二是…` paragraphs (a series in
    sequence, nothing else) before items numbered from 2 or more (`（二）在…方面`) are that item's points —
    an item found by position, with no heading (a line of text above them stays the part's text)."""
    before = [p for p in body if p.start < first.start and p.text.strip()]
    if first.label is None or first.label.value < 2 or len(before) < 2:
        return None
    run = shi_run(before)
    # the series runs up to the first numbered item; a line of text above it stays the part's text
    if run is None or run != before[len(before) - len(run) :] or any(p.label for p in before):
        return None
    return position_anchor(run[0])


def _header_row(body: list[Para], p: Para) -> bool:
    """The first row of a table copied as text (`| 项目 | 现状描述 | … |`), with rows under it: the
    table's header, no item."""
    k = body.index(p)
    return (
        is_table_row(p)
        and (k == 0 or not is_table_row(body[k - 1]))
        and k + 1 < len(body)
        and is_table_row(body[k + 1])
    )


def _lone_shi(body: list[Para]) -> bool:
    """The part's only paragraph (under its lead-in, if any) opens with `一是` and runs no series
    (`一是树牢…意识。不断加强`, a page cut after it): the first of its items, headed as the others
    would be."""
    texts = [p for p in body if p.text.strip()]
    if len(texts) == 2 and texts[0].label is None and INLINE_START.match(texts[0].text) is None:
        # under the part's lead-in (`…主要表现在:`, or a paragraph of reflection that leads into the
        # list, `…必须刀刃向内、深挖根源。`)
        texts = texts[1:]
    return len(texts) == 1 and texts[0].text.startswith("一是") and len(inline_markers(texts[0].text)) < 2


SERIES_LEAD = 12  # characters of a lead-in clause (`究其原因，`) a series may follow


def _series_at_start(text: str) -> bool:
    """The paragraph is an inline series (一是…二是…), at its very start or after a short lead-in
    clause (`究其原因，一是…`)."""
    markers = inline_markers(text)
    if not markers:
        return False
    lead = text[: markers[0].start]
    if lead.endswith(("：", ":")) and "。" not in lead and is_lead_in(lead.rstrip("：:"), lead):
        return True  # `…根源主要有三点：一是…；二是…`: a lead-in sentence, then the series
    return not lead or (
        len(lead) <= SERIES_LEAD and lead.endswith(("，", ",", "：", ":")) and "。" not in lead
    )


ITEM_BY = {
    "label": "label",
    "aspect": "keyword",
    "inline": "keyword",
    "headline": "keyword",
    "paragraph": "position",
}


def build_items(doc_text: str, body: list[Para], section_rank: int | None, end: int, kind: str) -> list[Item]:
    heads, rank, how = _item_heads(body, section_rank)
    if how in ("paragraph", "aspect", "headline") and kind == "other":
        # prose, such as last year's rectification, has no items — though a paragraph of it may open
        # like an aspect (`在2022年度民主生活会上，我查摆出…`)
        return []
    items = []
    for k, head in enumerate(heads):
        stop = heads[k + 1].start if k + 1 < len(heads) else end
        members = [p for p in body if head.start <= p.start < stop]
        label = head.label.text if head.label else ""
        h_start, h_end = head.body_start, head.heading_end
        item_start = head.start
        rest = head.rest_start
        if how == "aspect" and head.label is None:
            m = _bare_aspect(head.text)
            if m and not head.whole and head.start + m.end() >= head.heading_end:
                h_end = head.start + m.end()
                rest = h_end
                while rest < head.end and doc_text[rest] in "：:。，, ":
                    rest += 1
        elif how == "inline" and (marker := INLINE_START.match(head.text)):  # it always matches here
            label = marker.group(0).rstrip("，,、：:")
            h_start = head.start + len(label)
            while h_start < head.end and doc_text[h_start] in "，,、：: ":
                h_start += 1
            h_end = max(h_start, head.heading_end)
            aspect = _ASPECT_AFTER_MARKER.match(doc_text[h_start : head.end])
            if aspect:  # 一是在…方面，text: the aspect phrase is the heading, the text its point
                h_end = h_start + aspect.end()
                rest = h_end  # (not after the first sentence: that is the point's own text)
                while rest < head.end and doc_text[rest] in "：:。，, ":
                    rest += 1
        elif how == "paragraph" and k == 0 and len(heads) > 1 and h_start == h_end == head.start:
            # the text after a part heading run into its paragraph, announcing the items and giving
            # the first right after its colon (`…可以总结为五个方面:最基本的是…。…`), the others one a
            # paragraph, each headed by its first sentence: the first item starts after the colon
            first = _FIRST_AFTER_COLON.search(head.text)
            if first:
                h_start = item_start = head.start + first.start(1)
                h_end = head.start + first.end(1)
                rest = h_end
        elif how == "paragraph" and (
            _series_at_start(head.text) or (len(heads) == 1 and inline_markers(head.text))
        ):
            # 一是…。二是…。 in one paragraph, or the part's only paragraph running its points after an
            # opening sentence (`今后我将…逐项抓好整改。一是…；二是…`): points, no heading
            h_start = h_end = rest = head.start
        heading = doc_text[h_start:h_end].rstrip(_TRAILING)
        h_end = h_start + len(heading)
        item_end = trim_span(doc_text, head.start, stop)[1]
        points = build_points(doc_text, members, rest, item_end, rank if how == "label" else None)
        by = "style" if head.level is not None and how != "label" else ITEM_BY[how]
        if how == "label" and head.label is None:
            by = "position"  # the tail of a cut heading (`_cut_heading`)
        items.append(
            Item(
                label=label,
                heading=heading,
                heading_start=h_start,
                heading_end=h_end,
                start=item_start,
                end=item_end,
                points=points,
                by=by,
            )
        )
    if how == "paragraph":
        # the part's own text, which a reader sees as no item: points run in one paragraph
        # (`一是…二是…`, no heading), or the part's one plain paragraph headed by its first sentence;
        # held as an item so that the rules, drafts and ledgers read it (`TEXT_ITEM`)
        lone = len(items) == 1 and items[0].by == "position"
        for item in items:
            if not item.heading or lone:
                item.by = TEXT_ITEM
    return items


_FIRST_AFTER_COLON = re.compile(r"[：:]\s*([^。！？；;：:，,]{4,30})[。；;]")


def _block_item(doc_text: str, block: Para, body: list[Para], end: int) -> Item:
    """The one item of an aspect part: its problems sub-heading (`【存在问题】`) and what follows."""
    members = [p for p in body if p.start >= block.start]
    item_end = trim_span(doc_text, block.start, end)[1]
    return Item(
        label=block.label.text if block.label else "",
        heading=block.heading,
        heading_start=block.body_start,
        heading_end=block.heading_end,
        start=block.start,
        end=item_end,
        points=build_points(doc_text, members, block.rest_start, item_end, block.rank),
        by="keyword",
    )


# the lines that close a material: a closing formula, the signature, the date
_CLOSING = re.compile(
    r"批评指正|批评帮助|敬请|谢谢大家|(?:请|望|恳请)[^。，,]{0,6}(?:指点|斧正|赐教)|^以上(?:是|为|就是)?(?:我|本人|班子)?(?:的)?(?:个人)?"
    r"(?:发言|对照检查|检视|汇报|剖析|材料)"
)
# a work bulletin's lines after the material: who compiled it, the next issue, where it goes, the copies
# (and a compiler's note or an ellipsis below an excerpt: `（编者注：…有删节。）`, `……`)
_BULLETIN_TAIL = re.compile(
    r"^[（(][^（）()。]{2,20}\s*(?:整理|供稿|摘编|编辑)[）)]$|^下期预告[：:]|^(?:报|送|发|抄送|抄报)[：:]|共印\s*\d+\s*份[）)]?$|"
    r"^[（(【\[]?(?:编者注|编者按|编后语|编后)[：:][^（）()]{0,80}[）)】\]]?$|^[…\.。·]{2,}$"
)
_CREDITS = re.compile(r"^[（(【\[]?\s*(?:责任编辑|编辑|审核|校对|来源|供稿|撰稿|通讯员)\s*[：:][^。]{0,40}$")
_DATE_LINE = re.compile(r"^[（(]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]?$")
CLOSING_LINE = 40  # characters: a closing formula is one short sentence
SIGNATURE_LINE = 25  # characters: a name, a post, a unit on a line of its own


_END_MARK = re.compile(r"^[-—－_=~·\s]*(?:END|End|end|THE END|全文完|正文完|[（(]完[)）])[-—－_=~·\s]*$")


# a forum reply's header: its floor (`2楼`, `#3`, `3#`, `沙发`, `板凳`, `地板`) by the poster's name and the time
_REPLY_FLOOR = re.compile(r"(?:^|\s)(?:\d{1,4}\s*楼|#\d{1,4}|\d{1,4}#|沙发|板凳|地板)(?=\s|$)")
REPLY_LINE = 40  # characters: a reply's header is a short line


def _first_reply(paras: list[Para]) -> int | None:
    """The first reply's header under a thread's material (`2楼  物业老兵  2026-01-10 09:12`): below the
    material's first numbered heading, a short unlabelled line naming a floor; it and what follows are
    the thread's, no part of the material."""
    body = next((k for k, p in enumerate(paras) if p.label is not None and not p.label.floating), None)
    if body is None:
        return None
    return next(
        (
            k
            for k in range(body + 1, len(paras))
            if paras[k].label is None
            and len(paras[k].text.strip()) <= REPLY_LINE
            and "。" not in paras[k].text
            and _REPLY_FLOOR.search(paras[k].text.strip())
        ),
        None,
    )


# a site's list of other articles under the text (`往期推荐`, `相关阅读：`, `猜你喜欢`): it and the links under it
# are the page's, however they are marked (`▶`, `●`, `1.`)
_SITE_LIST = re.compile(
    r"^[【\[]?(?:往期(?:推荐|回顾|精选|阅读)|(?:相关|推荐|延伸|更多|热门|精彩)(?:阅读|推荐|文章|链接|新闻|报道)|猜你喜欢|"
    r"相关(?:文档|资料|范文))[】\]]?\s*[：:]?$"
)


def _site_list(paras: list[Para]) -> int | None:
    """The line that opens a site's list of links below the material's first numbered heading."""
    body = next((k for k, p in enumerate(paras) if p.label is not None and not p.label.floating), None)
    if body is None:
        return None
    return next(
        (
            k
            for k in range(body + 1, len(paras))
            if paras[k].label is None and _SITE_LIST.match(paras[k].text.strip())
        ),
        None,
    )


# a report announcing the excerpt it quotes (`以下为郭某同志对照检查发言的部分内容（有删节）：`, `下面是…摘要`)
_EXCERPT_ANNOUNCED = re.compile(
    r"^(?:以下|下面)(?:为|是)[^。！？]{2,40}?(?:部分内容|内容摘要|摘要|节选|摘编|摘登|要点)|[（(](?:有删节|节选|摘要|摘编)[)）][：:]?$"
)
# the reporter's voice again after the excerpt: who spoke next and what the meeting heard (`罗某在点评时指出，…`,
# `会议强调，…`, `最后，某某作总结讲话`)
_REPORT_VOICE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}?在(?:点评|讲话|总结|会上)[^，,。]{0,6}?(?:指出|强调|要求|表示|认为)|"
    r"会议(?:指出|强调|要求|认为|号召)|最后，[^。，,]{2,16}(?:作|进行)(?:了)?(?:总结|点评))"
)


def _report_resumes(paras: list[Para]) -> int | None:
    """The paragraph at which a report that quoted an excerpt (`以下为…的部分内容（有删节）：`) speaks again
    in its own voice (`罗某在点评时指出，…`, `会议强调，…`): the excerpt ends there, what follows is the
    report's and its page's, no part's."""
    lead = next(
        (k for k, p in enumerate(paras) if p.label is None and _EXCERPT_ANNOUNCED.search(p.text.strip())),
        None,
    )
    if lead is None:
        return None
    return next(
        (
            k
            for k in range(lead + 2, len(paras))
            if paras[k].label is None and _REPORT_VOICE.match(paras[k].text)
        ),
        None,
    )


def _links_after_closing(paras: list[Para]) -> int | None:
    """Glyph-marked lines below the closing formula (`以上…请同志们批评指正。`), short and with no sentence:
    a site's links (its list's name may be gone), no item's points; the first of them."""
    formula = next(
        (
            k
            for k in range(len(paras) - 1, 0, -1)
            if paras[k].label is None
            and len(paras[k].text.strip()) <= CLOSING_LINE
            and _CLOSING.search(paras[k].text.strip())
        ),
        None,
    )
    if formula is None:
        return None
    run = [k for k in range(formula + 1, len(paras)) if paras[k].label is not None]
    links = all(
        (lb := paras[k].label) is not None
        and lb.floating
        and "。" not in paras[k].text
        and len(paras[k].text.strip()) <= FURNITURE_LINE
        for k in run
    )
    return run[0] if run and links else None


def closing_start(paras: list[Para], text_len: int) -> int:
    """Where the material's closing lines start (`请同志们批评指正。`, the signature, the date), or
    the end of the text: they belong to no part and no item."""
    start = paras[-1].end if paras else text_len  # (a site's lines after the text are no paragraph)
    mark = next((k for k, p in enumerate(paras) if k and _END_MARK.match(p.text.strip())), None)
    if mark is None:
        mark = _first_reply(paras)
    for links in (_site_list(paras), _links_after_closing(paras), _report_resumes(paras)):
        if links is not None and (mark is None or links < mark):
            mark = links
    if mark is not None:  # `-END-`: an article's end mark; what follows is the site's (往期推荐, 阅读)
        start, paras = paras[mark].start, paras[:mark]
    notes = _notes_after_closing(paras)
    if (
        notes is not None
    ):  # `备注：` `1. 发言控制在10分钟以内；` below the closing formula: the writer's notes
        start, paras = paras[notes].start, paras[:notes]
    seen_formula = False
    for p in reversed(paras):
        t = p.text.strip()
        if p.label is not None:
            break
        if len(t) <= FURNITURE_LINE and "。" not in t and _FURNITURE.search(t):
            start = p.start  # the page's furniture after the text (`（未完，全文共…字）`, `下载文档`)
        elif _BULLETIN_TAIL.search(t):
            start = p.start  # a bulletin's lines after the text (`下期预告：…`, `报：…`, `（共印15份）`)
        elif _DATE_LINE.match(t) or _CREDITS.match(t):
            start = p.start  # (`（编辑：…  审核：…）`: a news page's credits)
        elif len(t) <= CLOSING_LINE and _CLOSING.search(t):
            start, seen_formula = p.start, True
        elif (
            len(t) <= SIGNATURE_LINE
            and not seen_formula
            and INLINE_START.match(t) is None  # `一是基层组织建设经费`, cut: a point, never a signature
            and (not re.search(r"[。，；：,;:！？]", t) or NAMED_SIGNATURE.match(t))
        ):
            start = p.start  # a signature line, below the closing formula
        else:
            break
    return start


_NOTES_LINE = re.compile(r"^(?:备注|附注|注|说明|提示)\s*[：:]$")
NOTES_AFTER_CLOSING = 3  # paragraphs: a notes line this close below the closing formula


def _notes_after_closing(paras: list[Para]) -> int | None:
    """A notes line standing alone (`备注：`) right below the closing formula, only labelled lines under
    it to the end: the writer's notes on the speech (its length, what to bring), no item's points."""
    for k in range(len(paras) - 2, 0, -1):
        if not _NOTES_LINE.match(paras[k].text.strip()):
            continue
        rest = [q for q in paras[k + 1 :] if q.text.strip()]
        above = paras[max(0, k - NOTES_AFTER_CLOSING) : k]
        if rest and all(q.label is not None for q in rest) and any(_CLOSING.search(q.text) for q in above):
            return k
        return None
    return None


def _lead_into_series(p: Para) -> bool:
    """An unlabelled paragraph whose first clause is a lead-in running into its series (`产生以上问题的
    原因主要有：一是…二是…`): the part's intro, as a whole lead-in sentence is."""
    rest = p.text[p.rest_start - p.start :]
    return (
        p.label is None
        and not p.whole
        and is_lead_in(p.heading, p.text)
        and bool(inline_markers(rest))
        and _series_at_start(rest)
    )


_ANSWER_KINDS = ("problems", "causes", "measures")
_RAN_INTO = re.compile(r"[，,]")  # a lead-in sentence's clauses, never a part's name (`差距和不足：`)


def fold_repeated_kinds(heads: list[Head], paras: list[Para]) -> list[Head]:
    """No material answers one question in two parts in a row: an unnumbered line naming the same kind
    as the part it stands in (`存在问题`, `问题表现：`, `具体措施：`, `整改目标：` between its `（一）` and `（二）`)
    is that part's text, not a new part. When the part above is a lead-in sentence with nothing under it
    (`…根源在于以下几个方面：` right over `原因剖析`), the lower line heads the part."""
    kept: list[Head] = []
    for h in heads:
        prev = kept[-1] if kept else None
        if prev is not None and h.named and _bare_lead_in(prev, h, paras):
            kept[-1] = (
                h  # `针对上述问题，班子进行了深刻反思：` right over `原因剖析`: the lower line heads the part
            )
            continue
        if prev is not None and _lead_in_under(prev, h, paras):
            continue  # `【问题产生的原因】` over `产生以上问题的原因主要是：…；…。`: the part's text (round r27)
        if (
            prev is None
            or h.kind != prev.kind
            or h.kind not in _ANSWER_KINDS
            or h.para.label is not None
            or h.block is not None
            or prev.block is not None
        ):
            kept.append(h)
            continue
        between = [p for p in paras if prev.para.end <= p.start < h.para.start and p.text.strip()]
        if not between:
            if prev.para.whole and prev.para.label is None and _RAN_INTO.search(prev.para.text.strip()):
                kept[-1] = h  # the line above was a lead-in over the heading
            else:
                kept.append(h)  # (one part's name written twice in a row: as the page wrote it)
        elif not _numbering_goes_on(between, h, paras):
            kept.append(h)  # (a heading whose items start again at one: a part, whatever stands above)
    return kept


def _lead_in_under(prev: Head, h: Head, paras: list[Para]) -> bool:
    """An unnumbered lead-in run into its paragraph (`产生以上问题的原因主要是：…；…。`, `…主要表现在：…`) right
    under a part's heading line with nothing between: that part's text, whatever kind its words name."""
    return (
        prev.kind in _ANSWER_KINDS
        and prev.named  # (a heading that names its part, never a problem found by position: `四是…存在…现象。`)
        and prev.para.whole
        and not prev.para.text.rstrip().endswith(_SENTENCE_ENDS)
        and prev.block is None
        and h.para.label is None
        and not h.para.whole
        and h.block is None
        and is_lead_in(h.para.heading, h.para.text)
        and not any(p.text.strip() for p in paras if prev.para.end <= p.start < h.para.start)
    )


def _numbering_goes_on(between: list[Para], h: Head, paras: list[Para]) -> bool:
    """The items numbered above the line go on under it (`（一）…` above, `（二）…` below): the line stands
    inside the part."""
    above = [p for p in between if p.label is not None]
    below = next((p for p in paras[h.para.index + 1 :] if p.label is not None), None)
    if not above or below is None or below.label is None:
        return False
    last = next(
        (p for p in reversed(above) if p.label is not None and p.label.rank == below.label.rank), None
    )
    return last is not None and last.label is not None and below.label.value == last.label.value + 1


def _bare_lead_in(prev: Head, h: Head, paras: list[Para]) -> bool:
    """The part above is one unnumbered lead-in sentence ending in a colon, with nothing under it before
    the next part's named heading."""
    line = prev.para.text.strip()
    return (
        prev.para.label is None
        and prev.para.whole
        and prev.block is None
        and line.endswith(("：", ":"))
        and ("，" in line or "," in line or len(line) > UNNAMED_PART)  # a sentence, no part's name
        and not any(prev.para.end <= p.start < h.para.start and p.text.strip() for p in paras)
    )


def build_sections(
    document: Document, paras: list[Para], heads: list[Head], rank: int | None
) -> list[Section]:
    text = document.text
    sections = []
    body_end = closing_start(paras, len(text))
    heads = fold_repeated_kinds(heads, paras)
    for k, h in enumerate(heads):
        head = h.para
        stop = heads[k + 1].para.start if k + 1 < len(heads) else max(body_end, head.end)
        end = trim_span(text, head.start, stop)[1]
        body = [
            p for p in paras if head.start < p.start < stop or (h.by == "position" and p.start == head.start)
        ]
        inside = next((p for p in paras if p.start < head.start < p.end), None)
        if h.by == "position" and inside is not None:  # a lead-in sentence closing a preamble paragraph
            body.insert(0, _para(inside.index, head.start, text[head.start : inside.end], inside.level))
        if not head.whole:  # the section heading is the first sentence of a paragraph
            rest = Para(
                head.index,
                head.rest_start,
                head.end,
                text[head.rest_start : head.end],
                None,
                None,
                head.rest_start,
                head.rest_start,
                head.rest_start,
                False,
            )
            body.insert(0, rest)
        section_rank = rank if h.items_rank is None else h.items_rank - 1
        if h.block is not None:  # an aspect part's `【存在问题】`: its one item, under the aspect
            items = [_block_item(text, h.block, body, end)]
        else:
            items = build_items(text, body, section_rank, end, h.kind) if body else []
        heading, h_start, h_end = unspaced(head.heading), head.body_start, head.heading_end
        kind = h.kind
        if kind in ANSWERS and is_merged(heading) and items:  # `原因剖析及整改措施`: by what its items hold
            kind = merged_kind([i.heading for i in items], [text[i.heading_end : i.end] for i in items])
        if h.by != "position" and (is_intro_sentence(head) or _lead_into_series(head)):
            heading, h_start, h_end = "", head.start, head.start  # the part's intro, not its heading
        elif head.label is not None and (name := fused_name(heading)):
            heading, h_end = heading[:name], h_start + name  # `一、存在的问题通过…，我…`: the name only
        sections.append(
            Section(
                kind=kind,
                label=head.label.text if head.label else "",
                heading=heading,
                heading_start=h_start,
                heading_end=h_end,
                start=head.start,
                end=end,
                items=items,
                by=h.by,
            )
        )
    _cut_last_part(sections)
    return sections


_NEXT_KIND = {"problems": "causes", "causes": "measures"}


def _cut_last_part(sections: list[Section]) -> None:
    """A page cut right after its last part's heading began (`三、整`, then nothing or the site's
    `（未完…）`): that part is the one its first characters begin to name, or else the one that comes
    next in the material's order (measures after causes), with no items."""
    if len(sections) < 2:
        return
    last = sections[-1]
    if last.kind != "other" or len(last.heading) > CUT_NAME or section_kind(last.heading) is not None:
        return
    before = next((s.kind for s in reversed(sections[:-1]) if s.kind != "other"), None)
    # (the name's first characters say it whatever stands below; the order only for an empty part)
    empty = not last.items and last.end <= last.heading_end
    kind = cut_part_kind(last.heading) or (_NEXT_KIND.get(before or "") if empty else None)
    if kind is not None and (before is None or kind != before):
        last.kind = kind
