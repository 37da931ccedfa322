"""The ledger as an Excel sheet in the usual 整改台账 form, and staff's edits brought back.

Export (openpyxl): title row, header row frozen and repeated on every printed page, A4 landscape
fitted to the page width, wrapped text, set column widths, a drop-down list of statuses, and an ID
column (编号) that is locked. A hidden sheet 导出信息 records the ledger's ID and the export time.

Import: rows are matched by 编号; a cell that differs from what was exported is a staff edit and
becomes a history entry. When the same field was changed in the ledger after the export, the
ledger's value stays and the sheet's value is kept as a conflict entry (neither is lost). Rows
without a known 编号 are reported and kept in the ledger's record of the import.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from mingjing.errors import InputError
from mingjing.ledger.store import STATUSES, Change, Ledger, LedgerItem, check_status, local_time, now
from mingjing.ledger.timelimits import parse_date

SHEET = "整改台账"
INFO_SHEET = "导出信息"
SHEET_FORMAT = "mingjing.ledger-xlsx/1"
ID_HEADER = "编号（请勿修改）"
# (header, field, width); field None: not brought back
COLUMNS = (
    ("序号", None, 6),
    ("问题", "problem", 34),
    ("整改措施", "measure", 46),
    ("责任人", "owner", 10),
    ("时限", "time_limit", 18),
    ("进展情况", "progress", 30),
    ("状态", "status", 10),
    (ID_HEADER, "id", 10),
)
HEADER_ALIASES = {
    "完成时限": "时限",
    "整改时限": "时限",
    "编号": ID_HEADER,
    "整改进展": "进展情况",
    "责任领导": "责任人",
}
EDITABLE = ("problem", "measure", "owner", "time_limit", "progress", "status")
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 5000  # rows of an imported sheet (a ledger has dozens to hundreds)
MAX_UNZIPPED_BYTES = 64 * 1024 * 1024  # uncompressed size of all the parts of an imported xlsx
MAX_ZIP_ENTRIES = 500
MAX_ZIP_RATIO = 100.0  # uncompressed / compressed, for workbooks over 1 MB unpacked
_LIMIT_CELL = re.compile(r"^(.*?)[（(]至\s*(\d{4}-\d{1,2}-\d{1,2})\s*[)）]$", re.S)


def limit_cell(phrase: str, due: date | str | None) -> str:
    """What the 时限 column shows: the phrase, with the due date it means when it is not itself a date."""
    due_text = due.isoformat() if isinstance(due, date) else (due or "")
    if not due_text:
        return phrase
    if not phrase:
        return due_text
    if parse_date(phrase) is not None:
        return phrase
    return f"{phrase}（至{due_text}）"


def split_limit_cell(text: str) -> tuple[str, str | None]:
    """(phrase, due date text or None) of a 时限 cell."""
    m = _LIMIT_CELL.match(text.strip())
    if m:
        return m.group(1).strip(), m.group(2)
    return text.strip(), None


def _cell_values(item: LedgerItem) -> dict[str, str]:
    return {
        "problem": item.problem,
        "measure": item.measure,
        "owner": item.owner,
        "time_limit": limit_cell(item.time_limit, item.due),
        "progress": item.progress,
        "status": item.status,
    }


LINE_POINTS = 15  # height of one wrapped line of 11-point text


def _display_width(text: str) -> float:
    """Width in Excel's column units: a Chinese character takes about two."""
    return sum(2.0 if ord(ch) > 0x2E80 else 1.1 for ch in text)


def row_height(values: list, widths: list[float]) -> float:
    """Spreadsheet programs do not grow rows for wrapped text written by a library: estimate it."""
    lines = 1
    for value, width in zip(values, widths):
        usable = max(width - 1.5, 1)
        lines = max(
            lines,
            sum(max(1, math.ceil(_display_width(part) / usable)) for part in str(value or "").split("\n")),
        )
    return lines * LINE_POINTS + 4


def export_xlsx(
    ledger: Ledger,
    target: Path,
    *,
    status: str | None = None,
    person: str | None = None,
    title: str = "整改台账",
    import_ids: Collection[int] | None = None,
) -> list[LedgerItem]:
    """Write the items (all, or of one status / person / set of imported materials) to `target`;
    returns them.

    The export time is taken while holding the ledger's write lock, together with the items: every
    change is then either in the sheet or stamped after the export time (import tells them apart)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.worksheet import Worksheet

    with ledger.transaction():
        stamp = now()
        items = ledger.items(status=status, person=person, import_ids=import_ids)
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = SHEET
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ncol = len(COLUMNS)
    text_cell(ws, 1, 1, f"{title}（导出于 {local_time(stamp)}）").font = Font(name="黑体", size=16, bold=True)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[2].height = 32
    for c, (header, _, width) in enumerate(COLUMNS, start=1):
        cell = ws.cell(2, c, header)
        cell.font = Font(name="黑体", bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = border
        ws.column_dimensions[get_column_letter(c)].width = width
    locked_fill = PatternFill("solid", fgColor="EDEDED")
    for r, item in enumerate(items, start=3):
        values = _cell_values(item)
        row = [r - 2] + [values.get(f) if f != "id" else item.id for _, f, _ in COLUMNS[1:]]
        ws.row_dimensions[r].height = row_height(row, [w for _, _, w in COLUMNS])
        for c, value in enumerate(row, start=1):
            cell = text_cell(ws, r, c, value)
            cell.alignment = wrap
            cell.border = border
            field_name = COLUMNS[c - 1][1]
            if field_name in EDITABLE:
                cell.protection = Protection(locked=False)
            else:
                cell.fill = locked_fill
    statuses = DataValidation(
        type="list",
        formula1='"' + ",".join(STATUSES) + '"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle="状态",
        error="请从列表中选择：" + "、".join(STATUSES),
    )
    status_col = get_column_letter([f for _, f, _ in COLUMNS].index("status") + 1)
    ws.add_data_validation(statuses)
    if items:
        statuses.add(f"{status_col}3:{status_col}{len(items) + 2}")
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    footer = ws.oddFooter
    assert footer is not None  # a new sheet has its (empty) footers
    footer.center.text = "第 &P 页，共 &N 页"
    ws.protection.sheet = True  # only the ID column and the headers are locked
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.formatCells = False
    info = wb.create_sheet(INFO_SHEET)
    # no server path in a file a user downloads: the ledger's own name only
    for r, (key, info_value) in enumerate(
        (
            ("格式", SHEET_FORMAT),
            ("台账ID", ledger.ledger_id),
            ("导出时间", stamp),
            ("台账文件", ledger.path.name),
            ("事项数", len(items)),
        ),
        start=1,
    ):
        info.cell(r, 1, key)
        info.cell(r, 2, info_value)
    info.sheet_state = "hidden"
    info.protection.sheet = True
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.part")
        wb.save(partial)
        partial.replace(target)
    except OSError as exc:
        raise InputError(f"{target}：无法写入（{exc.strerror or exc}）") from None
    return items


def text_cell(ws, row: int, column: int, value):
    """Write a cell; text is always stored as text, never as a formula (a measure beginning with
    `=`, `+`, `-` or `@` stays what its author wrote), without the control characters XML cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row, column)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        cell.data_type = "s"
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True  # edited in Excel/WPS/Calc, it stays text
    else:
        cell.value = value
    return cell


@dataclass
class SheetConflict:
    row: int
    item_id: int
    field: str
    exported: str
    sheet: str  # the staff's value (kept as a conflict entry, not applied)
    ledger: str  # the newer value in the ledger (kept)
    by: str  # who changed the ledger after the export
    at: str


@dataclass
class SheetResult:
    path: str
    exported: str
    applied: list[Change] = field(default_factory=list)
    conflicts: list[SheetConflict] = field(default_factory=list)
    unmatched: list[dict] = field(default_factory=list)  # {"row", "reason", "values"}
    rows: int = 0
    edits: list[tuple[int, dict]] = field(default_factory=list, repr=False)  # (item ID, new values) to apply


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if hasattr(value, "date") and callable(value.date):
        return value.date().isoformat()
    return str(value).strip()


def _check_zip(data: bytes, path: Path) -> None:
    """Refuse a decompression bomb before openpyxl unpacks anything: entries, uncompressed size,
    ratio, and the number of rows in each worksheet (counted in the compressed stream, stopping early)."""
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(f"{path}：不是有效的 xlsx 文件（文件损坏或不是 Excel 表格）") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise InputError(f"{path}：xlsx 内部文件数 {len(infos)} 超过上限 {MAX_ZIP_ENTRIES}，拒绝读取")
        total = sum(i.file_size for i in infos)
        packed = max(1, sum(i.compress_size for i in infos))
        if total > MAX_UNZIPPED_BYTES or (total > 1024 * 1024 and total / packed > MAX_ZIP_RATIO):
            raise InputError(
                f"{path}：xlsx 解压后过大（{total / 1024 / 1024:.0f} MB），疑似压缩炸弹，拒绝读取"
            )
        for info in infos:
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                rows, tail = 0, b""
                with archive.open(info) as part:
                    while block := part.read(1 << 20):
                        rows += (tail + block).count(b"<row") - tail.count(b"<row")
                        tail = block[-8:]
                        if rows > MAX_ROWS + 10:
                            raise InputError(f"{path}：表格超过 {MAX_ROWS} 行，不像是整改台账，拒绝读取")


def _load(path: Path):
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    from mingjing.read import read_regular_file

    if not path.exists():
        raise InputError(f"{path}：文件不存在")
    if not path.is_file():
        raise InputError(f"{path}：这不是一个文件")
    try:
        data = read_regular_file(path, MAX_BYTES, str(path), f"{MAX_BYTES // 1024 // 1024} MB")
    except OSError as exc:
        raise InputError(f"{path}：无法读取文件（{exc.strerror or exc}）") from None
    _check_zip(data, path)
    try:
        import io

        # formulas as formulas (never their cached values): a formula cell is refused, not read as empty
        return load_workbook(io.BytesIO(data), data_only=False)
    except (
        BadZipFile,
        InvalidFileException,
        KeyError,
        ValueError,
        TypeError,
        IndexError,
        OSError,
        EOFError,
    ) as exc:
        raise InputError(
            f"{path}：不是有效的 xlsx 文件（文件损坏或不是 Excel 表格：{type(exc).__name__}）"
        ) from None
    except Exception as exc:  # openpyxl raises its own classes for malformed parts
        raise InputError(
            f"{path}：xlsx 文件无法读取（{type(exc).__name__}），请用 Excel/WPS 另存为 .xlsx 后重试"
        ) from None


def _header(ws, path: Path) -> tuple[int, dict[str, int]]:
    names = {h for h, _, _ in COLUMNS}
    for r in range(1, 6):
        found = {}
        for c in range(1, ws.max_column + 1):
            value = _text(ws.cell(r, c).value)
            value = HEADER_ALIASES.get(value, value)
            if value in names:
                found[value] = c
        if "序号" in found or ID_HEADER in found:
            missing = [h for h, f, _ in COLUMNS if f and h not in found]
            if missing:
                raise InputError(f"{path}：表头缺少“{'”“'.join(missing)}”列，请勿删除或改名导出表的列")
            return r, found
    raise InputError(f"{path}：找不到表头（序号、问题、整改措施……），这不是 mingjing 导出的整改台账")


def read_sheet(ledger: Ledger, path: Path, wb=None) -> SheetResult:
    """Compare an edited sheet (or its loaded workbook `wb`) with the ledger; nothing is written."""
    wb = wb if wb is not None else _load(path)
    if INFO_SHEET not in wb.sheetnames:
        raise InputError(
            f"{path}：不是 mingjing 导出的整改台账（缺少“{INFO_SHEET}”工作表），"
            f"请先用 mingjing ledger export 导出再编辑"
        )
    info = {
        _text(r[0].value): _text(r[1].value)
        for r in wb[INFO_SHEET].iter_rows(min_row=1, max_col=2)
        if len(r) > 1
    }
    if info.get("格式") != SHEET_FORMAT:
        raise InputError(f"{path}：导出格式“{info.get('格式')}”与本版本（{SHEET_FORMAT}）不符")
    if info.get("台账ID") != ledger.ledger_id:
        raise InputError(
            f"{path}：这张表是从另一个台账（{info.get('台账文件') or '未知'}）导出的，不能导入 {ledger.path}"
        )
    exported = info.get("导出时间", "")
    if not exported:
        raise InputError(f"{path}：“{INFO_SHEET}”中缺少导出时间")
    ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
    header_row, cols = _header(ws, path)
    result = SheetResult(str(path), exported)
    later: dict[tuple[int, str], list[Change]] = {}
    for change in ledger.changes_after(exported):
        later.setdefault((change.item_id, change.field), []).append(change)
    current = {item.id: item for item in ledger.items()}
    seen: dict[int, int] = {}
    edits: list[tuple[int, int, dict]] = []
    field_of = {h: f for h, f, _ in COLUMNS}
    for r in range(header_row + 1, ws.max_row + 1):
        for h, c in cols.items():
            if _is_formula(ws.cell(r, c)):
                raise InputError(
                    f"{path} 第 {r} 行“{h}”是公式（{str(ws.cell(r, c).value)[:40]}），"
                    "请改为文字后再导入（台账只导入文字，不计算公式）"
                )
        values = {h: _text(ws.cell(r, c).value) for h, c in cols.items()}
        if not any(v for h, v in values.items() if h != "序号"):
            continue
        result.rows += 1
        raw_id = values.get(ID_HEADER, "")
        reason = None
        item_id = int(raw_id) if raw_id.isdigit() else None
        if not raw_id:
            reason = "没有编号（新增的行不会导入台账，请用 mingjing ledger import 导入材料）"
        elif item_id is None or item_id not in current:
            reason = f"编号“{raw_id}”在台账中不存在"
        elif item_id in seen:
            reason = f"编号 {item_id} 与第 {seen[item_id]} 行重复"
        if reason or item_id is None:
            result.unmatched.append({"row": r, "reason": reason, "values": values})
            continue
        seen[item_id] = r
        item = current[item_id]
        now_values = _cell_values(item)
        wanted: dict[str, str] = {}
        for header, c in cols.items():
            key = field_of.get(header)
            if key not in EDITABLE:
                continue
            sheet_value = values[header]
            then = _value_at_export(item, key, later)
            if _same(key, sheet_value, then):
                continue
            if key == "status":
                try:
                    sheet_value = check_status(sheet_value)
                except InputError as exc:
                    raise InputError(f"{path} 第 {r} 行“状态”：{exc}") from None
            if not any(later.get((item_id, k)) for k in _stored_fields(key)):
                wanted[key] = sheet_value
            elif not _same(key, sheet_value, now_values[key]):
                newest = [c for k in _stored_fields(key) for c in later.get((item_id, k), [])][-1]
                result.conflicts.append(
                    SheetConflict(r, item_id, key, then, sheet_value, now_values[key], newest.by, newest.at)
                )
        if wanted:
            edits.append((r, item_id, wanted))
    result.edits = [(item_id, _fields(ledger, item_id, wanted, path, r)) for r, item_id, wanted in edits]
    return result


def _clean(text: str) -> str:
    """A cell's text as a comparison sees it: what the export could write (no control characters), trimmed."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text or "").replace("\r\n", "\n").strip()


def _is_formula(cell) -> bool:
    return cell.data_type == "f" or type(cell.value).__name__ in ("ArrayFormula", "DataTableFormula")


def _same(key: str, a: str, b: str) -> bool:
    """Whether two cells say the same (a 时限 typed without its date says the same as with it)."""
    a, b = _clean(a), _clean(b)
    if key != "time_limit":
        return a == b
    (pa, da), (pb, db) = split_limit_cell(a), split_limit_cell(b)
    return pa == pb and (da is None or db is None or parse_date(da) == parse_date(db))


def _stored_fields(key: str) -> tuple[str, ...]:
    return ("time_limit", "due") if key == "time_limit" else (key,)


def _value_at_export(item: LedgerItem, key: str, later: dict) -> str:
    """The cell as it was exported: the old value of the first change after the export, else now."""

    def at_export(k: str, now_value):
        changes = later.get((item.id, k))
        return (changes[0].old or "") if changes else now_value

    if key == "time_limit":
        return limit_cell(
            at_export("time_limit", item.time_limit),
            at_export("due", item.due.isoformat() if item.due else ""),
        )
    return at_export(key, _cell_values(item)[key])


def _fields(ledger: Ledger, item_id: int, wanted: dict[str, str], path: Path, row: int) -> dict:
    """Validated new values for the store (a 时限 cell may carry its own due date)."""
    fields = dict(wanted)
    if "time_limit" in fields:
        phrase, due = split_limit_cell(fields.pop("time_limit"))
        if due is not None and parse_date(due) is None:
            raise InputError(f"{path} 第 {row} 行“时限”：日期“{due}”无法识别")
        fields["time_limit"] = phrase
        if due is not None:
            fields["due"] = due
    try:
        return ledger.proposed(item_id, **fields)
    except InputError as exc:
        raise InputError(f"{path} 第 {row} 行：{exc}") from None


def import_sheet(ledger: Ledger, path: Path, by: str, item_ids=None, via: str | None = None) -> SheetResult:
    """Apply the staff's edits of an exported sheet in one transaction; conflicts and unmatched
    rows are reported (and recorded), never lost. InputError leaves the ledger unchanged.
    `item_ids`: the items the importer may change (the web app's scope); a sheet that would change
    or dispute any other is refused whole."""
    wb = _load(path)  # slow part first, outside the write lock
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    found: list[SheetResult] = []

    def compare():
        result = read_sheet(ledger, path, wb)
        if item_ids is not None:
            outside = sorted(
                ({i for i, _ in result.edits} | {c.item_id for c in result.conflicts}) - set(item_ids)
            )
            if outside:
                raise InputError(
                    f"{path.name}：表中事项 #{outside[0]} 不在您可管理的台账范围内，未导入任何修改"
                )
        found.append(result)
        conflicts = [
            Change(c.item_id, "", by, c.field, c.ledger, c.sheet, "conflict") for c in result.conflicts
        ]
        record = {
            "path": str(path.resolve()),
            "sha256": digest,
            "exported": result.exported,
            "unmatched": result.unmatched,
        }
        return result.edits, conflicts, record

    applied = ledger.apply_sheet(compare, by, via or f"表格 {path.name}")
    found[0].applied = applied
    return found[0]
