"""The reviewer's heat map over real HTTP: the same numbers as `mingjing compare` for the same two
materials, and a planted cluster of colleagues who copied one text shown as a 雷同组 (with a
screenshot from a real browser in out/screenshots/)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from team_copies import INDEPENDENT, light_copy
from web_server import Browser, live_server
from web_team import COLLEAGUE, DRAFT_1, PASSWORD, make_people, upload

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "out" / "screenshots"
COPIERS = (("周建华", "县财政局"), ("吴晓东", "县审计局"), ("郑丽萍", "县统计局"))


def cells(matrix: str) -> list[tuple[int, int, str]]:
    """(material a, material b, shown percentage) of every heat-map cell."""
    return [
        (int(a), int(b), v)
        for a, b, v in re.findall(r'/compare\?a=(\d+)&amp;b=(\d+)" title="[^"]*">(\d+%)</a>', matrix)
    ]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A round of team a: 陈立华 and 张三 upload the two example .docx; three colleagues hand in
    张三's material with their own name, unit, numbers and a few sentences of their own."""
    from mingjing.read import read_document
    from mingjing.web import auth
    from mingjing.web.accounts import add_account

    folder = tmp_path_factory.mktemp("heat")
    with live_server(folder) as (base, app):
        store = app.state.store
        team = make_people(store)
        ra = team.rounds["a"]
        source = read_document(COLLEAGUE).text
        materials = {}
        for name, path in (("陈立华", DRAFT_1), ("张三", COLLEAGUE)):
            b = Browser(base)
            assert b.login(name, PASSWORD).status_code == 303
            r = upload(b, ra, path)
            materials[name] = int(r.headers["location"].rsplit("/", 1)[1])
            b.close()
        for k, (name, unit) in enumerate(COPIERS):
            add_account(store, name, "author", team.teams["a"])
            user = store.user_by_name(name)
            store.set_password(user["id"], auth.hash_password(PASSWORD), must_change=False)
            b = Browser(base)
            assert b.login(name, PASSWORD).status_code == 303
            own = INDEPENDENT[k].read_text(encoding="utf-8")
            r = upload(
                b, ra, name=f"{name}-对照检查材料.txt", data=light_copy(source, name, unit, own, k).encode()
            )
            materials[name] = int(r.headers["location"].rsplit("/", 1)[1])
            b.close()
        reviewer = Browser(base)
        assert reviewer.login("李审阅", PASSWORD).status_code == 303
        matrix = reviewer.get(f"/rounds/{ra}").text
        reviewer.close()
        yield {"base": base, "round": ra, "materials": materials, "matrix": matrix}


def test_heat_map_shows_the_same_number_as_the_command_line(site):
    cli = json.loads(run_cli("compare", DRAFT_1, COLLEAGUE, "-f", "json").stdout)
    text = run_cli("compare", DRAFT_1, COLLEAGUE).stdout
    shown = re.match(r"相似度 (\d+%)", text).group(1)
    assert shown == f"{round(cli['score'] * 100)}%"
    a, b = site["materials"]["陈立华"], site["materials"]["张三"]
    web = {(x, y): v for x, y, v in cells(site["matrix"])}
    assert web[(a, b)] == web[(b, a)] == shown


def test_planted_cluster_is_shown_with_its_members(site):
    matrix = site["matrix"]
    m = site["materials"]
    note = re.search(r'<p class="cluster-note".*?</p>', matrix, re.S).group(0)
    assert "雷同第1组 · 4 人" in note
    for name in ("张三", "周建华", "吴晓东", "郑丽萍"):
        assert f">{name}</a>（与另外 3 份雷同" in note
    assert "陈立华" not in note
    framed = re.findall(
        r'<td class="h\d in-cluster g0"><a href="/rounds/\d+/compare\?a=(\d+)&amp;b=(\d+)"', matrix
    )
    members = {m[n] for n in ("张三", "周建华", "吴晓东", "郑丽萍")}
    assert len(framed) == 12 and {int(a) for a, _ in framed} == members
    for a, b, v in cells(matrix):
        if m["陈立华"] in (a, b):
            assert int(v.rstrip("%")) < 20
        elif a in members and b in members:
            assert int(v.rstrip("%")) >= 50


def test_heat_map_with_the_cluster_in_a_browser(site):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is installed by `make test` (scripts/install-system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN").new_page()
        page.goto(site["base"] + "/")
        page.get_by_label("姓名").fill("李审阅")
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
        page.wait_for_url(site["base"] + "/home")
        page.goto(f"{site['base']}/rounds/{site['round']}#similarity")
        section = page.locator("#similarity")
        assert section.get_by_role("alert").inner_text().startswith("雷同第1组 · 4 人")
        assert section.locator("td.in-cluster").count() == 12
        SHOTS.mkdir(parents=True, exist_ok=True)
        section.screenshot(path=str(SHOTS / "05-审阅人-雷同组热力图.png"))
        browser.close()
