"""The rectification ledger in the web app over real HTTP: an approved material becomes ledger items
(once), the author reports progress with evidence, the reviewer closes the item, history, the xlsx
sheet, the report page, the audit log — and `mingjing ledger … --db` sees the same ledger."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from conftest import run_cli
from web_server import Browser, live_server
from web_team import COLLEAGUE, DRAFT_1, PASSWORD, make_people, upload

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8  # PNG signature: accepted by content
REPORT = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(scope="module")
def ledger_done(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ledger")
    seen = {"folder": folder}
    with live_server(folder) as (base, app):
        store = app.state.store
        team = make_people(store)
        author, colleague, reviewer, admin = (Browser(base) for _ in range(4))
        for b, name in ((author, "陈立华"), (colleague, "张三"), (reviewer, "李审阅"), (admin, "管理员甲")):
            assert b.login(name, PASSWORD).status_code == 303
        ra = team.rounds["a"]
        material = int(upload(author, ra, DRAFT_1).headers["location"].rsplit("/", 1)[1])
        mc = int(upload(colleague, ra, COLLEAGUE).headers["location"].rsplit("/", 1)[1])
        seen["before_approval"] = reviewer.post(f"/rounds/{ra}/ledger", {"material_id": str(material)})
        draft = store.drafts(material)[-1]
        assert (
            reviewer.post(
                f"/materials/{material}/decision", {"decision": "approve", "draft_id": str(draft["id"])}
            ).status_code
            == 303
        )
        seen["matrix"] = reviewer.get(f"/rounds/{ra}").text
        seen["import"] = reviewer.post(f"/rounds/{ra}/ledger", {"material_id": str(material)})
        seen["import_again"] = reviewer.post(f"/rounds/{ra}/ledger", {"material_id": ""})  # all approved
        seen["matrix_after"] = reviewer.get(f"/rounds/{ra}").text
        seen["ledger"] = reviewer.get("/ledger").text
        seen["overdue"] = reviewer.get("/ledger?overdue=1").text
        seen["author_ledger"] = author.get("/ledger").text
        seen["colleague_ledger"] = colleague.get("/ledger").text
        first = int(re.search(r'href="/ledger/items/(\d+)"', seen["author_ledger"]).group(1))
        seen["first"] = first
        seen["author_done"] = author.post(
            f"/ledger/items/{first}", {"status": "已完成", "progress": "想直接销号"}
        )
        seen["author_update"] = author.post(
            f"/ledger/items/{first}",
            {"status": "进行中", "progress": "已制定个人学习计划，\r\n每周检查一次。"},
            files={"evidence": ("学习计划.png", PHOTO)},
        )
        seen["fake_photo"] = author.post(
            f"/ledger/items/{first}",
            {"progress": "冒充的图片"},
            files={"evidence": ("照片.png", b"\x7fELF\x02\x01" + b"\x00" * 500)},
        )
        seen["wrong_type"] = author.post(
            f"/ledger/items/{first}", {}, files={"evidence": ("脚本.exe", b"MZ" + b"\x00" * 500)}
        )
        seen["colleague_update"] = colleague.post(f"/ledger/items/{first}", {"status": "进行中"})
        seen["review_update"] = reviewer.post(
            f"/ledger/items/{first}",
            {"status": "已完成", "progress": "已制定个人学习计划，\n每周检查一次。经核实已完成。"},
            files={"evidence": ("整改报告.pdf", REPORT)},
        )
        seen["item"] = reviewer.get(f"/ledger/items/{first}").text
        seen["done_only"] = reviewer.get("/ledger", params={"status": "已完成"}).text
        seen["by_person"] = reviewer.get("/ledger", params={"person": "张三"}).text
        seen["bad_status"] = reviewer.get("/ledger", params={"status": "搁置"})
        seen["evidence_1"] = author.get(f"/ledger/items/{first}/evidence/1")
        seen["evidence_2"] = reviewer.get(f"/ledger/items/{first}/evidence/2")
        seen["xlsx"] = reviewer.get("/ledger/export.xlsx")
        seen["report"] = reviewer.get("/ledger/report").text
        seen["report_view"] = reviewer.get("/ledger/report/view").text
        seen["audit"] = admin.get("/admin/audit").text
        seen["admin_ledger"] = admin.get("/ledger").text
        seen["mc_status"] = store.material(mc)["status"]
        for b in (author, colleague, reviewer, admin):
            b.close()
    return seen


def test_only_an_approved_material_becomes_ledger_items(ledger_done):
    assert ledger_done["before_approval"].status_code == 409
    assert "尚未审核通过" in ledger_done["before_approval"].text
    assert "生成台账" in ledger_done["matrix"] and "全部已通过材料生成台账" in ledger_done["matrix"]
    title = ledger_done["matrix"].split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in title and "&lt;" not in title and ledger_done["matrix"].count('id="ledger"') == 1
    done = ledger_done["import"]
    assert done.status_code == 200 and "生成 <strong>5</strong> 项" in done.text
    assert "2026-12-31" in done.text  # time limits count from the round's deadline


def test_importing_the_same_draft_again_does_nothing(ledger_done):
    again = ledger_done["import_again"]
    assert again.status_code == 200 and "此前已生成" in again.text and "张三" not in again.text
    assert ledger_done["mc_status"] == "submitted"  # not approved: left out of "all approved"
    assert "已生成（第 1 稿）" in ledger_done["matrix_after"]
    assert len(re.findall(r'href="/ledger/items/\d+"', ledger_done["ledger"])) == 5


def test_team_ledger_lists_and_filters(ledger_done):
    page = ledger_done["ledger"]
    assert "教育局党组整改台账" in page and "坚持不懈强化理论武装" in page and "陈立华" in page
    overdue = ledger_done["overdue"]
    rows = re.findall(r'<tr class="overdue">', overdue)
    assert (
        len(rows) == len(re.findall(r'href="/ledger/items/\d+"', overdue)) == 4
    )  # dated 2023/2024, one undated


def test_filters_by_status_and_person(ledger_done):
    assert re.findall(r'href="/ledger/items/(\d+)"', ledger_done["done_only"]) == [str(ledger_done["first"])]
    assert (
        "/ledger/items/" not in ledger_done["by_person"] and "没有符合条件的事项" in ledger_done["by_person"]
    )
    assert ledger_done["bad_status"].status_code == 400 and "不是有效的状态" in ledger_done["bad_status"].text


def test_author_sees_own_items_and_may_not_close_them(ledger_done):
    assert len(re.findall(r'href="/ledger/items/\d+"', ledger_done["author_ledger"])) == 5
    assert "我的整改事项" in ledger_done["author_ledger"]
    assert re.findall(r'href="/ledger/items/\d+"', ledger_done["colleague_ledger"]) == []
    assert ledger_done["author_done"].status_code == 403
    assert ledger_done["author_update"].status_code == 303
    assert ledger_done["colleague_update"].status_code == 404


def test_evidence_is_checked_by_content(ledger_done):
    assert ledger_done["fake_photo"].status_code == 400 and "不是 PNG 图片" in ledger_done["fake_photo"].text
    assert ledger_done["wrong_type"].status_code == 400 and "佐证材料只能是" in ledger_done["wrong_type"].text
    assert ledger_done["evidence_1"].status_code == 200 and ledger_done["evidence_1"].content == PHOTO
    assert ledger_done["evidence_2"].content == REPORT
    assert ledger_done["evidence_2"].headers["content-type"] == "application/pdf"
    stored = sorted(p.name for p in (ledger_done["folder"] / "web.ledger.evidence").iterdir())
    assert len(stored) == 2 and all(re.fullmatch(r"[0-9a-f]{64}\.(png|pdf)", n) for n in stored)
    assert not list((ledger_done["folder"] / "web-files").glob(".evidence-*"))  # temporary copies removed


def test_item_history_names_the_web_users(ledger_done):
    item = ledger_done["item"]
    assert "已完成" in item and "经核实已完成" in item
    history = item.split("变更记录", 1)[1]
    assert "生成事项" in history and "状态：未开始 → 进行中" in history and "状态：进行中 → 已完成" in history
    assert "陈立华" in history and "李审阅" in history and "上传佐证材料 学习计划.png" in history
    assert "想直接销号" not in item and "冒充的图片" not in item  # refused updates changed nothing


def test_xlsx_download_opens_with_openpyxl(ledger_done):
    r = ledger_done["xlsx"]
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    ws = openpyxl.load_workbook(io.BytesIO(r.content)).active
    assert "教育局党组整改台账" in ws.cell(1, 1).value
    header = [c.value for c in ws[2]]
    assert header[0] == "序号" and "整改措施" in header and "状态" in header
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert len(rows) == 5
    status = header.index("状态")
    assert sorted(r[status] for r in rows).count("已完成") == 1
    assert all(r[header.index("责任人")] == "陈立华" for r in rows)


def test_report_page_shows_the_ledger_report(ledger_done):
    assert 'src="/ledger/report/view"' in ledger_done["report"]
    view = ledger_done["report_view"]
    assert "教育局党组整改台账" in view and "共 5 项" in view and "完成率 20%" in view and "<svg" in view


def test_every_change_is_in_the_audit_log(ledger_done):
    audit = ledger_done["audit"]
    for action in ("生成台账", "更新台账", "导出台账", "下载佐证材料"):
        assert action in audit, action
    assert "状态 进行中 → 已完成" in audit


def test_the_command_line_sees_the_same_ledger(ledger_done):
    db = ledger_done["folder"] / "web.ledger.db"
    listed = run_cli("ledger", "list", "--db", db)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("陈立华") >= 5 and "已完成" in listed.stdout
    history = run_cli("ledger", "history", str(ledger_done["first"]), "--db", db)
    assert history.returncode == 0 and "李审阅" in history.stdout and "陈立华" in history.stdout
    assert "网页" in history.stdout
