"""Parser: Document → Outline (sections × aspects × points × examples), framework detected.

`parse_document(doc, frameworks, framework_id=None)`; every offset satisfies
`outline.document.text[start:end] == element text`. A text in traditional characters is parsed
in simplified ones, one character for one (`mingjing.traditional`): `outline.document` is then
that simplified copy, with the same offsets, lines and columns, and `outline.traditional` is set;
the title and headings are given back as written (`Outline.reading()` is the simplified view).
"""

from __future__ import annotations

import re
from dataclasses import replace

from mingjing.errors import InputError
from mingjing.frameworks import Framework
from mingjing.model import TEXT_ITEM, Document, FrameworkRef, Item, Outline, Section
from mingjing.parse.aspect_places import aspect_in_opening, aspects_by_place, free_aspects_by_keywords
from mingjing.parse.aspect_terms import core_name, one_word_aspect
from mingjing.parse.aspects import map_aspect, strong_aspect
from mingjing.parse.detect import (
    MEETING_WORDS,
    detect_framework,
    pack_by_named_aspects,
    title_years,
    unpacked_title,
)
from mingjing.parse.kind import material_kind
from mingjing.parse.outline import (
    analyse,
    build_sections,
    chunk_words,
    closing_part,
    find_sections,
    find_title,
    implicit_problems,
    leading_contents,
    named_contents,
    past_furniture,
    trim_span,
    unheaded_tail,
)
from mingjing.parse.readings import confidence, kinds_elsewhere
from mingjing.parse.sections import section_kind, unglossed
from mingjing.traditional import as_written, is_traditional, to_simplified

POSITION_ONLY = 0.5  # parts found only by where numbered items stand: low confidence
HEAD_CHARS = 300  # how much text after the title detection reads for year and meeting words
OPENING_CHARS = 80  # how much of an item's body aspect mapping may read for keywords


PART_NAME = 8  # characters of a part's name used as an item's heading (`存在问题`, `存在的主要问题`)


def _aspect_heading(section: Section, item: Item) -> str:
    """The words that name an item's aspect: its heading, or the part's when the item is headed by
    the name of a part (`一、学习贯彻党的创新理论情况` / `【存在问题】` in an aspect-major material)."""
    if (
        section.heading
        and len(section.items) == 1
        and len(item.heading) <= PART_NAME
        and section_kind(item.heading) == "problems"
    ):
        return section.heading
    return item.heading


def _one_word_aspects(
    fw: Framework, items: list[Item], named_by: dict[int, str], frameworks: dict[str, Framework]
) -> None:
    """Items headed by one word of an aspect (`党性修养方面`, `作风建设方面`) take it only in a material
    whose other items map to the pack (most of them), and only an aspect no other item holds: a
    material that follows aspects of its own (`在履职尽责方面`, `在作风建设方面`) keeps them unmapped."""
    unmapped = [i for i in items if i.aspect is None]
    if not unmapped or 2 * (len(items) - len(unmapped)) <= len(items):
        return
    held = {i.aspect for i in items}
    elsewhere = frozenset(core_name(a) for f in frameworks.values() if f.id != fw.id for a in f.aspects)
    for item in unmapped:
        aspect = one_word_aspect(fw, named_by[id(item)], elsewhere)
        if aspect is not None and aspect not in held:
            item.aspect = aspect
            held.add(aspect)


def _aspects_from_places(fw: Framework, sections: list[Section], named_by: dict[int, str], text: str) -> None:
    """Problem items their headings leave unmapped: the aspect their text opens by naming, an aspect no
    other item holds; then, part by part, the aspect of their place (`aspect_places`)."""
    problems = [s for s in sections if s.kind == "problems"]
    held = {i.aspect for s in problems for i in s.items} - {None}
    for item in (i for s in problems for i in s.items if i.aspect is None):
        aspect = aspect_in_opening(fw, _opening(text, item))
        if aspect is not None and aspect not in held:
            item.aspect = aspect
            held.add(aspect)
    for section in problems:
        aspects_by_place(fw, section, named_by)
    free_aspects_by_keywords(fw, [i for s in problems for i in s.items], text, named_by)


def _opening(text: str, item: Item) -> str:
    return text[item.heading_end : min(item.end, item.heading_end + OPENING_CHARS)]


def _choose_framework(
    frameworks: dict[str, Framework],
    framework_id: str | None,
    head: str,
    text: str,
    problem_items: list[Item],
    named_by: dict[int, str],
) -> FrameworkRef | None:
    if framework_id:
        if framework_id not in frameworks:
            raise InputError(f"未知的框架 {framework_id}（可用：{'、'.join(sorted(frameworks))}）")
        fw = frameworks[framework_id]
        return FrameworkRef(fw.id, fw.name, forced=True)

    def mapped(fw: Framework) -> tuple[int, int]:
        """Distinct aspects the items map to: five items all read as 工作作风 explain one aspect."""
        aspects = {map_aspect(fw, named_by[id(i)], _opening(text, i)) for i in problem_items}
        return len(aspects - {None}), len(problem_items)

    def strong(fw: Framework) -> int:
        """Distinct aspects the items' headings name outright (`strong_aspect`), not by keywords."""
        return len({strong_aspect(fw, named_by[id(i)]) for i in problem_items} - {None})

    found = detect_framework(frameworks, head, mapped, strong, _naming(head))
    # (an excerpt whose problems run in one paragraph: the aspects it writes out name the pack)
    return found or pack_by_named_aspects(frameworks, head, _naming(head), text)


NAMING_CHARS = 160  # how much of the opening sentence speaks for a missing title


def naming_text(outline: Outline) -> str:
    """The words that name the material's year, meeting and campaign (see `_naming`)."""
    text = outline.document.text
    return _naming(outline.title + "\n" + text[outline.title_end : outline.title_end + HEAD_CHARS])


def _naming(head: str) -> str:
    """What names the material's year, meeting and campaign: the title; with no title, or one that
    names neither a year nor a meeting (`对照检查材料`), the title and the opening sentence
    (`按照学校党委关于召开“不忘初心、牢记使命”主题教育专题民主生活会的安排，…`)."""
    title, _, after = head.partition("\n")
    if title and (title_years(title) or any(w in title for ws in MEETING_WORDS.values() for w in ws)):
        return title
    return title + re.split(r"[。！？\n]", after.lstrip(), maxsplit=1)[0][:NAMING_CHARS]


# (a mask where a name stood counts as the name's characters: `XX 局`, `局长XXX 2024年度…`, round r26)
_STRAY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d“”Xx×＊*])[ \t\u3000]+(?=[\u4e00-\u9fff\d“”Xx×＊*])")


# a page's number for one of its pieces after the name of the document (`…组织生活报告1`, `…问题清单2`)
_PIECE_NUMBER = re.compile(r"(?<=材料|提纲|报告|清单|发言)\d{1,2}$|(?<=[\u4e00-\u9fff])\s*[（(]\d{1,2}[)）]$")


def title_words(written: str) -> str:
    """The title's words: stray spaces between Chinese characters or digits dropped (`县 税务局`,
    `2024 年度` → `县税务局`, `2024年度`), and a page's number for the piece after the name of the
    document (`…报告1`) or in brackets at the end (`…发言稿 (4)`, `…2017年(2)`), and a mirror site's pinyin
    glosses (`发(fā)言稿`); `title_start`/`title_end` still span the title as written."""
    return _PIECE_NUMBER.sub("", _STRAY_SPACE.sub("", unglossed(written)))


def parse_document(
    document: Document,
    frameworks: dict[str, Framework],
    framework_id: str | None = None,
    kind: str | None = None,
) -> Outline:
    traditional = is_traditional(document.text)
    written = document.text
    if traditional:
        document = replace(document, text=to_simplified(document.text))
    text = document.text
    paras = analyse(document)
    title = find_title(paras)
    skip = past_furniture(
        paras, title.index + 1 if title else leading_contents(paras), title.text if title else ""
    )
    skip = named_contents(paras, skip)
    best, ranked = find_sections(paras, skip, len(text))
    heads = closing_part(paras, unheaded_tail(paras, implicit_problems(paras, skip, best)))
    sections = build_sections(document, paras, heads, best.rank if best else None)
    first_section = sections[0].start if sections else len(text)
    preamble = None
    if skip < len(paras) and paras[skip].start < first_section:
        preamble = trim_span(text, paras[skip].start, first_section)
    for headed in [*sections, *(i for s in sections for i in s.items)]:
        # `问(wèn)题`: the heading's words, its span as written (as the title's)
        headed.heading = chunk_words(unglossed(headed.heading))
    problem_items = [i for s in sections if s.kind == "problems" for i in s.items]
    named_by = {id(i): _aspect_heading(s, i) for s in sections if s.kind == "problems" for i in s.items}
    after_title = title.end if title else 0
    head = (title.text if title else "") + "\n" + text[after_title : after_title + HEAD_CHARS]
    # (a part's own text held as an item, `TEXT_ITEM`, heads no aspect: its first sentence maps by chance)
    headed_items = [i for i in problem_items if i.by != TEXT_ITEM]
    ref = _choose_framework(frameworks, framework_id, head, text, headed_items, named_by)
    if ref is not None:
        fw = frameworks[ref.id]
        for item in problem_items:
            item.aspect = map_aspect(fw, named_by[id(item)], _opening(text, item))
        _one_word_aspects(fw, problem_items, named_by, frameworks)
        _aspects_from_places(fw, sections, named_by, text)
    outline = Outline(
        document=document,
        title=title_words(title.text) if title else "",
        title_start=title.start if title else 0,
        title_end=title.end if title else 0,
        preamble_start=preamble[0] if preamble else None,
        preamble_end=preamble[1] if preamble else None,
        framework=ref,
        sections=sections,
        confidence=confidence(ranked) if best is not None or not sections else POSITION_ONLY,
        kinds_elsewhere=kinds_elsewhere(ranked),
        traditional=traditional,
        unpacked=[] if ref is not None else unpacked_title(frameworks, _naming(head)),
    )
    outline.kind = material_kind(outline, frameworks, kind)  # issue 14: the material's kind
    if traditional:  # every keyword test is done: title and headings as the user wrote them
        outline.title = as_written(text, written, outline.title_start, outline.title)
        for headed in [*sections, *(i for s in sections for i in s.items)]:
            headed.heading = as_written(text, written, headed.heading_start, headed.heading)
    return outline
