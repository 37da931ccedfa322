"""The ledger store: import once, every change a history entry, evidence copied by content, bad input
changes nothing, two processes writing at once lose nothing."""

import sqlite3
import subprocess
import sys
import time
from datetime import date

import pytest

from ledger_fixtures import MEETING_2023, YEAR_2023, build_ledger, dump
from mingjing.errors import InputError
from mingjing.ledger.extract import extract_file
from mingjing.ledger.store import Ledger


@pytest.fixture
def ledger(tmp_path, packs):
    ledger = build_ledger(tmp_path / "台账.db", packs)
    yield ledger
    ledger.close()


def test_import_gives_items_statuses_and_creation_entries(ledger):
    items = ledger.items()
    assert len(items) == 10
    assert [i.status for i in items[:6]] == ["未开始"] * 4 + ["长期坚持", "未开始"]
    assert items[0].owner == "周海峰" and items[0].year == 2023 and items[0].due == date(2024, 6, 30)
    assert items[5].limit_kind == "unknown" and items[5].time_limit == "汛期前完成" and items[5].due is None
    assert all(len(ledger.history(i.id)) == 1 and ledger.history(i.id)[0].field == "created" for i in items)
    assert [r.year for r in ledger.imports()] == [2023, 2024]
    assert len(ledger.problems(2023)) == 12 and len(ledger.problems(2024)) == 8


def test_the_same_material_is_imported_once(ledger, packs):
    again = ledger.import_extractions([extract_file(YEAR_2023, packs, MEETING_2023)], "王秘书")
    assert again[0].import_id is None and again[0].existing == 1
    assert len(ledger.items()) == 10


def test_every_change_is_history_and_closing_is_reversible(ledger):
    changes = ledger.update(1, "李娜", status="进行中", progress="已列出调研提纲")
    assert [(c.field, c.old, c.new) for c in changes] == [
        ("status", "未开始", "进行中"),
        ("progress", "", "已列出调研提纲"),
    ]
    assert ledger.update(1, "李娜", status="进行中") == []  # nothing changed, nothing recorded
    ledger.update(1, "张主任", status="已完成")
    assert ledger.item(1).closed is not None
    ledger.update(1, "张主任", status="进行中", progress="报告被退回修改")
    assert ledger.item(1).closed is None and ledger.item(1).status == "进行中"
    history = ledger.history(1)
    assert [(c.by, c.field, c.old, c.new) for c in history[1:]] == [
        ("李娜", "status", "未开始", "进行中"),
        ("李娜", "progress", "", "已列出调研提纲"),
        ("张主任", "status", "进行中", "已完成"),
        ("张主任", "status", "已完成", "进行中"),
        ("张主任", "progress", "已列出调研提纲", "报告被退回修改"),
    ]
    assert all(c.at for c in history) and history == sorted(history, key=lambda c: c.at)


def test_time_limit_and_due_date(ledger):
    changes = ledger.update(6, "李娜", time_limit="3个月内")  # counted from the 2023 material's meeting
    assert [(c.field, c.new) for c in changes] == [("time_limit", "3个月内"), ("due", "2024-04-18")]
    ledger.update(6, "李娜", due="2024-05-31")
    assert ledger.item(6).due == date(2024, 5, 31)
    assert [i.id for i in ledger.items(overdue=True, as_of=date(2024, 5, 1))] == [2, 4]
    assert ledger.items(overdue=True, as_of=date(2024, 1, 1)) == []


def test_filters(ledger):
    ledger.update(3, "李娜", status="进行中")
    assert [i.id for i in ledger.items(status="进行中")] == [3]
    assert len(ledger.items(person="周海峰", year=2024)) == 4
    assert ledger.items(person="别人") == []


def test_items_of_some_imports_and_the_name_shown_for_a_material(ledger, tmp_path, packs):
    from mingjing.ledger.report import ledger_report
    from mingjing.ledger.xlsx import export_xlsx

    assert [i.import_id for i in ledger.items(import_ids=[2])] == [2] * 4
    assert ledger.items(import_ids=[]) == [] and len(ledger.items(import_ids={1, 2})) == 10
    assert (
        ledger_report(ledger, import_ids=[1]).total == 6
        and ledger_report(ledger, import_ids=[1]).imports == 1
    )
    assert len(export_xlsx(ledger, tmp_path / "一份.xlsx", import_ids=[2])) == 4
    copy = tmp_path / "3f9a0c.txt"  # a stored copy under a random name: the ledger shows the given name
    copy.write_text(YEAR_2023.read_text(encoding="utf-8") + "\n\n2024年1月18日\n", encoding="utf-8")
    extraction = extract_file(copy, packs, MEETING_2023)
    extraction.name = "周海峰-对照检查材料.txt"
    result = ledger.import_extractions([extraction], "李审阅")[0]
    assert [r.name for r in ledger.imports()][-1] == "周海峰-对照检查材料.txt"
    assert (
        ledger.history(ledger.items(import_ids=[result.import_id])[0].id)[0].via
        == "导入 周海峰-对照检查材料.txt"
    )


def test_evidence_is_copied_by_content_and_the_original_untouched(ledger, tmp_path):
    original = tmp_path / "整改报告.pdf"
    original.write_bytes(b"%PDF-1.4 report")
    before = original.stat().st_mtime_ns
    ledger.update(2, "李娜", evidence=original)
    copy = tmp_path / "整改报告副本.pdf"
    copy.write_bytes(b"%PDF-1.4 report")
    ledger.update(3, "李娜", evidence=copy)
    stored = ledger.evidence(2)
    assert [e.name for e in stored] == ["整改报告.pdf"]
    assert stored[0].stored.parent == tmp_path / "台账.evidence"
    assert stored[0].stored.read_bytes() == b"%PDF-1.4 report" and stored[0].stored.name.startswith(
        stored[0].sha256
    )
    assert len(list((tmp_path / "台账.evidence").iterdir())) == 1  # same content stored once
    assert original.read_bytes() == b"%PDF-1.4 report" and original.stat().st_mtime_ns == before
    assert ledger.history(2)[-1].field == "evidence" and ledger.item(2).evidence == 1


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda ledger: ledger.update(999, "x", status="进行中"), "没有编号为 999"),
        (lambda ledger: ledger.update("abc", "x", status="进行中"), "不是台账编号"),
        (lambda ledger: ledger.update(1, "x", status="做完了"), "不是有效的状态"),
        (lambda ledger: ledger.update(1, "x", progress="p", due="2024-02-30"), "无法识别"),
        (
            lambda ledger: ledger.update(1, "x", progress="p", evidence="/nonexistent/报告.pdf"),
            "佐证材料文件不存在",
        ),
        (lambda ledger: ledger.history(42), "没有编号为 42"),
        (lambda ledger: ledger.items(status="完成"), "不是有效的状态"),
    ],
)
def test_bad_input_changes_nothing(ledger, call, message):
    before = dump(ledger.path)
    with pytest.raises(InputError, match=message):
        call(ledger)
    assert dump(ledger.path) == before


def test_a_foreign_database_is_refused_unchanged(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('format', 'mingjing.corpus/1')")
    con.commit()
    con.close()
    before = dump(other)
    with pytest.raises(InputError, match="格式"):
        Ledger(other)
    assert dump(other) == before
    with pytest.raises(InputError, match="整改台账不存在"):
        Ledger(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


WRITER = """
import sys, time
from pathlib import Path
from mingjing.ledger.store import Ledger

db, who, ready, go = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
ledger = Ledger(db, create=False)
ids = [i.id for i in ledger.items()]
ready.touch()
while not go.exists():
    time.sleep(0.005)
for k in range(1000):
    ledger.update(ids[k % len(ids)], who, progress=f"{who} 第{k}次")
ledger.close()
"""


def test_two_processes_writing_1000_updates_each_lose_none(ledger, tmp_path):
    before = ledger.history_count()
    go = tmp_path / "go"
    procs = []
    for who in ("甲", "乙"):
        procs.append(
            (
                who,
                tmp_path / f"ready-{who}",
                subprocess.Popen(
                    [
                        sys.executable,
                        "-c",
                        WRITER,
                        str(ledger.path),
                        who,
                        str(tmp_path / f"ready-{who}"),
                        str(go),
                    ],
                    stderr=subprocess.PIPE,
                    text=True,
                ),
            )
        )
    while not all(ready.exists() or proc.poll() is not None for _, ready, proc in procs):
        time.sleep(0.01)
    go.touch()
    for _who, _, proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    assert ledger.history_count() - before == 2000
    rows = ledger.db.execute(
        "SELECT by, COUNT(*) FROM history WHERE field = 'progress' GROUP BY by"
    ).fetchall()
    assert dict(rows) == {"甲": 1000, "乙": 1000}
    # each entry's old value is the value just before it: no update was overwritten unseen
    for item in ledger.items():
        changes = [c for c in ledger.history(item.id) if c.field == "progress"]
        assert all(a.new == b.old for a, b in zip(changes, changes[1:]))
        assert changes[-1].new == item.progress
