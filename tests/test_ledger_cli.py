"""`mingjing ledger …` as a user runs it (real subprocesses): the whole tour, and bad input — exit 2,
one Chinese line, the ledger unchanged."""

import openpyxl
import pytest

from conftest import ROOT, run_cli
from ledger_fixtures import YEAR_2023, YEAR_2024, dump

EXAMPLE = ROOT / "examples" / "张三-对照检查材料.docx"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "台账.db"
    r = run_cli("ledger", "import", YEAR_2023, "--db", db, "--meeting-date", "2024-01-18", "--by", "王秘书")
    assert r.returncode == 0, r.stderr
    assert (
        "zhouhaifeng_2023.txt：导入 6 项（责任人 周海峰，2023 年度，会议日期 2024-01-18），编号 1–6"
        in r.stdout
    )
    assert "时限无法识别（保留原文，请人工填写完成日期）：#6“汛期前完成”" in r.stdout
    r = run_cli("ledger", "import", YEAR_2024, EXAMPLE, "--db", db, "--meeting-date", "2025-01-20")
    assert r.returncode == 0, r.stderr
    assert "张三-对照检查材料.docx：导入 5 项" in r.stdout
    return db


def test_tour(db, tmp_path):
    r = run_cli("ledger", "import", YEAR_2023, "--db", db, "--meeting-date", "2024-01-18")
    assert r.returncode == 0 and "已导入过（第 1 批），跳过" in r.stdout
    r = run_cli("ledger", "list", "--db", db, "--person", "周海峰", "--year", "2023", env={"COLUMNS": "160"})
    assert r.returncode == 0 and "整改台账（6 项）" in r.stdout and "汛期前完成" in r.stdout
    r = run_cli(
        "ledger", "update", "2", "--db", db, "--status", "进行中", "--note", "方案已起草", "--by", "李娜"
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "#2 已修改：状态：未开始 → 进行中；进展情况：（空） → 方案已起草"
    evidence = tmp_path / "方案.docx"
    evidence.write_bytes(b"evidence")
    r = run_cli("ledger", "update", "2", "--db", db, "--evidence", evidence, "--by", "李娜")
    assert r.returncode == 0 and "添加佐证材料：方案.docx" in r.stdout
    r = run_cli("ledger", "history", "2", "--db", db, env={"COLUMNS": "160"})
    assert r.returncode == 0 and "修改记录（4 条）" in r.stdout
    assert "李娜" in r.stdout and "状态：未开始 → 进行中" in r.stdout and "王秘书" in r.stdout
    assert "佐证材料：方案.docx（8 字节，保存为" in r.stdout
    r = run_cli("ledger", "list", "--db", db, "--status", "进行中", "--format", "json")
    assert r.returncode == 0 and '"id": 2' in r.stdout and '"evidence": 1' in r.stdout
    r = run_cli("ledger", "list", "--db", db, "--overdue", "--as-of", "2024-05-01", "--format", "json")
    assert r.stdout.count('"id":') == 4  # items 2 and 4 of 周海峰, 12 and 15 of 张三
    r = run_cli("ledger", "compare", "--db", db, "--year", "2024", "--year", "2023", env={"COLUMNS": "160"})
    assert (
        r.returncode == 0
        and "2023 年与 2024 年重复查摆的问题（3 条）" in r.stdout
        and "学习不够系统" in r.stdout
    )
    r = run_cli("ledger", "report", "--db", db, "--as-of", "2024-05-01", "--format", "md")
    assert r.returncode == 0 and "共 15 项" in r.stdout
    html = tmp_path / "进展.html"
    r = run_cli("ledger", "report", "--db", db, "--format", "html", "--output", html)
    assert r.returncode == 0 and "<svg" in html.read_text(encoding="utf-8")
    r = run_cli("ledger", "report", "--db", db, "--as-of", "2024-05-01", env={"COLUMNS": "160"})
    assert r.returncode == 0 and "逾期未完成" in r.stdout


def test_xlsx_round_trip(db, tmp_path):
    sheet = tmp_path / "整改台账.xlsx"
    r = run_cli("ledger", "export", "--db", db, "--xlsx", sheet)
    assert r.returncode == 0 and r.stdout.strip() == f"已导出 15 项到 {sheet}"
    run_cli("ledger", "update", "3", "--db", db, "--note", "已建成电商服务中心", "--by", "李娜")
    wb = openpyxl.load_workbook(sheet)
    ws = wb["整改台账"]
    ws["G5"].value = "进行中"  # row 5 is item 3
    ws["F5"].value = "电商服务中心在建"  # conflicts with 李娜's newer note
    ws["F4"].value = "征地已完成一半"  # item 2
    wb.save(sheet)
    r = run_cli("ledger", "import-xlsx", sheet, "--db", db, "--by", "王秘书")
    assert r.returncode == 0, r.stderr
    assert "修改 2 项共 2 处，冲突 1 处，未匹配 0 行" in r.stdout
    assert "冲突 第 5 行 #3“进展情况”" in r.stdout and "电商服务中心在建" in r.stdout
    r = run_cli("ledger", "history", "3", "--db", db, env={"COLUMNS": "200"})
    assert "与导出后的修改冲突，未采用" in r.stdout and "表格 整改台账.xlsx" in r.stdout
    r = run_cli("ledger", "export", "--db", db, "--xlsx", sheet)
    assert r.returncode == 2 and "已存在" in r.stderr


def _one_line(r) -> str:
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and "Traceback" not in r.stderr
    return lines[0]


def test_bad_input_leaves_the_ledger_unchanged(db, tmp_path):
    no_measures = tmp_path / "无措施.txt"
    text = YEAR_2023.read_text(encoding="utf-8")
    no_measures.write_text(text[: text.index("三、整改措施")], encoding="utf-8")
    broken = tmp_path / "坏表.xlsx"
    broken.write_bytes(b"PK\x03\x04broken")
    foreign = tmp_path / "别的表.xlsx"
    openpyxl.Workbook().save(foreign)
    cases = [
        (
            ("ledger", "import", YEAR_2024, no_measures, "--db", db, "--meeting-date", "2025-01-20"),
            "没有找到整改措施部分",
        ),
        (("ledger", "import", YEAR_2024, "--db", db, "--meeting-date", "明年"), "会议日期“明年”无法识别"),
        (("ledger", "import", tmp_path / "不存在.docx", "--db", db), "不存在"),
        (("ledger", "import-xlsx", broken, "--db", db), "不是有效的 xlsx 文件"),
        (("ledger", "import-xlsx", foreign, "--db", db), "不是 mingjing 导出的整改台账"),
        (("ledger", "import-xlsx", EXAMPLE, "--db", db), "不是有效的 xlsx 文件"),
        (("ledger", "update", "99", "--db", db, "--status", "已完成"), "没有编号为 99 的事项"),
        (("ledger", "update", "1", "--db", db, "--status", "办完了"), "“办完了”不是有效的状态"),
        (("ledger", "update", "1", "--db", db, "--due", "2024-13-01"), "完成日期“2024-13-01”无法识别"),
        (("ledger", "update", "1", "--db", db), "没有要修改的内容"),
        (("ledger", "history", "x1", "--db", db), "不是台账编号"),
        (("ledger", "list", "--db", db, "--status", "完成"), "不是有效的状态"),
        (("ledger", "compare", "--db", db, "--year", "2022", "--year", "2024"), "没有 2022 年度的材料"),
        (("ledger", "compare", "--db", db, "--year", "2024"), "两个不同的年度"),
        (("ledger", "export", "--db", db, "--xlsx", tmp_path / "台账.csv"), "扩展名应为 .xlsx"),
    ]
    for args, message in cases:
        before = dump(db)
        line = _one_line(run_cli(*args))
        assert message in line, (args, line)
        assert dump(db) == before, args


def test_a_missing_ledger_is_not_created(tmp_path):
    missing = tmp_path / "没有的台账.db"
    line = _one_line(run_cli("ledger", "list", "--db", missing))
    assert "整改台账不存在" in line and not missing.exists()
    no_measures = tmp_path / "无措施.txt"
    no_measures.write_text(
        "张三2023年度组织生活会发言提纲\n一、存在的问题\n（一）学习不够。\n", encoding="utf-8"
    )
    _one_line(run_cli("ledger", "import", no_measures, "--db", missing, "--meeting-date", "2024-01-15"))
    assert not missing.exists()


def test_help_has_examples():
    for command in ("import", "list", "update", "history", "export", "import-xlsx", "report", "compare"):
        r = run_cli("ledger", command, "--help")
        assert r.returncode == 0 and "示例：mingjing ledger " + command in r.stdout
