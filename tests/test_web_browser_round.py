"""A 组织部 round in a real browser (Chromium via Playwright) against a real server: the admin fills
the template library from a .zip, a clerk brings a team's .zip in (one file confirmed by hand, a
progress bar until done), the library catches a planted copy beside its source, a reviewer with two
units sees both, the overseer reads every unit's status and the round summary, and the ledger sheet
goes out and back with its conflict shown. Screenshots go to out/screenshots/ (20-…)."""

from __future__ import annotations

import zipfile

from test_web_browser import browser, shot, sign_in  # noqa: F401  (the module's Chromium fixture)
from test_web_rounds import CHEN, WANG, ZHOU, people
from web_server import live_server


def team_zip(path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("王建国-对照检查材料.txt", WANG.encode("utf-8"))
        zf.writestr("材料二.txt", ZHOU.encode("utf-8"))
        zf.writestr("材料三.txt", CHEN.encode("utf-8"))
        zf.writestr("损坏.docx", b"PK\x03\x04" + b"\x00" * 100)


def test_a_county_round_in_the_browser(browser, tmp_path):  # noqa: F811
    library_zip, intake_zip = tmp_path / "往年范文.zip", tmp_path / "交通局.zip"
    with zipfile.ZipFile(library_zip, "w") as zf:
        zf.writestr("往年范文-发改局.txt", ZHOU.encode("utf-8"))
    team_zip(intake_zip)
    with live_server(tmp_path / "site") as (base, app):
        store = app.state.store
        _team, round_id = people(store)
        # a second unit with its own team and round; 李文书 also looks after it
        from mingjing.web import auth
        from mingjing.web.accounts import add_account
        from web_team import PASSWORD

        other_unit = store.add_unit("宁川县卫健局")
        other_team = store.add_team(other_unit, "局党组")
        add_account(store, "孙六", "author", other_team)
        store.set_password(store.user_by_name("孙六")["id"], auth.hash_password(PASSWORD), must_change=False)
        store.add_round("2023年度民主生活会（卫健局）", "zhuti-2023", other_team, "2026-12-31")
        store.assign_unit(store.user_by_name("李文书")["id"], other_unit)

        # the admin fills the library from a zip; its size shows on the admin page
        admin = sign_in(browser, base, "管理员甲")
        admin.goto(base + "/admin/library")
        admin.set_input_files("input[type=file]", str(library_zip))
        admin.get_by_role("button", name="加入模板库").click()
        assert "新增 1 份" in admin.locator("main").inner_text()
        admin.goto(base + "/admin")
        assert "共 1 份材料" in admin.locator("#library").inner_text()
        shot(admin, "20-管理员-模板库与组织", full=True)

        # the clerk (a reviewer of two units) sees both rounds and brings the team's zip in
        clerk = sign_in(browser, base, "李文书")
        home = clerk.locator("main").inner_text()
        assert "2023年度民主生活会（卫健局）" in home and "负责的单位：宁川县卫健局" in home
        shot(clerk, "21-审阅人-两个单位", full=False)
        clerk.goto(f"{base}/rounds/{round_id}/intake")
        clerk.set_input_files("input[type=file]", str(intake_zip))
        clerk.get_by_role("button", name="上传并对应撰写人").click()
        clerk.wait_for_url(f"{base}/intake/*")
        assert (
            "未能对应" in clerk.locator("#confirm").inner_text()
            and "损坏.docx" in clerk.locator("main").inner_text()
        )
        shot(clerk, "22-文书-确认撰写人")
        clerk.get_by_label("材料三.txt 的撰写人").select_option(label="陈思远")
        clerk.get_by_role("button", name="确认并开始审阅（3 份）").click()
        clerk.wait_for_selector("text=本批已处理完毕", timeout=240_000)
        assert "已导入 3" in clerk.locator("#progress").inner_text()
        shot(clerk, "23-文书-导入完成")

        # the library catches the planted copy: the source beside the copied passages
        zhou = store.material_of(round_id, store.user_by_name("周志强")["id"])
        clerk.goto(f"{base}/materials/{zhou['id']}")
        clerk.get_by_role("link", name="与模板库比对").click()
        assert "往年范文-发改局.txt" in clerk.locator("main").inner_text()
        shot(clerk, "24-审阅人-模板库比对")

        # the overseer reads the status of every unit and the summary
        overseer = sign_in(browser, base, "督导组周")
        text = overseer.locator("main").inner_text()
        assert "各单位进度" in text and "宁川县卫健局" in text and "只能查看" in text
        shot(overseer, "25-督导组-各单位进度", full=False)
        overseer.goto(f"{base}/rounds/{round_id}/summary")
        summary = overseer.locator("main").inner_text()
        assert "已交 3" in summary and "周志强" in summary and overseer.locator("svg rect").count() >= 5
        shot(overseer, "26-督导组-轮次汇总")
        overseer.emulate_media(media="print")
        shot(overseer, "27-督导组-轮次汇总-打印")

        # the ledger goes out as xlsx and comes back edited; a change made since the export is a conflict
        wang = store.material_of(round_id, store.user_by_name("王建国")["id"])
        clerk.goto(f"{base}/materials/{wang['id']}")
        clerk.get_by_role("button", name="审核通过").click()
        clerk.wait_for_load_state()
        clerk.goto(f"{base}/rounds/{round_id}")
        clerk.locator("#ledger").locator("tr", has_text="王建国").get_by_role(
            "button", name="生成台账"
        ).click()
        clerk.wait_for_load_state()
        clerk.goto(f"{base}/ledger")
        with clerk.expect_download() as download:
            clerk.get_by_role("link", name="导出 Excel 台账").click()
        sheet = tmp_path / "台账.xlsx"
        download.value.save_as(sheet)
        import openpyxl

        from mingjing.ledger.xlsx import ID_HEADER

        wb = openpyxl.load_workbook(sheet)
        ws = wb.active
        header = {c.value: c.column for c in ws[2]}
        rows = [r for r in range(3, ws.max_row + 1) if ws.cell(r, header[ID_HEADER]).value]
        first = int(ws.cell(rows[0], header[ID_HEADER]).value)
        with app.state.ledgers.open() as ledger:  # someone reports progress in the web after the export
            ledger.update(first, "王建国", progress="网页中填报：已制定学习计划", via="网页")
        ws.cell(rows[0], header["进展情况"]).value = "表格中：学习计划已印发"
        ws.cell(rows[1], header["状态"]).value = "进行中"
        wb.save(sheet)
        clerk.set_input_files("#import-sheet input[type=file]", str(sheet))
        clerk.get_by_role("button", name="导入", exact=True).click()
        clerk.wait_for_load_state()
        conflicts = clerk.locator("#conflicts").inner_text()
        assert "表格中：学习计划已印发" in conflicts and "网页中填报：已制定学习计划" in conflicts
        shot(clerk, "28-审阅人-台账表格导回与冲突")
        clerk.get_by_role("button", name="采用表格中的值").click()
        clerk.wait_for_load_state()
        assert "表格中：学习计划已印发" in clerk.locator("main").inner_text()
        for page in (admin, clerk, overseer):
            page.context.close()
