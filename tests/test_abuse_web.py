"""Attacks and careless use against a live server on loopback (issue 20): each test reproduces
an attack that used to succeed and checks that it now fails closed."""

from __future__ import annotations

import json
import random
import threading
import time

import pytest

from web_server import Browser, live_server
from web_team import PASSWORD, make_people

SAMPLE = "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生"


def _random_text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SAMPLE) for _ in range(n))


def _store_draft(store, round_id: int, author_id: int, text: str) -> int:
    """A draft stored directly (set-up only: reviewing 700k characters is not what is tested here)."""
    review = {"reports": [{"findings": []}]}
    material_id, _ = store.add_draft(
        round_id,
        author_id,
        {
            "original_name": "长稿.txt",
            "stored_name": f"none-{len(text)}-{hash(text)}.txt",
            "sha256": "0",
            "size": len(text),
            "format": "txt",
            "verdict": "pass",
            "score": 100,
            "text": text,
            "review_json": json.dumps(review),
        },
    )
    return material_id


def worst_case_drafts() -> tuple[str, str]:
    """Two drafts of 700k characters each whose every other paragraph is rewritten: each changed
    stretch is just small enough to be aligned character by character, so the diff is as slow as
    the size bound allows."""
    rng = random.Random(20)
    old, new = [], []
    for k in range(14):
        old += [_random_text(rng, 49_000), f"第{k}段未改动。"]
        new += [_random_text(rng, 49_000), f"第{k}段未改动。"]
    return "\n".join(old), "\n".join(new)


@pytest.fixture
def server(tmp_path):
    def start(**options):
        return live_server(tmp_path, **options)

    return start


def test_a_worst_case_diff_runs_off_the_request_path_and_is_stopped_at_its_limit(server):
    with server(diff_timeout=1.5) as (base, app):
        team = make_people(app.state.store)
        old, new = worst_case_drafts()
        author = team.users["author"]
        _store_draft(app.state.store, team.rounds["a"], author["id"], old)
        material_id = _store_draft(app.state.store, team.rounds["a"], author["id"], new)
        browser = Browser(base)
        assert browser.login(author["name"], PASSWORD).status_code == 303
        answer: dict = {}
        worker = threading.Thread(
            target=lambda: answer.update(r=browser.get(f"/materials/{material_id}/diff"))
        )
        worker.start()
        time.sleep(0.3)
        anonymous = Browser(base)
        home = anonymous.get("/")
        assert home.status_code == 200
        assert worker.is_alive(), "the diff should still be running while GET / has answered"
        worker.join(timeout=60)
        r = answer["r"]
        assert r.status_code == 400 and "比较两稿超时" in r.text, r.text[:500]
        anonymous.close()
        browser.close()


def test_long_drafts_are_compared_paragraph_by_paragraph_and_the_page_says_so(server):
    with server() as (base, app):
        team = make_people(app.state.store)
        rng = random.Random(3)
        paragraphs = [_random_text(rng, 400) for _ in range(400)]  # 160k characters
        changed = list(paragraphs)
        changed[10] = changed[10][:100] + "新增的一句话。" + changed[10][100:]
        author = team.users["author"]
        _store_draft(app.state.store, team.rounds["a"], author["id"], "\n".join(paragraphs))
        material_id = _store_draft(app.state.store, team.rounds["a"], author["id"], "\n".join(changed))
        browser = Browser(base)
        browser.login(author["name"], PASSWORD)
        r = browser.get(f"/materials/{material_id}/diff")
        assert r.status_code == 200
        assert "先按段落对齐" in r.text
        assert '<ins title="新增">新增的一句话。</ins>' in r.text
        assert "1 处；删去 0 字，新增 7 字" in r.text
        browser.close()


def _chunked_post(base: str, path: str, cookie: str = "", most: int = 200 * 1024 * 1024) -> tuple[bytes, int]:
    """POST a chunked body of zeros until the server answers (or `most` bytes were sent):
    (the start of the answer, bytes sent before it came)."""
    import select
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(base)
    sock = socket.create_connection((url.hostname, url.port), timeout=30)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {url.netloc}\r\nTransfer-Encoding: chunked\r\n"
        f"Content-Type: multipart/form-data; boundary=xyz\r\n{cookie}\r\n"
    )
    sock.sendall(head.encode())
    part = b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
    sock.sendall(b"%x\r\n%s\r\n" % (len(part), part))
    chunk = b"0" * (256 * 1024)
    framed = b"%x\r\n%s\r\n" % (len(chunk), chunk)
    sent = 0
    answer = b""
    try:
        while sent < most:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                answer = sock.recv(4096)
                break
            sock.sendall(framed)
            sent += len(chunk)
        else:
            sock.sendall(b"0\r\n\r\n")
        sock.settimeout(60 if not answer else 5)
        while len(answer) < 65536 and b"</html>" not in answer:
            more = sock.recv(4096)
            if not more:
                break
            answer += more
    except (TimeoutError, BrokenPipeError, ConnectionResetError):
        sock.settimeout(5)
        try:
            answer = answer or sock.recv(4096)
        except OSError:
            pass
    try:  # the head and the body may come in separate segments: read on to the end (Connection: close)
        sock.settimeout(5)
        while answer and len(answer) < 16384 and (more := sock.recv(4096)):
            answer += more
    except OSError:
        pass
    finally:
        sock.close()
    return answer, sent


def test_a_chunked_body_is_refused_while_streaming_before_sign_in(server):
    with server() as (base, app):
        make_people(app.state.store)
        answer, sent = _chunked_post(base, "/rounds/1/upload")
        assert sent < 4 * 1024 * 1024, f"{sent} bytes were accepted before the answer"
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        assert "上传内容超过上限 64 KB".encode() in answer


def test_a_signed_in_chunked_upload_stops_at_the_upload_limit(server):
    with server(max_upload_bytes=1024 * 1024) as (base, app):
        team = make_people(app.state.store)
        browser = Browser(base)
        browser.login(team.users["author"]["name"], PASSWORD)
        cookie = f"Cookie: mj_session={browser.client.cookies['mj_session']}\r\n"
        answer, sent = _chunked_post(base, f"/rounds/{team.rounds['a']}/upload", cookie)
        assert sent < 8 * 1024 * 1024, f"{sent} bytes were accepted before the answer"
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        assert "上传内容超过上限 1 MB".encode() in answer or b"413" in answer
        browser.close()


def _comment_ids(store, material_id: int) -> list[int]:
    return [c["id"] for c in store.comments(material_id)]


def test_control_characters_in_comments_never_break_the_word_export(server):
    import io

    import docx

    with server() as (base, app):
        store = app.state.store
        team = make_people(store)
        material_id = _store_draft(store, team.rounds["a"], team.users["author"]["id"], "关于材料\n一、问题")
        latest = store.drafts(material_id)[-1]
        # a comment stored before input was cleaned: the writer must cope as well
        store.add_comment(material_id, latest["id"], team.users["reviewer"]["id"], "旧意见\x01含控制字符\x0b")
        reviewer = Browser(base)
        reviewer.login(team.users["reviewer"]["name"], PASSWORD)
        r = reviewer.post(f"/materials/{material_id}/comments", {"body": "请补充\x01具体事例\x0b。"})
        assert r.status_code == 303
        assert store.comments(material_id)[-1]["body"] == "请补充具体事例。"
        r = reviewer.get(f"/rounds/{team.rounds['a']}/comments.docx")
        assert r.status_code == 200
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs)
        assert "旧意见含控制字符" in text and "请补充具体事例。" in text
        reviewer.close()


def test_comments_can_be_withdrawn_by_their_writer_and_hidden_by_a_reviewer(server):
    with server() as (base, app):
        store = app.state.store
        team = make_people(store)
        material_id = _store_draft(store, team.rounds["a"], team.users["author"]["id"], "关于材料\n一、问题")
        author, reviewer, other = Browser(base), Browser(base), Browser(base)
        author.login(team.users["author"]["name"], PASSWORD)
        reviewer.login(team.users["reviewer"]["name"], PASSWORD)
        other.login(team.users["reviewer_b"]["name"], PASSWORD)
        reviewer.post(f"/materials/{material_id}/comments", {"body": "审阅人的意见"})
        author.post(f"/materials/{material_id}/comments", {"body": "作者误发的一段话"})
        by_reviewer, by_author = _comment_ids(store, material_id)
        assert author.post(f"/comments/{by_reviewer}/withdraw").status_code == 403
        assert author.post(f"/comments/{by_reviewer}/hide").status_code == 403
        assert other.post(f"/comments/{by_author}/hide").status_code == 404  # another team's material
        assert author.post(f"/comments/{by_author}/withdraw").status_code == 303
        page = reviewer.get(f"/materials/{material_id}").text
        assert "作者误发的一段话" not in page and "意见已由本人撤回" in page
        assert reviewer.post(f"/comments/{by_reviewer}/hide").status_code == 303
        assert "审阅人的意见" not in author.get(f"/materials/{material_id}").text
        docx_bytes = reviewer.get(f"/rounds/{team.rounds['a']}/comments.docx").content
        import io

        import docx

        text = "\n".join(p.text for p in docx.Document(io.BytesIO(docx_bytes)).paragraphs)
        assert "作者误发" not in text and "审阅人的意见" not in text
        for b in (author, reviewer, other):
            b.close()


def test_files_and_databases_are_private_and_errors_are_the_apps_chinese_page(server, tmp_path):
    import stat

    from web_team import DRAFT_1, upload

    with server() as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        author.login(team.users["author"]["name"], PASSWORD)
        r = upload(author, team.rounds["a"], DRAFT_1)
        assert r.status_code == 303
        created = [p for p in tmp_path.rglob("*") if p.exists()]
        assert any(p.name == "web.db" for p in created) and any(p.suffix == ".html" for p in created)
        loose = [
            f"{p.relative_to(tmp_path)} {oct(stat.S_IMODE(p.stat().st_mode))}"
            for p in created
            if stat.S_IMODE(p.stat().st_mode) & 0o077
        ]
        assert loose == []
        for path in ("/materials/abc", "/materials/1/diff?old=x", "/rounds/1/compare?a=1"):
            r = author.get(path)
            assert r.status_code in (400, 404), path
            assert r.headers["content-type"].startswith("text/html"), path
            assert "无效" in r.text or "找不到" in r.text, path
            assert "Input should be" not in r.text and "detail" not in r.text
        author.close()


@pytest.mark.parametrize(
    "weak",
    [
        "12345678",
        "aaaaaaaa",
        " " * 8,
        "password",
        "1234567890",
        "qwertyuiop",
        "password123",
        "陈立华陈立华陈立华1",
    ],
)
def test_weak_passwords_are_refused(weak):
    from mingjing.web.passwords import password_problem

    assert password_problem(weak, "陈立华") is not None


@pytest.mark.parametrize(
    "good", ["春天-读书-三杯热茶-窗外", "correct horse battery staple", "team-password-2024"]
)
def test_phrases_are_accepted(good):
    from mingjing.web.passwords import password_problem

    assert password_problem(good, "陈立华") is None


def test_password_change_ends_other_sessions_and_guessing_is_limited(server):
    with server(login_attempts=3) as (base, app):
        team = make_people(app.state.store)
        name = team.users["author"]["name"]
        laptop, phone = Browser(base), Browser(base)
        laptop.login(name, PASSWORD)
        phone.login(name, PASSWORD)
        old_cookie = laptop.client.cookies["mj_session"]
        assert phone.get("/home").status_code == 200
        r = laptop.post("/password", {"current": PASSWORD, "new": "12345678", "again": "12345678"})
        assert r.status_code == 400 and "至少 10 个字符" in r.text
        r = laptop.post(
            "/password",
            {"current": PASSWORD, "new": "春天-读书-三杯热茶-窗外", "again": "春天-读书-三杯热茶-窗外"},
        )
        assert r.status_code == 303
        assert laptop.client.cookies["mj_session"] != old_cookie  # rotated
        assert laptop.get("/home").status_code == 200
        assert phone.get("/home").status_code == 303  # the other session has ended
        # guessing the current password from a stolen session is limited like sign-in
        laptop.csrf = __import__("web_server").csrf_of(laptop.get("/password").text)
        codes = [
            laptop.post(
                "/password",
                {
                    "current": f"guess-{k}",
                    "new": "夏天-游泳-两块西瓜-海边",
                    "again": "夏天-游泳-两块西瓜-海边",
                },
            ).status_code
            for k in range(4)
        ]
        assert codes[:3] == [400, 400, 400] and codes[3] == 429
        r = laptop.post(
            "/password",
            {
                "current": "春天-读书-三杯热茶-窗外",
                "new": "夏天-游泳-两块西瓜-海边",
                "again": "夏天-游泳-两块西瓜-海边",
            },
        )
        assert r.status_code == 429
        laptop.close()
        phone.close()


def _login_attempt(base: str, name: str, password: str, headers: dict | None = None) -> int:
    browser = Browser(base)
    token = __import__("web_server").csrf_of(browser.get("/").text)
    r = browser.client.post(
        "/login", data={"name": name, "password": password, "csrf": token}, headers=headers or {}
    )
    browser.close()
    return r.status_code


def test_forwarded_for_is_ignored_unless_the_peer_is_a_trusted_proxy(server):
    with server(login_attempts=3) as (base, app):
        team = make_people(app.state.store)
        name = "不存在的人"
        codes = [
            _login_attempt(base, f"{name}{k}", "x", {"X-Forwarded-For": f"203.0.113.{k}"}) for k in range(5)
        ]
        assert codes[:3] == [401, 401, 401] and codes[3:] == [429, 429], (
            codes
        )  # one address, whatever it claims
        ips = {e["ip"] for e in app.state.store.audit()}
        assert ips == {"127.0.0.1"}, ips
        assert team


def test_a_trusted_proxy_passes_the_client_address_on(server):
    with server(login_attempts=3, trusted_proxies=["127.0.0.1"]) as (base, app):
        make_people(app.state.store)
        codes = [
            _login_attempt(base, f"某人{k}", "x", {"X-Forwarded-For": f"198.51.100.7, 203.0.113.{k}"})
            for k in range(5)
        ]
        assert codes == [401] * 5  # five different clients behind the proxy
        ips = {e["ip"] for e in app.state.store.audit() if e["action"] == "登录失败"}
        assert ips == {f"203.0.113.{k}" for k in range(5)}


def test_anonymous_floods_cannot_push_real_entries_out_of_the_audit_log(server):
    with server(login_attempts=3) as (base, app):
        store = app.state.store
        team = make_people(store)
        admin = Browser(base)
        admin.login(team.users["admin"]["name"], PASSWORD)
        store.log(team.users["admin"], "创建轮次", "真实的操作", "127.0.0.1")
        for k in range(60):
            _login_attempt(base, "长" * 60_000 if k % 2 else f"攻击者{k}", "x")
        entries = store.audit(1000)
        anonymous = [e for e in entries if e["user_id"] is None]
        assert len(anonymous) <= 21, len(anonymous)
        assert max(len(e["detail"] or "") for e in entries) <= 300
        assert any(e["action"] == "记录已省略" for e in anonymous)
        page = admin.get("/admin/audit", params={"q": "真实的操作"}).text
        assert "真实的操作" in page and "攻击者" not in page
        assert admin.get("/admin/audit", params={"page": "x"}).status_code == 400
        admin.close()


def test_a_retried_upload_is_told_its_outcome_instead_of_adding_a_draft(server):
    from web_team import DRAFT_1

    with server() as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        author.login(team.users["author"]["name"], PASSWORD)
        form = author.get(f"/rounds/{team.rounds['a']}").text
        import re

        key = re.search(r'name="upload_key" value="([^"]+)"', form).group(1)
        files = {"file": (DRAFT_1.name, DRAFT_1.read_bytes())}
        first = author.client.post(
            f"/rounds/{team.rounds['a']}/upload", files=files, data={"csrf": author.csrf, "upload_key": key}
        )
        again = author.client.post(
            f"/rounds/{team.rounds['a']}/upload", files=files, data={"csrf": author.csrf, "upload_key": key}
        )
        assert first.status_code == again.status_code == 303
        assert first.headers["location"] == again.headers["location"]
        material_id = int(first.headers["location"].rsplit("/", 1)[1])
        assert len(app.state.store.drafts(material_id)) == 1
        author.close()


def test_orphan_files_are_swept_at_start_up(tmp_path):
    from web_team import DRAFT_1, upload

    with live_server(tmp_path) as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        author.login(team.users["author"]["name"], PASSWORD)
        assert upload(author, team.rounds["a"], DRAFT_1).status_code == 303
        author.close()
        files = app.state.keeper.folder
    kept = {p.name for p in files.iterdir() if p.is_file()}
    orphan = files / ("ab" * 16 + ".docx")  # a file whose draft row was never committed (killed mid-upload)
    orphan.write_bytes(DRAFT_1.read_bytes())
    (files / "rendered" / (orphan.name + ".html")).write_text("<p>x</p>")
    with live_server(tmp_path) as (base, app):
        assert not orphan.exists() and not (files / "rendered" / (orphan.name + ".html")).exists()
        assert {p.name for p in files.iterdir() if p.is_file()} == kept
        assert any(
            e["action"] == "清理孤立文件" and orphan.name in e["detail"] for e in app.state.store.audit()
        )


def test_a_stuck_conversion_runs_in_a_worker_is_stopped_and_leaves_no_soffice(server, tmp_path, monkeypatch):
    from mingjing.read.legacy import find_soffice
    from test_abuse_cli import _processes_mentioning, slow_rtf

    if find_soffice() is None:
        pytest.skip("LibreOffice is installed by make test")
    convert_tmp = tmp_path / "convert"
    convert_tmp.mkdir()
    monkeypatch.setenv("MINGJING_CONVERT_TIMEOUT", "4")  # the workers are spawned with this environment
    monkeypatch.setenv("TMPDIR", str(convert_tmp))
    with server() as (base, app):
        team = make_people(app.state.store)
        author = Browser(base)
        author.login(team.users["author"]["name"], PASSWORD)
        answer: dict = {}
        upload = threading.Thread(
            target=lambda: answer.update(
                r=author.post(f"/rounds/{team.rounds['a']}/upload", files={"file": ("表格.doc", slow_rtf())})
            )
        )
        upload.start()
        time.sleep(1.0)
        anonymous = Browser(base)
        assert anonymous.get("/").status_code == 200
        assert upload.is_alive(), "the conversion should still be running while GET / has answered"
        upload.join(timeout=120)
        r = answer["r"]
        assert r.status_code == 400 and "转换超时（4 秒）" in r.text, r.text[:300]
        # the server's own worker processes carry TMPDIR too and stay; no LibreOffice process does
        assert [p for p in _processes_mentioning(str(convert_tmp)) if "soffice" in p] == []
        anonymous.close()
        author.close()


def test_drafting_runs_in_the_worker_pool_under_its_time_limit(server):
    """Drafting (notes → material, review and report) is heavy work too: it runs in the bounded pool,
    so with a tiny task limit it is stopped with the pool's message and the server stays responsive."""
    with server(task_timeout=0.001) as (base, app):
        team = make_people(app.state.store)
        ra = team.rounds["a"]
        browser = Browser(base)
        assert browser.login(team.users["author"]["name"], PASSWORD).status_code == 303
        template = browser.get(f"/rounds/{ra}/drafting/template.yaml").content
        answer = browser.post(f"/rounds/{ra}/drafting/notes", files={"file": ("笔记.yaml", template)})
        assert answer.status_code == 400 and "起草超时" in answer.text, answer.text[:300]
        assert browser.get("/home").status_code == 200
