"""A whole round the way an office runs it, over real HTTP: a clerk's .zip of a team matched to its
authors (file name, title, confirmation for the rest; a bad file listed, the others in), the
organisation's template library catching a planted copy (D102, side by side), the round closed into
the library so next year's copy is caught, the summary page, its xlsx and the annotated Word copies."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest

from conftest import ROOT
from web_server import Browser, live_server
from web_team import PASSWORD

MATERIALS = ROOT / "tests" / "fixtures" / "materials"
WANG = (MATERIALS / "mzshh_2023_zhuti_standard.txt").read_text(
    encoding="utf-8"
)  # 王建国, named in the file name
ZHOU = (MATERIALS / "mzshh_2022_six_daitou.txt").read_text(
    encoding="utf-8"
)  # 周志强, named in the title only
CHEN = (
    (MATERIALS / "zzshh_2023_member.txt").read_text(encoding="utf-8").replace("陈思远", "")
)  # no name at all


def people(store):
    from mingjing.web import auth
    from mingjing.web.accounts import add_account

    unit = store.add_unit("宁川县")
    team = store.add_team(unit, "交通运输局党组")
    for name, role, team_id in (
        ("王建国", "author", team),
        ("周志强", "author", team),
        ("陈思远", "author", team),
        ("李文书", "reviewer", team),
        ("管理员甲", "admin", None),
        ("督导组周", "overseer", None),
    ):
        add_account(store, name, role, team_id)
        user = store.user_by_name(name)
        store.set_password(user["id"], auth.hash_password(PASSWORD), must_change=False)
    return team, store.add_round("2023年度民主生活会", "zhuti-2023", team, "2026-12-31")


class GbkName(zipfile.ZipInfo):
    """An entry named as Windows' own zip writes Chinese names: GBK bytes, without the UTF-8 flag."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def zipped(files: dict[str, bytes], gbk_names: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in files.items():
            zf.writestr((GbkName if gbk_names else zipfile.ZipInfo)(f"交通局/{name}"), data)
    raw = out.getvalue()
    if gbk_names:
        assert all(not i.flag_bits & 0x800 for i in zipfile.ZipFile(io.BytesIO(raw)).infolist())
    return raw


def wait_finished(browser, batch_path: str) -> str:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        page = browser.get(batch_path).text
        if "本批已处理完毕" in page:
            return page
        time.sleep(0.5)
    raise AssertionError("batch did not finish")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rounds")
    with live_server(folder) as (base, app):
        team, round_id = people(app.state.store)
        browsers = {}
        for key, name in (
            ("clerk", "李文书"),
            ("admin", "管理员甲"),
            ("overseer", "督导组周"),
            ("wang", "王建国"),
        ):
            browsers[key] = Browser(base)
            assert browsers[key].login(name, PASSWORD).status_code == 303
        yield {"app": app, "b": browsers, "round": round_id, "team": team, "folder": folder, "base": base}
        for b in browsers.values():
            b.close()


def test_library_zip_intake_summary_and_close(site):
    app, b, round_id = site["app"], site["b"], site["round"]
    store = app.state.store
    # 1. the admin puts a known template in the library: 周志强's text from an old collection
    template = zipped({"往年范文-发改局.txt": ZHOU.encode("utf-8"), "说明.xls": b"not a material"})
    r = b["admin"].post("/admin/library", files=[("files", ("范文.zip", template))])
    assert r.status_code == 303 and r.headers["location"] == "/admin/library"  # post/redirect/get
    r = b["admin"].get("/admin/library")
    assert "新增 1 份" in r.text and "说明.xls" in r.text
    assert "新增 1 份" not in b["admin"].get("/admin/library").text  # shown once
    admin_page = b["admin"].get("/admin").text
    assert re.search(r"共 <strong>1</strong> 份材料", admin_page) and "最近更新" in admin_page

    # 2. the clerk's zip of the team: one named in the file name, one in the title, one nowhere, one broken
    batch_zip = zipped(
        {
            "王建国-对照检查材料.txt": WANG.encode("utf-8"),
            "材料二.txt": ZHOU.encode("utf-8"),
            "材料三.txt": CHEN.encode("utf-8"),
            "坏文件.docx": b"PK\x03\x04" + b"\x00" * 200,
        },
        gbk_names=True,
    )
    r = b["clerk"].post(f"/rounds/{round_id}/intake", files=[("files", ("交通局.zip", batch_zip))])
    assert r.status_code == 303, r.text
    batch_path = r.headers["location"]
    page = b["clerk"].get(batch_path).text
    assert "王建国-对照检查材料.txt" in page  # the GBK name read back as its maker wrote it
    assert "坏文件.docx" in page and "无法导入的文件（1）" in page
    files = {f["original_name"]: f for f in store.intake_files(int(batch_path.rsplit("/", 1)[1]))}
    names = {f["original_name"]: f["author_name"] for f in files.values()}
    assert (
        names["王建国-对照检查材料.txt"] == "王建国"
        and files["王建国-对照检查材料.txt"]["matched_by"] == "file"
    )
    assert names["材料二.txt"] == "周志强" and files["材料二.txt"]["matched_by"] == "text"
    assert names["材料三.txt"] is None and "未能对应" in page
    # confirming without the missing author: refused, nothing reviewed, the choices made are kept
    chen = store.user_by_name("陈思远")["id"]
    choices = {
        f"author_{f['id']}": str(f["author_id"])
        for f in files.values()
        if f["state"] == "staged" and f["author_id"]
    }
    r = b["clerk"].post(f"{batch_path}/confirm", choices)
    assert r.status_code == 400 and "请选择撰写人" in r.text and "返回本轮" in r.text
    assert store.round_materials(round_id) == []
    for key, value in choices.items():
        assert re.search(rf'name="{key}"[^>]*>.*?<option value="{value}" selected', r.text, re.S)
    choices[f"author_{files['材料三.txt']['id']}"] = str(chen)
    r = b["clerk"].post(f"{batch_path}/confirm", choices)
    assert r.status_code == 303
    page = wait_finished(b["clerk"], batch_path)
    assert "已导入 3" in page and "未导入 1" in page and "坏文件.docx" in page
    latest = store.latest_drafts(round_id)
    by_author = {store.material(mid)["author_name"]: d for mid, d in latest.items()}
    assert set(by_author) == {"王建国", "周志强", "陈思远"}

    # 3. the library catches the planted copy: D102 names the source; the passages side by side
    import json

    zhou = by_author["周志强"]
    d102 = [f for f in json.loads(zhou["review_json"])["reports"][0]["findings"] if f["code"] == "D102"]
    assert d102 and "模板库中的“周志强2022年度民主生活会个人对照检查材料”" in d102[0]["message"]
    assert not [
        f
        for f in json.loads(by_author["陈思远"]["review_json"])["reports"][0]["findings"]
        if f["code"] == "D102"
    ]
    side = b["clerk"].get(f"/drafts/{zhou['id']}/library").text
    assert "来源：" in side and "往年范文-发改局.txt" in side and side.count('class="passage"') >= 4
    material_page = b["clerk"].get(f"/materials/{zhou['material_id']}").text
    assert f"/drafts/{zhou['id']}/library" in material_page

    # 4. the summary: page with the chart, xlsx, the annotated Word copies; the overseer reads it too
    wang = by_author["王建国"]
    assert (
        b["clerk"]
        .post(
            f"/materials/{wang['material_id']}/decision", {"decision": "approve", "draft_id": str(wang["id"])}
        )
        .status_code
        == 303
    )
    summary = b["overseer"].get(f"/rounds/{round_id}/summary")
    assert summary.status_code == 200 and "<svg" in summary.text and "已交 <strong>3</strong>" in summary.text
    assert "已通过" in summary.text and "周志强" in summary.text
    import openpyxl

    sheet = b["overseer"].get(f"/rounds/{round_id}/summary.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(sheet.content))
    members = {row[3].value: row for row in wb["成员"].iter_rows(min_row=3)}
    assert set(members) == {"王建国", "周志强", "陈思远"} and members["王建国"][6].value == "已通过"
    assert wb["成员"].page_setup.orientation == "landscape"
    annotated = zipfile.ZipFile(io.BytesIO(b["overseer"].get(f"/rounds/{round_id}/annotated.zip").content))
    assert sorted(n.split("-")[0] for n in annotated.namelist()) == ["周志强", "王建国", "陈思远"]
    assert all(n.endswith("-审阅.docx") for n in annotated.namelist())
    unit = store.round(round_id)["unit_id"]
    assert "2023年度民主生活会" in b["overseer"].get(f"/units/{unit}/summary").text
    # the overseer changes nothing
    assert b["overseer"].post(f"/rounds/{round_id}/close").status_code == 403

    # 5. the round closes: its approved material joins the library; next year's copy of it is caught
    r = b["clerk"].post(f"/rounds/{round_id}/close")
    assert r.status_code == 303 and "closed=1" in r.headers["location"]
    assert (
        b["wang"].post(f"/rounds/{round_id}/upload", files={"file": ("再交.txt", WANG.encode())}).status_code
        == 409
    )
    next_round = store.add_round("2024年度民主生活会", "zhuti-2023", site["team"], "2027-12-31")
    r = b["wang"].post(f"/rounds/{next_round}/upload", files={"file": ("2024.txt", WANG.encode())})
    assert r.status_code == 303
    material = store.material_of(next_round, store.user_by_name("王建国")["id"])
    review = json.loads(
        store.drafts(material["id"]) and store.draft(store.drafts(material["id"])[-1]["id"])["review_json"]
    )
    sources = [m["path"] for m in review["library_matches"]]
    assert any("2023年度民主生活会·王建国" in s for s in sources), sources


def test_intake_refuses_a_broken_zip_and_other_teams(site):
    b, round_id = site["b"], site["round"]
    r = b["clerk"].post(
        f"/rounds/{round_id}/intake", files=[("files", ("坏.zip", b"PK\x05\x06" + b"\x00" * 30))]
    )
    assert r.status_code in (400, 409) and ("压缩包" in r.text or "已结束" in r.text)
    assert b["wang"].post(f"/rounds/{round_id}/intake", files=[("files", ("a.txt", b"x"))]).status_code in (
        403,
        404,
    )
    assert b["wang"].get("/intake/1").status_code == 403
    assert (
        b["overseer"].post(f"/rounds/{round_id}/intake", files=[("files", ("a.txt", b"x"))]).status_code
        == 403
    )


def test_ledger_round_trip_through_the_web(tmp_path):
    """Export the sheet, edit it, upload it back: edits applied, a field changed in the ledger since the
    export is a conflict shown for a decision; another team's reviewer cannot bring the sheet in."""
    import openpyxl

    from web_team import DRAFT_1, make_people, upload

    with live_server(tmp_path) as (base, app):
        store = app.state.store
        team = make_people(store)
        author, reviewer, reviewer_b = Browser(base), Browser(base), Browser(base)
        for br, name in ((author, "陈立华"), (reviewer, "李审阅"), (reviewer_b, "赵审阅")):
            assert br.login(name, PASSWORD).status_code == 303
        ra = team.rounds["a"]
        material = int(upload(author, ra, DRAFT_1).headers["location"].rsplit("/", 1)[1])
        draft = store.drafts(material)[-1]
        assert (
            reviewer.post(
                f"/materials/{material}/decision", {"decision": "approve", "draft_id": str(draft["id"])}
            ).status_code
            == 303
        )
        assert reviewer.post(f"/rounds/{ra}/ledger", {"material_id": str(material)}).status_code == 200
        sheet = reviewer.get("/ledger/export.xlsx").content
        wb = openpyxl.load_workbook(io.BytesIO(sheet))
        ws = wb.active
        header = {c.value: c.column for c in ws[2]}
        rows = [r for r in range(3, ws.max_row + 1) if ws.cell(r, header["序号"]).value]
        from mingjing.ledger.xlsx import ID_HEADER

        first, second = (int(ws.cell(r, header[ID_HEADER]).value) for r in rows[:2])
        # after the export the author reports progress on the first item in the web
        assert (
            author.post(
                f"/ledger/items/{first}", {"status": "进行中", "progress": "网页中填报的进展"}
            ).status_code
            == 303
        )
        ws.cell(rows[0], header["进展情况"]).value = "表格中填写的进展"
        ws.cell(rows[1], header["状态"]).value = "进行中"
        edited = io.BytesIO()
        wb.save(edited)
        refused = reviewer_b.post("/ledger/import.xlsx", files={"file": ("台账.xlsx", edited.getvalue())})
        assert refused.status_code == 400 and "不在您可管理的台账范围内" in refused.text
        r = reviewer.post("/ledger/import.xlsx", files={"file": ("台账.xlsx", edited.getvalue())})
        assert r.status_code == 303 and r.headers["location"] == "/ledger/imported"  # post/redirect/get
        r = reviewer.get("/ledger/imported")
        assert reviewer.get("/ledger/imported").text == r.text  # a reload shows it again, imports nothing
        assert r.status_code == 200 and "冲突 <strong>1</strong> 处" in r.text, re.sub(
            r"<[^>]+>", "", r.text
        )[-600:]
        assert "表格中填写的进展" in r.text and "网页中填报的进展" in r.text and "采用表格中的值" in r.text
        with app.state.ledgers.open() as ledger:
            assert ledger.item(second).status == "进行中"
            assert ledger.item(first).progress == "网页中填报的进展"  # the newer value stays
        r = reviewer.post(
            f"/ledger/items/{first}/conflict", {"field": "progress", "value": "表格中填写的进展"}
        )
        assert r.status_code == 303
        with app.state.ledgers.open() as ledger:
            assert ledger.item(first).progress == "表格中填写的进展"
            kinds = [c.kind for c in ledger.history(first)]
            assert "conflict" in kinds
        for br in (author, reviewer, reviewer_b):
            br.close()
