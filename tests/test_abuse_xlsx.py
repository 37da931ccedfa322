"""The ledger's spreadsheet under abuse (issue 20): user text never becomes a formula, a round trip
loses nothing (also through LibreOffice Calc), formula cells are refused with their row, and
decompression bombs and oversized sheets are refused before they are unpacked."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from ledger_fixtures import build_ledger, dump
from mingjing.errors import InputError
from mingjing.ledger.xlsx import export_xlsx, import_sheet

NASTY = {
    1: ("progress", '=HYPERLINK("http://example.invalid/x","点此")'),
    2: ("progress", "=1+1"),
    3: ("owner", "+8613800000000"),
    4: ("progress", "-完成一半"),
    5: ("progress", "@SUM(A1:A3)"),
    6: ("progress", "第一步已完成\n第二步进行中"),
    7: ("progress", "0012"),
    8: ("progress", "2024-06-30"),
}


@pytest.fixture
def ledger(tmp_path, packs):
    ledger = build_ledger(tmp_path / "台账.db", packs)
    for item_id, (key, value) in NASTY.items():
        ledger.update(item_id, "王秘书", **{key: value})
    yield ledger
    ledger.close()


def _row_of(ws, item_id: int) -> int:
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 8).value == item_id)


def test_text_that_looks_like_a_formula_is_written_as_text(ledger, tmp_path):
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    ws = openpyxl.load_workbook(path)["整改台账"]
    for item_id, (key, value) in NASTY.items():
        column = {"progress": 6, "owner": 4}[key]
        cell = ws.cell(_row_of(ws, item_id), column)
        assert cell.data_type == "s" and cell.value == value


def test_export_then_import_with_no_edits_changes_nothing(ledger, tmp_path):
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    before = dump(ledger.path)
    result = import_sheet(ledger, path, "王秘书")
    assert result.applied == [] and result.conflicts == [] and result.unmatched == []
    after = dump(ledger.path)
    assert [line for line in after if "sheet_imports" not in line] == [
        line for line in before if "sheet_imports" not in line
    ]


def test_a_libreoffice_re_save_keeps_the_text_not_computed_values(ledger, tmp_path):
    from mingjing.external import run_bounded
    from mingjing.read.legacy import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is installed by make test")
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    run_bounded(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(tmp_path / "lo"),
            str(path),
        ],
        timeout=120,
    )
    saved = tmp_path / "lo" / path.name
    assert saved.exists()
    result = import_sheet(ledger, saved, "王秘书")
    assert result.applied == [] and result.conflicts == []
    ws = openpyxl.load_workbook(saved)["整改台账"]
    assert ws.cell(_row_of(ws, 2), 6).value == "=1+1"


def test_a_formula_cell_in_a_hand_made_sheet_is_refused_with_its_row(ledger, tmp_path):
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["整改台账"]
    row = _row_of(ws, 3)
    ws.cell(row, 6).value = '=CONCATENATE("已","完成")'
    wb.save(path)
    before = dump(ledger.path)
    with pytest.raises(InputError, match=f"第 {row} 行“进展情况”是公式"):
        import_sheet(ledger, path, "王秘书")
    assert dump(ledger.path) == before


def _bomb(rows: int, tmp_path, name: str = "炸弹.xlsx"):
    """An xlsx whose one sheet holds `rows` empty-ish rows: small packed, huge unpacked."""
    row = b'<row r="%d"><c r="A%d"><v>1</v></c></row>'
    body = b"".join(row % (r, r) for r in range(1, rows + 1))
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData>' + body + b"</sheetData></worksheet>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    path = tmp_path / name
    path.write_bytes(buf.getvalue())
    return path


def test_a_decompression_bomb_is_refused_before_it_is_unpacked(ledger, tmp_path):
    bomb = _bomb(2_000_000, tmp_path)
    with pytest.raises(InputError, match=r"疑似压缩炸弹|超过 5000 行"):
        import_sheet(ledger, bomb, "王秘书")


def test_a_sheet_with_too_many_rows_is_refused(ledger, tmp_path):
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["整改台账"]
    for r in range(ws.max_row + 1, ws.max_row + 6001):
        ws.cell(r, 2).value = f"多出来的第 {r} 行"
    wb.save(path)
    before = dump(ledger.path)
    with pytest.raises(InputError, match="超过 5000 行"):
        import_sheet(ledger, path, "王秘书")
    assert dump(ledger.path) == before


def test_the_export_does_not_name_the_servers_ledger_path(ledger, tmp_path):
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    with zipfile.ZipFile(path) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert str(tmp_path).encode() not in everything


def test_control_characters_in_progress_do_not_break_the_export(ledger, tmp_path):
    ledger.update(9, "王秘书", progress="已完成\x01第一阶段\x0b", owner="张\x0b三")
    item = ledger.item(9)
    assert item.progress == "已完成第一阶段" and item.owner == "张三"
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    assert import_sheet(ledger, path, "王秘书").applied == []


def test_control_characters_stored_earlier_are_dropped_by_the_writer(ledger, tmp_path):
    import sqlite3

    con = sqlite3.connect(str(ledger.path))
    con.execute("UPDATE items SET progress = ? WHERE id = 10", ("旧记录\x01含\x0b控制字符",))
    con.commit()
    con.close()
    path = tmp_path / "台账.xlsx"
    export_xlsx(ledger, path)
    ws = openpyxl.load_workbook(path)["整改台账"]
    assert ws.cell(_row_of(ws, 10), 6).value == "旧记录含控制字符"
    assert import_sheet(ledger, path, "王秘书").applied == []


def test_identical_files_from_two_authors_each_get_their_items(tmp_path, packs):
    from ledger_fixtures import MEETING_2023, YEAR_2023
    from mingjing.ledger.extract import extract_file
    from mingjing.ledger.store import Ledger

    ledger = Ledger(tmp_path / "台账.db")
    try:
        first = ledger.import_extractions(
            [extract_file(YEAR_2023, packs, MEETING_2023, person="周海峰")], "王秘书"
        )
        second = ledger.import_extractions(
            [extract_file(YEAR_2023, packs, MEETING_2023, person="李娜")], "王秘书"
        )
        again = ledger.import_extractions(
            [extract_file(YEAR_2023, packs, MEETING_2023, person="李娜")], "王秘书"
        )
        assert first[0].import_id and second[0].import_id and first[0].import_id != second[0].import_id
        assert again[0].import_id is None  # the same author's same material is imported once
        owners = [item.owner for item in ledger.items()]
        assert owners.count("周海峰") == owners.count("李娜") == first[0].items
    finally:
        ledger.close()
