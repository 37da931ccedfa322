"""A material's Outline → notes again: start the next draft from one's own earlier material.

A material drafted by mingjing comes apart exactly (the fixed phrases are those of assemble.py);
any other material is taken apart by its outline: signature, preamble sentences (学习, 征求意见,
谈心谈话), problem items mapped to the framework's aspects with their points and 比如 examples,
causes and measures (a time limit where one is written).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from mingjing.draft import assemble as A
from mingjing.draft.material import is_placeholder
from mingjing.draft.merged import cause_name, cause_then_measure, problem_then_cause
from mingjing.draft.notes import (
    LEAVABLE_PARTS,
    LEFT_OUT,
    MAX_NAME,
    NAME_BREAKS,
    OPENING_KEYS,
    AspectNotes,
    Cause,
    Extra,
    Measure,
    Notes,
    Preamble,
    Problem,
    clean_name,
    is_collective,
    normalise_date,
    opening,
    sentence,
)
from mingjing.draft.script import simplified_outline
from mingjing.draft.signature import Signature, is_org, is_person_name, signature_in_title, split_signature
from mingjing.draft.site_text import site_spans
from mingjing.frameworks import Framework
from mingjing.model import Item, Outline, Point, Section
from mingjing.parse.aspects import aspect_clause_end
from mingjing.parse.labels import inline_markers, is_bullet, match_bullet, match_label
from mingjing.parse.readings import is_lead_in
from mingjing.parse.sections import (
    ANSWERS,
    answers,
    aspect_rounds,
    cause_before_turn,
    intro_kind,
    is_measure_heading,
    is_merged,
    is_problem_ref,
)

# a name the title begins with, before the year or the campaign (张三2024年度…, 宋明辉同志主题教育…,
# 方志刚党纪学习教育…); a unit there (市税务局党纪学习教育…) is no name (signature.is_person_name)
_TITLE_NAME = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?)(?:同志)?在?(?=20\d{2}|主题教育|党纪学习教育|党史学习教育|专题民主生活会|专题组织生活会)"
)
_SENTENCES = re.compile(r"[^。！？；]*[。！？；]?")
_CLOSING_WORDS = ("批评指正", "在此基础上", "形成了本")
_ASKS_CRITICISM = ("批评指正", "批评帮助")
# a closing paragraph: 以上是我的对照检查 …, or one whose first sentence asks for criticism
# … or one that takes the meeting as the occasion to carry the measures out (我将以这次组织生活会为契机，…)
_CLOSING_START = re.compile(
    r"^以上(?:是|为|就是)?(?:我|本人|班子|支委会)|^[^。！？]{0,40}批评(?:指正|帮助)"
    r"|^(?:我|我们|本人|班子|支部|支委会)?(?:将|要)?以(?:这次|此次|本次)[^。！？]{0,20}(?:会|会议)为契机"
)
# a date in brackets under the title, also opening a note on the text (（2023年8月，供会议发言用）)
_DATE_UNDER_TITLE = re.compile(
    r"^\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:[，,；;]\s*([^（）()。]*))?[）)]"
)
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
# a date after the signature on its line (许静　2024年1月10日, 中共某局党组　2024年1月10日)
_DATE_AFTER_SIGNATURE = re.compile(r"\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")
# a team's material signed by the team or its committee (中共某镇委员会, 某局领导班子): no person
_SIGNED_BY_TEAM = re.compile(
    r"^(?:中共)?[\u4e00-\u9fff]{2,30}(?:委员会|党组|党委|党工委|支部|总支|班子|支委会)$"
)
# a closing line that asks for oversight (欢迎同志们监督), not a measure about 监督检查
_ASKS_OVERSIGHT = re.compile(r"(?:请|欢迎)[^。]{0,12}监督(?!检查)")
# the time limit, to the bracket that closes it (（责任人：…；完成时限：2021年3月）, a bracket inside: （待定）); what
# follows it in the last measure's lines is the material's closing paragraph, glued on (r22)
_MEETING_IN_BRACKETS = re.compile(r"(.*?)[（(]([^（）()]*(?:会|教育)[^（）()]*)[）)]")
_DEADLINE = re.compile(r"完成时限[：:]((?:[（(][^（()）。]*[）)]|[^（()）。])*[）)]?)。?")
# a heading that says what is wrong (the words of a problem), and endings of one that names an aspect
_STATES_A_PROBLEM = re.compile(
    r"弱化|淡化|松懈|放松|减弱|有所|不够|不足|不强|不深|不高|不严|不实|不牢|不到位|不多|不紧|不经常|"
    r"欠缺|缺乏|差距|短板|有待|浮于表面|松弛|松散|[依仍]然存在|还存在|仍存在|薄弱|不及时|偏少|较少|走过场|"
    r"不规范|滞后|缺位|不力|不彻底|不全面|不充分|不敢|不善|不愿"
)
# a summary that only leads in to the points (具体表现为：, 主要有以下几点：): no summary of its own
_LEAD_IN = re.compile(r"^[^。！？；]{0,20}[：:]$")
_NAMING_END = ("方面", "情况", "上", "问题", "为", "如下")
# words that say what the roots are (根子在于…, 原因是…), not that they will be analysed (剖析如下：)
_STATES_ROOTS = re.compile(r"(?:根源|根子|原因|症结)(?:主要)?(?:是|在于|就在于)|归根(?:结底|到底)")
# what may stand between an inline point's label and its words (一是，… 第二、… 第三：…)
_AFTER_MARKER = "，,、：:。 \n"
# order words whose 是 is part of the label (首先是…；其次是…, 第一是…), as 一是's is
_ORDER_LABEL = re.compile(r"(?:首先|其次|再次|然后|最后|第[一二三四五六七八九十]+)$")
# where a team's name ends in its title: at the year, the campaign or the meeting
_TEAM_TITLE_END = re.compile(r"20\d{2}|“不忘初心|主题教育|党纪学习教育|党史学习教育|民主生活会|组织生活会")
# the words a team's title adds to its unit (assemble.TEAM_WORDS puts them back)
_TEAM_WORDS = re.compile(r"(?:领导)?班子$|(?<=支部)委员会$|支委会$")

# a line break right before an example marker, where the point before it has no closing mark
_EXAMPLE_LINE = re.compile(r"(?<![。！？；：])\n(?=比如|例如|譬如|又如|再如)")


def _value(text: str | None) -> str | None:
    """Notes take text without placeholders: a gap is an empty field."""
    if text is None:
        return None
    text = text.strip()
    return None if not text or is_placeholder(text.rstrip("。")) else text


def _label_tail(label: str, rest: str) -> int:
    """How many characters after a point's label still belong to it: a separator (一是，…) and the 是
    of an order word (首先是…, 其次是…), the redraft putting its own 一是/二是 before the words."""
    skip = len(rest) - len(rest.lstrip(_AFTER_MARKER))
    if _ORDER_LABEL.search(label.strip()) and rest[skip : skip + 1] == "是" and rest[skip + 1 :].strip():
        skip += 1
        skip += len(rest[skip:]) - len(rest[skip:].lstrip(_AFTER_MARKER))
    return skip


def _point_words(label: str, rest: str) -> str:
    """A point's words after its label (see _label_tail)."""
    rest = rest.strip()
    return rest[_label_tail(label, rest) :]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCES.findall(text) if s.strip()]


def _short(name: str, rest: str) -> tuple[str | None, str]:
    """A heading as a short name; one too long for a name goes into the text and the name is 无
    (the material had none: the draft starts with the text, as the material did)."""
    name = clean_name(name)
    if len(name) > MAX_NAME or NAME_BREAKS.search(name):
        return LEFT_OUT, name + "。" + rest
    return _value(name), rest


def _without_bullets(outline: Outline) -> str:
    """The material's text without a web page's own lines (site_text.py) and with each bullet (● ■ ◆ …, Word's list glyphs written out) that opens a line
    of an item's body, and the space after it, turned into line breaks, offsets unchanged: a bullet
    numbers nothing the notes keep (the redraft labels its own points), whether the parser made it a
    point's label or read it as a list style's mark before the item's one paragraph; a point's 一是 then
    opens its line as it would unbulleted."""
    text = outline.document.text
    cut: list[tuple[int, int]] = []
    for item in outline.items():
        body = max(item.heading_end, item.start)
        for line in re.finditer(r"(?m)^[ \t\u3000]*(.+)$", text[body : item.end]):
            label = match_bullet(line.group(1))
            if label is not None and is_bullet(label.text):
                start = body + line.start(1)
                cut.append((start, start + label.end))
    for start, end in cut + site_spans(outline):  # a web page's own lines are no words of the writer's
        text = text[:start] + "\n" * (end - start) + text[end:]
    return text


class _Extractor:
    def __init__(self, outline: Outline, fw: Framework):
        self.outline = outline
        self.fw = fw
        self.text = _without_bullets(outline)
        self.warnings: list[str] = []
        self.date_gap = False  # the material is a draft whose date is a gap
        sections = outline.sections
        # items of a part that answers for causes and measures alike (原因剖析及整改措施), and of a
        # problems part that answers for causes too (存在的问题及原因剖析): taken apart (merged.py)
        self.merged = {id(i) for s in sections if s.kind in ANSWERS and is_merged(s.heading) for i in s.items}
        self.with_cause = {
            id(i)
            for s in sections
            if s.kind == "problems" and answers("causes", s.kind, s.heading)
            for i in s.items
        }
        # an aspect-major material (each aspect a round of problems, causes, measures): the span of
        # each round's causes and measures parts, and the aspect whose problems they answer
        self.round_aspects: list[tuple[int, int, str]] = []
        for r in aspect_rounds(sections):
            named = {i.aspect for i in r[0].items if i.aspect}
            if len(named) == 1:
                self.round_aspects += [(s.start, s.end, next(iter(named))) for s in r[1:]]
        self.loose: set[int] = set()  # items made of a part's inline points (一是…二是…)
        # parts written as one paragraph of inline points, and the words before their 一是 (究其原因，)
        self.inline: dict[str, str] = {}
        self.merged_measures: list[str] = []  # what merged cause items say will be done
        self.own_closing: list[str] = []  # the material's closing lines (以上是我的…，请同志们批评指正)
        self.closes_preamble = False  # the preamble ends with the closing (as a draft's count sentence)

    def lines(self, start: int, end: int) -> list[str]:
        return [line for line in self.text[start:end].split("\n") if line.strip()]

    def team_header(self, notes: Notes) -> int:
        """A team's material: the kind the review sees, the unit and meeting from the title (中共某局党组
        领导班子2024年度民主生活会对照检查材料); it names no author, post or signature line."""
        o = self.outline
        title = o.title
        m = _TEAM_TITLE_END.search(title)
        unit = _TEAM_WORDS.sub("", title[: m.start()] if m else "").strip()
        notes.unit = _value(unit) or LEFT_OUT
        notes.author = notes.role = LEFT_OUT
        rest = A.TITLE_KINDS.sub("", title[m.start() :] if m else "")
        notes.meeting = None if not rest or rest == self.fw.name else rest
        paragraphs = [p for p in o.document.paragraphs if p.start >= o.title_end]
        return paragraphs[0].start if paragraphs else o.title_end

    def header(self, notes: Notes) -> int:
        """Author, unit, role, meeting from the title and the signature line; where the preamble starts.
        A part the material does not have is written as 无 (left out on purpose, no gap)."""
        o = self.outline
        who = o.kind.who if o.kind else None
        if is_collective(who):
            notes.kind = who
            return self.team_header(notes)
        notes.kind = who
        after = o.title_end
        paragraphs = [p for p in o.document.paragraphs if p.start >= after]
        start = paragraphs[0].start if paragraphs else after
        first = self.text[paragraphs[0].start : paragraphs[0].end] if paragraphs else ""
        title = o.title
        in_title = signature_in_title(title)
        if in_title and not (in_title[0].post or in_title[0].name) and who is None:
            in_title = None  # a unit alone before the year: whose material, the parser cannot say (a team's?)
        m = _TITLE_NAME.match(title)
        m = m if m and is_person_name(m.group(1)) else None
        author = in_title[0].name if in_title else (m.group(1) if m else None)
        sig = None
        if paragraphs and o.sections and paragraphs[0].end <= o.sections[0].start:
            parts = first.split()
            if 2 <= len(parts) <= 3 and any(
                is_placeholder(p) for p in parts
            ):  # a draft's signature with gaps
                sig = Signature(parts[0], parts[1] if len(parts) == 3 else None, parts[-1])
                sig.unit, sig.post, sig.name = (
                    p if p is None or not is_placeholder(p) else "" for p in (sig.unit, sig.post, sig.name)
                )
            else:
                sig = split_signature(first, author)
        if sig is not None:
            start = paragraphs[1].start if len(paragraphs) > 1 else o.title_end
        elif in_title:
            sig = in_title[0]
        sig = sig or Signature()
        if in_title and sig is not in_title[0]:  # unit and post from the title when the line lacks them
            if in_title[0].unit and sig.unit and sig.post and not is_org(sig.unit):
                # 村党支部委员、村妇联主席 under a title naming the unit: the whole line is the post
                sig.post = sig.unit + sig.post
                sig.unit = None
            sig.unit, sig.post = sig.unit or in_title[0].unit, sig.post or in_title[0].post
        gap = sig.name == "" or title.startswith(A.placeholder(A.GAPS["author"]))  # a draft's gap
        notes.author = (
            _value(sig.name) or author or (None if gap else LEFT_OUT)
        )  # 无: the material names nobody
        notes.unit = _value(sig.unit) or (None if sig.unit == "" else LEFT_OUT)  # "": a gap in a draft
        notes.role = _value(sig.post) or (None if sig.post == "" else LEFT_OUT)
        rest = in_title[1] if in_title else title
        for prefix in (notes.author, A.placeholder(A.GAPS["author"])):
            if prefix and rest.startswith(prefix):
                rest = rest[len(prefix) :].removeprefix("同志")
                break
        # 个人对照检查材料（2025年度组织生活会）: the meeting named in brackets under the document's name (r22)
        bracketed = _MEETING_IN_BRACKETS.fullmatch(rest)
        if bracketed and not A.TITLE_KINDS.sub("", bracketed.group(1)):
            rest = bracketed.group(2)
        # 个人对照检查发言提纲, 党员个人对照检查材料 (党员 is the kind), 在…会上的发言: not the meeting
        rest = A.TITLE_KINDS.sub("", rest)
        notes.meeting = None if not rest or rest == self.fw.name else rest
        return start

    def preamble(self, notes: Notes, start: int) -> None:
        """Study, opinions, talks: the preamble's sentences in that order, the groups starting at the
        first sentence about 征求意见 and the first about 谈心谈话."""
        o = self.outline
        end = o.sections[0].start if o.sections else len(self.text)
        text = "".join(self.lines(start, end))
        dated = _DATE_UNDER_TITLE.match(text)  # （2025 年 1 月） under the name: a date, not the preamble's
        if dated:
            day = normalise_date(re.sub(r"\s", "", dated.group(1)))
            notes.date = notes.date or day
            text = text[dated.end() :]
            if dated.group(2):  # a note on the copy (供会议发言用，不作正式印发), not the preamble's words
                self.warnings.append(f"标题下的说明“{dated.group(2)}”不是材料的正文，未提取")
        closing = A.CLOSING_RE.search(text)
        if closing:
            text = text[: closing.start()]
        self.closes_preamble = closing is not None or any(w in text for w in _ASKS_CRITICISM)
        groups: list[list[str]] = [[], [], []]
        group = 0
        for s in _sentences(text):
            if any(w in s for w in _CLOSING_WORDS):
                continue  # the draft writes its own closing
            if group < 2 and ("谈心" in s or "谈话" in s):
                group = 2
            elif group < 1 and ("征求" in s or "意见" in s):
                group = 1
            groups[group].append(s)
        values = ["".join(g) for g in groups]
        values = [v[:-1] + "。" if v.endswith("；") else v for v in values]
        notes.preamble = Preamble(*(_value(v) or (None if v.strip() else LEFT_OUT) for v in values))

    def openings(self, notes: Notes) -> None:
        """Each part's opening words (对照上述问题，班子进行了认真反思，主要有以下原因：): the text under the
        part's heading before its first item, where the material has one such part with items (not
        a merged part, which the redraft writes as two)."""
        for key in OPENING_KEYS:
            # (a merged part holding only a paragraph of the other part's points, 究其原因，一是…, is
            # none of this kind: the measures after it keep their opening, 针对上述问题，…：)
            sections = [
                s
                for s in self.outline.sections
                if s.kind == key and not (is_merged(s.heading) and self.only_other_points(s, key))
            ]
            if len(sections) == 1 and sections[0].items and is_merged(sections[0].heading):
                self.merged_opening(notes, sections[0])
            if len(sections) != 1 or not sections[0].items or is_merged(sections[0].heading):
                continue
            section = sections[0]
            lead = self.lead_in(section)
            lines = self.lines(section.heading_end, lead.end if lead else section.items[0].start)
            # not the 】 of a heading in brackets
            words = _value("".join(ln.strip() for ln in lines).lstrip("。：:，,、 】〕］]"))
            if words and len(re.findall(r"[\u4e00-\u9fff]", words)) >= 2:
                setattr(notes.openings, key, opening(words))

    def only_other_points(self, section: Section, kind: str) -> bool:
        """Whether a merged part's items are all paragraphs of points of the other kind (loose_kind)."""
        return bool(section.items) and all(
            not i.heading.strip() and self.loose_kind(i.start, i.end, kind) != kind for i in section.items
        )

    def merged_opening(self, notes: Notes, section: Section) -> None:
        """The opening of a merged part (原因分析及整改措施) whose every item is headed by what will be
        done (坚持理论武装，提高政治站位): its sentences before the first that looks forward state the
        causes (查摆出的问题，根源在于…), kept as the first cause; the rest opens the measures
        (针对上述问题，…抓好以下四个方面的整改。). The items state no cause of their own."""
        if not all(is_measure_heading(i.heading) for i in section.items):
            return
        text = "".join(ln.strip() for ln in self.lines(section.heading_end, section.items[0].start))
        said = _sentences(text.lstrip("。：:，,、 】〕］]"))
        turn = next((k for k, s in enumerate(said) if intro_kind(s) == "measures"), len(said))
        cause, forward = "".join(said[:turn]).strip(), "".join(said[turn:]).strip()
        # (a paragraph of cause points, 究其原因，一是…, gives one cause each: part_items)
        if (
            _STATES_ROOTS.search(cause)
            and not cause.endswith(("：", ":"))
            and not self.opening_points(section)
        ):
            notes.causes.append(Cause(*self.cause(cause)))
        if len(re.findall(r"[\u4e00-\u9fff]", forward)) >= 2:
            notes.openings.measures = opening(forward)

    def lead_in(self, section: Section) -> Item | None:
        """The part's first item when it is only the sentence that leads into the others, the parser
        having found the part's items by position (对照检视出的问题，…主要有以下几个方面的原因。 then a
        paragraph of 一是…二是…): the part's opening words, not its first cause or measure."""
        items = section.items
        if len(items) < 2 or items[0].label or any(p.label for p in items[0].points):
            return None
        first = self.text[items[0].start : items[0].end].strip()
        if "\n" in first or inline_markers(first) or not is_lead_in(items[0].heading, first):
            return None
        return items[0]

    def is_gap(self, item: Item) -> bool:
        """An item that is only a placeholder (its heading may stop at the placeholder's colon)."""
        whole = self.text[item.heading_start : item.end].split("\n")[0].rstrip("。")
        return is_placeholder(whole) or _value(item.heading) is None

    def part_items(self, kind: str) -> list[Item]:
        """The items of the causes (measures) part. Text there without a heading of its own (a part
        written without （一）, or an item the parser found by position) gives one item per inline
        point (一是…二是…), or one for the whole: its causes and measures are kept too."""
        out: list[Item] = []
        for section in self.outline.sections:
            merged = section.kind in ANSWERS and is_merged(section.heading)
            if section.kind != kind and not merged:
                continue
            lead = self.lead_in(section)
            items = [i for i in section.items if i is not lead]
            spans = [(i.start, i.end) for i in items if not i.heading.strip()]
            if not section.items:
                spans = [(section.heading_end, section.end)]
            if merged:  # 原因剖析及整改措施: a paragraph of points led by 究其原因 states causes
                spans = [sp for sp in spans if self.loose_kind(*sp, section.kind) == kind]
                opening = self.opening_points(section)
                if opening and section.kind != kind and self.loose_kind(*opening, section.kind) == kind:
                    spans.insert(0, opening)  # under the heading, before the part's items
                if section.kind != kind:
                    items = []  # the part's headed items are of the part's kind
                    if len(spans) == 1:
                        self.inline_part(kind, *spans[0])
            out += [i for i in items if i.heading.strip()]
            out += [i for start, end in spans for i in self.loose_items(start, end)]
            if spans and len(spans) == len(items or [None]) and not merged:
                self.inline_part(kind, spans[0][0], spans[-1][1])
        return sorted(out, key=lambda i: i.start)

    def opening_points(self, section: Section) -> tuple[int, int] | None:
        """The paragraph of two or more inline points (究其原因，一是…；二是…) standing under a part's
        heading before its first item, which the parser keeps as the part's opening words."""
        if not section.items:
            return None
        start = section.heading_end
        for line in re.finditer(r"[^\n]+", self.text[start : section.items[0].start]):
            if len(inline_markers(line.group())) >= 2:
                return start + line.start(), start + line.end()
        return None

    def loose_kind(self, start: int, end: int, kind: str) -> str:
        """The kind of a paragraph of inline points in a merged part: what the words before its 一是
        open (究其原因，一是…: causes; 针对上述问题，一是…: measures), else the part's kind."""
        body = self.text[start:end]
        markers = inline_markers(body)
        said = intro_kind(body[: markers[0].start]) if markers and markers[0].start else None
        return said if said in ANSWERS else kind

    def inline_part(self, kind: str, start: int, end: int) -> None:
        """A part with no item of its own whose points (two or more) all run in its first paragraph
        (究其原因，一是…；二是…): kept so, with the words before its 一是."""
        body = self.text[start:end]
        markers = inline_markers(body)
        lead = body[: markers[0].start].strip() if markers else ""
        if len(markers) < 2 or "\n" in body[: markers[-1].start].strip() or "\n" in lead:
            return
        self.inline[kind] = lead

    def part_shape(self, notes: Notes) -> None:
        """Each part's own heading (where the material has one part of that kind) and the parts
        written inline, with their lead words as the part's opening."""
        from mingjing.parse.sections import section_kind

        for key in OPENING_KEYS:
            sections = [s for s in self.outline.sections if s.kind == key]
            if len(sections) != 1 or is_merged(sections[0].heading):
                continue
            heading = clean_name(sections[0].heading)
            if heading == A.SECTION_HEADINGS[key] or len(heading) > MAX_NAME or NAME_BREAKS.search(heading):
                continue
            if section_kind(heading) == key:  # the review finds the part by it again
                setattr(notes.headings, key, heading)
        for key, lead in self.inline.items():
            if sum(s.kind == key for s in self.outline.sections) > 1:
                continue  # an aspect-major material's rounds: one part in the redraft, in items
            if getattr(notes, key):
                notes.inline.append(key)
            if getattr(notes, key) and len(re.findall(r"[\u4e00-\u9fff]", lead)) >= 2:
                setattr(notes.openings, key, opening(lead))

    def loose_items(self, start: int, end: int) -> list[Item]:
        body = self.text[start:end]
        markers = inline_markers(body)
        spans = [
            (m.start + len(m.label), markers[k + 1].start if k + 1 < len(markers) else len(body), m.label)
            for k, m in enumerate(markers)
        ] or [(0, len(body), "")]
        out: list[Item] = []
        for a, b, label in spans:
            a += _label_tail(label, body[a:b])
            point = body[a:b].rstrip().rstrip("；;，,")  # 一是…；二是…: the separator is not text
            first = re.match(r"[^。；;！？\n]*", point)
            if point and first and first.group():
                at = start + a
                item = Item(
                    label="",
                    heading=first.group(),
                    heading_start=at,
                    heading_end=at + first.end(),
                    start=at,
                    end=at + len(point),
                )
                self.loose.add(id(item))
                out.append(item)
        return out

    def item_body(self, item: Item) -> str:
        """The item's text after its heading: no leading comma (一是…方面，对…) and no bracket that
        closes a heading written in brackets (【政治纪律方面】支委会…)."""
        return self.text[item.heading_end : item.end].lstrip("。：:，,、 】〕］]")

    def problem(self, text: str) -> Problem:
        # an example on its own line after a point with no full stop (…很少再提\n例如：…) starts a sentence
        text = _EXAMPLE_LINE.sub("。", text)
        name, _, rest = text.partition("。")
        facts: list[str] = []
        opinions: list[str] = []
        at = rest.find(A.FACT_FIRST)
        if at < 0:
            at = next((rest.find(m) for m in ("比如", "例如", "譬如") if rest.find(m) >= 0), -1)
        if at >= 0:
            fact_text = rest[at:]
            rest = rest[:at]
            pieces = re.split(r"(?:^|(?<=。))(?:比如|例如|譬如|又如|再如)[，,：:]?", fact_text)
            facts = [p.rstrip("。") for p in pieces if p.strip()]
        op = rest.find(A.OPINION_FIRST)
        if op >= 0 and rest.endswith(A.OPINION_END):
            inner = rest[op + len(A.OPINION_FIRST) : -len(A.OPINION_END)]
            opinions = inner.split(A.OPINION_NEXT)
            rest = rest[:op]
        facts = [f for f in (_value(f) for f in facts) if f]
        short, rest = _short(name, rest)
        return Problem(
            problem=short,
            own_words=_value(rest),
            facts=facts,
            opinions=[o for o in (_value(o) for o in opinions) if o],
        )

    def problems(self, notes: Notes) -> None:
        for item in self.outline.items("problems"):
            joined = self.first_of_joined(item, notes) if item.aspect is None else None
            if joined:  # 在理论学习、政治素质方面: kept under the first, the user may split it
                self.warnings.append(f"“{item.heading}”写了几个方面，提取在“{joined}”下（可分开写）")
                item = replace(item, aspect=joined)
            if item.aspect is None:
                self.warnings.append(f"“{item.heading}”对应不到框架“{self.fw.name}”的方面，未提取")
                continue
            if notes.aspect(item.aspect):
                self.warnings.append(f"“{item.heading}”与前面的条目是同一方面（{item.aspect}），未重复提取")
                continue
            clause = aspect_clause_end(item.heading)  # `关于…方面,主要是…`: the summary is body text here
            body = (
                self.text[item.heading_start + clause : item.end].lstrip("。：:，,、 ")
                if clause
                else self.item_body(item)
            )
            if id(item) in self.with_cause:
                body, cause = problem_then_cause(body)
                if cause:
                    notes.causes.append(Cause(*self.cause(cause)))
            said = self.statement(item) if not clause else None  # （一）理论学习不够深入，学用结合不紧。
            if _value(body.rstrip("。")) is None:
                if said is None:
                    continue
                body = said + "。"  # a heading alone that states the problem: it is the problem
                said = None
            markers = inline_markers(body)
            labelled = [p for p in item.points if p.label]
            if markers and not self.nested(labelled, item.end - len(body) + markers[0].start):
                labelled = []
            summary = body[: markers[0].start].strip() if markers else ""  # an overall judgement before 一是
            if labelled and len(labelled) == len(item.points):
                # points the parser found under sub-item labels (1. 2., （1）（2）), one problem each,
                # whatever is numbered inside them (1.…（1）…（2）…)
                points = [_point_words(p.label, p.text[len(p.label) :]) for p in labelled]
                summary = self.text[item.heading_end : labelled[0].start].lstrip("。：:，, \n").rstrip()
            elif markers:
                ends = [m.start for m in markers[1:]] + [len(body)]
                points = [
                    _point_words(m.label, body[m.start + len(m.label) : e])
                    for m, e in zip(markers, ends, strict=True)
                ]
            else:
                points = [body.strip()]
            if _LEAD_IN.match(summary):
                summary = (
                    ""  # 具体表现为： only leads in to the points (the redraft wrote `具体表现为。一是…`)
                )
            problems = [self.problem(p) for p in points if p]
            # nothing concrete in the material either (its labels' digits are no facts): no gap, 无 to fill in
            if not A.is_concrete(summary + "".join(points)):
                for p in problems:
                    p.facts = p.facts or [LEFT_OUT]
                self.warnings.append(f"“{item.heading}”没有具体事例（笔记中事实写为“无”，可补上）")
            if said:  # the heading's statement opens the aspect, before its points
                summary = said + "。" + summary
            heading = self.own_heading(item) if not clause else None
            notes.aspects.append(AspectNotes(item.aspect, problems, _value(summary), heading))

    @staticmethod
    def nested(labelled: list[Point], marker: int) -> bool:
        """Whether an item's inline points (its first at `marker`) run inside the points the parser
        found under labels (1.学习不够系统。（1）…（2）…), not before the first of them."""
        return len(labelled) >= 2 and labelled[0].start < marker

    def own_heading(self, item: Item) -> str | None:
        """The item's heading when it names its aspect otherwise than the draft would (带头强化政治忠诚、
        提高政治能力方面 for the pack's 带头强化政治忠诚、提高政治能力): the redraft heads it so."""
        from mingjing.rules.gaps import names_only_its_aspect

        heading = clean_name(item.heading)
        aspect = self.fw.aspect(item.aspect or "")
        if aspect is None or not names_only_its_aspect(heading, aspect.name, self.fw):
            return None
        if heading == A.aspect_heading(aspect) or len(heading) > MAX_NAME or NAME_BREAKS.search(heading):
            return None
        return heading

    def first_of_joined(self, item: Item, notes: Notes) -> str | None:
        """The first framework aspect of a heading that joins several (在理论学习、政治素质方面) that the
        notes do not have yet; None when the parts are not all aspects."""
        from mingjing.parse.aspects import strong_aspect

        core = re.sub(r"^(?:在|关于|对照)|方面$", "", clean_name(item.heading))
        parts = re.split(r"[、和及与]", core)
        named = [strong_aspect(self.fw, f"在{p}方面") for p in parts if p]
        if len(named) < 2 or None in named:
            return None
        return next((a for a in named if a and notes.aspect(a) is None), None)

    def statement(self, item: Item) -> str | None:
        """The item's heading when it states a problem (理论学习不够深入，学用结合不够紧密) rather than
        naming its aspect (在理论学习方面, 政治纪律方面，具体表现为): the material's own words, kept."""
        from mingjing.rules.gaps import names_only_its_aspect

        heading = clean_name(item.heading)
        if (
            not heading
            or names_only_its_aspect(heading, item.aspect, self.fw)
            or heading.endswith(_NAMING_END)
            or not _STATES_A_PROBLEM.search(heading)
        ):
            return None
        return heading

    def causes(self, notes: Notes) -> None:
        for item in self.part_items("causes"):
            if self.is_gap(item):
                continue
            body = self.item_body(item).strip()
            if id(item) in self.merged:  # a cause, then what will be done about it
                body = self.without_closing(item, body)
                body, measure = cause_then_measure(body)
                if not measure and is_measure_heading(item.heading):
                    continue  # 注重家庭家风。合理安排…: headed by what will be done, no cause stated (measures())
                self.merged_measures += [measure] if measure else []
            named = self.point_name(item) if id(item) in self.loose else None
            name, text = named or _short(item.heading, body)
            notes.causes.append(Cause(name, _value(text) or LEFT_OUT))  # 无: a heading alone, as written

    def without_closing(self, item: Item, body: str) -> str:
        """The body of the material's last item without the closing paragraphs the measures part strips
        (closing_lines): read here without taking them, so that a merged item's cause is not cut at a
        closing `我将以这次…为契机`."""
        if not self.outline.sections or item is not self.outline.sections[-1].items[-1:][0]:
            return body
        lines = body.split("\n")
        while len(lines) > 1 and _CLOSING_START.match(lines[-1].strip()):
            lines.pop()
        return "\n".join(lines).strip()

    def point_name(self, item: Item) -> tuple[str, str] | None:
        """An inline point's short name where its first sentence is too long for one: the clause
        before its first comma, when that clause states the shortcoming (一是理论学习不够深入，没有把
        …结合起来，…能力不强。 → 理论学习不够深入). The material headed nothing there; the whole
        sentence as the redraft's heading would be judged as one (a list of shortcomings)."""
        first, comma, rest = item.heading.partition("，")
        if not comma or len(item.heading) <= MAX_NAME or not 4 <= len(first) <= MAX_NAME:
            return None
        if not _STATES_A_PROBLEM.search(first):
            return None
        return first, sentence(rest + self.text[item.heading_end : item.end])

    def cause(self, text: str) -> tuple[str | None, str]:
        """A cause a merged item states: its short name and text (无 when the material gave none)."""
        name, rest = cause_name(text)
        return name, _value(rest) or LEFT_OUT

    def measures(self, notes: Notes) -> None:
        items = self.part_items("measures")
        for k, item in enumerate(items):
            lines = self.lines(item.heading_end, item.end)
            if k == len(items) - 1 and self.outline.sections[-1].kind == "measures":
                lines = self.closing_lines(notes, lines)
            if self.is_gap(item):
                continue
            if not lines:
                lines = [""]
            first = ""
            steps = []
            for n, line in enumerate(lines):
                line = line.lstrip("。：: ") if n == 0 else line
                label = match_label(line)
                step = line[label.end :] if label and label.rank == 3 else None
                if step is None and n == 0:
                    first = line
                elif step is not None and not step[:1].isdigit():
                    steps.append(step)
                else:  # prose, or a step the notes could not number (it starts with a digit): the text
                    first += step if step is not None else line
            stated = cause_before_turn(item.heading) if id(item) in self.merged else None
            if stated:  # `…是思想根源，要强化理论武装`: the heading states the cause, the body the measure
                notes.causes.append(Cause(*self.cause(stated)))
            cause, rest = cause_then_measure(first) if id(item) in self.merged and not stated else ("", first)
            if rest or not is_measure_heading(item.heading):
                # the cause the item states first, then the measure; an item headed by what will be
                # done whose words never turn to it (no 今后, no time limit) is all measure, no cause
                first = rest
                if cause and is_problem_ref(item.heading):  # 关于…的问题: the cause keeps its tie
                    notes.causes.append(Cause(clean_name(item.heading), _value(cause) or LEFT_OUT))
                elif cause:
                    notes.causes.append(Cause(*self.cause(cause)))
            deadline = None
            m = _DEADLINE.search(first)
            if m:
                deadline, first, after = m.group(1), first[: m.start()], first[m.end() :].strip()
                if after:
                    self.own_closing.append(after)
            elif not A.says_when(item.heading + first + "".join(steps)):
                deadline = LEFT_OUT  # the material gives none: the draft does not ask for one either
                self.warnings.append(
                    f"整改措施“{clean_name(item.heading)}”没有写完成时限（笔记中写为“无”，可补上）"
                )
            aspect, heading = self.answered_aspect(item)
            if _value(heading) is None and _value(first) is None:
                continue
            name, first = _short(heading, first)
            notes.measures.append(
                Measure(name, _value(first) or LEFT_OUT, _value(deadline), [s for s in steps if s], aspect)
            )
        for text in self.merged_measures:
            notes.measures.append(Measure(LEFT_OUT, text, None if A.says_when(text) else LEFT_OUT))

    def answered_aspect(self, item: Item) -> tuple[str | None, str]:
        """(the aspect a measure answers, its heading without the words that say so): the aspect it
        names first (针对…方面的问题，, as a draft writes it), else that of its round in an
        aspect-major material."""
        heading = item.heading
        m = A.ANSWERS_ASPECT_RE.match(heading)
        if m:
            named = next((a.name for a in self.fw.aspects if A.aspect_stem(a.name) == m.group(1)), None)
            if named:
                return named, heading[m.end() :]
        at = next((a for start, end, a in self.round_aspects if start <= item.start < end), None)
        hint = "材料按方面分块写，每条整改措施记下了对应方面，重新起草时写作“针对……方面的问题，……”"
        if at and hint not in self.warnings:
            self.warnings.append(hint)
        return at, heading

    def closing_lines(self, notes: Notes, lines: list[str]) -> list[str]:
        """The last measure's lines without what closes the material: the date, a signature under
        the text (its name taken when the title gave none), a last 请同志们批评指正."""
        lines = list(lines)
        while lines:
            last = lines[-1].strip()
            if last == A.placeholder(A.GAPS["date"]):
                self.date_gap = True
            elif self.signed_below(notes, last):
                pass
            elif (
                len(last) <= 60
                and (any(w in last for w in _CLOSING_WORDS + ("批评帮助",)) or _ASKS_OVERSIGHT.search(last))
            ) or _CLOSING_START.match(last):
                self.own_closing.insert(0, last)
            else:
                break
            lines.pop()
        return lines

    def signed_below(self, notes: Notes, line: str) -> bool:
        """Whether a line under the text is the date or a signature (taken into the notes): a date
        line; a name, also with post and unit (许静, 党员：许静, （某局副局长　许静）), or a team's
        signature (中共某镇委员会, 书记：刘海峰　镇长：孟凡), a date after it on the line."""
        dated = _DATE_AFTER_SIGNATURE.search(line)
        if _DATE_LINE.match(line):
            notes.date = normalise_date(line) or notes.date
            return True
        signed = line[: dated.start()].strip() if dated else line
        sig = split_signature(signed, notes.author if notes.author != LEFT_OUT else None)
        if sig is not None and re.search(r"[：:]", sig.unit or ""):
            return False  # 责任领导：分管副局长　孟凡 — a line of the last measure, not its author
        if sig is not None and sig.name and sig.post and is_person_name(sig.name):
            self.name_below(notes, sig.name)  # 单位 职务 姓名 under the text: where the title named nobody
            if not is_collective(notes.kind) and notes.author == sig.name:
                notes.unit = notes.unit if notes.unit not in (None, LEFT_OUT) else sig.unit or notes.unit
                notes.role = notes.role if notes.role not in (None, LEFT_OUT) else sig.post
        elif sig is not None and not sig.post and not sig.unit:
            self.name_below(notes, sig.name)
        elif not (is_collective(notes.kind) and _SIGNED_BY_TEAM.match(signed)):
            return False
        if dated:
            notes.date = normalise_date(re.sub(r"\s", "", dated.group(1))) or notes.date
        return True

    def name_below(self, notes: Notes, name: str | None) -> None:
        """A name under the text is the author's when neither the title nor a signature line gave
        one (a title that begins with unit and post names nobody); a team's material names nobody."""
        if notes.author in (None, LEFT_OUT) and name and not is_collective(notes.kind):
            notes.author = name

    def closing(self, notes: Notes) -> None:
        """How the material ends: its own closing lines are kept (after the last part, as it had
        them); a material that closes its preamble with the closing (as a draft's count sentence
        does) gets the count sentence again; one without any closing gets none (无): the redraft
        adds no sentence the material did not have."""
        sections = self.outline.sections
        tail = self.lines(sections[-1].end, len(self.text)) if sections else []
        for line in (ln.strip() for ln in tail):
            if is_placeholder(line.rstrip("。")) or line in self.own_closing:
                continue
            if self.signed_below(notes, line):
                pass
            elif any(w in line for w in _CLOSING_WORDS + ("批评帮助",)) or _CLOSING_START.match(line):
                self.own_closing.append(line)
        if self.closes_preamble:
            return
        notes.closing = "".join(A.sentence(c) for c in self.own_closing) or LEFT_OUT

    def parts_left_out(self, notes: Notes) -> None:
        """Causes or measures the material has no part for (nor a merged part that answers for
        them, parse/sections.py `answers`): 无, so that the redraft leaves the part out as the
        material did instead of drafting a gap for it."""
        names = {"causes": "原因剖析", "measures": "整改措施"}
        for part in LEAVABLE_PARTS:
            if getattr(notes, part) or any(answers(part, s.kind, s.heading) for s in self.outline.sections):
                continue
            notes.parts_left_out.append(part)
            self.warnings.append(f"材料没有“{names[part]}”部分（笔记中写为“无”，重新起草时也不写；可补上）")

    def rectification(self, notes: Notes) -> None:
        """A team's material without a part of its own on last time's rectification (which the pack
        requires): 无, so that the redraft does not ask for one (the review judges both alike)."""
        from mingjing.rules.material_kind import part_present

        required = self.fw.parts_for(notes.kind)
        if required and not any(
            part_present(e.heading, p.aliases, p.name)
            for e in notes.extras
            if e.before_problems
            for p in required
        ):
            notes.preamble.rectification = LEFT_OUT

    def extras(self, notes: Notes) -> None:
        """Parts besides problems, causes and measures, kept as written (the last without the
        material's closing lines)."""
        sections = self.outline.sections
        problems = next((s.start for s in sections if s.kind == "problems"), len(self.text))
        for k, section in enumerate(sections):
            if section.kind != "other":
                continue
            lines = [ln.strip() for ln in self.lines(section.heading_end, section.end)]
            # (after `【学习情况` the bracket that closes the heading, `】`, is no text of the part)
            lines[:1] = [ln.lstrip("。：:】 ") for ln in lines[:1] if ln.lstrip("。：:】 ")]
            if k == len(sections) - 1:
                lines = self.closing_lines(notes, lines)
            heading = clean_name(section.heading)
            if heading and lines:
                notes.extras.append(Extra(heading, lines, section.start < problems))

    def date(self, notes: Notes) -> None:
        paragraphs = self.outline.document.paragraphs
        if paragraphs and notes.date is None:
            last = self.text[paragraphs[-1].start : paragraphs[-1].end]
            if _DATE_LINE.match(last):
                notes.date = normalise_date(last)
        notes.date = notes.date or (None if self.date_gap else LEFT_OUT)


_CONTENTS_WORD = re.compile(r"\s*目\s*录")


def _contents_between(outline: Outline, start: int, end: int) -> bool:
    """The text the parser read past before the preamble opens with `目录`: a table of contents."""
    return _CONTENTS_WORD.match(outline.document.text[start:end]) is not None


def extract_notes(outline: Outline, fw: Framework) -> tuple[Notes, list[str]]:
    """Notes from a material's outline, and what could not be taken over (as Chinese lines)."""
    ex = _Extractor(simplified_outline(outline), fw)
    notes = Notes(framework=fw.id)
    start = ex.header(notes)
    # (a table of contents between the title and the preamble, `目录` and its lines: no preamble of the draft)
    read_from = outline.preamble_start
    if read_from is None and outline.sections:
        read_from = outline.sections[
            0
        ].start  # (contents right before the first part: no preamble at all, r24)
    if read_from is not None and start < read_from and _contents_between(outline, start, read_from):
        start = read_from
    ex.preamble(notes, start)
    ex.openings(notes)
    ex.problems(notes)
    ex.causes(notes)
    ex.measures(notes)
    ex.parts_left_out(notes)
    ex.part_shape(notes)
    ex.extras(notes)
    ex.rectification(notes)
    ex.closing(notes)
    ex.date(notes)
    return notes, ex.warnings


def extract_file(
    path: Path,
    frameworks: dict[str, Framework],
    framework_id: str | None = None,
    shown_name: str | None = None,
) -> tuple[Notes, list[str]]:
    """`draft extract`: read and parse a material (framework given or recognised), then extract its notes."""
    from mingjing.errors import InputError
    from mingjing.parse import parse_document
    from mingjing.read import read_document

    outline = parse_document(read_document(path), frameworks, framework_id)
    if outline.framework is None:
        raise InputError(
            f"{shown_name or path}：识别不出对照的框架，请用 --framework 指定（mingjing frameworks list 查看）"
        )
    return extract_notes(outline.reading(), frameworks[outline.framework.id])
