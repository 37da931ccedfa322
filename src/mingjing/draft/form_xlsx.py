"""The notes as an Excel form (openpyxl): a sheet of instructions, 基本信息 (basic facts, the
preparation, each part's opening words and own heading, and whether causes and measures are written
as one paragraph, one row each), 查摆问题 (one row per problem, the aspect chosen from a list), 原因剖析
and 整改措施 (one row each). Every cell is text: a value that starts with = + - @ stays text.

Sheets are found by name and columns by their header, so a form keeps working after Excel or WPS
saved it and rows were added, left empty or sorted."""

from __future__ import annotations

import io
from collections.abc import Collection
from datetime import date, datetime
from pathlib import Path
from typing import Any

from mingjing.draft import forms as F
from mingjing.draft.notes import Notes
from mingjing.errors import InputError
from mingjing.frameworks import Framework

INFO_SHEET, PROBLEM_SHEET, CAUSE_SHEET, MEASURE_SHEET, HELP_SHEET = (
    "基本信息",
    "查摆问题",
    "原因剖析",
    "整改措施",
    "填写说明",
)
ASPECT_COLUMN = ("aspect", "方面", "从下拉列表中选")
SUMMARY_COLUMN = ("summary", "本方面总体情况（可不填，写一次即可）", "")
HEADING_COLUMN = ("heading", "本方面标题（可不填，写一次即可）", "")
PROBLEM_COLUMNS = [ASPECT_COLUMN] + F.PROBLEM + [SUMMARY_COLUMN, HEADING_COLUMN]
PROBLEM_ROWS_PER_ASPECT = 2


def text_cell(ws, row: int, column: int, value: str, *, bold: bool = False):
    """Write user-visible text that Excel must not take as a formula (= + - @ at the start)."""
    from openpyxl.styles import Alignment, Font

    cell = ws.cell(row, column)
    cell.value = value
    cell.data_type = "s"
    cell.number_format = "@"
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        cell.font = Font(bold=True)
    return cell


def _input_columns(ws, first_row: int, last_row: int, columns: range) -> None:
    """Empty input cells formatted as text, so that what is typed stays as typed."""
    from openpyxl.styles import Alignment

    for r in range(first_row, last_row + 1):
        for c in columns:
            cell = ws.cell(r, c)
            cell.number_format = "@"
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _header(ws, labels: list[str], widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for c, (label, width) in enumerate(zip(labels, widths), 1):
        text_cell(ws, 1, c, label, bold=True)
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"


def _cell_text(value) -> str:
    return "\n".join(value) if isinstance(value, list) else (value or "")


def _items_sheet(wb, name: str, fields, items: list, empty_rows: int, widths: list[int]) -> None:
    ws = wb.create_sheet(name)
    _header(ws, [label for _, label, _ in fields], widths)
    for r, item in enumerate(items, 2):
        for c, (key, _, _) in enumerate(fields, 1):
            text_cell(ws, r, c, _cell_text(getattr(item, key)))
    _input_columns(ws, 2 + len(items), 1 + max(empty_rows, len(items)) + 10, range(1, len(fields) + 1))


def _aspect_list(ws, names: list[str], cells: str) -> None:
    """The framework's aspects as a drop-down list for these cells."""
    from openpyxl.worksheet.datavalidation import DataValidation

    listed = ",".join(names)
    if len(listed) <= 255:  # Excel's limit for a list written into the rule
        rule = DataValidation(
            type="list",
            formula1=f'"{listed}"',
            allow_blank=True,
            error="请从下拉列表中选择框架的方面",
            errorTitle="方面",
            showErrorMessage=True,
        )
        ws.add_data_validation(rule)
        rule.add(cells)


def xlsx_form(fw: Framework, notes: Notes | None = None) -> bytes:
    """An Excel form for this framework: empty, or filled with these notes (`draft extract`)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    notes = notes or Notes(framework=fw.id)
    wb = Workbook()
    help_ws = wb.active
    assert isinstance(help_ws, Worksheet)  # a new workbook's one sheet
    help_ws.title = HELP_SHEET
    text_cell(help_ws, 1, 1, f"对照检查材料笔记表（{fw.name}）", bold=True)
    for r, line in enumerate(F.EXCEL_INSTRUCTIONS, 3):
        text_cell(help_ws, r, 1, line)
    help_ws.column_dimensions["A"].width = 120

    info = wb.create_sheet(INFO_SHEET)
    _header(info, ["项目", "填写内容", "说明"], [12, 70, 40])
    rows = [(F.basic_value(notes, fw, key), label, hint) for key, label, hint in F.BASIC]
    rows += [(getattr(notes.preamble, key), label, hint) for key, label, hint in F.PREAMBLE]
    rows += [(getattr(notes.openings, key), label, hint) for key, label, hint in F.OPENINGS]
    rows += [(F.shape_value(notes, key), label, hint) for key, label, hint in F.HEADINGS + F.INLINE]
    for r, (value, label, hint) in enumerate(rows, 2):
        text_cell(info, r, 1, label, bold=True)
        text_cell(info, r, 2, value or "")
        text_cell(info, r, 3, hint)

    problems = wb.create_sheet(PROBLEM_SHEET)
    _header(problems, [label for _, label, _ in PROBLEM_COLUMNS], [22, 24, 40, 50, 40, 30, 26])
    names = [a.name for a in fw.aspects]
    r = 2
    for name in names:
        given = notes.aspect(name)
        for k, problem in enumerate(given.problems if given else [None] * PROBLEM_ROWS_PER_ASPECT):
            text_cell(problems, r, 1, name)
            for c, (key, _, _) in enumerate(F.PROBLEM, 2):
                text_cell(problems, r, c, _cell_text(getattr(problem, key)) if problem else "")
            first = given if given and k == 0 else None
            text_cell(problems, r, len(PROBLEM_COLUMNS) - 1, (first.summary or "") if first else "")
            text_cell(problems, r, len(PROBLEM_COLUMNS), (first.heading or "") if first else "")
            r += 1
    last = r - 1
    _input_columns(problems, r, last + 20, range(1, len(PROBLEM_COLUMNS) + 1))
    _aspect_list(problems, names, f"A2:A{last + 20}")
    _items_sheet(wb, CAUSE_SHEET, F.CAUSE, F.part_rows(notes, "causes"), F.CAUSE_ROWS, [30, 90])
    measures = F.part_rows(notes, "measures")
    _items_sheet(wb, MEASURE_SHEET, F.MEASURE, measures, F.MEASURE_ROWS, [26, 60, 18, 50, 22])
    column = get_column_letter(len(F.MEASURE))
    _aspect_list(wb[MEASURE_SHEET], names, f"{column}2:{column}{1 + max(F.MEASURE_ROWS, len(measures)) + 10}")
    wb.active = 1
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _value(ws, row: int, column: int) -> str:
    value = ws.cell(row, column).value
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()  # a formula counts as the text typed (=… in a cell meant as text)


def _cell_place(ws, row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"工作表“{ws.title}”{get_column_letter(column)}{row}"


def _columns(ws, fields) -> dict[str, int]:
    """Each field's column by its header; an optional one (对应方面) a form made before it lacks is
    left out."""
    header = {_value(ws, 1, c): c for c in range(1, ws.max_column + 1)}
    out = {}
    for key, label, _ in fields:
        if label not in header and key in F.OPTIONAL_COLUMNS:
            continue
        if label not in header:
            raise F.FormMistake(f"工作表“{ws.title}”第1行", f"表头缺少“{label}”，请不要修改表头")
        out[key] = header[label]
    return out


def _row_items(ws, fields, skip_only: Collection[str] = frozenset()):
    """One mapping per filled row (a row with only the keys in skip_only filled counts as empty)."""
    columns = _columns(ws, fields)
    items = []
    for r in range(2, ws.max_row + 1):
        values = {key: _value(ws, r, c) for key, c in columns.items()}
        if not any(v for k, v in values.items() if k not in skip_only):
            continue
        pairs = [
            (key, F.field_node(key, values[key], _cell_place(ws, r, columns[key])))
            for key, _, _ in fields
            if key in columns
        ]
        items.append((values, F.mapping(pairs, f"工作表“{ws.title}”第{r}行")))
    return items


def _sheet(wb, name: str):
    if name not in wb.sheetnames:
        raise F.FormMistake(f"工作表“{name}”", f"找不到工作表“{name}”，请不要删除或改名工作表")
    return wb[name]


def xlsx_form_root(data: bytes, path: Path):
    """The node tree of a filled Excel form (InputError when the workbook is not one)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data))
    except Exception:  # openpyxl raises assorted classes for a broken workbook
        raise InputError(
            f"{path}：Excel 文件已损坏或不是 .xlsx 格式，请用 Excel 或 WPS 另存为 .xlsx 后重试"
        ) from None
    if INFO_SHEET not in wb.sheetnames or PROBLEM_SHEET not in wb.sheetnames:
        raise InputError(
            f"{path}：这不是 mingjing 的笔记表（没有“{INFO_SHEET}”“{PROBLEM_SHEET}”工作表）；"
            f"请用 mingjing draft init --format xlsx 生成笔记表后填写"
        )
    info = wb[INFO_SHEET]
    where = f"工作表“{INFO_SHEET}”"
    labels = {label: key for key, label, _ in F.BASIC + F.PREAMBLE + F.OPENINGS + F.HEADINGS + F.INLINE}
    top: list[tuple[str, Any]] = []
    preamble: list[tuple[str, Any]] = []
    openings: list[tuple[str, Any]] = []
    shape: list[tuple[str, str, str]] = []  # 各部分标题, 一段写成: rows a form made before them lacks
    opening_labels = {label for _, label, _ in F.OPENINGS}
    shape_labels = {label for _, label, _ in F.HEADINGS + F.INLINE}
    for r in range(2, info.max_row + 1):
        label, value = _value(info, r, 1), _value(info, r, 2)
        if not label and not value:
            continue
        if label not in labels:
            raise F.FormMistake(
                _cell_place(info, r, 1),
                f"“{label or '（空）'}”不是“{INFO_SHEET}”的项目"
                f"（应为：{'、'.join(labels)}），请不要修改第一列",
            )
        key = labels[label]
        if label in shape_labels:
            shape.append((key, value, _cell_place(info, r, 2)))
            continue
        node = F.scalar(F.framework_id(value) if key == "framework" else value, _cell_place(info, r, 2))
        if label in opening_labels:
            openings.append((key, node))
        else:
            (preamble if key in {k for k, _, _ in F.PREAMBLE} else top).append((key, node))
    top.append(("preamble", F.mapping(preamble, where)))
    top.append(("openings", F.mapping(openings, where)))
    top += F.shape_nodes(shape, where)
    by_aspect: dict[str, list] = {}
    heads: dict[str, Any] = {}
    summaries: dict[str, Any] = {}
    headings: dict[str, Any] = {}
    for values, node in _row_items(wb[PROBLEM_SHEET], PROBLEM_COLUMNS, skip_only={"aspect"}):
        pairs = dict(node.value and [(k.value, v) for k, v in node.value])
        name = values["aspect"]
        if not name:
            raise F.FormMistake(pairs["aspect"].start_mark.place, "这一行写了问题，但没有选“方面”")
        heads.setdefault(name, pairs["aspect"])
        if values["summary"] and name not in summaries:
            summaries[name] = pairs["summary"]
        if values.get("heading") and name not in headings:
            headings[name] = pairs["heading"]
        by_aspect.setdefault(name, [])
        if any(values[key] for key, _, _ in F.PROBLEM):  # not only the aspect's summary
            by_aspect[name].append(
                F.mapping([(key, pairs[key]) for key, _, _ in F.PROBLEM], node.start_mark.place)
            )
    aspects = []
    for name, problems in by_aspect.items():
        seq = F.sequence([], heads[name].start_mark.place)
        seq.value = problems
        fields = [("aspect", heads[name])] + ([("summary", summaries[name])] if name in summaries else [])
        fields += [("heading", headings[name])] if name in headings else []
        aspects.append(F.mapping(fields + [("problems", seq)], heads[name].start_mark.place))
    for key, sheet, sheet_fields in (
        ("causes", CAUSE_SHEET, F.CAUSE),
        ("measures", MEASURE_SHEET, F.MEASURE),
    ):
        seq = F.sequence([], f"工作表“{sheet}”")
        seq.value = [node for _, node in _row_items(_sheet(wb, sheet), sheet_fields)]
        top.append((key, seq))
    seq = F.sequence([], f"工作表“{PROBLEM_SHEET}”")
    seq.value = aspects
    top.append(("aspects", seq))
    return F.mapping(top, where)
