"""The web app refuses what each role may not do: the route × role matrix, CSRF, uploads by
content and size, the login rate limit, password and session storage — over real HTTP."""

from __future__ import annotations

import re

import pytest

from web_server import Browser, live_server
from web_team import COLLEAGUE, DRAFT_1, PASSWORD, draft_2_text, make_people, upload

ROLES = (
    "anonymous",
    "author",
    "colleague",
    "author_b",
    "reviewer",
    "reviewer_b",
    "admin",
    "author_c",
    "multi",
    "overseer",
)
# author_c: a member of 镇党委 in another unit (白云镇); multi: a reviewer of 镇党委 who also looks after
# the unit 青溪县 (both its teams); overseer: 督导组 without assignment — every unit, read-only
SECRET = "青溪县教育局党组成员"  # only in the first author's material (team a)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    with live_server(folder) as (base, app):
        team = make_people(app.state.store)
        add_second_unit(app.state.store, team)
        browsers = {}
        for role in ROLES:
            browsers[role] = Browser(base)
            if role != "anonymous":
                assert browsers[role].login(team.users[role]["name"], PASSWORD).status_code == 303
        ra, rb = team.rounds["a"], team.rounds["b"]
        assert upload(browsers["author"], ra, DRAFT_1).status_code == 303
        assert (
            upload(browsers["author"], ra, name="第二稿.txt", data=draft_2_text().encode()).status_code == 303
        )
        assert upload(browsers["colleague"], ra, COLLEAGUE).status_code == 303
        assert upload(browsers["author_b"], rb, COLLEAGUE).status_code == 303
        assert upload(browsers["author_c"], team.rounds["c"], COLLEAGUE).status_code == 303
        template = browsers["author"].get(f"/rounds/{ra}/drafting/template.yaml").content
        assert (
            browsers["author"]
            .post(f"/rounds/{ra}/drafting/notes", files={"file": ("笔记.yaml", template)})
            .status_code
            == 303
        )
        store = app.state.store
        ids = {
            "ra": ra,
            "rb": rb,
            "rc": team.rounds["c"],
            "mcc": store.material_of(team.rounds["c"], team.users["author_c"]["id"])["id"],
            "ma": store.material_of(ra, team.users["author"]["id"])["id"],
            "mc": store.material_of(ra, team.users["colleague"]["id"])["id"],
            "mb": store.material_of(rb, team.users["author_b"]["id"])["id"],
        }
        ids["da"] = store.drafts(ids["ma"])[0]["id"]
        ids["unit_a"] = store.team(team.teams["a"])["unit_id"]
        ids["unit_c"] = store.team(team.teams["c"])["unit_id"]
        ids["uid"] = team.users["colleague"]["id"]
        # the first author's and team b's materials approved and turned into ledger items, one with evidence
        for role, material, round_id in (("reviewer", ids["ma"], ra), ("reviewer_b", ids["mb"], rb)):
            latest = store.drafts(material)[-1]["id"]
            assert (
                browsers[role]
                .post(f"/materials/{material}/decision", {"decision": "approve", "draft_id": str(latest)})
                .status_code
                == 303
            )
            assert (
                browsers["admin"].post(f"/rounds/{round_id}/ledger", {"material_id": ""}).status_code == 200
            )
        links = {link["material_id"]: link["import_id"] for link in store.ledger_imports()}
        with app.state.ledgers.open() as ledger:
            ids["ia"] = ledger.items(import_ids=[links[ids["ma"]]])[0].id
            ids["ib"] = ledger.items(import_ids=[links[ids["mb"]]])[0].id
        assert (
            browsers["admin"]
            .post(
                f"/ledger/items/{ids['ia']}",
                {"progress": "已开展"},
                files={"evidence": ("记录.txt", "整改记录".encode())},
            )
            .status_code
            == 303
        )
        yield {"base": base, "app": app, "team": team, "b": browsers, "ids": ids, "folder": folder}
        for b in browsers.values():
            b.close()


def add_second_unit(store, team) -> None:
    """白云镇 with 镇党委 (team c, round c, author 孙六); 钱审阅 reviews team c and looks after 青溪县;
    督导组周 oversees every unit."""
    from mingjing.web import auth
    from mingjing.web.accounts import add_account

    unit = store.add_unit("白云镇")
    team.teams["c"] = store.add_team(unit, "镇党委")
    for key, (name, role, team_id) in {
        "author_c": ("孙六", "author", team.teams["c"]),
        "multi": ("钱审阅", "reviewer", team.teams["c"]),
        "overseer": ("督导组周", "overseer", None),
    }.items():
        add_account(store, name, role, team_id)
        user = store.user_by_name(name)
        store.set_password(user["id"], auth.hash_password(PASSWORD), must_change=False)
        team.users[key] = store.user(user["id"])
    store.assign_unit(team.users["multi"]["id"], store.team(team.teams["a"])["unit_id"])
    team.rounds["c"] = store.add_round(
        "2023年度民主生活会（镇）", "zhuti-2023", team.teams["c"], "2026-12-31"
    )


def routes(ids: dict) -> list[tuple[str, str, dict, set[str]]]:
    """(method, path, form data, roles allowed). Every other role must be refused.

    A reviewer assigned to 青溪县 (multi) may do what the reviewers of its teams may; the overseer may
    read what they read, and change nothing."""
    out = []
    for method, path, data, allowed in _routes(ids):
        if allowed & {"reviewer", "reviewer_b"}:
            allowed = allowed | {"multi"} | ({"overseer"} if method == "GET" else set())
        out.append((method, path, data, allowed))
    ra, rc, mcc = ids["ra"], ids["rc"], ids["mcc"]
    unit_c = {"admin", "multi", "overseer", "author_c"}
    out += [
        ("GET", f"/rounds/{rc}", {}, unit_c),
        ("GET", f"/materials/{mcc}", {}, unit_c),
        ("GET", f"/rounds/{rc}/comments.docx", {}, {"admin", "multi", "overseer"}),
        ("POST", f"/materials/{mcc}/comments", {"body": "意见"}, {"admin", "multi", "author_c"}),
        (
            "POST",
            f"/materials/{mcc}/decision",
            {"decision": "return", "body": "请修改", "draft_id": "0"},
            {"multi"},
        ),
        ("POST", "/admin/assignments", {"user_id": "1", "unit_id": "1"}, {"admin"}),
        # issue 16: bulk intake (clerks: the team's reviewers and admins), summaries, the template library
        ("GET", f"/rounds/{ra}/intake", {}, {"admin", "reviewer", "multi"}),
        ("POST", f"/rounds/{ra}/intake", {}, {"admin", "reviewer", "multi"}),
        ("GET", f"/rounds/{ra}/summary", {}, {"admin", "reviewer", "multi", "overseer"}),
        ("GET", f"/rounds/{ra}/summary.xlsx", {}, {"admin", "reviewer", "multi", "overseer"}),
        ("GET", f"/rounds/{rc}/summary", {}, {"admin", "multi", "overseer"}),
        ("GET", f"/rounds/{ra}/annotated.zip", {}, {"admin", "reviewer", "multi", "overseer"}),
        (
            "GET",
            f"/units/{ids['unit_a']}/summary",
            {},
            {"admin", "reviewer", "reviewer_b", "multi", "overseer"},
        ),
        ("GET", f"/units/{ids['unit_c']}/summary.xlsx", {}, {"admin", "multi", "overseer"}),
        ("GET", "/admin/library", {}, {"admin"}),
        ("POST", "/admin/library", {}, {"admin"}),
        ("GET", f"/drafts/{ids['da']}/library", {}, {"admin", "reviewer", "author", "multi", "overseer"}),
        ("POST", f"/rounds/{ra}/close", {}, {"admin", "reviewer", "multi"}),
        ("POST", f"/rounds/{rc}/close", {}, {"admin", "multi"}),
        ("POST", "/ledger/import.xlsx", {}, {"admin", "reviewer", "reviewer_b", "multi"}),
        ("POST", f"/drafts/{ids['da']}/withdraw", {}, {"author"}),
        ("POST", f"/admin/users/{ids['uid']}/active", {"active": "1"}, {"admin"}),
        ("POST", f"/admin/rounds/{ra}/rename", {"name": "改名"}, {"admin"}),
        ("POST", "/admin/teams/1/archive", {"archived": "0"}, {"admin"}),
        (
            "POST",
            f"/ledger/items/{ids['ia']}/conflict",
            {"field": "progress", "value": "越权"},
            {"admin", "reviewer", "multi"},
        ),
        (
            "POST",
            f"/ledger/items/{ids['ib']}/conflict",
            {"field": "progress", "value": "越权"},
            {"admin", "reviewer_b", "multi"},
        ),
    ]
    return out


def _routes(ids: dict) -> list[tuple[str, str, dict, set[str]]]:
    ra, ma, mc, da, ia = ids["ra"], ids["ma"], ids["mc"], ids["da"], ids["ia"]
    admin = {"admin"}
    team_a_reviewing = {"admin", "reviewer"}
    own_material = {"admin", "reviewer", "author"}
    return [
        ("GET", "/home", {}, set(ROLES) - {"anonymous"}),
        ("GET", "/password", {}, set(ROLES) - {"anonymous"}),
        ("GET", "/admin", {}, admin),
        ("GET", "/admin/audit", {}, admin),
        ("POST", "/admin/units", {"name": "新单位"}, admin),
        ("POST", "/admin/teams", {"unit_id": "1", "name": "新支部"}, admin),
        ("POST", "/admin/users", {"name": "新人", "role": "admin"}, admin),
        ("POST", f"/admin/users/{ids['uid']}/reset", {}, admin),
        ("POST", "/admin/rounds", {"name": "新轮次", "team_id": "1"}, admin),
        ("GET", f"/rounds/{ra}", {}, {"admin", "reviewer", "author", "colleague"}),
        ("POST", f"/rounds/{ra}/upload", {}, {"author", "colleague"}),
        ("GET", f"/rounds/{ra}/compare?a={ma}&b={mc}", {}, team_a_reviewing),
        ("GET", f"/rounds/{ra}/compare/view?a={ma}&b={mc}", {}, team_a_reviewing),
        ("GET", f"/rounds/{ids['rb']}/compare/view?a={ma}&b={mc}", {}, set()),
        ("GET", f"/rounds/{ra}/comments.docx", {}, team_a_reviewing),
        ("GET", f"/materials/{ma}", {}, own_material),
        ("GET", f"/materials/{ma}?draft={da}", {}, own_material),
        ("GET", f"/materials/{ma}/diff", {}, own_material),
        ("GET", f"/drafts/{da}/report", {}, own_material),
        ("GET", f"/drafts/{da}/docx", {}, own_material),
        ("GET", f"/drafts/{da}/original", {}, own_material),
        ("POST", f"/materials/{ma}/comments", {"body": "意见"}, own_material),
        (
            "POST",
            f"/materials/{ma}/decision",
            {"decision": "return", "body": "请修改", "draft_id": "0"},
            {"reviewer"},
        ),
        # drafting: authors only, each on their own working draft (only 陈立华 has drafted)
        ("GET", f"/rounds/{ra}/drafting", {}, {"author", "colleague"}),
        ("GET", f"/rounds/{ids['rb']}/drafting", {}, {"author_b"}),
        ("GET", f"/rounds/{ra}/drafting/template.yaml", {}, {"author", "colleague"}),
        ("GET", f"/rounds/{ra}/drafting/extract.yaml", {}, {"author", "colleague"}),
        ("GET", f"/rounds/{ra}/drafting/template.docx", {}, {"author", "colleague"}),
        ("GET", f"/rounds/{ra}/drafting/template.xlsx", {}, {"author", "colleague"}),
        ("GET", f"/rounds/{ra}/drafting/extract.docx", {}, {"author", "colleague"}),
        ("GET", f"/rounds/{ra}/drafting/draft.docx", {}, {"author"}),
        ("GET", f"/rounds/{ra}/drafting/notes.yaml", {}, {"author"}),
        ("GET", f"/rounds/{ra}/drafting/report", {}, {"author"}),
        ("POST", f"/rounds/{ra}/drafting/notes", {}, {"author", "colleague"}),
        ("POST", f"/rounds/{ra}/drafting/submit", {}, {"author"}),
        # 相互批评意见: the round's authors upload and see their own list; the team's reviewers see all
        ("GET", f"/rounds/{ra}/criticism", {}, {"admin", "reviewer", "author", "colleague"}),
        ("GET", f"/rounds/{ids['rb']}/criticism", {}, {"admin", "reviewer_b", "author_b"}),
        ("GET", f"/rounds/{ra}/criticism/report", {}, team_a_reviewing),
        ("POST", f"/rounds/{ra}/criticism", {}, {"author", "colleague"}),
        ("GET", "/ledger", {}, set(ROLES) - {"anonymous"}),
        ("GET", f"/ledger?round={ra}", {}, {"admin", "reviewer", "author", "colleague"}),
        ("GET", f"/ledger/items/{ia}", {}, own_material),
        ("GET", f"/ledger/items/{ids['ib']}", {}, {"admin", "reviewer_b", "author_b"}),
        ("GET", f"/ledger/items/{ia}/evidence/1", {}, own_material),
        ("GET", "/ledger/export.xlsx", {}, {"admin", "reviewer", "reviewer_b"}),
        ("GET", "/ledger/report", {}, {"admin", "reviewer", "reviewer_b"}),
        ("GET", "/ledger/report/view", {}, {"admin", "reviewer", "reviewer_b"}),
        ("POST", f"/ledger/items/{ia}", {"progress": "越权填报"}, own_material),
        ("POST", f"/ledger/items/{ids['ib']}", {"status": "已完成"}, {"admin", "reviewer_b", "author_b"}),
        ("POST", f"/rounds/{ra}/ledger", {"material_id": str(ma)}, team_a_reviewing),
        ("POST", f"/rounds/{ra}/ledger", {"material_id": str(ids["mb"])}, set()),  # not of this round
    ]


def test_every_route_refuses_every_role_it_does_not_serve(site):
    checked = 0
    for method, path, data, allowed in routes(site["ids"]):
        for role in ROLES:
            browser = site["b"][role]
            if method == "POST" and role in allowed:
                continue  # what the allowed roles do is tested by the flows
            if method == "GET":
                r = browser.get(path)
            else:
                files = (
                    {"file": ("x.txt", "对照检查材料".encode())}
                    if path.endswith(("/upload", "/notes", "/criticism"))
                    else None
                )
                if path.endswith(("/intake", "/library")):
                    files = [("files", ("x.txt", "对照检查材料".encode()))]
                r = browser.post(path, data, files=files)
            if role in allowed:
                assert r.status_code == 200, (role, path, r.status_code)
                continue
            checked += 1
            if role == "anonymous" and method == "GET":
                assert r.status_code == 303 and r.headers["location"] == "/", (path, r.status_code)
            else:
                assert r.status_code in (403, 404), (role, method, path, r.status_code)
            assert SECRET not in r.text and "陈立华-对照检查材料" not in r.text, (role, path)
    assert checked > 80


def test_another_teams_objects_answer_as_if_missing(site):
    """A reviewer of team b gets the same 404 for team a's material as for a material that does not exist."""
    b = site["b"]["reviewer_b"]
    ids = site["ids"]
    real = b.get(f"/materials/{ids['ma']}")
    missing = b.get("/materials/99999")
    assert real.status_code == missing.status_code == 404
    assert real.text == missing.text
    matrix = b.get(f"/rounds/{ids['rb']}").text
    assert "陈立华" not in matrix and "张三" not in matrix and "王五" in matrix
    # a reviewer of unit 青溪县 gets the same 404 for 白云镇's round and material as for missing ones
    reviewer = site["b"]["reviewer"]
    assert reviewer.get(f"/rounds/{ids['rc']}").text == reviewer.get("/rounds/99999").text
    assert reviewer.get(f"/materials/{ids['mcc']}").status_code == 404


def test_reviewer_with_two_units_and_overseer_see_their_rounds(site):
    ids, b = site["ids"], site["b"]
    multi = b["multi"].get("/home").text
    for round_id in (ids["ra"], ids["rb"], ids["rc"]):
        assert f'/rounds/{round_id}"' in multi
    assert "负责的单位：青溪县" in multi
    own = b["reviewer"].get("/home").text
    assert (
        f'/rounds/{ids["ra"]}"' in own
        and f'/rounds/{ids["rb"]}"' not in own
        and f'/rounds/{ids["rc"]}"' not in own
    )
    overseer = b["overseer"].get("/home").text
    assert all(f'/rounds/{r}"' in overseer for r in (ids["ra"], ids["rb"], ids["rc"]))
    assert "白云镇" in overseer and "只能查看" in overseer
    # read-only whatever the route: a comment on a visible material is refused, nothing stored
    before = len(site["app"].state.store.comments(ids["mcc"]))
    r = b["overseer"].post(f"/materials/{ids['mcc']}/comments", {"body": "督导意见"})
    assert r.status_code == 403 and "只能查看" in r.text
    assert len(site["app"].state.store.comments(ids["mcc"])) == before


def test_author_sees_only_own_material_in_the_team_round(site):
    page = site["b"]["colleague"].get(f"/rounds/{site['ids']['ra']}").text
    assert "陈立华" not in page and SECRET not in page
    assert site["b"]["colleague"].get(f"/materials/{site['ids']['mc']}").status_code == 200


def test_state_changes_need_the_sessions_csrf_token(site):
    browser = site["b"]["reviewer"]
    path = f"/materials/{site['ids']['mc']}/comments"
    before = len(site["app"].state.store.comments(site["ids"]["mc"]))
    assert browser.post(path, {"body": "无令牌"}, csrf="").status_code == 403
    assert browser.post(path, {"body": "错令牌"}, csrf="x" * 43).status_code == 403
    other = site["b"]["reviewer_b"].csrf  # a real token, but of another session
    assert browser.post(path, {"body": "他人令牌"}, csrf=other).status_code == 403
    assert len(site["app"].state.store.comments(site["ids"]["mc"])) == before
    ok = browser.client.post(
        path, data={"body": "带令牌的意见"}, headers={"X-CSRF-Token": browser.csrf, "HX-Request": "true"}
    )
    assert ok.status_code == 200 and "带令牌的意见" in ok.text


def test_drafting_state_changes_need_the_sessions_csrf_token(site):
    author, ra, store = site["b"]["author"], site["ids"]["ra"], site["app"].state.store
    material = store.material_of(ra, site["team"].users["author"]["id"])
    before = (author.get(f"/rounds/{ra}/drafting/draft.docx").content, len(store.drafts(material["id"])))
    notes = {"file": ("笔记.yaml", b"framework: zhuti-2023\nauthor: \xe5\xbc\xa0\n")}
    for token in ("", "x" * 43, site["b"]["colleague"].csrf):
        assert author.post(f"/rounds/{ra}/drafting/notes", files=notes, csrf=token).status_code == 403
        assert author.post(f"/rounds/{ra}/drafting/submit", csrf=token).status_code == 403
    after = (author.get(f"/rounds/{ra}/drafting/draft.docx").content, len(store.drafts(material["id"])))
    assert after == before


def test_a_colleague_never_sees_anothers_working_draft(site):
    page = site["b"]["colleague"].get(f"/rounds/{site['ids']['ra']}/drafting").text
    assert 'id="draft"' not in page and "/drafting/draft.docx" not in page and "陈立华" not in page
    assert "笔记.docx" not in page


def test_ledger_changes_need_the_sessions_csrf_token(site):
    from ledger_fixtures import dump

    ids, reviewer = site["ids"], site["b"]["reviewer"]
    db = site["folder"] / "web.ledger.db"
    before = dump(db), len(site["app"].state.store.audit())
    other = site["b"]["reviewer_b"].csrf
    for token in ("", "x" * 43, other):
        r = reviewer.post(
            f"/ledger/items/{ids['ia']}", {"status": "已完成", "progress": "无令牌"}, csrf=token
        )
        assert r.status_code == 403
        r = reviewer.post(f"/rounds/{ids['ra']}/ledger", {"material_id": ""}, csrf=token)
        assert r.status_code == 403
        r = reviewer.post(
            f"/ledger/items/{ids['ia']}",
            {"status": "已完成"},
            csrf=token,
            files={"evidence": ("照片.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)},
        )
        assert r.status_code == 403
    assert (dump(db), len(site["app"].state.store.audit())) == before


def test_ledger_shows_no_one_elses_items(site):
    import io

    import openpyxl

    b, ids = site["b"], site["ids"]
    team_b = b["reviewer_b"].get("/ledger").text
    assert "陈立华" not in team_b and "王五" in team_b and f'/ledger/items/{ids["ia"]}"' not in team_b
    colleague = b["colleague"].get("/ledger").text
    assert "陈立华" not in colleague and "/ledger/items/" not in colleague
    author = b["author"].get("/ledger").text
    assert f'/ledger/items/{ids["ia"]}"' in author and "王五" not in author and 'name="person"' not in author
    xlsx = b["reviewer_b"].get("/ledger/export.xlsx")
    owners = {
        row[3].value for row in openpyxl.load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(min_row=3)
    }
    assert owners == {"王五"}
    assert "陈立华" not in b["reviewer_b"].get("/ledger/report/view").text
    assert (
        b["reviewer_b"].get(f"/ledger/items/{ids['ia']}").text
        == b["reviewer_b"].get("/ledger/items/99999").text
    )


def test_login_form_needs_its_csrf_cookie(site):
    fresh = Browser(site["base"])
    r = fresh.client.post("/login", data={"name": "陈立华", "password": PASSWORD})
    assert r.status_code == 403 and "mj_session" not in r.headers.get("set-cookie", "")
    fresh.close()


@pytest.mark.parametrize(
    "name, data, says",
    [
        ("材料.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000, "PNG 图片"),
        ("材料.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000, "PNG 图片"),
        ("材料.docx", b"PK\x03\x04" + b"\x00" * 2000, "材料.docx"),
        ("材料.txt", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 3000, "材料.txt"),
        ("材料.pdf", "一、存在的问题".encode() * 50, "不是这种格式"),
        ("材料.exe", "对照检查材料".encode(), "只能上传"),
        ("材料.docx", b"", "空"),
    ],
)
def test_upload_refuses_what_is_not_a_material(site, name, data, says):
    app, folder = site["app"], site["folder"] / "web-files"
    before = (sorted(folder.iterdir()), len(app.state.store.drafts(site["ids"]["mc"])))
    r = upload(site["b"]["colleague"], site["ids"]["ra"], name=name, data=data)
    assert r.status_code == 400, r.text
    assert says in r.text
    assert (sorted(folder.iterdir()), len(app.state.store.drafts(site["ids"]["mc"]))) == before


def test_stored_files_have_random_names_outside_the_static_tree(site):
    draft = site["app"].state.store.draft(site["ids"]["da"])
    assert re.fullmatch(r"[0-9a-f]{32}\.docx", draft["stored_name"])
    assert (site["folder"] / "web-files" / draft["stored_name"]).is_file()
    assert site["b"]["admin"].get(f"/static/{draft['stored_name']}").status_code == 404
    assert site["b"]["admin"].get("/static/../web-files/" + draft["stored_name"]).status_code == 404


def test_passwords_and_sessions_are_stored_hashed(site):
    store = site["app"].state.store
    user = store.user_by_name("陈立华")
    assert user["password_hash"].startswith("$argon2id$") and PASSWORD not in user["password_hash"]
    token = site["b"]["author"].client.cookies["mj_session"]
    rows = store._all("SELECT token_hash FROM sessions")
    assert token not in {r["token_hash"] for r in rows} and len(rows) >= 6


def test_session_cookie_is_httponly_and_samesite(site):
    fresh = Browser(site["base"])
    r = fresh.login("张三", PASSWORD)
    cookie = r.headers["set-cookie"]
    assert "mj_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    fresh.post("/logout")
    assert fresh.get("/home").status_code == 303  # the session ended on the server too
    fresh.close()


def test_security_headers(site):
    r = site["b"]["author"].get("/home")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "SAMEORIGIN"


def test_oversize_upload_is_refused(tmp_path):
    from web_team import make_people

    with live_server(tmp_path, max_upload_bytes=100_000) as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        author.login("陈立华", PASSWORD)
        r = upload(author, team.rounds["a"], name="大.txt", data="对照检查".encode() * 30_000)
        assert r.status_code == 413 and "上限" in r.text
        r = upload(author, team.rounds["a"], name="略大.txt", data="对照检查".encode() * 8_500)  # 102 kB
        assert r.status_code in (400, 413) and "上限" in r.text
        assert list((tmp_path / "web-files").glob("*.txt")) == []
        author.close()


def test_login_is_rate_limited(tmp_path):
    with live_server(tmp_path, login_attempts=3) as (base, app):
        make_people(app.state.store)
        b = Browser(base)
        for _ in range(3):
            assert b.login("陈立华", "wrong-password").status_code == 401
        r = b.login("陈立华", PASSWORD)
        assert r.status_code == 429 and "过多" in r.text
        other = Browser(base)  # the same address is limited too, whatever the name
        assert other.login("张三", "wrong-again").status_code == 429
        actions = [e["action"] for e in app.state.store.audit()]
        assert actions.count("登录失败") == 3 and "登录被限制" in actions
        b.close()
        other.close()


def test_one_time_password_opens_only_the_password_page(tmp_path):
    from mingjing.web.accounts import add_account

    with live_server(tmp_path) as (base, app):
        store = app.state.store
        unit = store.add_unit("青溪县")
        team = store.add_team(unit, "教育局党组")
        once = add_account(store, "新同志", "author", team)
        b = Browser(base)
        r = b.login("新同志", once)
        assert r.headers["location"] == "/password"
        assert b.get("/home").headers["location"] == "/password"
        assert b.post("/password", {"current": once, "new": "short", "again": "short"}).status_code == 400
        b.set_password(once, "a-longer-password")
        assert b.get("/home").status_code == 200
        b.close()


def test_what_people_type_is_shown_as_text(site):
    author, ids = site["b"]["colleague"], site["ids"]
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    r = author.client.post(
        f"/materials/{ids['mc']}/comments",
        data={"body": evil},
        headers={"X-CSRF-Token": author.csrf, "HX-Request": "true"},
    )
    assert r.status_code == 200 and evil not in r.text and "&lt;script&gt;" in r.text
    r = upload(
        author,
        ids["ra"],
        name="<img src=x onerror=alert(1)>.txt",
        data="对照检查材料\n一、存在的问题".encode(),
    )
    assert r.status_code == 303
    page = author.get(r.headers["location"]).text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.txt" in page
