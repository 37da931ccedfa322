"""Drafting in the browser over real HTTP: the notes template, notes drafted into a GB/T 9704 Word
file and reviewed, submitted as the material's next draft (then reviewed, seen by the reviewer,
diffable like any upload), notes extracted from one's own latest draft, bad notes refused with
file and line, and the optional LLM used only when the server starts with one configured."""

from __future__ import annotations

import io

import docx
import pytest
import yaml

from conftest import FIXTURES
from llm_stub import GOOD_OPENING, StubServer
from web_server import Browser, live_server
from web_team import DRAFT_1, PASSWORD, make_people, upload

NOTES = FIXTURES / "draft" / "team" / "01-书记-周明远.yaml"
PROBLEMS = 6  # one problem in each of the six aspects


def form_with_a_bad_date() -> bytes:
    """The round's Word form with 日期 filled as no date can be read."""
    from mingjing.draft.form_docx import docx_form
    from mingjing.frameworks import load_frameworks

    document = docx.Document(io.BytesIO(docx_form(load_frameworks()["zhuti-2023"])))
    row = next(r for r in document.tables[0].rows if r.cells[0].text == "日期")
    row.cells[1].text = "开会那天"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def notes_upload(browser, round_id: int, data: bytes, name: str = "周明远-笔记.yaml"):
    return browser.post(f"/rounds/{round_id}/drafting/notes", files={"file": (name, data)})


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """陈立华 uploads draft 1 as Word, then drafts from notes in the browser and submits draft 2."""
    folder = tmp_path_factory.mktemp("drafting")
    seen = {}
    with live_server(folder) as (base, app):
        team = make_people(app.state.store)
        author, reviewer = Browser(base), Browser(base)
        assert author.login("陈立华", PASSWORD).status_code == 303
        assert reviewer.login("李审阅", PASSWORD).status_code == 303
        ra = team.rounds["a"]
        assert upload(author, ra, DRAFT_1).status_code == 303
        seen["round_page"] = author.get(f"/rounds/{ra}").text
        seen["page_before"] = author.get(f"/rounds/{ra}/drafting").text
        seen["template"] = author.get(f"/rounds/{ra}/drafting/template.yaml")
        seen["template_docx"] = author.get(f"/rounds/{ra}/drafting/template.docx")
        seen["template_xlsx"] = author.get(f"/rounds/{ra}/drafting/template.xlsx")
        seen["template_pdf"] = author.get(f"/rounds/{ra}/drafting/template.pdf")
        seen["extract"] = author.get(f"/rounds/{ra}/drafting/extract.yaml")
        seen["extract_docx"] = author.get(f"/rounds/{ra}/drafting/extract.docx")
        seen["bad"] = notes_upload(author, ra, NOTES.read_bytes().replace(b"facts:", b"fakts:", 1))
        seen["files_after_bad"] = sorted(p.name for p in (folder / "web-files").rglob("*") if p.is_file())
        seen["notes"] = notes_upload(author, ra, NOTES.read_bytes())
        seen["page_after"] = author.get(f"/rounds/{ra}/drafting").text
        seen["docx"] = author.get(f"/rounds/{ra}/drafting/draft.docx")
        seen["report"] = author.get(f"/rounds/{ra}/drafting/report").text
        seen["notes_back"] = author.get(f"/rounds/{ra}/drafting/notes.yaml")
        seen["submit"] = author.post(f"/rounds/{ra}/drafting/submit")
        seen["submit_again"] = author.post(f"/rounds/{ra}/drafting/submit")
        seen["page_submitted"] = author.get(f"/rounds/{ra}/drafting").text
        material = app.state.store.material_of(ra, team.users["author"]["id"])
        seen["drafts"] = app.state.store.drafts(material["id"])
        seen["matrix"] = reviewer.get(f"/rounds/{ra}").text
        seen["reviewer_material"] = reviewer.get(f"/materials/{material['id']}").text
        seen["diff"] = reviewer.get(f"/materials/{material['id']}/diff")
        latest = app.state.store.drafts(material["id"])[-1]
        assert (
            reviewer.post(
                f"/materials/{material['id']}/decision",
                {"decision": "approve", "draft_id": str(latest["id"])},
            ).status_code
            == 303
        )
        assert notes_upload(author, ra, NOTES.read_bytes()).status_code == 303
        seen["page_approved"] = author.get(f"/rounds/{ra}/drafting").text
        seen["submit_approved"] = author.post(f"/rounds/{ra}/drafting/submit")
        seen["drafts_after_approval"] = len(app.state.store.drafts(material["id"]))
        seen["audit"] = [(e["action"], e["detail"]) for e in app.state.store.audit()]
        author.close()
        reviewer.close()
    return seen


def test_the_round_page_leads_to_drafting(drafted):
    assert "/drafting" in drafted["round_page"] and "从笔记起草" in drafted["round_page"]
    assert "下载笔记模板" in drafted["page_before"] and "从最新一稿提取笔记" in drafted["page_before"]
    assert "未配置 LLM" in drafted["page_before"]


def test_template_is_the_rounds_framework_as_draft_init_gives_it(drafted):
    r = drafted["template"]
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    text = r.content.decode("utf-8")
    assert text.startswith("# 对照检查材料笔记") and "framework: zhuti-2023" in text
    data = yaml.safe_load(text)
    assert len(data["aspects"]) == PROBLEMS


def test_word_and_excel_forms_are_offered_word_first(drafted, tmp_path):
    from openpyxl import load_workbook

    page = drafted["page_before"]
    assert page.index("template.docx") < page.index("template.xlsx") < page.index("template.yaml")
    assert 'accept=".docx,.xlsx,.yaml,.yml"' in page
    r = drafted["template_docx"]
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "%E7%AC%94%E8%AE%B0-zhuti-2023.docx" in r.headers["content-disposition"]
    tables = docx.Document(io.BytesIO(r.content)).tables
    assert [t.rows[0].cells[0].text for t in tables][:3] == ["基本信息", "会前准备", "方面：理论学习"]
    r = drafted["template_xlsx"]
    assert r.status_code == 200 and "spreadsheetml" in r.headers["content-type"]
    (tmp_path / "f.xlsx").write_bytes(r.content)
    assert "查摆问题" in load_workbook(str(tmp_path / "f.xlsx")).sheetnames
    assert drafted["template_pdf"].status_code == 404


def test_notes_are_extracted_from_ones_own_latest_draft(drafted):
    r = drafted["extract"]
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    text = r.content.decode("utf-8")
    assert "由 陈立华-对照检查材料-初稿.docx 提取" in text
    data = yaml.safe_load(text)
    assert data["framework"] == "zhuti-2023"
    assert sum(len(a["problems"]) for a in data["aspects"]) >= 3 and data["measures"]


def test_notes_are_extracted_into_a_word_form(drafted, tmp_path, packs):
    r = drafted["extract_docx"]
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "-%E7%AC%94%E8%AE%B0.docx" in r.headers["content-disposition"]  # …-笔记.docx
    (tmp_path / "笔记.docx").write_bytes(r.content)
    (tmp_path / "笔记.yaml").write_bytes(drafted["extract"].content)
    from mingjing.draft.notes import load_notes

    form, text = load_notes(tmp_path / "笔记.docx", packs), load_notes(tmp_path / "笔记.yaml", packs)
    form.path = text.path = ""
    assert form == text and form.author == "陈立华"


def test_bad_notes_show_file_and_line_and_nothing_is_stored(drafted):
    r = drafted["bad"]
    assert r.status_code == 400
    assert "周明远-笔记.yaml:" in r.text and "未知字段 fakts" in r.text and "未保存" in r.text
    assert "/tmp" not in r.text and "mingjing-draft-" not in r.text
    assert not any(n.endswith((".yaml", "summary.json")) for n in drafted["files_after_bad"])
    assert tuple(a for a, _ in drafted["audit"] if a == "笔记有误") == ("笔记有误",)


def test_notes_become_a_reviewed_gbt_9704_word_file(drafted):
    assert drafted["notes"].status_code == 303
    page = drafted["page_after"]
    assert "周明远-笔记.docx" in page and "机审未见问题" in page and "提交为第 2 稿" in page
    r = drafted["docx"]
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    document = docx.Document(io.BytesIO(r.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "一、" in text and "周明远" in text and "【待补充" not in text
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.top_margin.mm) == 37
    assert "审阅" in drafted["report"] and "周明远-笔记.docx" in drafted["report"]
    assert drafted["notes_back"].content.startswith("# 清溪镇党委书记的笔记".encode())


def test_submitted_draft_goes_the_way_of_an_uploaded_one(drafted):
    assert drafted["submit"].status_code == 303 and drafted["submit"].headers["location"].startswith(
        "/materials/"
    )
    assert drafted["submit_again"].status_code == 409
    assert "已提交为第 2 稿" in drafted["page_submitted"]
    drafts = drafted["drafts"]
    assert [d["version"] for d in drafts] == [1, 2]
    assert drafts[1]["original_name"] == "周明远-笔记.docx" and drafts[1]["format"] == "docx"
    assert drafts[1]["verdict"] == "pass"
    assert "第 2 稿" in drafted["matrix"] and "陈立华" in drafted["matrix"]
    assert "周明远-笔记.docx" in drafted["reviewer_material"]
    assert drafted["diff"].status_code == 200 and "第 1 稿" in drafted["diff"].text


def test_every_drafting_step_is_in_the_audit_log(drafted):
    actions = [a for a, _ in drafted["audit"]]
    for action in (
        "下载笔记模板",
        "提取笔记",
        "笔记有误",
        "起草初稿",
        "下载起草初稿",
        "下载笔记",
        "提交起草稿",
    ):
        assert action in actions, action
    detail = dict(drafted["audit"])["笔记有误"]
    assert "周明远-笔记.yaml:" in detail


@pytest.mark.parametrize(
    "name, data, says",
    [
        (
            "笔记.txt",
            b"framework: zhuti-2023\n",
            "笔记应为 Word 笔记表（.docx）、Excel 笔记表（.xlsx）或 .yaml",
        ),
        ("笔记.yaml", b"framework: [zhuti-2023\n", "笔记.yaml:2"),
        ("笔记.yaml", b"framework: zzshh-2023\n", "本次应按 zhuti-2023"),
        ("笔记.yaml", b"", "是空的"),
        ("笔记.yaml", b"\xff\xfe\x00\x00binary", "无法按 UTF-32 解码"),
        (
            "笔记.yaml",
            "framework: zhuti-2023\nauthor: 周明远\n  role: 书记\n".encode("gbk"),
            "笔记.yaml:3:7：笔记文件不是有效的 YAML",
        ),
        ("笔记.docx", DRAFT_1.read_bytes(), "这是一份材料"),
        (
            "笔记.docx",
            form_with_a_bad_date(),
            "笔记.docx（第1个表格“基本信息”第7行“日期”）：笔记文件填写有误：日期 “开会那天”不是日期",
        ),
        ("笔记.xlsx", b"not a workbook", "无法作为 .xlsx 打开"),
    ],
)
def test_notes_that_cannot_be_drafted_are_refused_plainly(tmp_path, name, data, says):
    with live_server(tmp_path) as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        author.login("陈立华", PASSWORD)
        r = notes_upload(author, team.rounds["a"], data, name)
        assert r.status_code == 400 and says in r.text, r.text[-800:]
        assert author.get(f"/rounds/{team.rounds['a']}/drafting/draft.docx").status_code == 404
        author.close()


def test_llm_is_used_only_when_the_server_starts_with_one(tmp_path, monkeypatch):
    with StubServer() as stub:
        monkeypatch.setenv("MINGJING_LLM_URL", stub.url)
        monkeypatch.setenv("MINGJING_LLM_MODEL", "good")
        with live_server(tmp_path) as (base, app):
            team = make_people(app.state.store)
            author = Browser(base)
            author.login("陈立华", PASSWORD)
            ra = team.rounds["a"]
            assert "已配置 LLM：good" in author.get(f"/rounds/{ra}/drafting").text
            assert notes_upload(author, ra, NOTES.read_bytes()).status_code == 303
            assert f"LLM 改写了 {PROBLEMS} 个问题" in author.get(f"/rounds/{ra}/drafting").text
            document = docx.Document(io.BytesIO(author.get(f"/rounds/{ra}/drafting/draft.docx").content))
            assert "\n".join(p.text for p in document.paragraphs).count(GOOD_OPENING) == PROBLEMS
            assert len(stub.requests) == PROBLEMS
            author.close()


def test_serve_with_a_broken_llm_setting_says_so_and_stores_nothing(tmp_path):
    from conftest import run_cli
    from web_server import free_port

    result = run_cli(
        "serve",
        "--db",
        tmp_path / "web.db",
        "--port",
        free_port(),
        env={"MINGJING_LLM_URL": "ftp://127.0.0.1/v1", "MINGJING_LLM_MODEL": "m"},
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "LLM 地址“ftp://127.0.0.1/v1”无效" in result.stderr
    assert not (tmp_path / "web.db").exists()


def test_a_round_without_framework_offers_every_template_and_names_stay_names(tmp_path):
    with live_server(tmp_path) as (base, app):
        team = make_people(app.state.store)
        free = app.state.store.add_round("2024年度组织生活会", None, team.teams["a"], None)
        author = Browser(base)
        author.login("陈立华", PASSWORD)
        page = author.get(f"/rounds/{free}/drafting").text
        assert 'name="framework"' in page and "zzshh-2023" in page
        r = author.get(f"/rounds/{free}/drafting/template.yaml?framework=zzshh-2023")
        assert r.status_code == 200 and "framework: zzshh-2023" in r.text
        assert author.get(f"/rounds/{free}/drafting/template.yaml?framework=nope").status_code == 400
        assert 'name="kind"' in page  # a team's form: 材料类别 chosen before downloading
        r = author.get(f"/rounds/{free}/drafting/template.yaml?framework=zzshh-2023&kind=班子")
        assert r.status_code == 200 and "kind: 支部" in r.text
        assert author.get(f"/rounds/{free}/drafting/template.yaml?kind=集体").status_code == 400
        r = notes_upload(author, free, NOTES.read_bytes(), name="..\\..\\周<i>&笔记.yaml")
        assert r.status_code == 303
        page = author.get(f"/rounds/{free}/drafting").text
        assert (
            "周i&amp;笔记.docx" in page and "<i>" not in page and ".." not in page.split("初稿：", 1)[1][:40]
        )
        assert not list(tmp_path.rglob("*周*"))  # kept under fixed names only
        r = author.get(f"/rounds/{free}/drafting/draft.docx")
        assert r.headers["content-disposition"].endswith("%E5%91%A8i%26%E7%AC%94%E8%AE%B0.docx")
        author.close()


def test_an_approved_material_takes_no_drafted_version(drafted):
    assert "材料已审核通过，不能再提交新稿" in drafted["page_approved"]
    assert "/drafting/submit" not in drafted["page_approved"] and "/drafting/submit" in drafted["page_after"]
    r = drafted["submit_approved"]
    assert r.status_code == 409 and "已审核通过" in r.text
    assert drafted["drafts_after_approval"] == 2
