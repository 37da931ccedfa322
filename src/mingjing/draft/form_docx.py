"""The notes as a Word form (python-docx): instructions on top, then a table for the basic facts,
one for the preparation, one per framework aspect (rows for each problem's name, own words, facts
and opinions received), one for causes, one for measures with their time limits, one for each
part's opening words and one for each part's own heading and whether it is written as one paragraph
(both optional: a form made before them still reads).

Tables are found again by the text of their first cell and rows by their first-column label, so
a form keeps working after Word or WPS saved it, rows were copied or added, and empty rows left.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from mingjing.draft import forms as F
from mingjing.draft.notes import Notes
from mingjing.errors import InputError
from mingjing.frameworks import Framework

_FONT = "宋体"
_HINT_GREY = (0x59, 0x59, 0x59)


def _cell(cell, text: str | list[str], *, bold: bool = False, hint: bool = False) -> None:
    """Write a cell; a list (facts, opinions, steps) is one paragraph per entry."""
    from docx.shared import Pt, RGBColor

    lines = text if isinstance(text, list) else [text]
    cell.text = ""
    for k, line in enumerate(lines or [""]):
        paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold
        if hint:
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(*_HINT_GREY)


def _widths(table, cm: list[float]) -> None:
    from docx.shared import Cm

    table.autofit = False
    for column, width in zip(table.columns, cm):  # the grid: what LibreOffice and WPS lay out by
        column.width = Cm(width)
    for row in table.rows:  # the cells: what Word lays out by
        for cell, width in zip(row.cells, cm):
            cell.width = Cm(width)


def _label_table(doc, title: str, rows: Sequence[tuple[str, str | list[str] | None, str]]):
    """Label | 填写内容 | 说明; rows are (label, value, hint)."""
    table = doc.add_table(rows=1 + len(rows), cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (title, "填写内容", "说明")):
        _cell(cell, text, bold=True)
    for row, (label, value, hint) in zip(table.rows[1:], rows):
        _cell(row.cells[0], label, bold=True)
        _cell(row.cells[1], value or "")
        _cell(row.cells[2], hint, hint=True)
    _widths(table, [3.0, 9.2, 3.8])
    return table


def _column_table(
    doc, columns: list[tuple[str, str, str]], items: list, empty_rows: int, widths: list[float]
):
    table = doc.add_table(rows=1 + max(empty_rows, len(items)), cols=len(columns))
    table.style = "Table Grid"
    for cell, (_, label, _) in zip(table.rows[0].cells, columns):
        _cell(cell, label, bold=True)
    for row, item in zip(table.rows[1:], items):
        for cell, (key, _, _) in zip(row.cells, columns):
            _cell(cell, getattr(item, key) or "")
    _widths(table, widths)
    return table


def docx_form(fw: Framework, notes: Notes | None = None) -> bytes:
    """A Word form for this framework: empty, or filled with these notes (`draft extract`)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    notes = notes or Notes(framework=fw.id)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = _FONT
    normal.font.size = Pt(11)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), _FONT)
    doc.core_properties.title = f"对照检查材料笔记表（{fw.name}）"
    doc.add_heading(f"对照检查材料笔记表（{fw.name}）", level=1)
    for line in F.INSTRUCTIONS:
        doc.add_paragraph(line)
    doc.add_heading("一、基本信息", level=2)
    _label_table(
        doc, F.BASIC_TABLE, [(label, F.basic_value(notes, fw, key), hint) for key, label, hint in F.BASIC]
    )
    doc.add_heading("二、会前准备（前言）", level=2)
    _label_table(
        doc,
        F.PREAMBLE_TABLE,
        [(label, getattr(notes.preamble, key), hint) for key, label, hint in F.PREAMBLE],
    )
    doc.add_heading("三、查摆的问题（每个方面一张表，每个问题四行）", level=2)
    for aspect in fw.aspects:
        given = notes.aspect(aspect.name)
        problems = given.problems if given else []
        rows = [
            (F.HEADING[1], given.heading if given else "", F.HEADING[2]),
            (F.SUMMARY[1], given.summary if given else "", F.SUMMARY[2]),
        ]
        for k in range(max(F.PROBLEMS_PER_ASPECT, len(problems))):
            problem = problems[k] if k < len(problems) else None
            rows += [
                (label, getattr(problem, key) if problem else "", hint) for key, label, hint in F.PROBLEM
            ]
        _label_table(doc, F.ASPECT_PREFIX + aspect.name, rows)
        doc.add_paragraph()
    doc.add_heading("四、产生问题的原因（从理想信念、党性修养、宗旨意识、纪律规矩等方面剖析）", level=2)
    _column_table(doc, F.CAUSE, F.part_rows(notes, "causes"), F.CAUSE_ROWS, [4.5, 11.5])
    doc.add_heading("五、整改措施（和上面的问题对应，每条都要能检验）", level=2)
    _column_table(doc, F.MEASURE, F.part_rows(notes, "measures"), F.MEASURE_ROWS, [3.0, 5.8, 2.4, 2.8, 2.0])
    doc.add_heading("六、各部分的开头语（可不填）", level=2)
    _label_table(
        doc,
        F.OPENINGS_TABLE,
        [(label, getattr(notes.openings, key), hint) for key, label, hint in F.OPENINGS],
    )
    doc.add_heading("七、各部分的标题和写法（可不填）", level=2)
    _label_table(
        doc,
        F.HEADINGS_TABLE,
        [(label, F.shape_value(notes, key), hint) for key, label, hint in F.HEADINGS + F.INLINE],
    )
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _text(cell) -> str:
    return "\n".join(p.text for p in cell.paragraphs).strip()


def _rows(table) -> list[list[str]]:
    """Each row's cell texts, a cell merged across columns counted once."""
    out = []
    for row in table.rows:
        seen, texts = set(), []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts.append(_text(cell))
        out.append(texts)
    return out


def _place(k: int, title: str, r: int, label: str) -> str:
    return f"第{k}个表格“{title}”第{r}行“{label}”"


def _label_rows(k: int, title: str, rows: list[list[str]], fields: list[tuple[str, str, str]]):
    """(key, value, place) for each known label row of a label table; unknown labels are a mistake."""
    by_label = {label: key for key, label, _ in fields}
    out = []
    for r, cells in enumerate(rows[1:], 2):
        label = cells[0].strip() if cells else ""
        value = cells[1] if len(cells) > 1 else ""
        if not label and not value:
            continue
        if label not in by_label:
            known = "、".join(by_label)
            raise F.FormMistake(
                f"第{k}个表格“{title}”第{r}行",
                f"第一列“{label or '（空）'}”不是这张表的项目（应为：{known}），请不要修改第一列",
            )
        out.append((by_label[label], value, _place(k, title, r, label)))
    return out


def _problems(k: int, title: str, rows: list[list[str]]):
    """The aspect table's heading, summary and problems: a problem starts at each 问题概括 row."""
    own: dict[str, object] = {}  # heading, summary
    problems: list[list] = []
    current: dict | None = None
    for key, value, place in _label_rows(k, title, rows, [F.HEADING, F.SUMMARY] + F.PROBLEM):
        if key in ("heading", "summary"):
            own[key] = F.scalar(value, place)
            continue
        if key == "problem" or current is None or key in current:
            current = {}
            problems.append([])
        current[key] = True
        problems[-1].append((key, F.field_node(key, value, place)))
    return own, problems


def _column_items(k: int, title: str, rows: list[list[str]], fields: list[tuple[str, str, str]]):
    """One mapping per filled row; an optional last column (对应方面) a form made before it lacks
    is left out."""
    header = [c.strip() for c in rows[0]]
    labels = [label for _, label, _ in fields]
    if header[: len(labels)] != labels:
        while fields and fields[-1][0] in F.OPTIONAL_COLUMNS and header[: len(labels)] != labels:
            fields, labels = fields[:-1], labels[:-1]
    if header[: len(labels)] != labels:
        raise F.FormMistake(f"第{k}个表格“{title}”第1行", f"表头应为“{'”“'.join(labels)}”，请不要修改表头")
    items = []
    for r, cells in enumerate(rows[1:], 2):
        if not any(c.strip() for c in cells):
            continue
        pairs = []
        for c, (key, label, _) in enumerate(fields):
            value = cells[c] if c < len(cells) else ""
            pairs.append((key, F.field_node(key, value, f"第{k}个表格“{title}”第{r}行“{label}”栏")))
        items.append(F.mapping(pairs, f"第{k}个表格“{title}”第{r}行"))
    return items


def docx_form_root(data: bytes, path: Path):
    """The node tree of a filled Word form, or None when the .docx is not a notes form."""
    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except Exception:  # python-docx raises assorted classes for a broken package
        raise InputError(
            f"{path}：Word 文件已损坏或不是 .docx 格式，请用 Word 或 WPS 另存为 .docx 后重试"
        ) from None
    tables = [(k, _rows(t)) for k, t in enumerate(doc.tables, 1)]
    tables = [(k, rows) for k, rows in tables if rows and rows[0]]
    firsts = [rows[0][0].strip() for _, rows in tables]
    if F.BASIC_TABLE not in firsts:
        return None
    top: list[tuple[str, object]] = []
    aspects, causes, measures = [], [], []
    where = f"{path.name} 第1个表格"
    for k, rows in tables:
        first = rows[0][0].strip()
        if first == F.BASIC_TABLE:
            where = _place(k, first, 1, first)
            for key, value, place in _label_rows(k, first, rows, F.BASIC):
                value = F.framework_id(value) if key == "framework" else value
                top.append((key, F.scalar(value, place)))
        elif first == F.PREAMBLE_TABLE:
            pairs = [
                (key, F.scalar(value, place)) for key, value, place in _label_rows(k, first, rows, F.PREAMBLE)
            ]
            top.append(("preamble", F.mapping(pairs, _place(k, first, 1, first))))
        elif first == F.OPENINGS_TABLE:
            pairs = [
                (key, F.scalar(value, place)) for key, value, place in _label_rows(k, first, rows, F.OPENINGS)
            ]
            top.append(("openings", F.mapping(pairs, _place(k, first, 1, first))))
        elif first == F.HEADINGS_TABLE:
            top += F.shape_nodes(
                _label_rows(k, first, rows, F.HEADINGS + F.INLINE), _place(k, first, 1, first)
            )
        elif first.startswith(F.ASPECT_PREFIX):
            name = first[len(F.ASPECT_PREFIX) :].strip()
            head = _place(k, first, 1, first)
            own, problems = _problems(k, first, rows)
            pairs = [("aspect", F.scalar(name, head)), *own.items()]
            pairs.append(("problems", F.sequence([], head)))
            pairs[-1][1].value = [F.mapping(p, p[0][1].start_mark.place) for p in problems]
            aspects.append(F.mapping(pairs, head))
        elif first == F.CAUSE[0][1]:
            causes += _column_items(k, "原因", rows, F.CAUSE)
        elif first == F.MEASURE[0][1]:
            measures += _column_items(k, "措施", rows, F.MEASURE)
    for key, nodes in (("aspects", aspects), ("causes", causes), ("measures", measures)):
        seq = F.sequence([], where)
        seq.value = nodes
        top.append((key, seq))
    return F.mapping(top, where)
