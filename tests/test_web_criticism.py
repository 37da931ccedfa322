"""相互批评意见 in the web app: authors upload their lists, reviewers see the team matrix; the same
roles as materials (another team's round is 404), an upload without criticisms is refused, every
upload is in the audit log — over real HTTP against a live server."""

from __future__ import annotations

from pathlib import Path

import pytest

from web_server import Browser, live_server
from web_team import PASSWORD, make_people

TUNED = Path(__file__).parent / "fixtures" / "criticism" / "tuned"
# 陈立华 criticises 张三 (and the reverse), in the member form
LIST_A = (
    "陈立华同志的相互批评意见\n一、对张三同志的批评意见\n1.工作太拼，经常加班到深夜，希望今后注意身体，劳逸结合。\n"
    "2.张三同志分管的校舍维修项目，今年暑期12所学校只完工7所，他只在局务会上听取汇报，没有到现场督促过一次。\n"
)
LIST_C = "张三同志的相互批评意见\n一、对陈立华同志的批评意见\n1.建议今后进一步加强理论学习，提高政治站位。\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("webcrit")
    with live_server(folder) as (base, app):
        team = make_people(app.state.store)
        browsers = {}
        for role in ("author", "colleague", "author_b", "reviewer", "reviewer_b", "admin"):
            browsers[role] = Browser(base)
            assert browsers[role].login(team.users[role]["name"], PASSWORD).status_code == 303
        yield {"app": app, "team": team, "b": browsers}
        for b in browsers.values():
            b.close()


def post_list(browser, round_id, name, text):
    return browser.post(f"/rounds/{round_id}/criticism", files={"file": (name, text.encode("utf-8"))})


def test_authors_upload_and_reviewer_sees_the_matrix(site):
    b, ra = site["b"], site["team"].rounds["a"]
    assert post_list(b["author"], ra, "我的批评意见.txt", LIST_A).status_code == 303
    own = b["author"].get(f"/rounds/{ra}/criticism").text
    assert "K101" in own and "表扬式批评" in own and "张三同志分管的校舍维修项目" in own
    assert post_list(b["colleague"], ra, "批评意见.txt", LIST_C).status_code == 303
    matrix = b["reviewer"].get(f"/rounds/{ra}/criticism").text
    assert "相互批评矩阵" in matrix and "陈立华" in matrix and "张三" in matrix
    assert "K102" in matrix and "K101" in matrix
    report = b["reviewer"].get(f"/rounds/{ra}/criticism/report")
    assert report.status_code == 200 and "相互批评矩阵" in report.text
    audit = b["admin"].get("/admin/audit").text
    assert "上传批评意见" in audit


def test_an_author_sees_only_their_own_list(site):
    b, ra = site["b"], site["team"].rounds["a"]
    own = b["colleague"].get(f"/rounds/{ra}/criticism").text
    assert "建议今后进一步加强理论学习" in own and "校舍维修项目" not in own


@pytest.mark.parametrize(
    "role,path,allowed",
    [
        ("author_b", "/rounds/{ra}/criticism", False),
        ("reviewer_b", "/rounds/{ra}/criticism", False),
        ("reviewer_b", "/rounds/{ra}/criticism/report", False),
        ("author", "/rounds/{ra}/criticism/report", False),
        ("admin", "/rounds/{ra}/criticism/report", True),
        ("reviewer", "/rounds/{ra}/criticism/report", True),
    ],
)
def test_roles(site, role, path, allowed):
    ra = site["team"].rounds["a"]
    got = site["b"][role].get(path.format(ra=ra))
    assert got.status_code == (200 if allowed else 404 if role.endswith("_b") else 403), got.status_code


def test_only_authors_of_the_team_upload(site):
    b, ra = site["b"], site["team"].rounds["a"]
    assert post_list(b["reviewer"], ra, "x.txt", LIST_A).status_code == 403
    assert post_list(b["author_b"], ra, "x.txt", LIST_A).status_code == 404


def test_a_file_without_criticisms_is_refused_and_not_kept(site):
    b, ra = site["b"], site["team"].rounds["a"]
    keeper = site["app"].state.keeper
    before = set(keeper.folder.iterdir())
    got = post_list(b["author"], ra, "心得.txt", "学习心得体会\n通过学习，我深刻认识到理论武装的重要性。\n")
    assert got.status_code == 400 and "没有找到批评意见" in got.text
    assert set(keeper.folder.iterdir()) == before


def test_table_form_upload(site):
    b, ra = site["b"], site["team"].rounds["a"]
    data = (TUNED / "赵海军-批评意见表.docx").read_bytes()
    got = b["author"].post(f"/rounds/{ra}/criticism", files={"file": ("批评意见表.docx", data)})
    assert got.status_code == 303
    page = b["author"].get(f"/rounds/{ra}/criticism").text
    assert "第 2 版" in page and "孙伟同志工作太认真了" in page


def test_matrix_in_the_browser(tmp_path):
    """The reviewer's criticism page in Chromium (screenshot out/screenshots/40-相互批评矩阵.png)."""
    from test_web_browser import CHROMIUM, shot, sign_in

    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is installed by `make test` (scripts/install-system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with live_server(tmp_path / "site") as (base, app):
        team = make_people(app.state.store)
        ra = team.rounds["a"]
        for role, text in (("author", LIST_A), ("colleague", LIST_C)):
            b = Browser(base)
            assert b.login(team.users[role]["name"], PASSWORD).status_code == 303
            assert post_list(b, ra, "批评意见.txt", text).status_code == 303
            b.close()
        with sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = sign_in(chromium, base, team.users["reviewer"]["name"])
            page.goto(f"{base}/rounds/{ra}")
            page.get_by_role("link", name="相互批评意见").click()
            page.wait_for_url(f"{base}/rounds/{ra}/criticism")
            assert page.locator("table.heat td.h1").count() == 2  # both lists have a flagged criticism
            shot(page, "40-相互批评矩阵")
            chromium.close()
