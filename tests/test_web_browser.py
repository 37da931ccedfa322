"""End to end in a real browser (Debian's Chromium driven by Playwright) against a real server:
the author uploads, the reviewer returns with a comment, the author uploads draft 2, the reviewer
sees what changed and approves. Screenshots of the main pages go to out/screenshots/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from web_server import live_server
from web_team import DRAFT_1, PASSWORD, draft_2_text, make_people

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "out" / "screenshots"
LAPTOP = {"width": 1366, "height": 768}


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is installed by `make test` (scripts/install-system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def sign_in(browser, base: str, name: str):
    context = browser.new_context(viewport=LAPTOP, locale="zh-CN")
    page = context.new_page()
    page.goto(base + "/")
    page.get_by_label("姓名").fill(name)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(base + "/home")
    return page


def shot(page, name: str, full: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def test_a_round_of_review_in_the_browser(browser, tmp_path):
    from test_web_flow import copying_colleague

    second = tmp_path / "陈立华-对照检查材料-第二稿.txt"
    second.write_text(draft_2_text(), encoding="utf-8")
    colleague_file = tmp_path / "张三-对照检查材料.txt"
    colleague_file.write_text(copying_colleague(), encoding="utf-8")
    with live_server(tmp_path / "site") as (base, app):
        team = make_people(app.state.store)
        ra = team.rounds["a"]

        # the login page is what anyone not signed in sees
        context = browser.new_context(viewport=LAPTOP, locale="zh-CN")
        anonymous = context.new_page()
        anonymous.goto(base + f"/rounds/{ra}")
        assert anonymous.url == base + "/"
        assert anonymous.get_by_role("heading", name="登录").is_visible()
        shot(anonymous, "01-登录", full=False)
        anonymous.get_by_label("姓名").fill("陈立华")
        anonymous.get_by_label("密码").fill("not-the-password")
        anonymous.get_by_role("button", name="登录").click()
        assert anonymous.get_by_role("alert").inner_text() == "姓名或密码不正确"
        context.close()

        # the author uploads the first draft and reads the review
        author = sign_in(browser, base, "陈立华")
        assert "未提交" in author.locator("table.grid").inner_text()
        shot(author, "01b-撰写人-我的轮次", full=False)
        author.get_by_role("link", name="进入").first.click()
        author.set_input_files("input[type=file]", str(DRAFT_1))
        author.get_by_role("button", name="上传并审阅").click()
        author.wait_for_url(f"{base}/materials/*")
        assert "机审建议重写" in author.locator(".card").first.inner_text()
        report = author.frame_locator("iframe.report")
        assert "按步就班" in report.locator("body").inner_text()
        shot(author, "02-撰写人-审阅报告")
        with author.expect_download() as download:
            author.get_by_role("link", name="下载带批注的 Word").click()
        assert download.value.suggested_filename == "陈立华-对照检查材料-初稿.第1稿.审阅.docx"

        colleague = sign_in(browser, base, "张三")
        colleague.goto(f"{base}/rounds/{ra}")
        colleague.set_input_files("input[type=file]", str(colleague_file))
        colleague.get_by_role("button", name="上传并审阅").click()
        colleague.wait_for_url(f"{base}/materials/*")

        # the reviewer sees the team, comments (htmx, no reload) and returns the material
        reviewer = sign_in(browser, base, "李审阅")
        reviewer.goto(f"{base}/rounds/{ra}")
        matrix = reviewer.locator("table.matrix").inner_text()
        assert "陈立华" in matrix and "张三" in matrix
        heat = reviewer.locator("table.heat td a")
        assert heat.count() == 2 and int(heat.first.inner_text().rstrip("%")) >= 15
        shot(reviewer, "03-审阅人-班子矩阵")
        reviewer.locator("table.matrix tr", has_text="陈立华").get_by_role("link", name="审阅").click()
        reviewer.wait_for_url(f"{base}/materials/*")
        material_url = reviewer.url
        reviewer.locator("#comments textarea").fill("第 9 段单位名称不对，请核实。")
        reviewer.locator("#comments").get_by_role("button", name="提交意见").click()
        reviewer.locator("#comments li", has_text="单位名称不对").wait_for()
        assert reviewer.url == material_url
        reviewer.get_by_label("意见（退回时必填）").fill(
            "“按步就班”应为“按部就班”，结尾标点重复，请修改后再交。"
        )
        reviewer.get_by_role("button", name="退回修改").click()
        reviewer.wait_for_load_state()
        assert "退回修改" in reviewer.locator("h1").inner_text()

        # the author sees the comments and uploads draft 2
        author.reload()
        assert "按部就班" in author.locator("#comments").inner_text()
        assert "退回修改" in author.locator("h1").inner_text()
        author.set_input_files("input[type=file]", str(second))
        author.get_by_role("button", name="上传并审阅").click()
        author.wait_for_load_state()
        assert "第 2 稿" in author.locator("ol.drafts").inner_text()
        shot(author, "04-撰写人-第二稿")

        # the reviewer sees what changed and approves
        reviewer.reload()
        reviewer.get_by_role("link", name="查看第 1 稿→第 2 稿的修改").click()
        reviewer.wait_for_url("**/diff")
        assert reviewer.locator(".diff p.gap").count() >= 1  # unchanged paragraphs are folded
        assert reviewer.locator(".diff del", has_text="步").count() == 1
        assert reviewer.locator(".diff ins", has_text="部").count() >= 1
        assert "已改正" in reviewer.locator("body").inner_text()
        shot(reviewer, "05-审阅人-修改对照")
        reviewer.goto(material_url)
        reviewer.get_by_role("button", name="审核通过").click()
        reviewer.wait_for_load_state()
        assert "已通过" in reviewer.locator("h1").inner_text()
        reviewer.goto(f"{base}/rounds/{ra}")
        reviewer.locator("table.heat td a").first.click()
        reviewer.wait_for_url("**/compare?*")
        assert reviewer.frame_locator("iframe.compare").locator("mark").count() > 0
        shot(reviewer, "06-审阅人-雷同比对", full=False)
        reviewer.goto(f"{base}/rounds/{ra}")
        reviewer.emulate_media(media="print")
        shot(reviewer, "07-审阅人-班子矩阵-打印")
        assert not reviewer.locator("header.top nav").is_visible()

        # the author can no longer upload; the admin's pages and the audit log
        author.goto(f"{base}/rounds/{ra}")
        assert author.locator("input[type=file]").count() == 0
        admin = sign_in(browser, base, "管理员甲")
        admin.goto(base + "/admin")
        admin.get_by_label("轮次名称").fill("2024年度组织生活会")
        admin.get_by_role("button", name="创建轮次").click()
        admin.wait_for_load_state()
        assert "2024年度组织生活会" in admin.locator("body").inner_text()
        shot(admin, "08-管理")
        admin.get_by_role("link", name="操作日志").click()
        log = admin.locator("table.audit").inner_text()
        for action in ("上传材料", "添加意见", "退回修改", "审核通过", "创建轮次"):
            assert action in log
        shot(admin, "09-操作日志", full=False)

        # the rectification ledger: the approved material's measures become items the author reports on
        reviewer.emulate_media(media="screen")
        reviewer.goto(f"{base}/rounds/{ra}")
        ledger_card = reviewer.locator("#ledger")
        assert "未生成" in ledger_card.locator("tr", has_text="陈立华").inner_text()
        ledger_card.locator("tr", has_text="陈立华").get_by_role("button", name="生成台账").click()
        reviewer.wait_for_load_state()
        assert "生成 5 项整改事项" in reviewer.locator("ul.imported").inner_text()
        reviewer.get_by_role("link", name="查看本轮台账").click()
        reviewer.wait_for_url("**/ledger?round=*")
        assert reviewer.locator("table.ledger tbody tr").count() == 5
        shot(reviewer, "10-审阅人-整改台账")
        reviewer.goto(f"{base}/rounds/{ra}#ledger")
        assert "已生成（第 2 稿）" in reviewer.locator("#ledger").inner_text()
        reviewer.locator("#ledger").screenshot(path=str(SHOTS / "10b-审阅人-轮次台账一栏.png"))

        evidence = tmp_path / "学习计划.txt"
        evidence.write_text("2024年学习计划：每周集中学习一次。", encoding="utf-8")
        author.get_by_role("link", name="整改台账").click()
        author.wait_for_url(f"{base}/ledger")
        assert author.locator("h1").inner_text() == "我的整改事项"
        author.get_by_role("link", name="填报").first.click()
        author.wait_for_url(f"{base}/ledger/items/*")
        item_url = author.url
        options = author.locator("select[name=status] option").all_inner_texts()
        assert "已完成" not in options and "进行中" in options
        author.get_by_label("状态").select_option("进行中")
        author.get_by_label("进展情况").fill("已制定个人学习计划，每周集中学习一次。")
        author.set_input_files("input[name=evidence]", str(evidence))
        author.get_by_role("button", name="保存").click()
        author.wait_for_url(item_url)
        assert "学习计划.txt" in author.locator("body").inner_text()
        assert "未开始 → 进行中" in author.locator("body").inner_text()
        shot(author, "11-撰写人-整改事项")

        reviewer.goto(item_url)
        reviewer.get_by_label("状态").select_option("已完成")
        reviewer.get_by_role("button", name="保存").click()
        reviewer.wait_for_url(item_url)
        assert "进行中 → 已完成" in reviewer.locator("body").inner_text()
        shot(reviewer, "12-审阅人-事项记录")
        reviewer.goto(f"{base}/ledger")
        reviewer.get_by_role("link", name="进展报告").click()
        reviewer.wait_for_url(f"{base}/ledger/report")
        assert "共 5 项" in reviewer.frame_locator("iframe.report").locator("header").inner_text()
        shot(reviewer, "13-审阅人-整改进展报告")
        with reviewer.expect_download() as download:
            reviewer.get_by_role("link", name="导出 Excel 台账").click()
        assert download.value.suggested_filename == "教育局党组整改台账.xlsx"
        reviewer.goto(f"{base}/ledger")
        reviewer.emulate_media(media="print")
        shot(reviewer, "14-审阅人-整改台账-打印")
        assert not reviewer.locator("form.inline").is_visible()
        log = admin.goto(base + "/admin/audit") and admin.locator("table.audit").inner_text()
        for action in ("生成台账", "更新台账", "导出台账"):
            assert action in log


def test_drafting_from_notes_in_the_browser(browser, tmp_path):
    """The Word form path: download the form, fill it in Word (python-docx types into its cells),
    upload it, get a draft that passes review."""
    from form_filling import fill_docx_form
    from mingjing.draft.notes import load_notes

    notes = ROOT / "tests" / "fixtures" / "draft" / "team" / "01-书记-周明远.yaml"
    bad = tmp_path / "周明远-笔记.yaml"
    bad.write_text(notes.read_text(encoding="utf-8").replace("measures:", "measure:", 1), encoding="utf-8")
    with live_server(tmp_path / "site") as (base, app):
        team = make_people(app.state.store)
        ra = team.rounds["a"]
        author = sign_in(browser, base, "陈立华")
        author.goto(f"{base}/rounds/{ra}")
        author.get_by_role("link", name="从笔记起草").click()
        author.wait_for_url(f"{base}/rounds/{ra}/drafting")
        with author.expect_download() as download:
            author.get_by_role("link", name="下载笔记模板（YAML）").click()
        assert download.value.suggested_filename == "笔记-zhuti-2023.yaml"
        with author.expect_download() as download:
            author.get_by_role("link", name="下载 Word 笔记表（2023年主题教育专题民主生活会）").click()
        assert download.value.suggested_filename == "笔记-zhuti-2023.docx"
        form = tmp_path / "笔记-zhuti-2023.docx"
        download.value.save_as(str(form))
        filled = fill_docx_form(
            form, load_notes(notes, app.state.frameworks), tmp_path / "周明远-笔记表.docx"
        )

        # a mistake in the notes: the file and line are shown, nothing is kept
        author.set_input_files("input[type=file]", str(bad))
        author.get_by_role("button", name="起草并审阅").click()
        author.wait_for_load_state()
        alert = author.get_by_role("alert").inner_text()
        assert "周明远-笔记.yaml:" in alert and "未知字段 measure" in alert
        assert author.locator("#draft").count() == 0
        shot(author, "15-撰写人-笔记有误", full=False)

        author.set_input_files("input[type=file]", str(filled))
        author.get_by_role("button", name="起草并审阅").click()
        author.wait_for_url(f"{base}/rounds/{ra}/drafting#draft")
        card = author.locator("#draft").inner_text()
        assert "周明远-笔记表-初稿.docx" in card and "机审未见问题" in card
        assert "周明远" in author.frame_locator("iframe.report").locator("body").inner_text()
        shot(author, "16-撰写人-起草")
        with author.expect_download() as download:
            author.get_by_role("link", name="下载初稿（Word）").click()
        assert download.value.suggested_filename == "周明远-笔记表-初稿.docx"
        with author.expect_download() as download:
            author.get_by_role("link", name="下载这份笔记").click()
        assert download.value.suggested_filename == "周明远-笔记表.docx"
        assert Path(download.value.path()).read_bytes() == filled.read_bytes()
        author.emulate_media(media="print")
        shot(author, "17-撰写人-起草-打印")
        assert not author.locator("header.top nav").is_visible()
        author.emulate_media(media="screen")

        author.get_by_role("button", name="提交为第 1 稿").click()
        author.wait_for_url(f"{base}/materials/*")
        assert "第 1 稿" in author.locator("ol.drafts").inner_text()
        reviewer = sign_in(browser, base, "李审阅")
        reviewer.goto(f"{base}/rounds/{ra}")
        assert "陈立华" in reviewer.locator("table.matrix").inner_text()
