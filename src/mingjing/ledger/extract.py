"""From a parsed material (Outline) to ledger items: each measure linked to the problems and framework
aspects it answers, with its time limit.

A measure is an item of the measures section, or each of its points (一是…二是…) when it has them.
A measure is linked to a problem item by the review's own correspondence test
(`rules.correspondence.answered_by`, the test behind A101), keeping the links at least a third as
strong as the strongest (`answer_strength`): one passing mention does not make a link.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mingjing.errors import InputError
from mingjing.frameworks import Framework
from mingjing.ledger.timelimits import TimeLimit, parse_time_limit
from mingjing.model import Item, Outline
from mingjing.parse.sections import answers

KEEP_SHARE = 1 / 3  # a linked problem must share at least this share of the best link's words
_CLAUSE = re.compile(r"[。；;：:！？，,]")
_SIGNATURE = re.compile(r"^(.{2,40}?)[\s　]+([\u4e00-\u9fff]{2,4})$")


@dataclass
class Problem:
    """One problem as the material states it (a point 一是…, or an item without points)."""

    aspect: str | None
    heading: str  # the problem item's heading
    statement: str  # the point's first clause: what the problem is
    text: str


@dataclass
class Measure:
    label: str
    heading: str
    text: str  # what the ledger's 整改措施 column shows
    problem: str  # what the 问题 column shows: the linked problems' headings and statements
    aspects: list[str]
    problem_items: list[int]  # indexes of the linked problem items in the material
    limit: TimeLimit


@dataclass
class Extraction:
    path: str
    title: str
    person: str | None
    unit: str | None
    year: int | None
    meeting_date: date
    framework: str | None
    problems: list[Problem] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    digest: str = ""  # sha256 of the material's text (and of its given author): imported once per author
    name: str = ""  # the name the ledger shows for the material (default: the file's name)

    @property
    def unknown_limits(self) -> list[Measure]:
        return [m for m in self.measures if m.limit.kind == "unknown"]

    @property
    def unlinked(self) -> list[Measure]:
        return [m for m in self.measures if not m.problem_items]


def _statement(text: str, label: str) -> str:
    body = text[len(label) :].lstrip("，,、：: ") if label and text.startswith(label) else text
    return _CLAUSE.split(body, maxsplit=1)[0]


def _problems(outline: Outline) -> list[Problem]:
    text = outline.document.text
    found = []
    for item in outline.items("problems"):
        if item.points:
            found += [
                Problem(item.aspect, item.heading, _statement(p.text, p.label), p.text) for p in item.points
            ]
        else:
            found.append(
                Problem(
                    item.aspect, item.heading, item.heading, text[item.heading_end : item.end].strip("。 ")
                )
            )
    return found


def _problem_label(item: Item) -> str:
    statements = [_statement(p.text, p.label) for p in item.points]
    heading = item.heading.rstrip("。：:")
    return heading + ("：" + "；".join(statements) if statements else "")


def _measure_parts(text: str, item: Item) -> list[tuple[str, str, str]]:
    """(label, what the 整改措施 column shows, text to read the limit and links from) of each measure
    of a measures item: each point when the item is all labelled points (一是…二是…), else the item."""
    whole = text[item.start : item.end]
    if len(item.points) > 1 and all(p.label for p in item.points):
        heading = item.heading.rstrip("。：:")
        return [
            (
                item.label + p.label,
                heading + "：" + p.text[len(p.label) :].lstrip("，,、：: ").strip(),
                p.text,
            )
            for p in item.points
        ]
    shown = whole[len(item.label) :] if item.label and whole.startswith(item.label) else whole
    return [(item.label, shown.strip(), whole)]


def _signature(outline: Outline) -> tuple[str | None, str | None]:
    """(unit and post, name) from a signature line right after the title (XX局局长　王建国)."""
    text = outline.document.text
    for p in outline.document.paragraphs:
        if p.start >= outline.title_end:
            m = _SIGNATURE.match(text[p.start : p.end].strip())
            return (m.group(1).strip(), m.group(2)) if m else (None, None)
    return None, None


def extract(
    outline: Outline,
    frameworks: dict[str, Framework],
    meeting_date: date,
    *,
    person: str | None = None,
    unit: str | None = None,
) -> Extraction:
    """The ledger items of one material; InputError when it has no measures section."""
    from mingjing.rules.context import ReviewContext
    from mingjing.rules.correspondence import answer_strength, answer_words, answered_by
    from mingjing.similarity.index import title_year_author

    source = outline.document.source.path
    # a merged `原因及整改措施` part holds the measures too
    measure_items = [i for s in outline.sections if answers("measures", s.kind, s.heading) for i in s.items]
    if not measure_items:
        raise InputError(f"{Path(source).name}：没有找到整改措施部分（如“三、整改措施”），无法生成台账")
    year, author = title_year_author(outline.title)
    sig_unit, sig_name = _signature(outline)
    fw = frameworks.get(outline.framework.id) if outline.framework else None
    result = Extraction(
        source,
        outline.title,
        person or sig_name or author,
        unit or sig_unit,
        year or (fw.year if fw else None) or meeting_date.year,
        meeting_date,
        outline.framework.id if outline.framework else None,
        _problems(outline),
    )
    # the same text is imported once; when the author is given (the web app: the material's author),
    # two authors who handed in the same file each get their own items
    keyed = outline.document.text if person is None else f"{person}\0{outline.document.text}"
    result.digest = hashlib.sha256(keyed.encode("utf-8")).hexdigest()
    ctx = ReviewContext(outline.reading(), frameworks)
    problem_items = outline.items("problems")
    text = outline.document.text

    def links(measure_text: str) -> list[int]:
        """The problems the measure answers, the weakly answered left out when others are answered
        much more strongly (a measure on study that mentions 调研 once is not about 工作作风)."""
        answer = answer_words(measure_text, ctx)
        strength = {
            k: sum(answer_strength(ctx, p, answer))
            for k, p in enumerate(problem_items)
            if answered_by(ctx, p, answer)
        }
        best = max(strength.values(), default=0)
        return [k for k, n in strength.items() if n >= best * KEEP_SHARE]

    for item in measure_items:
        item_links = links(text[item.start : item.end])
        for label, shown, own in _measure_parts(text, item):
            split = own != text[item.start : item.end]
            linked = (links(own) or item_links) if split else item_links
            limit = parse_time_limit(own, meeting_date)
            if limit.kind == "none" and split:
                limit = parse_time_limit(item.heading, meeting_date)
            result.measures.append(
                Measure(
                    label=label,
                    heading=item.heading,
                    text=shown,
                    problem="\n".join(_problem_label(problem_items[k]) for k in linked),
                    aspects=list(dict.fromkeys(a for k in linked if (a := problem_items[k].aspect))),
                    problem_items=linked,
                    limit=limit,
                )
            )
    return result


def extract_file(
    path: Path,
    frameworks: dict[str, Framework],
    meeting_date: date,
    *,
    framework_id: str | None = None,
    person: str | None = None,
    unit: str | None = None,
) -> Extraction:
    """Read, parse and extract one material file."""
    from mingjing.parse import parse_document
    from mingjing.read import read_document

    outline = parse_document(read_document(path), frameworks, framework_id)
    return extract(outline, frameworks, meeting_date, person=person, unit=unit)
