"""xlsx round trip: export in the usual form, staff edit cells with a spreadsheet program (openpyxl here),
import-xlsx turns edits into history, keeps conflicts and unmatched rows, refuses broken or foreign sheets."""

import json
import shutil

import openpyxl
import pytest

from conftest import libreoffice_convert
from ledger_fixtures import build_ledger, dump
from mingjing.errors import InputError
from mingjing.ledger.xlsx import ID_HEADER, export_xlsx, import_sheet, limit_cell, split_limit_cell

HEADERS = ["序号", "问题", "整改措施", "责任人", "时限", "进展情况", "状态", ID_HEADER]


@pytest.fixture
def ledger(tmp_path, packs):
    ledger = build_ledger(tmp_path / "台账.db", packs)
    yield ledger
    ledger.close()


@pytest.fixture
def sheet(ledger, tmp_path):
    path = tmp_path / "整改台账.xlsx"
    export_xlsx(ledger, path)
    return path


def _row_of(ws, item_id: int) -> int:
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 8).value == item_id)


def test_export_is_the_usual_printable_form(sheet, ledger):
    wb = openpyxl.load_workbook(sheet)
    ws = wb["整改台账"]
    assert [c.value for c in ws[2]] == HEADERS
    assert ws["A1"].value.startswith("整改台账") and "A1:H1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.freeze_panes == "A3"
    assert ws.print_title_rows == "$2:$2"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    assert ws["C3"].alignment.wrap_text
    assert ws.row_dimensions[3].height >= 4 * 15  # a long measure gets a row tall enough to read it
    assert ws.max_row == 12 and ws["A3"].value == 1 and ws["H3"].value == 1
    assert ws["E3"].value == "2024年6月底前（至2024-06-30）"
    assert ws["G7"].value == "长期坚持"
    assert ws.protection.sheet and ws["H3"].protection.locked and not ws["F3"].protection.locked
    assert any("未开始,进行中,已完成,长期坚持" in dv.formula1 for dv in ws.data_validations.dataValidation)
    assert wb["导出信息"].sheet_state == "hidden"
    assert wb["导出信息"]["B2"].value == ledger.ledger_id


def test_limit_cell_round_trip():
    assert limit_cell("3个月内", "2024-04-18") == "3个月内（至2024-04-18）"
    assert split_limit_cell("3个月内（至2024-04-18）") == ("3个月内", "2024-04-18")
    assert limit_cell("2024-06-30", "2024-06-30") == "2024-06-30"
    assert split_limit_cell("年底前") == ("年底前", None)


def test_staff_edits_become_history_and_conflicts_keep_both_sides(sheet, ledger):
    # after the export, someone changes item 2 in the ledger
    ledger.update(2, "李娜", progress="方案已起草")
    wb = openpyxl.load_workbook(sheet)
    ws = wb["整改台账"]
    r1, r2, r6 = _row_of(ws, 1), _row_of(ws, 2), _row_of(ws, 6)
    ws.cell(r1, 7).value = "已完成"
    ws.cell(r1, 6).value = "调研报告已印发"
    ws.cell(r2, 6).value = "方案已上会研究"  # conflicts with 李娜's newer change
    ws.cell(r6, 5).value = "2024年7月底前"  # the unknown limit filled in by staff
    ws.cell(ws.max_row + 1, 2).value = "新增的问题"  # a row staff added
    ws.cell(ws.max_row, 3).value = "新增的措施"
    bad = ws.max_row + 1
    ws.cell(bad, 3).value = "编号被改错的一行"
    ws.cell(bad, 8).value = 999
    wb.save(sheet)

    result = import_sheet(ledger, sheet, "王秘书")
    assert {(c.item_id, c.field, c.old, c.new) for c in result.applied} == {
        (1, "status", "未开始", "已完成"),
        (1, "progress", "", "调研报告已印发"),
        (6, "time_limit", "汛期前完成", "2024年7月底前"),
        (6, "due", None, "2024-07-31"),
    }
    assert all(c.by == "王秘书" and c.via == "表格 整改台账.xlsx" for c in result.applied)
    assert ledger.item(1).status == "已完成" and ledger.item(1).closed
    assert ledger.item(6).due.isoformat() == "2024-07-31"
    # the conflict: the ledger keeps 李娜's value, the sheet's value is kept in history
    [conflict] = result.conflicts
    assert (conflict.item_id, conflict.field, conflict.ledger, conflict.sheet, conflict.by) == (
        2,
        "progress",
        "方案已起草",
        "方案已上会研究",
        "李娜",
    )
    assert ledger.item(2).progress == "方案已起草"
    kept = [c for c in ledger.history(2) if c.kind == "conflict"]
    assert [(c.old, c.new, c.by) for c in kept] == [("方案已起草", "方案已上会研究", "王秘书")]
    # rows that match nothing are reported and kept in the import record
    assert [u["reason"][:7] for u in result.unmatched] == ["没有编号（新增", "编号“999”"]
    detail = json.loads(ledger.db.execute("SELECT detail FROM sheet_imports").fetchone()[0])
    assert detail[0]["values"]["整改措施"] == "新增的措施"
    # importing the same sheet again changes nothing more
    again = import_sheet(ledger, sheet, "王秘书")
    assert again.applied == [] and len(again.conflicts) == 1


def test_an_unedited_sheet_changes_nothing_even_after_ledger_changes(sheet, ledger):
    ledger.update(3, "李娜", status="进行中")
    result = import_sheet(ledger, sheet, "王秘书")
    assert result.applied == [] and result.conflicts == [] and result.unmatched == []
    assert ledger.item(3).status == "进行中"


def test_reordered_columns_and_rows_still_match(sheet, ledger):
    wb = openpyxl.load_workbook(sheet)
    ws = wb["整改台账"]
    ws.protection.sheet = False
    ws.move_range("F2:F12", cols=10)  # 进展情况 moved far right
    r4 = _row_of(ws, 4)
    ws.cell(r4, 16).value = "征地协调已完成"
    wb.save(sheet)
    result = import_sheet(ledger, sheet, "王秘书")
    assert [(c.item_id, c.field, c.new) for c in result.applied] == [(4, "progress", "征地协调已完成")]


@pytest.mark.parametrize(
    "spoil, message",
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 this is not a workbook"), "不是有效的 xlsx 文件"),
        (lambda p: p.write_text("序号,问题\n1,x\n", encoding="utf-8"), "不是有效的 xlsx 文件"),
        (lambda p: openpyxl.Workbook().save(p), "不是 mingjing 导出的整改台账"),
    ],
)
def test_broken_or_foreign_sheets_are_refused(ledger, tmp_path, spoil, message):
    path = tmp_path / "别的表.xlsx"
    spoil(path)
    before = dump(ledger.path)
    with pytest.raises(InputError, match=message):
        import_sheet(ledger, path, "王秘书")
    assert dump(ledger.path) == before


def test_a_bad_status_refuses_the_whole_sheet(sheet, ledger):
    wb = openpyxl.load_workbook(sheet)
    ws = wb["整改台账"]
    ws.cell(3, 6).value = "已推进"
    ws.cell(4, 7).value = "基本完成"
    wb.save(sheet)
    before = dump(ledger.path)
    with pytest.raises(InputError, match="第 4 行“状态”：“基本完成”不是有效的状态"):
        import_sheet(ledger, sheet, "王秘书")
    assert dump(ledger.path) == before


def test_a_sheet_from_another_ledger_is_refused(sheet, tmp_path, packs):
    other = build_ledger(tmp_path / "别的台账.db", packs)
    before = dump(other.path)
    with pytest.raises(InputError, match="另一个台账"):
        import_sheet(other, sheet, "王秘书")
    assert dump(other.path) == before
    other.close()


def test_sheet_without_header_is_refused(sheet, ledger, tmp_path):
    wb = openpyxl.load_workbook(sheet)
    ws = wb["整改台账"]
    ws.delete_rows(1, 2)
    copy = tmp_path / "无表头.xlsx"
    wb.save(copy)
    with pytest.raises(InputError, match="找不到表头"):
        import_sheet(ledger, copy, "王秘书")
    shutil.copy(sheet, copy)
    wb = openpyxl.load_workbook(copy)
    wb["整改台账"]["G2"].value = "情况"
    wb.save(copy)
    with pytest.raises(InputError, match="表头缺少“状态”列"):
        import_sheet(ledger, copy, "王秘书")


def test_a_sheet_saved_by_libreoffice_comes_back(sheet, ledger, tmp_path):
    """Offices use WPS or LibreOffice: the export is opened and saved again by LibreOffice Calc (a
    real spreadsheet program), then edited; the hidden export record survives and edits apply."""

    from mingjing.read.legacy import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is installed by make test")
    libreoffice_convert(str(sheet), "xlsx", str(tmp_path / "lo"), profile=tmp_path / "profile", timeout=300)
    saved = tmp_path / "lo" / sheet.name
    assert saved.exists(), "LibreOffice Calc could not open the exported sheet"
    assert import_sheet(ledger, saved, "王秘书").applied == []  # saving alone changes nothing
    wb = openpyxl.load_workbook(saved)
    ws = wb["整改台账"]
    assert [c.value for c in ws[2]] == HEADERS
    ws.cell(_row_of(ws, 5), 6).value = "报表已精简为12张"
    wb.save(saved)
    result = import_sheet(ledger, saved, "王秘书")
    assert [(c.item_id, c.field, c.new) for c in result.applied] == [(5, "progress", "报表已精简为12张")]
