"""Notes as a Word form and as an Excel sheet: `draft init --format docx|xlsx` writes the form with
Chinese instructions; a form filled as a user would (python-docx, openpyxl) drafts like the same
notes in YAML; every mistake names table and row (or sheet and cell); LibreOffice saves the forms
without breaking them."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from conftest import FIXTURES, ROOT, run_cli
from form_filling import fill_docx_form, fill_xlsx_form
from mingjing.draft.form_docx import docx_form
from mingjing.draft.form_xlsx import text_cell, xlsx_form
from mingjing.draft.notes import load_notes
from mingjing.errors import InputError

EXAMPLE = ROOT / "examples" / "李敏-笔记.yaml"
TEAM_NOTES = FIXTURES / "draft" / "team" / "01-书记-周明远.yaml"


def _same(a, b) -> bool:
    a.path = b.path = ""
    return a == b


@pytest.fixture(scope="module")
def filled(tmp_path_factory, packs):
    """The example notes (and a team member's, whose first measure says which aspect it answers, first
    aspect has a heading of its own and causes part opening words) typed into both forms."""
    tmp = tmp_path_factory.mktemp("forms")
    out = {}
    for src in (EXAMPLE, TEAM_NOTES):
        notes = load_notes(src, packs)
        if src == TEAM_NOTES:
            notes.measures[0].aspect = notes.aspects[1].aspect
            notes.aspects[0].heading = f"在{notes.aspects[0].aspect.removesuffix('情况')}方面"
            notes.openings.causes = "对照上述问题，我认真反思，主要有以下原因："
        fw = packs[notes.framework]
        (tmp / f"{src.stem}-空.docx").write_bytes(docx_form(fw))
        (tmp / f"{src.stem}-空.xlsx").write_bytes(xlsx_form(fw))
        out[src.stem] = (
            notes,
            fill_docx_form(tmp / f"{src.stem}-空.docx", notes, tmp / f"{src.stem}.docx"),
            fill_xlsx_form(tmp / f"{src.stem}-空.xlsx", notes, tmp / f"{src.stem}.xlsx"),
        )
    return out


def test_init_writes_word_and_excel_forms_with_chinese_instructions(tmp_path, packs):
    from docx import Document
    from openpyxl import load_workbook

    form = tmp_path / "笔记.docx"
    result = run_cli("draft", "init", "--framework", "zzshh-2023", "--output", form)
    assert result.returncode == 0, result.stderr
    doc = Document(str(form))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "只写事实" in text and "写“无”" in text and "按回车" in text
    firsts = [t.rows[0].cells[0].text for t in doc.tables]
    aspects = [a.name for a in packs["zzshh-2023"].aspects]
    assert firsts == ["基本信息", "会前准备"] + [f"方面：{a}" for a in aspects] + [
        "原因概括",
        "措施概括",
        "各部分开头语",
        "各部分标题",
    ]
    theory = doc.tables[2]
    assert [r.cells[0].text for r in theory.rows[1:7]] == [
        "本方面标题",
        "总体情况",
        "问题概括",
        "自己的话",
        "具体事实",
        "征求到的意见",
    ]
    assert doc.tables[0].rows[1].cells[1].text == "zzshh-2023（2023年度主题教育专题组织生活会）"
    assert [c.text for c in doc.tables[-3].rows[0].cells][:3] == ["措施概括", "具体做法", "完成时限"]

    sheet = tmp_path / "笔记.xlsx"
    result = run_cli("draft", "init", "--framework", "zzshh-2023", "--format", "xlsx", "--output", sheet)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(str(sheet))
    assert wb.sheetnames == ["填写说明", "基本信息", "查摆问题", "原因剖析", "整改措施"]
    assert any("Alt+回车" in (c.value or "") for c in wb["填写说明"]["A"])
    problems = wb["查摆问题"]
    assert [c.value for c in problems[1]][:5] == ["方面", "问题概括", "自己的话", "具体事实", "征求到的意见"]
    assert {problems.cell(r, 1).value for r in range(2, 10)} == set(aspects)
    assert problems.data_validations.dataValidation[0].formula1 == '"' + ",".join(aspects) + '"'
    assert problems.cell(2, 3).number_format == "@"  # typed text stays text


def test_init_with_a_format_alone_writes_the_form_in_the_current_folder(tmp_path):
    """`mingjing draft init --format docx` as a new user types it: the form, named for its framework."""
    for fmt in ("docx", "xlsx"):
        result = run_cli("draft", "init", "--format", fmt, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert f"已写入 笔记-zhuti-2023.{fmt}" in result.stderr
        assert (tmp_path / f"笔记-zhuti-2023.{fmt}").stat().st_size > 1000
    again = run_cli("draft", "init", "--format", "docx", cwd=tmp_path)
    assert again.returncode == 2 and "已存在" in again.stderr


def test_init_refuses_what_it_cannot_write(tmp_path):
    result = run_cli("draft", "init", "--format", "xlsx", "--output", tmp_path / "笔记.docx")
    assert result.returncode == 2 and "--output 请给出 .xlsx 文件名" in result.stderr
    result = run_cli("draft", "init", "--format", "pdf", "--output", tmp_path / "a.pdf")
    assert result.returncode == 2 and "docx、xlsx 或 yaml" in result.stderr
    (tmp_path / "有.docx").write_bytes(b"x")
    result = run_cli("draft", "init", "--output", tmp_path / "有.docx")
    assert (
        result.returncode == 2 and "已存在" in result.stderr and (tmp_path / "有.docx").read_bytes() == b"x"
    )


@pytest.mark.parametrize("stem", [EXAMPLE.stem, TEAM_NOTES.stem])
def test_filled_forms_give_the_same_notes_as_yaml(filled, packs, stem):
    notes, docx, xlsx = filled[stem]
    assert _same(load_notes(docx, packs), notes)
    assert _same(load_notes(xlsx, packs), notes)


def test_a_filled_word_form_drafts_a_passing_material(filled, tmp_path):
    _, docx, xlsx = filled[EXAMPLE.stem]
    form = shutil.copy(docx, tmp_path / "李敏-笔记.docx")
    original = form.read_bytes()
    result = run_cli("draft", form)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "李敏-笔记-初稿.docx").exists() and form.read_bytes() == original
    assert "结论 通过（pass），得分 100" in result.stdout.replace("\n", "")
    result = run_cli("draft", xlsx, "--output", tmp_path / "x.docx")
    assert result.returncode == 0 and "结论 通过（pass），得分 100" in result.stdout.replace("\n", "")


def _libreoffice_resave(path, tmp_path, target: str):
    from mingjing.external import run_bounded
    from mingjing.read.legacy import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is installed by make test")
    out = tmp_path / "resaved"
    out.mkdir(exist_ok=True)
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    run_bounded(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(path),
        ],
        timeout=180,
        env={**os.environ, "HOME": str(home)},
    )
    resaved = out / path.name
    assert resaved.exists() and resaved.read_bytes() != path.read_bytes()
    return resaved


def test_forms_saved_again_by_libreoffice_read_the_same(filled, packs, tmp_path):
    notes, docx, xlsx = filled[TEAM_NOTES.stem]
    assert _same(load_notes(_libreoffice_resave(docx, tmp_path, "docx:MS Word 2007 XML"), packs), notes)
    assert _same(load_notes(_libreoffice_resave(xlsx, tmp_path, "xlsx:Calc MS Excel 2007 XML"), packs), notes)


def _docx_with(filled, tmp_path, table_first: str, label: str, text: str, nth: int = 0):
    from docx import Document

    _, docx, _ = filled[EXAMPLE.stem]
    doc = Document(str(docx))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == table_first)
    numbers = [n for n, r in enumerate(table.rows, 1) if r.cells[0].text == label]
    rows = [table.rows[n - 1] for n in numbers]
    rows[nth].cells[
        1 if table_first in ("基本信息", "会前准备") or table_first.startswith("方面：") else 0
    ].text = text
    path = tmp_path / "笔记.docx"
    doc.save(str(path))
    k = [t.rows[0].cells[0].text for t in doc.tables].index(table_first) + 1
    r = numbers[nth]
    return path, k, r


def test_word_form_mistakes_name_table_and_row(filled, packs, tmp_path):
    path, k, r = _docx_with(
        filled, tmp_path, "方面：学习贯彻党的创新理论情况", "问题概括", "学习不够系统。还有很多别的话要说"
    )
    with pytest.raises(InputError) as err:
        load_notes(path, packs)
    assert str(err.value) == (
        f"{path}（第{k}个表格“方面：学习贯彻党的创新理论情况”第{r}行“问题概括”）："
        "笔记文件填写有误：问题概括 应是一句不带句号的简短概括（详细内容写在别的字段里）"
    )
    path, k, r = _docx_with(filled, tmp_path, "基本信息", "日期", "元旦前后")
    with pytest.raises(InputError) as err:
        load_notes(path, packs)
    assert f"（第{k}个表格“基本信息”第{r}行“日期”）：" in str(err.value) and "不是日期" in str(err.value)
    path, k, r = _docx_with(filled, tmp_path, "基本信息", "职务", "")
    from docx import Document

    doc = Document(str(path))
    doc.tables[0].rows[r - 1].cells[0].text = "岗位"
    doc.save(str(path))
    result = run_cli("draft", path, "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"（第1个表格“基本信息”第{r}行）：笔记文件填写有误：第一列“岗位”不是这张表的项目" in result.stderr
    assert not (tmp_path / "a.docx").exists()


def test_excel_form_mistakes_name_sheet_and_cell(filled, packs, tmp_path):
    from openpyxl import load_workbook

    _, _, xlsx = filled[EXAMPLE.stem]
    wb = load_workbook(str(xlsx))
    wb["整改措施"]["C3"] = "随时"  # a deadline is free text: fine
    wb["基本信息"]["B7"] = "去年"
    path = tmp_path / "笔记.xlsx"
    wb.save(str(path))
    with pytest.raises(InputError) as err:
        load_notes(path, packs)
    assert str(err.value).startswith(f"{path}（工作表“基本信息”B7）：笔记文件填写有误：日期 “去年”不是日期")
    wb["基本信息"]["B7"] = None
    wb["查摆问题"]["A3"] = "业务能力"
    wb.save(str(path))
    with pytest.raises(InputError) as err:
        load_notes(path, packs)
    assert f"{path}（工作表“查摆问题”A3）：" in str(err.value) and "“业务能力”不是框架" in str(err.value)
    wb["查摆问题"]["A3"] = None
    wb.save(str(path))
    with pytest.raises(InputError) as err:
        load_notes(path, packs)
    assert f"{path}（工作表“查摆问题”A3）：" in str(err.value) and "没有选“方面”" in str(err.value)


def test_excel_dates_and_typed_formulas_come_back_as_text(filled, packs, tmp_path):
    from datetime import date

    from openpyxl import load_workbook

    _, _, xlsx = filled[EXAMPLE.stem]
    wb = load_workbook(str(xlsx))
    wb["基本信息"]["B7"] = date(2024, 1, 18)  # Excel turns a typed date into a date
    wb["查摆问题"]["D2"] = "=全年只去了2次"  # a cell not formatted as text makes this a formula
    path = tmp_path / "笔记.xlsx"
    wb.save(str(path))
    notes = load_notes(path, packs)
    assert notes.date == "2024年1月18日"
    assert notes.aspects[0].problems[0].facts == ["=全年只去了2次"]


@pytest.mark.parametrize("value", ["=1+1", "+86 123", "-3", "@SUM(A1)", '=HYPERLINK("http://x")'])
def test_text_cells_never_become_formulas(tmp_path, value):
    from openpyxl import Workbook, load_workbook

    wb = Workbook()
    text_cell(wb.active, 1, 1, value)
    wb.save(str(tmp_path / "t.xlsx"))
    cell = load_workbook(str(tmp_path / "t.xlsx")).active["A1"]
    assert cell.data_type == "s" and cell.value == value


@pytest.mark.parametrize(
    "name, data, says",
    [
        ("笔记.xlsx", b"not a zip at all", "无法作为 .xlsx 打开"),
        ("笔记.docx", b"PK\x03\x04broken", "无法作为 .docx 打开"),
    ],
)
def test_broken_forms_are_refused_in_chinese(tmp_path, name, data, says):
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli("draft", path, "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and says in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def test_a_material_or_another_workbook_is_not_a_form(tmp_path):
    from openpyxl import Workbook

    result = run_cli("draft", ROOT / "examples" / "张三-对照检查材料.docx", "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and "这是一份材料" in result.stderr and "draft extract" in result.stderr
    wb = Workbook()
    wb.active["A1"] = "台账"
    wb.save(str(tmp_path / "别的.xlsx"))
    result = run_cli("draft", tmp_path / "别的.xlsx", "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and "不是 mingjing 的笔记表" in result.stderr


@pytest.mark.parametrize("suffix", ["docx", "xlsx"])
def test_extract_writes_a_filled_form_that_drafts_as_well(tmp_path, packs, suffix):
    """Last year's material → a Word (Excel) form with its facts → this year's draft, as good."""
    material = ROOT / "examples" / "张三-对照检查材料.docx"
    form = tmp_path / f"张三-笔记.{suffix}"
    result = run_cli("draft", "extract", material, "--output", form)
    assert result.returncode == 0, result.stderr
    as_yaml = tmp_path / "张三-笔记.yaml"
    assert run_cli("draft", "extract", material, "--output", as_yaml).returncode == 0
    assert _same(load_notes(form, packs), load_notes(as_yaml, packs))
    result = run_cli("draft", form, "--output", tmp_path / "新稿.docx")
    # as good as the material itself (97: its 担当作为 problems have no measure of their own, A101)
    original = run_cli("review", material).stdout.replace("\n", "")
    score = re.search(r"结论 通过（pass），得分 (\d+)", original)
    assert score and result.returncode == 0
    assert f"结论 通过（pass），得分 {score.group(1)}" in result.stdout.replace("\n", "")


def test_extract_says_which_parts_a_form_cannot_hold(tmp_path):
    material = FIXTURES / "materials" / "mzshh_with_other_sections.txt"
    result = run_cli("draft", "extract", material, "--output", tmp_path / "笔记.docx")
    assert result.returncode == 0 and "个人有关事项说明没有写进笔记表" in result.stderr
    result = run_cli("draft", "extract", material, "--output", tmp_path / "笔记.pdf")
    assert (
        result.returncode == 2
        and "笔记文件应为 .docx" in result.stderr
        and not (tmp_path / "笔记.pdf").exists()
    )


def _typed_into_new_forms(notes, fw, packs, tmp_path):
    """The notes typed into a new Word and a new Excel form, each checked to read back as the notes."""
    (tmp_path / "空.docx").write_bytes(docx_form(fw))
    (tmp_path / "空.xlsx").write_bytes(xlsx_form(fw))
    docx = fill_docx_form(tmp_path / "空.docx", notes, tmp_path / "笔记.docx")
    xlsx = fill_xlsx_form(tmp_path / "空.xlsx", notes, tmp_path / "笔记.xlsx")
    assert _same(load_notes(docx, packs), notes) and _same(load_notes(xlsx, packs), notes)
    return docx, xlsx


def test_a_measures_aspect_goes_through_both_forms_and_forms_without_the_column_still_read(tmp_path, packs):
    """对应方面 is the measures table's (sheet's) last column; a form made before it has none."""
    from docx import Document
    from openpyxl import load_workbook

    notes = load_notes(EXAMPLE, packs)
    fw = packs[notes.framework]
    notes.measures[0].aspect = fw.aspects[1].name
    docx, xlsx = _typed_into_new_forms(notes, fw, packs, tmp_path)
    doc = Document(str(docx))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text.strip() == "措施概括")
    assert table.rows[0].cells[-1].text == "对应方面（可不填）"
    for row in table.rows:
        tc = row.cells[-1]._tc
        tc.getparent().remove(tc)
    grid = table._tbl.tblGrid
    grid.remove(grid[-1])
    doc.save(str(tmp_path / "旧.docx"))
    wb = load_workbook(str(xlsx))
    assert wb["整改措施"]["E1"].value == "对应方面（可不填）"
    lists = wb["整改措施"].data_validations.dataValidation
    assert any("E2" in rule.sqref and fw.aspects[0].name in (rule.formula1 or "") for rule in lists)
    wb["整改措施"].delete_cols(5)
    wb.save(str(tmp_path / "旧.xlsx"))
    notes.measures[0].aspect = None
    assert _same(load_notes(tmp_path / "旧.docx", packs), notes)
    assert _same(load_notes(tmp_path / "旧.xlsx", packs), notes)


def test_part_headings_and_inline_parts_go_through_both_forms_and_older_forms_still_read(tmp_path, packs):
    """YAML → Word form → notes and YAML → Excel form → notes are equal with 各部分标题 and 一段写成
    set, and a form made before them (no such table, no such rows) reads as notes without them."""
    from docx import Document
    from openpyxl import load_workbook

    notes = load_notes(TEAM_NOTES, packs)
    notes.headings.causes, notes.headings.measures = "问题产生的原因", "整改措施"
    notes.inline = ["causes", "measures"]
    notes.openings.causes = "究其原因，"
    fw = packs[notes.framework]
    for made, form in (("docx", docx_form(fw, notes)), ("xlsx", xlsx_form(fw, notes))):
        (tmp_path / f"提取.{made}").write_bytes(form)  # as draft extract writes it
        assert _same(load_notes(tmp_path / f"提取.{made}", packs), notes), made
    docx, xlsx = _typed_into_new_forms(notes, fw, packs, tmp_path)

    doc = Document(str(docx))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "各部分标题")
    table.rows[4].cells[1].text = "大概吧"
    doc.save(str(tmp_path / "错.docx"))
    with pytest.raises(InputError) as err:
        load_notes(tmp_path / "错.docx", packs)
    assert "“各部分标题”第5行“原因剖析一段写成（inline）”" in str(err.value) and "写“是”或者不填" in str(
        err.value
    )
    table._tbl.getparent().remove(table._tbl)
    doc.save(str(tmp_path / "旧.docx"))
    wb = load_workbook(str(xlsx))
    info = wb["基本信息"]
    shape_rows = [r for r in range(2, info.max_row + 1) if "标题" in str(info.cell(r, 1).value or "")]
    assert len(shape_rows) == 3 and info.cell(shape_rows[-1] + 1, 2).value == "是"
    info.delete_rows(shape_rows[0], 5)
    wb.save(str(tmp_path / "旧.xlsx"))
    notes.headings.causes = notes.headings.measures = None
    notes.inline = []
    assert _same(load_notes(tmp_path / "旧.docx", packs), notes)
    assert _same(load_notes(tmp_path / "旧.xlsx", packs), notes)
