"""No dead ends, nothing irreversible by mistake — each case a new user ran into, walked over HTTP:
GET /login, a malformed address, an upload over the limit, a refused form keeping what was typed,
reloading after 添加用户, deactivating a user, renaming and archiving, and the automatic verdict's
words apart from the reviewer's status."""

from __future__ import annotations

import re

from web_server import Browser, live_server
from web_team import DRAFT_1, PASSWORD, make_people, upload


def test_each_dead_end_has_a_way_out(tmp_path):
    with live_server(tmp_path, max_upload_bytes=200_000) as (base, app):
        store = app.state.store
        team = make_people(store)
        admin, author = Browser(base), Browser(base)
        assert admin.login("管理员甲", PASSWORD).status_code == 303
        assert author.login("陈立华", PASSWORD).status_code == 303

        # GET /login (a bookmark, a reload): the sign-in page, not "Method Not Allowed"
        r = Browser(base).get("/login")
        assert r.status_code == 303 and r.headers["location"] == "/"

        # a malformed address: the app's Chinese page in its frame, with a way back
        r = author.get("/materials/abc", headers={"referer": f"{base}/home"})
        assert r.status_code == 400 and "application/json" not in r.headers["content-type"]
        assert (
            "无法处理" in r.text and 'href="/home"' in r.text and "返回上一页" in r.text and "退出" in r.text
        )

        # an upload over the limit: a page with navigation, not a bare line
        r = upload(author, team.rounds["a"], name="大.txt", data="对照检查".encode() * 30_000)
        assert r.status_code == 413 and "上限" in r.text and 'href="/home"' in r.text

        # a refused form keeps what was typed, beside the form, without naming a command-line flag
        r = admin.post("/admin/users", {"name": "新同志甲", "role": "author", "team_id": ""})
        assert (
            r.status_code == 400
            and "必须属于一个班子/支部" in r.text
            # no command-line flag; HTML comments and the page's random tokens (base64url, `-` among
            # their letters, so `--` by chance) are no words of the message
            and "--" not in re.sub(r"<!--.*?-->|\"[A-Za-z0-9_-]{32,}\"", "", r.text)
        )
        assert 'value="新同志甲"' in r.text and '<option value="author" selected>' in r.text
        r = admin.post(
            "/admin/rounds", {"name": "补开的会", "team_id": str(team.teams["a"]), "deadline": "明年"}
        )
        assert r.status_code == 400 and "YYYY-MM-DD" in r.text and 'value="补开的会"' in r.text

        # 添加用户 is post/redirect/get: the one-time password shows once, a reload adds nobody
        before = len(store.users())
        r = admin.post(
            "/admin/users", {"name": "新同志乙", "role": "author", "team_id": str(team.teams["a"])}
        )
        assert r.status_code == 303 and r.headers["location"].startswith("/admin")
        shown = admin.get("/admin").text
        assert "新同志乙" in shown and "一次性密码" in shown
        assert "一次性密码：" not in admin.get("/admin").text  # shown once
        assert len(store.users()) == before + 1

        # deactivating a user: sign-in refused, open sessions ended, the material and history kept
        assert upload(author, team.rounds["a"], DRAFT_1).status_code == 303
        chen = store.user_by_name("陈立华")
        assert admin.post(f"/admin/users/{chen['id']}/active", {"active": "0"}).status_code == 303
        assert author.get("/home").status_code == 303  # the session ended
        assert Browser(base).login("陈立华", PASSWORD).status_code == 401
        assert store.material_of(team.rounds["a"], chen["id"]) is not None
        assert "已停用" in admin.get("/admin").text
        assert admin.post(f"/admin/users/{chen['id']}/active", {"active": "1"}).status_code == 303
        assert Browser(base).login("陈立华", PASSWORD).status_code == 303
        me = store.user_by_name("管理员甲")
        assert (
            admin.post(f"/admin/users/{me['id']}/active", {"active": "0"}).status_code == 400
        )  # not oneself

        # units, teams and rounds are renamed and archived (kept, hidden from new work)
        unit = store.team(team.teams["a"])["unit_id"]
        assert admin.post(f"/admin/units/{unit}/rename", {"name": "青溪县委"}).status_code == 303
        assert admin.post(f"/admin/teams/{team.teams['a']}/rename", {"name": "教育局党委"}).status_code == 303
        assert (
            admin.post(
                f"/admin/rounds/{team.rounds['a']}/rename", {"name": "2024年度专题民主生活会"}
            ).status_code
            == 303
        )
        assert store.round(team.rounds["a"])["name"] == "2024年度专题民主生活会"
        assert store.team(team.teams["a"])["name"] == "教育局党委" and store.unit(unit)["name"] == "青溪县委"
        r = admin.post(
            f"/admin/teams/{team.teams['b']}/rename", {"name": "教育局党委"}
        )  # same unit, same name
        assert r.status_code == 400 and "已存在" in r.text and 'value="教育局党委"' in r.text
        assert admin.post(f"/admin/rounds/{team.rounds['b']}/archive", {"archived": "1"}).status_code == 303
        home = admin.get("/home").text
        assert f'/rounds/{team.rounds["b"]}"' not in home and "显示已归档的 1 个轮次" in home
        assert f'/rounds/{team.rounds["b"]}"' in admin.get("/home?archived=1").text
        audit = [e["action"] for e in store.audit()]
        assert {"重命名单位", "重命名班子/支部", "重命名轮次", "归档轮次", "停用账号", "启用账号"} <= set(
            audit
        )

        # the automatic verdict never uses the reviewer's words
        from mingjing.web.pages import STATUS_NAMES, VERDICT_NAMES

        for verdict in VERDICT_NAMES.values():
            assert not any(status in verdict or verdict in status for status in STATUS_NAMES.values())
        for b in (admin, author):
            b.close()


def test_a_wrong_upload_is_withdrawn_and_kept_in_the_history(tmp_path):
    with live_server(tmp_path) as (base, app):
        store = app.state.store
        team = make_people(store)
        author, reviewer, colleague = Browser(base), Browser(base), Browser(base)
        for b, name in ((author, "陈立华"), (reviewer, "李审阅"), (colleague, "张三")):
            assert b.login(name, PASSWORD).status_code == 303
        ra = team.rounds["a"]
        material = int(upload(author, ra, DRAFT_1).headers["location"].rsplit("/", 1)[1])
        wrong = upload(
            author, ra, name="错传的文件.txt", data="对照检查材料\n一、存在的问题\n错传的内容。".encode()
        )
        assert wrong.status_code == 303
        first, second = store.drafts(material)
        page = author.get(f"/materials/{material}").text
        assert "撤回这一稿" in page
        assert "撤回这一稿" not in reviewer.get(f"/materials/{material}").text
        assert colleague.post(f"/drafts/{second['id']}/withdraw").status_code == 404  # not theirs to see
        assert reviewer.post(f"/drafts/{second['id']}/withdraw").status_code == 403
        assert author.post(f"/drafts/{first['id']}/withdraw").status_code == 409  # only the latest
        assert author.post(f"/drafts/{second['id']}/withdraw").status_code == 303
        # kept in the history, marked; the first draft is current again for everyone
        assert [d["version"] for d in store.drafts(material)] == [1]
        history = store.drafts(material, withdrawn=True)
        assert [d["version"] for d in history] == [1, 2] and history[1]["withdrawn_at"]
        page = author.get(f"/materials/{material}").text
        assert "已撤回" in page and "错传的文件.txt" not in page.split("各稿")[0]
        assert store.latest_drafts(ra)[material]["version"] == 1
        assert "撤回稿件" in [e["action"] for e in store.audit()]
        # a draft with a decision on it stays
        assert (
            reviewer.post(
                f"/materials/{material}/decision",
                {"decision": "return", "body": "请补充", "draft_id": str(first["id"])},
            ).status_code
            == 303
        )
        assert "撤回这一稿" not in author.get(f"/materials/{material}").text
        assert author.post(f"/drafts/{first['id']}/withdraw").status_code == 409
        # the next upload is 第 3 稿 (numbers are never reused)
        assert "上传第 3 稿" in author.get(f"/rounds/{ra}").text
        for b in (author, reviewer, colleague):
            b.close()


def test_round_comments_word_file_has_the_official_layout(tmp_path):
    """导出全部意见 in the layout of a drafted material (GB/T 9704 page, margins, fonts)."""
    import io

    import docx
    from docx.shared import Mm

    from mingjing.draft.material_docx import FONTS, MARGINS_MM, PAGE_MM

    with live_server(tmp_path) as (base, app):
        team = make_people(app.state.store)
        author, reviewer = Browser(base), Browser(base)
        author.login("陈立华", PASSWORD)
        reviewer.login("李审阅", PASSWORD)
        material = int(upload(author, team.rounds["a"], DRAFT_1).headers["location"].rsplit("/", 1)[1])
        assert (
            reviewer.post(f"/materials/{material}/comments", {"body": "请补充具体事例。"}).status_code == 303
        )
        document = docx.Document(
            io.BytesIO(reviewer.get(f"/rounds/{team.rounds['a']}/comments.docx").content)
        )
        section = document.sections[0]

        def close(a, b) -> bool:  # lengths go through twips
            return abs(a - b) < Mm(0.1)

        assert close(section.page_width, Mm(PAGE_MM[0])) and close(section.page_height, Mm(PAGE_MM[1]))
        assert close(section.top_margin, Mm(MARGINS_MM["top"])) and close(
            section.left_margin, Mm(MARGINS_MM["left"])
        )
        title = document.paragraphs[0]
        assert "审阅意见汇总" in title.text
        fonts = title.runs[0]._r.rPr.rFonts
        assert FONTS["title"][0] in fonts.xml
        text = "\n".join(p.text for p in document.paragraphs)
        assert "一、陈立华" in text and "请补充具体事例。" in text and "机审" in text
        author.close()
        reviewer.close()
