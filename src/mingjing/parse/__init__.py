"""Parser: Document → Outline (sections × aspects × points × examples), framework detected.

`parse_document(doc, frameworks, framework_id=None)`; every offset satisfies
`doc.text[start:end] == element text`.
"""

from __future__ import annotations

from mingjing.errors import InputError
from mingjing.frameworks import Framework
from mingjing.model import Document, FrameworkRef, Outline
from mingjing.parse.aspects import map_aspect
from mingjing.parse.detect import detect_framework
from mingjing.parse.outline import analyse, build_sections, find_sections, find_title

HEAD_CHARS = 300


def _first_sentence(text: str, start: int, end: int) -> str:
    return text[start:min(end, start + 80)]


def parse_document(document: Document, frameworks: dict[str, Framework],
                   framework_id: str | None = None) -> Outline:
    paras = analyse(document)
    title = find_title(paras)
    skip = title.index + 1 if title else 0
    heads, rank = find_sections(paras, skip)
    sections = build_sections(document, paras, heads, rank)
    text = document.text
    first_section = sections[0].start if sections else len(text)
    pre_start = paras[skip].start if skip < len(paras) else None
    preamble = None
    if pre_start is not None and pre_start < first_section:
        pre_end = first_section
        while pre_end > pre_start and text[pre_end - 1] in " \n":
            pre_end -= 1
        preamble = (pre_start, pre_end)
    problem_items = [i for s in sections if s.kind == "problems" for i in s.items]

    def mapped(fw: Framework) -> tuple[int, int]:
        hits = sum(1 for i in problem_items if map_aspect(fw, i.heading, _body(i)) is not None)
        return hits, len(problem_items)

    def _body(item) -> str:
        return _first_sentence(text, item.heading_end, item.end)

    if framework_id:
        if framework_id not in frameworks:
            known = "、".join(sorted(frameworks))
            raise InputError(f"未知的框架 {framework_id}（可用：{known}）")
        fw = frameworks[framework_id]
        ref: FrameworkRef | None = FrameworkRef(fw.id, fw.name, forced=True)
    else:
        after_title = title.end if title else 0
        head = (title.text if title else "") + "\n" + text[after_title:after_title + HEAD_CHARS]
        ref = detect_framework(frameworks, head, mapped)
    if ref is not None:
        fw = frameworks[ref.id]
        for item in problem_items:
            item.aspect = map_aspect(fw, item.heading, _body(item))
    return Outline(
        document=document,
        title=title.text if title else "",
        title_start=title.start if title else 0,
        title_end=title.end if title else 0,
        preamble_start=preamble[0] if preamble else None,
        preamble_end=preamble[1] if preamble else None,
        framework=ref,
        sections=sections,
    )
