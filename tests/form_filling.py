"""Fill the notes forms as a user would: open the form mingjing made, type into its cells (python-docx
for Word, openpyxl for Excel), add rows where a block is not enough, save."""

from __future__ import annotations

import copy
from pathlib import Path

from mingjing.draft.notes import Notes

BASIC = {
    "framework": None,
    "meeting": "会议名称",
    "author": "姓名",
    "role": "职务",
    "unit": "单位",
    "date": "日期",
}
PREAMBLE = {
    "study": "学习情况",
    "opinions": "征求意见",
    "talks": "谈心谈话",
    "rectification": "上年度整改落实情况",
}
OPENINGS = {
    "problems": "查摆问题部分的开头语",
    "causes": "原因剖析部分的开头语",
    "measures": "整改措施部分的开头语",
}
HEADINGS = {
    "problems": "查摆问题部分的标题",
    "causes": "原因剖析部分的标题",
    "measures": "整改措施部分的标题",
}
INLINE = {"causes": "原因剖析一段写成（inline）", "measures": "整改措施一段写成（inline）"}
PROBLEM = {"problem": "问题概括", "own_words": "自己的话", "facts": "具体事实", "opinions": "征求到的意见"}


def _lines(value) -> str:
    if isinstance(value, list):
        return "\n".join(value)
    return value or ""


def _type(cell, text: str) -> None:
    """Type text into a Word cell: one paragraph per line, as pressing Enter does."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _shape(notes: Notes, label: str) -> str | None:
    """What a user types in a 各部分标题 row: the part's heading, or 是 for a part written inline."""
    key = next((k for k, v in HEADINGS.items() if v == label), None)
    if key:
        return getattr(notes.headings, key)
    key = next((k for k, v in INLINE.items() if v == label), None)
    return "是" if key in notes.inline else None


def _table(doc, first: str):
    return next(t for t in doc.tables if t.rows[0].cells[0].text.strip() == first)


def fill_docx_form(form: Path, notes: Notes, out: Path) -> Path:
    from docx import Document

    doc = Document(str(form))
    info = _table(doc, "基本信息")
    for row in info.rows[1:]:
        key = next((k for k, label in BASIC.items() if label == row.cells[0].text.strip()), None)
        if key and getattr(notes, key):
            _type(row.cells[1], getattr(notes, key))
    pre = _table(doc, "会前准备")
    for row in pre.rows[1:]:
        key = next(k for k, label in PREAMBLE.items() if label == row.cells[0].text.strip())
        _type(row.cells[1], getattr(notes.preamble, key) or "")
    for aspect in notes.aspects:
        table = _table(doc, f"方面：{aspect.aspect}")
        block = [r for r in table.rows[1:] if r.cells[0].text.strip() in PROBLEM.values()][:4]
        while sum(1 for r in table.rows if r.cells[0].text.strip() == "问题概括") < len(aspect.problems):
            for row in block:  # copy the four rows of a problem and paste them below, as in Word
                table._tbl.append(copy.deepcopy(row._tr))
        rows = [r for r in table.rows[1:] if r.cells[0].text.strip() in PROBLEM.values()]
        for k, problem in enumerate(aspect.problems):
            for row, key in zip(rows[4 * k : 4 * k + 4], PROBLEM):
                _type(row.cells[1], _lines(getattr(problem, key)))
        for label, value in (("总体情况", aspect.summary), ("本方面标题", aspect.heading)):
            if value:
                _type(next(r for r in table.rows if r.cells[0].text.strip() == label).cells[1], value)
    for first, items, keys in (
        ("原因概括", notes.causes, ("cause", "text")),
        ("措施概括", notes.measures, ("measure", "text", "deadline", "steps", "aspect")),
    ):
        table = _table(doc, first)
        while len(table.rows) - 1 < len(items):
            table.add_row()
        for row, item in zip(table.rows[1:], items):
            for cell, key in zip(row.cells, keys):
                _type(cell, _lines(getattr(item, key)))
    for row in _table(doc, "各部分开头语").rows[1:]:
        key = next(k for k, label in OPENINGS.items() if label == row.cells[0].text.strip())
        _type(row.cells[1], getattr(notes.openings, key) or "")
    if notes.inline or any(vars(notes.headings).values()):  # a form made before the table may lack it
        for row in _table(doc, "各部分标题").rows[1:]:
            _type(row.cells[1], _shape(notes, row.cells[0].text.strip()) or "")
    doc.save(str(out))
    return out


def fill_xlsx_form(form: Path, notes: Notes, out: Path) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(str(form))
    info = wb["基本信息"]
    labels = {
        **{v: k for k, v in BASIC.items() if v},
        **{v: ("preamble", k) for k, v in PREAMBLE.items()},
        **{v: ("openings", k) for k, v in OPENINGS.items()},
    }
    for r in range(2, info.max_row + 1):
        label = info.cell(r, 1).value
        if label in HEADINGS.values() or label in INLINE.values():
            info.cell(r, 2).value = _shape(notes, label)
            continue
        key = labels.get(label)
        if key is None:
            continue
        value = getattr(getattr(notes, key[0]), key[1]) if isinstance(key, tuple) else getattr(notes, key)
        info.cell(r, 2).value = value or None
    sheet = wb["查摆问题"]
    for r in range(2, sheet.max_row + 1):  # start from an empty list, as one would by clearing it
        for c in range(1, 8):
            sheet.cell(r, c).value = None
    r = 2
    for aspect in notes.aspects:
        for k, problem in enumerate(aspect.problems):
            sheet.cell(r, 1).value = aspect.aspect
            for c, key in enumerate(PROBLEM, 2):
                sheet.cell(r, c).value = _lines(getattr(problem, key)) or None
            if k == 0:  # 本方面总体情况, 本方面标题: written once, on the aspect's first row
                sheet.cell(r, 6).value, sheet.cell(r, 7).value = aspect.summary, aspect.heading
            r += 1
    for name, items, keys in (
        ("原因剖析", notes.causes, ("cause", "text")),
        ("整改措施", notes.measures, ("measure", "text", "deadline", "steps", "aspect")),
    ):
        ws = wb[name]
        for r, item in enumerate(items, 2):
            for c, key in enumerate(keys, 1):
                ws.cell(r, c).value = _lines(getattr(item, key)) or None
    wb.save(str(out))
    return out
