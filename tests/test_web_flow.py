"""A round of review over real HTTP: upload, report, Word with comments, return with a comment,
draft 2 and what changed, team matrix and similarity, approval, the comments as Word, the audit log;
and the `mingjing serve` / `mingjing users` commands."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time

import docx
import pytest

from conftest import libreoffice_convert, run_cli
from docx_comments import comment_anchors
from web_server import Browser, free_port, live_server
from web_team import COLLEAGUE, DRAFT_1, PASSWORD, draft_2_text, make_people, upload


def copying_colleague() -> str:
    """张三's material with two long paragraphs of 陈立华's first draft pasted in."""
    from mingjing.read import read_document

    own = read_document(COLLEAGUE).text.split("\n")
    theirs = sorted(read_document(DRAFT_1).text.split("\n"), key=len)[-2:]
    return "\n".join(own[:6] + theirs + own[6:])


@pytest.fixture(scope="module")
def round_done(tmp_path_factory):
    """Everything a round goes through, recorded response by response."""
    folder = tmp_path_factory.mktemp("flow")
    seen = {}
    with live_server(folder) as (base, app):
        team = make_people(app.state.store)
        author, colleague, reviewer = Browser(base), Browser(base), Browser(base)
        for b, name in ((author, "陈立华"), (colleague, "张三"), (reviewer, "李审阅")):
            assert b.login(name, PASSWORD).status_code == 303
        ra = team.rounds["a"]
        r = upload(author, ra, DRAFT_1)
        material = int(r.headers["location"].rsplit("/", 1)[1])
        seen["material_page_1"] = author.get(f"/materials/{material}").text
        first = app.state.store.drafts(material)[0]
        seen["report_1"] = author.get(f"/drafts/{first['id']}/report").text
        seen["docx_1"] = author.get(f"/drafts/{first['id']}/docx")
        # a colleague copies two paragraphs of the first author's material into their own
        upload(colleague, ra, name="张三-对照检查材料.txt", data=copying_colleague().encode())
        seen["return"] = reviewer.post(
            f"/materials/{material}/decision",
            {
                "decision": "return",
                "body": "“按步就班”是错别字，单位名称写错了，请修改。",
                "draft_id": str(first["id"]),
            },
        )
        seen["author_after_return"] = author.get(f"/materials/{material}").text
        seen["reply"] = author.client.post(
            f"/materials/{material}/comments",
            data={"body": "已按意见修改。"},
            headers={"X-CSRF-Token": author.csrf, "HX-Request": "true"},
        )
        seen["upload_2"] = upload(author, ra, name="陈立华-第二稿.txt", data=draft_2_text().encode())
        seen["stale_decision"] = reviewer.post(
            f"/materials/{material}/decision", {"decision": "approve", "draft_id": str(first["id"])}
        )
        seen["diff"] = reviewer.get(f"/materials/{material}/diff").text
        second = app.state.store.drafts(material)[1]
        seen["approve"] = reviewer.post(
            f"/materials/{material}/decision", {"decision": "approve", "draft_id": str(second["id"])}
        )
        seen["upload_after_approval"] = upload(author, ra, DRAFT_1)
        seen["matrix"] = reviewer.get(f"/rounds/{ra}").text
        mc = app.state.store.material_of(ra, team.users["colleague"]["id"])["id"]
        seen["compare"] = reviewer.get(f"/rounds/{ra}/compare/view?a={material}&b={mc}")
        seen["comments_docx"] = reviewer.get(f"/rounds/{ra}/comments.docx")
        admin = Browser(base)
        admin.login("管理员甲", PASSWORD)
        seen["audit"] = admin.get("/admin/audit").text
        seen["status"] = app.state.store.material(material)["status"]
        for b in (author, colleague, reviewer, admin):
            b.close()
    return seen


def test_author_sees_the_same_review_as_the_command_line(round_done):
    cli = run_cli("review", str(DRAFT_1), "--format", "json", "--exit-zero")
    import json

    expected = json.loads(cli.stdout)["reports"][0]
    page = round_done["material_page_1"]
    assert f"得分 <strong>{expected['score']}</strong>" in page
    assert f"共 {len(expected['findings'])} 处问题" in page
    report = round_done["report_1"]
    for f in expected["findings"]:
        assert f["code"] in report
    assert "陈立华-对照检查材料-初稿.docx" in report and "web-files" not in report


def test_word_copy_carries_one_comment_per_finding(round_done):
    r = round_done["docx_1"]
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    anchors = comment_anchors(r.content)
    assert tuple(a for a, c in anchors if "T101" in c) == ("按步就班",)
    assert len(anchors) >= 10


def test_reviewer_returns_with_a_comment_and_the_author_sees_it(round_done):
    assert round_done["return"].status_code == 303
    page = round_done["author_after_return"]
    assert "退回修改" in page and "单位名称写错了" in page
    assert round_done["reply"].status_code == 200 and "已按意见修改。" in round_done["reply"].text


def test_draft_2_shows_what_changed(round_done):
    assert round_done["upload_2"].status_code == 303
    diff = round_done["diff"]
    assert "第 1 稿 → 第 2 稿" in diff
    assert '<del title="删去">步</del><ins title="新增">部</ins>' in diff
    assert re.search(r"<del[^>]*>临江区人力资源和社会保障</del><ins[^>]*>青溪县教育</ins></span>局", diff)
    assert "已改正" in diff and "T101" in diff.split("新出现")[0]


def test_a_decision_on_an_old_draft_is_refused(round_done):
    assert round_done["stale_decision"].status_code == 409


def test_approval_closes_the_material(round_done):
    assert round_done["approve"].status_code == 303
    assert round_done["status"] == "approved"
    assert round_done["upload_after_approval"].status_code == 409


def test_team_matrix_lists_members_verdicts_and_similarity(round_done):
    matrix = round_done["matrix"]
    for name in ("陈立华", "张三"):
        assert name in matrix
    assert "王五" not in matrix  # another team
    assert "已通过" in matrix and "第 2 稿" in matrix
    assert re.search(r"/rounds/\d+/compare\?a=\d+&amp;b=\d+", matrix)
    scores = [int(v) for v in re.findall(r'title="共享片段 \d+ 处[^"]*">(\d+)%</a>', matrix)]
    assert len(scores) == 2 and scores[0] == scores[1] >= 15  # the copied paragraphs show, both ways
    compare = round_done["compare"]
    assert compare.status_code == 200 and "雷同比对" in compare.text and '<mark class="p1"' in compare.text


def test_comments_export_as_word(round_done):
    r = round_done["comments_docx"]
    assert r.status_code == 200
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs)
    assert "单位名称写错了" in text and "已按意见修改。" in text
    assert "陈立华" in text and "张三" in text and "审核通过" in text


def test_audit_log_says_who_did_what(round_done):
    audit = round_done["audit"]
    for action in ("上传材料", "退回修改", "审核通过", "添加意见", "导出审阅意见", "下载批注版", "登录"):
        assert action in audit
    assert "李审阅" in audit and "陈立华" in audit


def test_users_add_prints_a_one_time_password(tmp_path):
    db = tmp_path / "web.db"
    from mingjing.web.store import WebStore

    store = WebStore(db)
    store.add_team(store.add_unit("青溪县"), "教育局党组")
    store.close()
    r = run_cli("users", "add", "李四", "--role", "reviewer", "--team", "青溪县/教育局党组", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert re.search(r"已添加用户：李四  一次性密码：\S{14}", r.stdout)
    again = run_cli("users", "add", "李四", "--role", "reviewer", "--team", "教育局党组", "--db", str(db))
    assert again.returncode == 2 and again.stderr.startswith("错误：用户“李四”已存在")
    bad = run_cli("users", "add", "王五", "--role", "boss", "--team", "教育局党组", "--db", str(db))
    assert bad.returncode == 2 and "角色“boss”无效" in bad.stderr and "Traceback" not in bad.stderr
    no_team = run_cli("users", "add", "王五", "--role", "author", "--team", "卫健局", "--db", str(db))
    assert no_team.returncode == 2 and "没有名为“卫健局”的班子/支部" in no_team.stderr
    listed = run_cli("users", "list", "--db", str(db))
    assert "李四\t审阅人\t教育局党组" in listed.stdout


def test_serve_creates_the_first_admin_once(tmp_path):
    import httpx

    db = tmp_path / "web.db"
    port = free_port()
    lines = []
    for _ in range(2):
        proc = subprocess.Popen(
            [sys.executable, "-m", "mingjing", "serve", "--port", str(port), "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            assert page.status_code == 200 and "登录" in page.text
        finally:
            proc.terminate()
            out, _ = proc.communicate(timeout=30)
        lines.append(out)
    once = re.search(r"已创建管理员账号：管理员  一次性密码：(\S+)（", lines[0])
    assert once and "已创建管理员账号" not in lines[1]
    assert f"整改台账：{tmp_path / 'web.ledger.db'}" in lines[0]  # what `mingjing ledger --db` opens
    assert (tmp_path / "web-files").is_dir()
    with live_server(tmp_path) as (base, _):
        b = Browser(base)
        assert b.login("管理员", once.group(1)).headers["location"] == "/password"
        b.close()


def test_serve_says_when_the_port_is_taken(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = run_cli("serve", "--port", str(port), "--db", str(tmp_path / "web.db"))
    assert r.returncode == 2 and r.stderr.startswith(f"错误：无法在 127.0.0.1:{port} 上监听")
    assert "Traceback" not in r.stderr and not (tmp_path / "web.db").exists()


def test_word_wps_and_pdf_uploads_are_reviewed(tmp_path):
    """.doc and .wps go through LibreOffice, .pdf through its text layer — like the command line."""
    from mingjing.read.legacy import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice is installed by make test")
    converted = {}
    for fmt in ("doc", "pdf"):
        libreoffice_convert(str(COLLEAGUE), fmt, str(tmp_path), profile=tmp_path / "profile", timeout=300)
        converted[fmt] = (tmp_path / f"{COLLEAGUE.stem}.{fmt}").read_bytes()
    converted["wps"] = converted["doc"]  # WPS writes the same OLE container
    with live_server(tmp_path / "site") as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        author.login("张三", PASSWORD)
        for fmt in ("doc", "wps", "pdf"):
            r = upload(author, team.rounds["a"], name=f"张三-对照检查材料.{fmt}", data=converted[fmt])
            assert r.status_code == 303, r.text
        material = app.state.store.material_of(team.rounds["a"], team.users["colleague"]["id"])
        drafts = app.state.store.drafts(material["id"])
        assert [d["format"] for d in drafts] == ["doc", "wps", "pdf"]
        assert all(d["verdict"] == "pass" for d in drafts)
        word = author.get(f"/drafts/{drafts[0]['id']}/docx")
        assert word.status_code == 200 and "对照检查材料" in "\n".join(
            p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs
        )
        author.close()
