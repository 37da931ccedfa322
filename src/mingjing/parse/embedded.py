"""Headings run into one line: a one-paragraph excerpt (`…如下。一、存在的问题（一）在…方面。…二、…`)
or a title with the first heading and item on its line. The parser reads such a paragraph as the
paragraphs it stands for: spans split where a numbering label of a part or an item starts.

A label is only taken inside a paragraph when it is believable there: after the end of a sentence
or a space, or — for `（一）` — right after a heading; and only when its value continues a series
(一、 then 二、, （一） then （二）) or it opens a part whose words name one (`一、存在的问题`).
An Arabic `1、` / `1.` is taken only as the first item right after a part heading on the same line
(`一、存在的主要问题 : 1、政治思想意识不够强。…`), after a space or a colon, and the labels that
continue it after the end of a sentence. A part heading with its first item `（一）` right after it
(`一、存在的问题(一)村级…`) is cut there, however short the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from mingjing.parse.labels import NAMED_RANK, match_bullet, match_label
from mingjing.parse.sections import PINYIN_GLOSS, section_kind

MIN_LENGTH = 40  # paragraphs shorter than this are never split
_START = re.compile(
    r"第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][-－一二三四五六七八九十]+[）)]"
    r"|(?<![\d.．])\d{1,2}[、.．]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[（(]\d{1,2}[）)]"
)
_FLATTENED = re.compile(r"[。！？；;][ \u3000]+$")
_FLAT_JOIN = re.compile(rf"[。！？；;][ \u3000]+(?={_START.pattern})")  # `…。 三、…`: a join, then a label
_BOUNDARY = "。！？；;!? \u3000"
_ARABIC_BOUNDARY = _BOUNDARY + "：:"
ARABIC = 3  # rank of 1、 / 1. (mingjing.parse.labels)
PAREN_DIGIT = 4  # rank of （1）: inside a paragraph only an item of a part cut in it (`split_series`)
CIRCLED = 5  # rank of ①②③: taken inside a paragraph only to go on with a series the paragraph opens
MAX_HEADING = 20
_NUMERALS = "一二三四五六七八九十"


def _candidates(text: str) -> list[tuple[int, int, int]]:
    """(offset, rank, value) of each label that could start a piece, in order."""
    out = []
    for m in _START.finditer(text, 1):
        at = m.start()
        before = text[at - 1]
        if before == "第" or before in _NUMERALS:
            continue  # 第（一）项, or the middle of a longer numeral
        label = match_label(text[at:])
        if label is None or (label.rank > ARABIC and label.rank not in (CIRCLED, PAREN_DIGIT)):
            continue
        if label.rank == CIRCLED and before not in _BOUNDARY:
            continue  # ② inside a sentence
        if label.rank < 2 and before not in _BOUNDARY:
            continue  # 一、 inside a sentence is a list of words, not a heading
        if label.rank == ARABIC and before not in _ARABIC_BOUNDARY and not _part_name_before(text, at):
            continue  # 3、 inside a sentence counts things (`一、存在的问题1.…`: the part's first item)
        out.append((at, label.rank, label.value))
    return out


# a part's label and name right before a number, no mark between (`…。一、存在的问题1.学习…`, a copy run into
# one paragraph that lost its spaces)
_PART_NAME_BEFORE = re.compile(
    r"(?:^|[。！？；;\s])(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)\s*([^。：:；;，,（(\s\d]{2,20})$"
)


def _part_name_before(text: str, at: int) -> bool:
    m = _PART_NAME_BEFORE.search(text, max(0, at - 64), at)  # a match is short: no scan of the whole text
    return m is not None and section_kind(m.group(1)) in ("problems", "causes", "measures")


# the words of a heading after its label: up to a mark, a bracket or the next number (`存在的问题1.学习…`)
_HEAD_END = re.compile(r"[。：:；;，,（(\s]|\d{1,2}[、.．](?!\d)")
CORE = ("problems", "causes", "measures")
_PART_SENTENCE = re.compile(r"[。！？；;!?]")


def _arabic_parts(text: str, found: list[tuple[int, int, int]]) -> set[int]:
    """Offsets of `1.` labels that head parts in a one-paragraph copy (`…如下。1.存在的问题（1）…。2.整改措施
    （1）…`): after a sentence's end, a lead's colon (`…报告如下：1、存在的问题：(1)…`) or at the start, each naming a core part, counted 1, 2, … in order, two
    parts of different kinds at least — a numbered list of part names, never a sentence's count of things."""
    named = []
    for at, rank, value in found:
        if rank != ARABIC or (at and text[at - 1] not in _ARABIC_BOUNDARY):
            continue
        label = match_label(text[at:])
        if label is None:
            continue
        head = _HEAD_END.split(text[at + label.end :].lstrip(), maxsplit=1)[0]
        kind = section_kind(head) if len(head) <= MAX_HEADING else None
        if kind in CORE:
            named.append((at, value, kind))
    run = [n for k, n in enumerate(named) if n[1] == k + 1]  # 1, 2, 3 … from the first
    if len(run) < 2 or len({kind for _, _, kind in run}) < 2:
        return set()
    # (each part holds sentences up to the next: a one-line contents, `目录：1.存在的问题 2.原因分析 3.…`, holds none)
    bounds = [at for at, _, _ in run] + [len(text)]
    if not all(_PART_SENTENCE.search(text, a, b) for a, b in zip(bounds, bounds[1:])):
        return set()
    return {at for at, _, _ in run}


NAMED_PART = -10  # a candidate that is a part named inline with no label (`存在问题：`): cut as `一、`
# a part's name after a sentence's end, then a colon and the first label of its list (`…报告如下。存在
# 问题：1、…`, `…。整改措施：（一）…`, `…。原因分析：一是…`)
_NAMED_INLINE = re.compile(
    r"(?<=[。！？；;])\s*([\u4e00-\u9fff]{2,12})[：:]\s*(?=[（(]?[一1][）)、.．]|一是)"
)


def _named_parts(text: str) -> list[int]:
    """Offsets of parts named inline with no label (see `_NAMED_INLINE`): the name must name a core
    part (problems, causes, measures)."""
    return [
        m.start(1)
        for m in _NAMED_INLINE.finditer(text)
        if section_kind(m.group(1)) in ("problems", "causes", "measures")
    ]


_PART_THEN_ITEM = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)\s*([^。：:；;，,（(\s]{2,20})\s*(?=[（(]一[）)])"
)


# a part heading with its first aspect item on its line, no mark between (`一、存在的主要问题在思想作风上:`,
# `一、存在问题关于学习方面：…`): the part's name ends at 问题/不足/差距, the aspect phrase ends at a colon
_PART_THEN_ASPECT = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)\s*"
    rf"((?:[^。：:；;，,（(\s]|{PINYIN_GLOSS.pattern}){{0,8}}(?:问|不|差|短)(?:{PINYIN_GLOSS.pattern})?(?:题|足|距|板))\s*"
    rf"(?=(?:在|关于)(?:[^。：:；;，,“”]|{PINYIN_GLOSS.pattern}){{1,14}}(?:上|方面)\s*[:：]|[^。：:；;，,“”]{{2,16}}方面\s*[:：])"
)


def split_points(text: str) -> list[int]:
    """Offsets (relative to the paragraph) where an embedded heading starts a new piece."""
    return split_series(text, {})[0]


def split_series(
    text: str, carried: dict[int, int], resumed: bool = False
) -> tuple[list[int], dict[int, int]]:
    """`split_points`, going on with the series of the paragraph before (`carried`: rank → the last
    value taken there) when the paragraph continues it (a viewer's page cut mid-sentence); also
    returns the series' state at its end. `resumed`: the text opens a page inside a viewer's chunk,
    its series cut off above it — a label after a sentence's end, followed by the next value, takes
    the series up at any value (`…。(三)…。(四)…`)."""
    aspect = None if carried else _PART_THEN_ASPECT.match(text)
    if aspect and section_kind(aspect.group(1)) == "problems":
        rest, last = split_series(text[aspect.end() :], {})
        return [aspect.end(), *(aspect.end() + at for at in rest)], last
    if len(text) < MIN_LENGTH and not carried and not _FLAT_JOIN.search(text):
        # `一、存在的问题(一)村级党支部活动阵地缺乏。`: a part heading and its first item, however short
        # (a short line that a page joined after a sentence's end and a space, `…淡化。 三、整改措施 （一）…`,
        # is read as any flattened line)
        m = _PART_THEN_ITEM.match(text)
        return ([m.end()] if m and section_kind(m.group(1)) is not None else []), {}
    first = match_label(text)
    named = [] if first is not None and first.rank >= 2 else _named_parts(text)
    found = sorted(_candidates(text) + [(at, NAMED_PART, 0) for at in named])
    if not found:
        return [], dict(carried)
    last = dict(carried)  # rank → last accepted value
    if first is not None:
        last[first.rank] = first.value
    cuts: list[tuple[int, int]] = []
    values_by_rank: dict[int, list[int]] = {}
    for _, rank, value in found:
        values_by_rank.setdefault(rank, []).append(value)
    arabic_parts = _arabic_parts(text, [(0, first.rank, first.value)] + found if first else found)
    for at, rank, value in found:
        if rank == NAMED_PART:  # `…如下。存在问题：1、…`: a part named inline, its list after the colon
            cuts.append((at, 1))
            last = {r: v for r, v in last.items() if r < 1}
            continue
        if at in arabic_parts:  # `…。2.整改措施（1）…`: a numbered part of a one-paragraph copy
            cuts.append((at, 1))
            last = {r: v for r, v in last.items() if r < 1}
            continue
        body = text[at:]
        label = match_label(body)
        if label is None:  # every candidate starts with a label
            continue
        if rank == PAREN_DIGIT:
            # `1.存在的问题（1）…方面。…。（2）…`: items of a part cut in this paragraph only — the first right
            # after the part's name, the next after a sentence's end; elsewhere `（1）` counts points
            part = next((c for c in reversed(cuts) if c[1] < 2), None)
            name = text[cuts[-1][0] : at] if cuts else ""
            first_item = (
                value == 1
                and cuts
                and cuts[-1][1] < 2
                and len(name) <= MAX_HEADING + 4
                and not re.search(r"[。！？；;]", name)
            )
            next_item = part is not None and last.get(rank) == value - 1 and text[at - 1] in "。！？；;"
            if first_item or next_item:
                cuts.append((at, rank))
                last[rank] = value
            continue
        head = _HEAD_END.split(body[label.end :].lstrip(), maxsplit=1)[0]
        continues = last.get(rank) is not None and value == last[rank] + 1
        # a sentence's end and a space right before: a paragraph break a page store flattened
        flat = _FLATTENED.search(text, 0, at) is not None
        # (a page that opens inside its series, a viewer's chunk or a flattened line: `…。 （三）…（四）…`)
        opens_series = (
            value == 1 or ((resumed or flat) and not cuts and (flat or text[at - 1] in "。！？；;"))
        ) and (value + 1) in values_by_rank[rank]
        # (`…。 二、原因分析 1.…`: a later part of a flattened page that opens inside its problems)
        names_part = (
            rank < 2 and (value == 1 or flat) and len(head) <= MAX_HEADING and section_kind(head) is not None
        )
        after_heading = rank in (2, ARABIC) and value == 1 and cuts and cuts[-1][1] < 2
        # (`…如下: 一、会前准备充分 市*局…`: a part's heading line a page joined with spaces on both sides)
        spaced = rank < 2 and (value == 1 or continues) and _spaced_heading(text, at, label.end)
        if (
            rank == 2
            and value == 1
            and flat
            and not cuts
            and any(r < 2 for r in carried)
            and 2 not in carried
        ):
            # `…基础。 (一)精心组织学习,…`: the first item of a part cut in the viewer's chunk above
            after_heading = True
        if rank == 2 and value == 1 and not cuts and first is not None and first.rank < 2:
            heading = text[first.end : at].strip()  # `一、存在的问题(一)…` opening a long line
            after_heading = 0 < len(heading) <= MAX_HEADING and section_kind(heading) is not None
        if rank == CIRCLED:  # `①…。②…。③…。`: points run in the paragraph that opens with ①
            opens_series = names_part = after_heading = spaced = False
        if rank == ARABIC:  # never a series on its own: only an item under a part cut on this line
            opens_series = False
            continues = continues and text[at - 1] in _BOUNDARY
            # a .docx flattened into one line: a sentence's end, a space, then the number after next
            # (`1.…。 3.…`, the writer's 2. missing)
            skipped_one = value == last.get(rank, -9) + 2 and flat
            # a flattened page that opens inside its list (`…。 3.在…方面。…。 4.…`): the first number of
            # the text after a sentence's end and a space, the next one further on
            cut_list = flat and rank not in last and not cuts and (value + 1) in values_by_rank[rank]
            continues = continues or skipped_one or cut_list
        if continues or opens_series or names_part or after_heading or spaced:
            cuts.append((at, rank))
            last[rank] = value
            for deeper in [r for r in last if r > rank]:
                del last[deeper]
    return [at for at, _ in cuts], last


_CHUNK = re.compile(r"^(\d{1,2})、")
_CLOSED = re.compile(r"[。！？!?；;：:”’」）)…]\s*$")  # a paragraph that ends its sentence
CHUNK_MIN = 2  # numbered paragraphs: one goes on with a sentence cut above it
CHUNK_LINE = 40  # characters: a viewer's chunk is a long run of text
OUTER_RANK = 2  # `第一部分`, `一、`, `（一）`: labels a viewer's number may stand before


# a title that runs into the first sentence after a space (a doc-sharing page's chunk, a .docx flattened
# into one line): a run with no mark of a sentence that ends in the name of a document
_TITLE_RUN = re.compile(
    r"^((?:[^\s。！？；;，,：:、.．]|(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])){4,60}?"  # `党组成员、副主任`
    r"(?:材料|提纲|发言稿|发言|报告|总结|汇报|讲话|剖析|检查|自查|检视|心得体会|体会|情况|清单)"
    r"(?:[（(][^）)\s]{1,10}[）)])?)[ \u3000]+(?=\S)"  # `…材料（2024年）`: a bracketed year or tag after it
)
# a title run into its preamble's first sentence with no space between (a viewer's page run on in one
# line, `…个人对照检查材料（四个带头）根据市委关于…，`, `…材料为开好…，`): only a document's name before a
# preamble's opening word and a clause (round r23)
_TITLE_GLUED = re.compile(
    r"^((?:[^\s。！？；;，,：:、.．]|(?<=[\u4e00-\u9fff])、(?=[\u4e00-\u9fff])){4,60}?"
    r"(?:材料|提纲|发言稿)(?:[（(][^）)\s]{1,10}[）)])?"
    # (a viewer's number for the piece after it, `…材料【第一篇】根据…`, round r25)
    r"(?:【(?:第|篇)?[一二三四五六七八九十\d]{1,2}篇?】)?)"
    r"(?=(?:根据|按照|依照|遵照|依据|为(?!什么|何|主|准|例|止)|近期|会前)[^。！？]{4,}?[，,])"
)
# a viewer's page header at a line's head (round r25): the page's title, its tag, its date (`…材料【推荐3篇】2026/X/XX`)
_VIEWER_STAMP = re.compile(
    r"^([^\s。！？；;，,：:]{4,60}?)(?:【[^】\s]{1,8}】)?\s*(?:19|20)\d\d\s*[/／]\s*[\dXx]{1,2}\s*[/／]\s*[\dXx]{1,2}\s*(?=\S)"
)
_DOCUMENT_END = re.compile(
    r"(?:材料|提纲|发言稿|发言|报告|总结|汇报|讲话|体会|清单|(?:个人|自我|党性)(?:剖析|分析))$"
)
_TAG = re.compile(r"[（(][^）)]*[）)]$")
_SENTENCE_SIGNS = re.compile(r"^(?:我|本人)|了|过")  # a sentence's subject or aspect, never a title's
TITLE_RUN_BODY = 40  # characters of running text after the title, with a sentence in it


# `…有以下几个方面: 一是…。 二是…`: a point marker after a sentence's end and a space, in a paragraph a
# page store flattened (its paragraphs joined by spaces)
_FLAT_SHI = re.compile(
    r"(?:^|(?<=[。！？；;：:])[ \u3000]+|(?<=[\u4e00-\u9fff”）)])[ \u3000]+(?=第))(?:([一二三四五六七八九十])是(?![求点])|第([一二三四五六七八九十])[，,、])"
)


def flattened_points(text: str) -> list[int]:
    """Where a flattened paragraph's `一是` `二是` … paragraphs start (`…原因主要有以下几个方面: 一是…。
    二是…`): each marker after a sentence's end and a space, in sequence from 一是, two at least; the
    writer's paragraphs the store joined. Empty when there is no such series."""
    if len(text) < MIN_LENGTH:
        return []
    cuts: list[int] = []
    # `一是` or `第一，`: one series, the first marker's; a labelled heading's paragraph runs its own
    # `一是` series (`一、…现状 …问题: 一是…`), so there only `第一，` lines the page joined are cut
    kind = None if match_label(text) is None else 2
    for m in _FLAT_SHI.finditer(text):
        group = 1 if m.group(1) else 2
        value = "一二三四五六七八九十".index(m.group(group)) + 1
        if value == len(cuts) + 1 and kind in (None, group):
            kind = group
            cuts.append(m.start(group) - (group == 2))
    return cuts if len(cuts) >= 2 else []


def title_run_in(text: str) -> int:
    """Where the text starts after a title run into it on one line (`…民主生活会开展情况汇报 根据县委…`,
    `…个人剖析材料 按照…。一、存在的问题 1.…`): the offset after the space; 0 when the line opens with
    no such title (a label, a mark of a sentence, no document's name, or too little text after it)."""
    stamp = _VIEWER_STAMP.match(text)
    if stamp and _DOCUMENT_END.search(_TAG.sub("", stamp.group(1))):
        # (a viewer's page header run into the line before the title: the page's title, tag and date)
        after = title_run_in(text[stamp.end() :])
        return stamp.end() + after if after else 0
    m = _TITLE_RUN.match(text) or _TITLE_GLUED.match(text)
    if m is None or match_label(text) is not None:
        return 0
    run = m.group(1)
    if m.re is _TITLE_GLUED and _SENTENCE_SIGNS.search(run):
        return 0  # `我按照要求撰写了对照检查材料根据…`: a writer's sentence that names a material
    if not _DOCUMENT_END.search(_TAG.sub("", run)) and section_kind(run) in (
        "problems",
        "causes",
        "measures",
    ):
        return 0  # `对照检查情况 根据…`: the name of a part run into its text, not the material's title
    rest = text[m.end() :]
    if len(rest) < TITLE_RUN_BODY or not re.search(r"[。！？]", rest):
        return 0
    return m.end()


def _before_label(rest: str) -> bool:
    """The text after a number opens with a part's or an item's label (`（三）在…方面`, `二、…`)."""
    inner = match_label(rest.lstrip())
    return inner is not None and 0 <= inner.rank <= OUTER_RANK


EVERY_MIN = 6  # paragraphs: a viewer's numbers before every one of at least this many


def _every_paragraph(texts: list[str], numbered: list[tuple[int, re.Match[str]]], values: list[int]) -> bool:
    """A viewer's `1、` `2、` … before every paragraph, the title's too (a copy out of a numbered reading
    pane): the numbers run 1, 2, 3 … over all the paragraphs with text, and at least one stands before a
    part's or an item's label (`3、一、存在的问题`) or the first stands before a title — no writer numbers
    the title and the headings with the text under them."""
    filled = [k for k, t in enumerate(texts) if t.strip()]
    return (
        len(filled) >= EVERY_MIN
        and [k for k, _ in numbered] == filled
        and values == list(range(1, len(filled) + 1))
        and (
            any(_before_label(texts[k][m.end() :]) for k, m in numbered)
            or _title_like(texts[filled[0]][numbered[0][1].end() :])
        )
    )


TITLE_CHARS = 60


def _title_like(text: str) -> bool:
    """A short line with no sentence in it: a title, not a writer's first list item."""
    return len(text.strip()) <= TITLE_CHARS and not re.search(r"[。！？；;，,]", text)


def viewer_chunks(texts: list[str]) -> dict[int, int]:
    """Paragraphs that a document viewer numbered `1、` `2、` `3、` where it cut the text into chunks,
    mid-sentence and even mid-word (`…年纪大一点的村干` / `2、部阅历较丰富…`): index → the length of
    that number, which is no label of the text. Taken only when the numbers rise from 1 and those
    after the first stand under a long paragraph that breaks off without ending its sentence (all of
    them; with three numbers or more, at least half); or from a higher number on the page's first
    line, a page that opens at a later chunk, when every number after it stands under a text cut off.
    A number right before a part's or an item's label (`2、（三）…`, `3、二、…`) counts as a cut: no
    writer numbers a heading twice."""
    numbered = [(k, m) for k, t in enumerate(texts) if (m := _CHUNK.match(t))]
    values = [int(m.group(1)) for _, m in numbered]
    if len(numbered) < CHUNK_MIN or any(b <= a for a, b in zip(values, values[1:])):
        return {}
    if all(_before_label(texts[k][m.end() :]) for k, m in numbered):
        return {k: m.end() for k, m in numbered}  # every one right before a heading's label: a page cut
    if _every_paragraph(texts, numbered, values):
        return {k: m.end() for k, m in numbered}
    opening = next((k for k, t in enumerate(texts) if t.strip()), None)
    # a page that opens at a later chunk (`2、路子;…`, the first chunk cut off): every number after it
    # must stand under a text cut off
    resumed = values[0] > 1 and numbered[0][0] == opening
    if values[0] != 1 and not resumed:
        return {}
    breaks = 0
    for k, m in numbered[1:]:
        # a number standing right before a label of a part or an item (`2、（三）在…方面`, `3、二、…`):
        # no writer numbers a heading twice, so it is the viewer's
        if _before_label(texts[k][m.end() :]):
            breaks += 1
            continue
        # the text above, past a short line with no sentence in it (page furniture, a stray heading)
        j = k - 1
        while j > 0 and len(texts[j].strip()) < CHUNK_LINE and not re.search(r"[。！？；;]", texts[j]):
            j -= 1
        above = texts[j].rstrip()
        breaks += len(above) >= CHUNK_LINE and not _CLOSED.search(above)
    followers = len(numbered) - 1
    # every number under a text cut off; with three or more, most of them (a line may stand between)
    if breaks == followers or (not resumed and followers >= CHUNK_MIN and 2 * breaks >= followers):
        return {k: m.end() for k, m in numbered}
    return {}  # list items under paragraphs that end their sentences: the writer's numbers


# a part's name standing alone between spaces in a flattened body (`…如下。 存在的问题 第一，…`)
_FLAT_PART_NAME = re.compile(
    r"(?:(?<=[。！？!?])|(?<=[\u4e00-\u9fff”\"]\.))[ \u3000\xa0]+([^\s，,。；;：:！？!?、.]{2,20}?)[：:]?[ \u3000\xa0]+(?=\S)"
)


_FLAT_PART_LEAD = re.compile(r"^([^\s，,。；;：:！？!?、.]{2,20}?)[：:]?[ \u3000\xa0]+(?=\S)")


def flattened_part_names(text: str) -> list[int]:
    """Where a flattened paragraph's unlabelled part headings stand (`…如下。 存在的问题 第一，…。 原因分析
    一是…`): a part's name alone between a sentence's end and the next words, set apart by spaces — the
    writer's heading lines the page joined; cut before the name and after it."""
    if len(text) < MIN_LENGTH:
        return []
    cuts: list[int] = []
    for m in _FLAT_PART_NAME.finditer(text):
        if section_kind(m.group(1)) is not None and match_label(m.group(1)) is None:
            cuts.extend((m.start(1), m.end()))
    lead = _FLAT_PART_LEAD.match(text)
    if (
        lead is not None
        and section_kind(lead.group(1)) is not None
        and match_label(lead.group(1)) is None
        and len(_JOINED.findall(text)) >= FLAT_JOINS
    ):
        # `整改措施 1、抓好学习。… 2、…`: a line of a page that ran a few paragraphs into each line opens
        # with a part's name, the line above having ended a sentence
        cuts.append(lead.end())
    return cuts


# a heading's words after its label: short, no clause in them, closed by a space or a sentence's end
_SPACED_HEAD = re.compile(rf"[^\s，,。；;：:、“”]{{2,{MAX_HEADING}}}(?:[ \u3000\xa0]+|。)(?=\S)")


def _spaced_heading(text: str, at: int, label_end: int) -> bool:
    """A part's label joined by a flattened page: a space before it (after a sentence's end or a line's
    words the page ran on), its heading's words closed by a space or a `。`, text after them."""
    return text[at - 1] in " \u3000\xa0" and _SPACED_HEAD.match(text, at + label_end) is not None


def _names_part(text: str) -> bool:
    """A short line with a part's name among its space-separated words (`（此处隐藏2431字） 差距和不足：
    免费下载本文档`): a site's words around a heading the page joined, not a site's line to read past."""
    words = text.split()
    return len(words) > 1 and any(section_kind(w.rstrip("：:")) is not None for w in words)


def flattened_page(texts: list[str]) -> bool:
    """A page that ran its paragraphs into a few long lines: two lines at least, each long with several
    joins (`flattened_sentences`); there one join in a line is a join too."""
    return sum(1 for t in texts if len(t) >= FLAT_LINE and len(_JOINED.findall(t)) >= FLAT_JOINS) >= 2


def flattened_cuts(text: str, pieces: list[int], flat_page: bool = False) -> list[int]:
    """Where a flattened paragraph is read as its pieces: its unlabelled part names, and within each
    stretch between them and the `pieces` cut already (a labelled heading's) its `一是` / `第一，` series
    (`flattened_points`)."""
    names = [*flattened_part_names(text), *flattened_brackets(text)]
    pages = flattened_page_lines(text) if len(text) >= MIN_LENGTH or _names_part(text) else []
    names = sorted({*names, *pages})
    for a, b in zip(pages[1::2], [*pages[2::2], len(text)]):  # after a site's word: a labelled series
        names = sorted({*names, *(a + c for c in split_series(text[a:b], {})[0])})
    bounds = sorted({0, *names, *pieces, len(text)})
    cuts = list(names)
    for a, b in zip(bounds, bounds[1:]):
        cuts.extend(a + c for c in flattened_points(text[a:b]))
    return [*cuts, *flattened_sentences(text, 1 if flat_page else FLAT_JOINS)]


# a sentence's end, then a space, then more text: where a page store joined two of the writer's paragraphs
# (a `一是` series is `flattened_points`'s: under a labelled heading it stays in the heading's paragraph)
_JOINED = re.compile(r"(?<=[。！？!?；;：:])[ \u3000\xa0]+(?=\S)(?![一二三四五六七八九十]是)")
FLAT_LINE = MIN_LENGTH  # characters: a paragraph this long with a few such joins is a flattened page
FLAT_JOINS = 2


# an aspect run into a one-paragraph excerpt's text after a sentence's end, opening its own 一是 series
# (`…查摆出以下问题。在学习贯彻…方面，一是…；二是…。在践行宗旨、服务人民方面，一是…`)
_RUN_IN_ASPECT = re.compile(
    r"[ \u3000]*((?:在|关于)[^。！？；;：:“”]{2,40}?(?:方面|上)[，,：:]\s*(?:一是|第一[，,、]|首先))$"
)
_ASPECT_OPENS = re.compile(r"(?:方面|上)[，,：:]\s*(?:一是|第一[，,、]|首先)")  # where such an aspect ends
_LAST_STOP = re.compile(r"[。！？；;：:][^。！？；;：:]*$")
# after them, in the same paragraph, the sentence that turns to the causes or to what will be done
# (`…。产生这些问题的原因，主要是…。下一步，我将…`): each a part of its own the paragraph runs on into
_RUN_ON_PART = re.compile(
    r"(?<=[。！？])[ \u3000]*((?:产生|造成|出现|存在)(?:以上|上述|这些)?(?:问题|不足)的?(?:主要)?(?:原因|根源)|"
    r"究其(?:原因|根源)|分析(?:其|以上|上述|这些)?(?:问题的?)?(?:原因|根源)|"
    r"(?:下一步|今后|针对(?:以上|上述|这些)问题)[，,])"
)
RUN_IN_ASPECTS = 2  # aspects, each with its own series, that make a paragraph a run of items


def run_in_aspects(text: str) -> list[int]:
    """Where the aspects of a problems list run into one paragraph start (`在…方面，一是…`), each after
    a sentence's end (or the lead's colon) and opening its own series from 一是: the pieces a reader sees
    as items, and after the last one the sentences that turn to the causes and the measures; none unless
    two or more aspects stand in the paragraph (one such sentence is a point's wording)."""
    if "一是" not in text and "第一" not in text and "首先" not in text:
        return []  # (each aspect opens its own series: a paragraph without an opening holds no run)
    found = []
    for end in _ASPECT_OPENS.finditer(text):
        # (found from where the aspect ends, back to the sentence's end before it: cheap on any paragraph)
        stop = _LAST_STOP.search(text, max(0, end.start() - 48), end.start())
        if stop is not None and (m := _RUN_IN_ASPECT.match(text[stop.start() + 1 : end.end()])):
            found.append(stop.start() + 1 + m.start(1))
    if len(found) < RUN_IN_ASPECTS:
        return []
    return found + [m.start(1) for m in _RUN_ON_PART.finditer(text, found[-1])]


def flattened_sentences(text: str, joins: int = FLAT_JOINS) -> list[int]:
    """Where a flattened page's paragraphs start again (`…整改到位。 （二）…`, `…。 在学习方面 我…`): after
    each sentence's end followed by a space, and before an item's bullet or named label after a space
    (`_opened_items`), in a long line with several of them — a writer's paragraph holds no such space, a
    page that ran the paragraphs into one line puts one at every join."""
    if len(text) < FLAT_LINE:
        return []
    found = [m.end() for m in _JOINED.finditer(text)]
    items = _opened_items(text)  # (a bullet after a space is a join as well)
    return sorted({*found, *items}) if len(found) + len(items) >= joins else []


_SPACED = re.compile(r"(?<=\S)[ \u3000\xa0]+(?=\S)")


def _opened_items(text: str) -> list[int]:
    """Where an item's bullet or named label (`●细化检查清单。`, `问题一：…`) follows a space in a flattened
    line: the start of a paragraph the page joined, whatever stands before the space (a part's name)."""
    cuts = []
    for m in _SPACED.finditer(text):
        rest = text[m.end() :]
        label = match_label(rest)
        # (`整改措施 3.1 …` is a part's name before a number, no named label)
        named = label is not None and label.rank == NAMED_RANK and " " not in label.text.strip()
        if match_bullet(rest) is not None or named:
            cuts.append(m.end())
    return cuts


# a line a site puts between a material's paragraphs (a page count, a source, hidden text, a prompt, a
# reading count, a share bar, an ad, links to other pieces): read past, wherever it stands
_PAGE_LINE = re.compile(
    r"^第\s*\d+\s*页|共\s*\d+\s*页$|此处隐藏|隐藏\s*\d+\s*字|^[（(]?(?:未完|接上页|续上页|上接第|转下页|下转第|续前页)|全文共\s*\d+\s*字|"
    r"点击|下载|收藏|复制全文|分享到|^(?:本文|文章)?来源[：:]|^(?:阅读|浏览)(?:量|次数)?[：:]?\s*\d+\s*次?$|"
    r"^\d+\s*(?:次阅读|人阅读|阅读)$|^上一篇|^下一篇|广告|^【?(?:推荐阅读|相关推荐|相关阅读|热门推荐|猜你喜欢)|"
    r"^[-—=_·•*#]{2,}$|"
    # a printed page's number set between dashes as official documents print it (`— 2 —`, `- 3 -`, round r24)
    r"^[-—–－]+\s*\d{1,4}\s*[-—–－]+$"
)
PAGE_LINE_CHARS = 60  # a site's line between paragraphs is short and holds no sentence


def is_page_line(text: str) -> bool:
    """A short line of a web page's furniture between a material's paragraphs."""
    t = text.strip().strip("…. ")
    return len(t) <= PAGE_LINE_CHARS and "。" not in t and bool(_PAGE_LINE.search(t))


# A site's statement (round r26): the disclaimer a template site sets under every piece (`免责声明：本文来源于网络，版权归
# 原作者所有，如有侵权请联系删除。`, `声明：本网站引用、摘录或转载内容仅供…`), on a line of its own or run on after the last
# measure's sentence: the site's words, never the measure's text.
_STATEMENT = re.compile(
    r"(?:^|(?<=[。！？!?；;]))[ \u3000\xa0]*(?=【\s*(?:免责声明|版权声明|特别声明|声明)\s*】|(?:免责声明|版权声明|特别声明|声明)\s*[:：]|"
    r"(?:本文|文章|本篇|以上|本文内容|文章内容|以上内容|部分内容)(?:均|系)?(?:来源|来自|转载|摘自|整理)(?:于|自)?(?:网络|互联网)|"
    r"(?:文章|本文)?版权归原?作者所有|本网站(?:引用|转载|所载)|如有侵权)"
)


_STATEMENT_WORDS = ("声明", "网络", "版权", "本网站", "侵权")


def site_statement(text: str) -> int | None:
    """Where a site's statement starts in a paragraph (at its start or after a sentence's end), or None."""
    if not any(word in text for word in _STATEMENT_WORDS):
        return None  # (most paragraphs: no statement's word at all)
    m = _STATEMENT.search(text)
    return m.end() if m else None


# A footnote under the text (round r24): a line opened by a note's mark (`[1]数据来源：…`, `①见…纪要。`) whose mark
# stands earlier in the text as a reference, right after a word and before a mark or a word (`…不够系统[1]。`,
# `…只有6次②。`), or the notes' own heading (`注释：`, `注：`) over such lines; read past like a page's line, never
# a point of the last item (a run-in point `。①…` stands after a sentence's end and refers to nothing).
_NOTE_MARK = re.compile(r"^\s*([\[［〔]\d{1,2}[\]］〕]|[①-⑳])")
_NOTES_HEADING = re.compile(r"^\s*(?:注释|注|脚注|尾注)\s*[：:]?\s*$")
_NOTE_REF = r"(?<=[\u4e00-\u9fff\d”’）)》%])"


def footnote_line(piece: str, text: str, start: int) -> bool:
    """`piece` (at offset `start` of `text`) is a footnote or the notes' heading under a text that refers to it."""
    m = _NOTE_MARK.match(piece)
    if m is None:
        if not _NOTES_HEADING.match(piece):
            return False
        marks = _NOTE_MARK.match(text[start + len(piece) :].lstrip())
        return marks is not None and footnote_line(marks.group(0).strip(), text, start)
    mark = m.group(1)
    return (
        re.search(_NOTE_REF + re.escape(mark) + "(?=[。，；、：！？\u4e00-\u9fff]|$)", text[:start], re.M)
        is not None
    )


# A page of several pieces (round r24): the tag over a piece's title (`第二篇：…材料`, `第1篇：…`). Read past where the
# title stands again on the next line, or where a piece's parts (`一、…`) already stood above it; a tag with its title
# alone at the top heads the title.
_PIECE_TAG = re.compile(r"^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(\S.{3,60})$")
_PART_LINE = re.compile(r"^[一二三四五六七八九十]{1,2}、")


def piece_tag(piece: str, after: str, above: Sequence[Any]) -> bool:
    """`piece` is a page's tag over a piece's title, read past (`after`: the text after it; `above`: the
    paragraphs read so far, each with a `text`)."""
    m = _PIECE_TAG.match(piece.strip())
    if m is None:
        return False
    title = m.group(1).strip()
    return after.lstrip("\n").startswith(title) or any(_PART_LINE.match(x.text) for x in above)


_TOKEN = re.compile(r"[^ \u3000\xa0]+")
_SENTENCE_END = "。！？!?：:；;"
# a site's word no sentence of a material opens with: read past after any word (`存在的问题 【推荐阅读】…`)
_SITE_WORD = re.compile(
    r"^(?:第\d+页|[（(]?此处隐藏|【?(?:推荐阅读|相关推荐|相关阅读|热门推荐|猜你喜欢)|上一篇|下一篇|分享到|(?:本文|文章)?来源[：:]"
    r"|(?:阅读|浏览)(?:量|次数)?[：:][\d,]+次?$)"  # a reading count (`阅读：2507次`)
)
# the places a share bar names after its `分享到：` (`分享到：微信 微博 QQ空间`): the bar's words too
_SHARE_TO = re.compile(r"^(?:微信|微博|朋友圈|QQ空间|QQ|豆瓣|抖音|今日头条|复制链接)$")


def flattened_page_lines(text: str) -> list[int]:
    """Where a site's lines a flattened page ran into its one line stand (`…整改。 本文来源：网络整理 二、…`):
    a space-separated word that is such a line (`is_page_line`) after a sentence's end, the line's start
    or another such word, and before a space; cut before and after it, so that what follows starts a
    piece (its label read) and the site's words are read past."""
    cuts: list[int] = []
    after_page = True  # the line's start
    share = False
    for m in _TOKEN.finditer(text):
        word = m.group()
        before = text[: m.start()].rstrip(" \u3000\xa0")
        opens = after_page or not before or before[-1] in _SENTENCE_END or bool(_SITE_WORD.match(word))
        nxt = _TOKEN.search(text, m.end())
        if share and _SHARE_TO.match(
            word
        ):  # (`分享到：微信 微博 QQ空间`: the bar's words, read past with it)
            cuts[-1] = nxt.start() if nxt else len(text)
            continue
        after_page = opens and is_page_line(word)
        share = after_page and word.startswith("分享到")
        if after_page:
            cuts.extend((m.start(), nxt.start() if nxt else len(text)))
    return cuts


# a bracketed heading after a space (`一、查摆的问题 【政治纪律方面】…。 【组织纪律方面】…`)
_FLAT_BRACKET = re.compile(r"(?<=\S)[ \u3000\xa0]+(【[^】\s]{2,30}】)")


def flattened_brackets(text: str) -> list[int]:
    """Where a flattened paragraph's `【…】` headings start: two at least, each after a space (the
    writer's heading lines the page joined)."""
    found = [m.start(1) for m in _FLAT_BRACKET.finditer(text)]
    return found if len(found) >= 2 else []
